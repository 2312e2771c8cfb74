import { describe, expect, it } from 'vitest';
import { namedRecipients } from '@shared/audience/distribution';
import { OrganisationSettings } from '@shared/model/settings';
import {
  BABY_ACTION,
  CHAIR_NOTE,
  CHLOE_BORN,
  MINUTE_TAKER_NOTE,
  RYAN_BORN,
  RYAN_REASON,
  RYAN_TIMES,
  SEPARATE_NOTE,
  SHARED_ACTION,
  VENUE,
  asRunConference,
  asRunSettings,
} from './as-run';
import { readBackSet, type ReadBackDocument } from './read-back';
import { formatDateLong } from '@shared/format/dates';
import type { Conference, ConferenceInput } from '@shared/model/conference';

/**
 * Issue 11, the documents: what the new model records, read back from the packed .docx files, for each reader. The
 * conference is test/unit/documents/as-run.ts: Sam, Ella and an unborn baby; Chloe in the room; Ryan heard on his own
 * by phone because of bail conditions.
 */

async function documents(conference: Conference = asRunConference(), settings = asRunSettings) {
  const set = await readBackSet(conference, settings, { today: '2027-01-12' });
  const get = (name: string): ReadBackDocument => {
    const doc = set.get(name);
    if (!doc) throw new Error(`${name} was not written; have ${[...set.keys()].join(', ')}`);
    return doc;
  };
  /** The family plan a participant is sent, whichever file it is. */
  const planFor = (participantId: string): ReadBackDocument => {
    const doc = [...set.values()].find(
      (d) => d.view.kind === 'family-plan' && d.view.recipients.some((p) => p.id === participantId),
    );
    if (!doc) throw new Error(`No family plan for ${participantId}`);
    return doc;
  };
  return { set, get, planFor };
}

/** The text of the row of a table that starts with `name`, up to the next row's start. */
function rowOf(text: string, name: string, next: string): string {
  const from = text.indexOf(name);
  expect(from, `${name} is in the table`).toBeGreaterThanOrEqual(0);
  const to = text.indexOf(next, from + name.length);
  return text.slice(from, to > from ? to : undefined);
}

describe('attendance as it really runs', () => {
  it('gives a separate session its times, reason and way of joining in the professional minute', async () => {
    const { get } = await documents();
    const row = rowOf(get('minute.docx').text, 'Ryan Dacre Family', 'Sam Harlow');
    expect(row).toContain(`Attended separately ${RYAN_TIMES}`);
    expect(row).toContain(`${RYAN_REASON}. By phone`);
    expect(row).not.toMatch(/Attended separately – –/);
  });

  it('says a separate session’s times are not recorded rather than printing dashes', async () => {
    const { get } = await documents(
      asRunConference((c) => {
        const ryan = c.participants!.find((p) => p.id === 'p-ryan')!;
        ryan.attendance = { status: 'attended-separately', reason: RYAN_REASON };
      }),
    );
    expect(rowOf(get('minute.docx').text, 'Ryan Dacre Family', 'Sam Harlow')).toContain(
      'Attended separately Not recorded',
    );
  });

  it('keeps the separate session’s details out of the other parent’s copy, and gives Ryan his own', async () => {
    // The reason opened to everyone, and said during his session: still not in Chloe's copy, as Ryan was heard apart
    // from her (she was not in the room then either, but the rule does not hang on that).
    const { get } = await documents(
      asRunConference((c) => {
        c.participants!.find((p) => p.id === 'p-chloe')!.attendance = { status: 'present' };
        c.captures = {
          'participant:p-ryan:attendanceReason': {
            audience: { level: 'everyone', withheldFrom: [] },
            at: '2027-01-12T09:05:00.000Z',
          },
        };
      }),
    );
    const chloe = get('minutes-chloe-harlow.docx');
    const ryanRow = rowOf(chloe.text, 'Ryan Dacre Family', 'Sam Harlow');
    expect(ryanRow).toContain('Attended separately');
    for (const detail of [RYAN_TIMES, '09:00', RYAN_REASON, 'By phone', SEPARATE_NOTE]) {
      expect(chloe.everything, detail).not.toContain(detail);
    }
    const ryan = get('minutes-ryan-dacre.docx');
    expect(rowOf(ryan.text, 'Ryan Dacre Family', 'Sam Harlow')).toContain(
      `Attended separately ${RYAN_TIMES} ${RYAN_REASON}. By phone`,
    );
    expect(ryan.text).toContain(`Notes: Separate session with a parent or carer 09:20 Ryan Dacre: ${SEPARATE_NOTE}`);
  });

  it('keeps the reason to the professionals by default, even in Ryan’s own copy', async () => {
    const { get } = await documents();
    expect(get('minutes-ryan-dacre.docx').everything).not.toContain(RYAN_REASON);
    expect(get('minute.docx').text).toContain(RYAN_REASON);
  });

  it('records a child not attending with how their views were gathered, never as not invited', async () => {
    const { get } = await documents();
    for (const name of ['minute.docx', 'minutes-chloe-harlow.docx']) {
      const row = rowOf(get(name).text, 'Sam Harlow Child', 'Closed sessions');
      expect(row, name).toContain('Not attending: views shared another way');
      expect(row, name).toContain('Views: Shared through an advocate');
      expect(row, name).not.toContain('Not invited');
    }
  });

  it('attributes notes said by the chair and the minute-taker to their names', async () => {
    const { get } = await documents();
    const minute = get('minute.docx').text;
    expect(minute).toContain(`10:05 Helen Marsh (Chair): ${CHAIR_NOTE}`);
    expect(minute).toContain(`10:10 Owen Price (Minute-taker): ${MINUTE_TAKER_NOTE}`);
    expect(get('minutes-chloe-harlow.docx').text).toContain(`Helen Marsh (Chair): ${CHAIR_NOTE}`);
  });
});

describe('dates of birth, an identity fact', () => {
  // The minute writes dates in full, as every document does (issue 12).
  const chloe = formatDateLong(CHLOE_BORN);
  const ryan = formatDateLong(RYAN_BORN);

  it('are all in the professional minute, with the children’s gender and ethnicity', async () => {
    const { get } = await documents();
    const minute = get('minute.docx').text;
    expect(minute).toContain(`Chloe Harlow Date of birth: ${chloe}`);
    expect(minute).toContain(`Ryan Dacre Date of birth: ${ryan}`);
    // What is not recorded about Maureen is on one line (issue 12).
    expect(minute).toContain('Maureen Harlow Not recorded: date of birth, address, language');
    expect(minute).toContain('Gender: Boy Ethnicity: White British');
  });

  it('are each in only the adult’s own copy of the minutes, and in no family plan or letter', async () => {
    const { set, get } = await documents();
    expect(get('minutes-chloe-harlow.docx').text).toContain(`Date of birth: ${chloe}`);
    expect(get('minutes-chloe-harlow.docx').everything).not.toContain(ryan);
    expect(get('minutes-ryan-dacre.docx').text).toContain(`Date of birth: ${ryan}`);
    expect(get('minutes-ryan-dacre.docx').everything).not.toContain(chloe);
    for (const [name, doc] of set) {
      if (doc.view.kind === 'minute') continue;
      expect(doc.everything, name).not.toContain(chloe);
      expect(doc.everything, name).not.toContain(ryan);
    }
  });
});

describe('the plan as it really runs', () => {
  it('writes every owner, the help, the cadence and the outcome in the family plan', async () => {
    const { planFor } = await documents();
    const plan = planFor('p-chloe').text;
    expect(plan).toContain(
      `Chloe and Maureen Harlow will go to the Freedom Programme together. When: First by Tuesday 26 January ` +
        `2027, then every two weeks With help from: Jo Banks (recovery worker) This helps with: Sam and Ella live ` +
        'in a home without violence.',
    );
    // The user's casing of a role is kept: "Deputy Head" and "Social Worker (lead)" are not half lowered.
    expect(plan).toContain('Tom Reilly (Deputy Head) and Priya Nair (Social Worker) will check in with Sam');
    expect(plan).not.toMatch(/deputy Head|social Worker/);
  });

  it('writes every owner and the help in the minute', async () => {
    const { get } = await documents();
    const minute = get('minute.docx').text;
    expect(minute).toContain(
      'Chloe Harlow and Maureen Harlow; with help from Jo Banks (Recovery worker) For Sam and Ella: Go to the ' +
        'Freedom Programme together.Outcome: Sam and Ella live in a home without violence.How we will know: Jo ' +
        'tells the core group how many sessions they went to. First by Tuesday 26 January 2027, then every two weeks',
    );
    expect(minute).toContain(SHARED_ACTION);
  });

  it('puts danger statements and goals under the children they are about', async () => {
    const { planFor } = await documents();
    const plan = planFor('p-chloe').text;
    const both = plan.slice(plan.indexOf('For Sam and Ella'), plan.indexOf('Sam Why there is a plan'));
    const sam = plan.slice(plan.indexOf('Sam Why there is a plan'), plan.indexOf('Ella Why there is a plan'));
    const ella = plan.slice(plan.indexOf('Ella Why there is a plan'), plan.indexOf('The baby Help for the baby'));
    for (const part of [both, sam, ella]) expect(part.length).toBeGreaterThan(20);
    expect(sam).toContain('Sam could be hurt');
    expect(sam).not.toContain('Ella will be frightened');
    expect(sam).not.toContain('Ella sleeps in a calm home');
    expect(ella).toContain('Ella will be frightened');
    expect(ella).toContain('Ella sleeps in a calm home');
    // An entry for no child in particular is for all of them: written once, for both (issue 12).
    expect(both).toContain('Sam and Ella live in a home without violence.');
    expect(plan.split('Sam and Ella live in a home without violence.').length - 1).toBe(2); // the goal, and "This helps with"
    expect(sam).not.toContain('Sam and Ella live in a home without violence.');
  });

  it('gives the core group’s venue and who is sent its notes', async () => {
    const { get, planFor } = await documents();
    const minute = get('minute.docx').text;
    expect(minute).toContain(`Where it meets: ${VENUE}`);
    expect(minute).toContain('Sent the notes, not members: Dr Ravi Shah (GP)');
    const plan = planFor('p-chloe').text;
    expect(plan).toContain(`Where the core group meets: ${VENUE}`);
    expect(plan).toContain('Also sent the notes of each meeting: Dr Ravi Shah (GP)');
    expect(get('decision-letter.docx').text).toContain(`Where: ${VENUE}`);
  });

  it('does not tell a parent heard apart, who is not in the core group, where it meets', async () => {
    const { get } = await documents();
    expect(get('family-plan-ryan-dacre.docx').everything).not.toContain(VENUE);
    expect(get('decision-letter-ryan-dacre.docx').everything).not.toContain(VENUE);
    expect(get('minutes-ryan-dacre.docx').everything).not.toContain(VENUE);
    expect(get('minutes-chloe-harlow.docx').text).toContain(VENUE);
  });

  it('keeps the venue to its audience', async () => {
    const { set } = await documents(
      asRunConference((c) => {
        c.captures = { 'coreGroup.venue': { audience: { level: 'professionals', withheldFrom: [] } } };
      }),
    );
    for (const [name, doc] of set) {
      if (doc.view.reading === 'professional') expect(doc.text, name).toContain(VENUE);
      else expect(doc.everything, name).not.toContain(VENUE);
    }
  });
});

describe('the unborn baby', () => {
  it('gives gestation at the conference, the due date and the 28, 30 and 34-week dates', async () => {
    const { get, planFor } = await documents();
    const minute = get('minute.docx').text;
    expect(minute).toContain('Expected date of delivery: Saturday 1 May 2027 Gestation at the conference: 24+3');
    expect(minute).toContain('28 weeks: Saturday 6 February 2027');
    expect(minute).toContain('30 weeks: Saturday 20 February 2027 – Pre-birth assessment finished');
    expect(minute).toContain('34 weeks: Saturday 20 March 2027');
    const plan = planFor('p-chloe').text;
    expect(plan).toContain(
      'The baby is due on: Saturday 1 May 2027 Weeks of pregnancy at the meeting: 24 weeks and 3 days',
    );
    expect(plan).toContain(
      '30 weeks: Saturday 20 February 2027 (pre-birth assessment finished, in practice by Friday 19 February 2027, the working day before)',
    );
    expect(get('decision-letter.docx').text).toContain(
      'The baby is due on Saturday 1 May 2027. At the meeting the pregnancy was 24 weeks and 3 days.',
    );
  });

  it('says in plain words that the baby’s need for a plan will be looked at again', async () => {
    const { get, planFor } = await documents();
    const again =
      'The baby does not need a child protection plan. Whether the baby needs a child protection plan will be ' +
      'looked at again at the review child protection conference.';
    expect(get('minute.docx').text).toContain(`Decision: ${again}`);
    expect(get('decision-letter.docx').text).toContain(again);
    expect(planFor('p-chloe').text).toContain(again);
  });

  it('says sooner, through a strategy discussion, when the chair chose that', async () => {
    const { get } = await documents(
      asRunConference((c) => {
        c.decisions![2]!.reconsider = 'strategy-discussion';
      }),
    );
    expect(get('decision-letter.docx').text).toContain(
      'will be looked at again sooner, at another strategy discussion, if the worries grow',
    );
  });

  it('gives the pre-birth help its own part of the family plan, not part of the plan', async () => {
    const { get, planFor } = await documents();
    const plan = planFor('p-chloe').text;
    expect(plan).toContain(
      'Help for the baby before birth This is not part of a child protection plan. It is the help everyone agreed ' +
        'for the baby for now. Priya Nair (Social Worker) and Gail Fenn (midwife) will complete a pre-birth ' +
        'assessment with Chloe.',
    );
    expect(get('minute.docx').text).toContain(
      `For the baby: ${BABY_ACTION}Help before the birth: not part of the child protection plan.`,
    );
    expect(get('decision-letter.docx').text).toContain(
      'Help before the birth was also agreed for the baby. It is not part of a child protection plan',
    );
  });

  it('keeps the pre-birth help when no child has a plan, and the review that will look again', async () => {
    const { get, planFor } = await documents(
      asRunConference((c) => {
        c.decisions![0]!.outcome = 'plan-not-needed';
        c.decisions![1]!.outcome = 'plan-not-needed';
      }),
    );
    const plan = planFor('p-chloe').text;
    expect(plan).toContain(BABY_ACTION.replace(/^Complete/, 'complete'));
    expect(plan).toContain('The review child protection conference will still meet.');
    expect(plan).toContain('The next review child protection conference: Tuesday 6 April 2027 at 10am');
    expect(get('minute.docx').text).toContain('Next review: Tuesday 6 April 2027 at 10:00');
  });
});

describe('words', () => {
  it('keeps an unborn baby’s name in sentence case in a list', async () => {
    const { planFor } = await documents();
    const plan = planFor('p-chloe');
    expect(plan.text).toContain('Family plan for Sam, Ella and the baby');
    expect(plan.everything).not.toContain('and The baby');
    expect(plan.text).toContain('The baby: The baby does not need');
  });

  it('continues a contingency without half-lowering a title, and lowers an ordinary first word', async () => {
    const { planFor } = await documents(
      asRunConference((c) => {
        c.plan!.contingency = [
          { id: 'c1', if: 'Deputy Head sees a new bruise', then: 'Early review conference' },
          { id: 'c2', if: 'The baby is born early', then: 'Strategy discussion the same day' },
        ];
      }),
    );
    const plan = planFor('p-chloe').text;
    expect(plan).toContain('If Deputy Head sees a new bruise: Early review conference.');
    expect(plan).toContain('If the baby is born early: Strategy discussion the same day.');
  });

  it('calls the lead professional by the organisation’s title, else the nation’s', async () => {
    const settings = OrganisationSettings.parse({
      ...asRunSettings,
      leadProfessionalTitle: 'Lead child protection practitioner',
    });
    const own = await documents(asRunConference(), settings);
    expect(own.get('minute.docx').text).toContain('Lead child protection practitioner: Priya Nair');
    expect(own.planFor('p-chloe').text).toContain('Your lead child protection practitioner: Priya Nair');
    const scottish = await documents(asRunConference(nation('scotland')));
    expect(scottish.get('minute.docx').text).toContain('Lead professional: Priya Nair');
    expect(scottish.get('minute.docx').text).not.toContain('Lead social worker');
  });

  it('uses Wales’s word for the plan wherever the documents name it', async () => {
    const { set } = await documents(asRunConference(nation('wales')));
    for (const [name, doc] of set) {
      if (doc.view.kind === 'restricted-annex') continue;
      // A letter to a child under 13 says "a plan to keep you safe" rather than the plan's name (child-letter.ts).
      if (doc.view.kind !== 'child-letter') expect(doc.text, name).toContain('care and support protection plan');
      // The purpose is the agenda's own words (shared/agenda/definitions.ts), not the documents'.
      const own = doc.text.replace(
        /Purpose of the conference .*?Notes: Purpose|Purpose of the conference .*?Reason for the conference/,
        '',
      );
      expect(own, name).not.toContain('child protection plan');
    }
  });
});

describe('the distribution list', () => {
  it('lists the team manager, the chair and the minute-taker in the professional minute, with the files', async () => {
    const { get } = await documents();
    const minute = get('minute.docx').text;
    const list = minute.slice(minute.lastIndexOf('Distribution'));
    expect(list).toContain(
      'Karen Holt (Team manager) Decision letter (decision-letter.docx); Minutes (minute.docx) Team manager, consulted ' +
        'before the conference',
    );
    expect(list).toContain('Helen Marsh (Chair) Decision letter (decision-letter.docx); Minutes (minute.docx)');
    expect(list).toContain('Owen Price (Minute-taker)');
    expect(get('minutes-chloe-harlow.docx').text).not.toContain('Karen Holt (Team manager)');
  });

  it('does not list someone twice who is also a participant', () => {
    const conference = asRunConference((c) => {
      c.participants!.push({
        id: 'p-tm',
        name: 'Karen  Holt',
        kind: 'professional',
        agency: 'childrens-social-care',
        role: 'Team manager',
        attendance: { status: 'apologies-no-report' },
      });
      c.details.minuteTaker = 'helen marsh';
    });
    expect(namedRecipients(conference).map((r) => r.name)).toEqual(['Helen Marsh']);
  });
});

function nation(n: 'wales' | 'scotland') {
  return (c: ConferenceInput) => {
    c.details.nation = n;
  };
}

describe('layout', () => {
  it('sets the line height with its rule wherever a paragraph or heading sets its own spacing', async () => {
    // LibreOffice set a wrapped family plan title's lines on top of each other (issue 11): no spacing is left
    // without a line height and rule for a reader to guess.
    const { planFor } = await documents();
    const parts = planFor('p-chloe').parts;
    const body = [...parts].filter(([name]) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(name));
    const spacings = body.flatMap(([, xml]) => xml.match(/<w:spacing [^>]*>/g) ?? []);
    expect(spacings.length).toBeGreaterThan(3);
    for (const spacing of spacings) expect(spacing).toMatch(/w:line="\d+" w:lineRule="auto"/);
    const styles = parts.get('word/styles.xml') ?? '';
    for (const id of ['Heading1', 'Heading2', 'Heading3']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`, 's').exec(styles)?.[0] ?? '';
      expect(style, id).toMatch(/<w:spacing [^>]*w:line="276" w:lineRule="auto"/);
    }
  });
});
