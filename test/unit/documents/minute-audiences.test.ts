import { describe, expect, it } from 'vitest';
import { capturedTexts } from '@shared/audience/captured';
import { distributionList } from '@shared/audience/distribution';
import type { Block, DocumentView } from '@shared/documents';
import type { Audience } from '@shared/model/audience';
import type { Conference, ConferenceInput } from '@shared/model/conference';
import { DEFAULT_SETTINGS } from '@shared/model/settings';
import { loadFenwick, withScreensRecorded } from '../audience/fenwick';
import { amend } from '../shared-screen/westbrook';
import { readBackSet, type ReadBackDocument } from './read-back';
import { westbrookForDocuments, westbrookSettings } from './westbrook-documents';

/**
 * Texts the minutes printed to every reader without asking their audience, and wording in a family member's copy
 * that read badly (issue #10, review of the minutes). Each text now has a reference of its own and is asked about as
 * the copy is written: a child's school and GP, how people joined, why an agenda item was not taken, who wrote a
 * report, and how an action from the last plan has gone. Every document is read back from the .docx; each check is
 * made both ways, absent where the audience or the time rule keeps a text out and present where it belongs.
 *
 * The Fenwick meeting (test/fixtures/fenwick-initial.json): Dean took part on his own by video, 09:30 to 10:00,
 * because of his bail conditions; Leanne (in a refuge) and her mother Pauline were in the room 10:05 to 12:25.
 */

const notFor = (...ids: string[]): Audience => ({ level: 'everyone', withheldFrom: ids });
const PROFESSIONALS: Audience = { level: 'professionals', withheldFrom: [] };
const RESTRICTED: Audience = { level: 'restricted', withheldFrom: [] };

/** The Fenwick meeting as the chair leaves it, with a change to its file. */
function fenwick(change?: (c: ConferenceInput) => void): Conference {
  const recorded = withScreensRecorded(loadFenwick());
  return change ? amend(recorded, change) : recorded;
}

function withCaptures(c: ConferenceInput, captures: Conference['captures']): void {
  c.captures = { ...c.captures, ...captures };
}

const readFenwick = (c: Conference) =>
  readBackSet(c, DEFAULT_SETTINGS, { today: '2027-03-10', issuedOn: '2027-03-10' });
const readWestbrook = (c: Conference) =>
  readBackSet(c, westbrookSettings, { today: '2026-12-01', issuedOn: '2026-12-01' });

function get(docs: Map<string, ReadBackDocument>, name: string): ReadBackDocument {
  const found = docs.get(name);
  if (!found) throw new Error(`${name} was not written; the set is ${[...docs.keys()].join(', ')}`);
  return found;
}

const DEAN = 'minutes-dean-marsh.docx';
const LEANNE = 'minutes-leanne-fenwick.docx';
const MINUTE = 'minute.docx';
const ANNEX = 'restricted-annex.docx';

/** The facts printed under a heading (an adult's or a child's name) in a copy's view model, as "Label: value". */
function factsUnder(view: DocumentView, heading: string): string[] {
  const at = view.blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  const facts = view.blocks.slice(at + 1).find((b): b is Extract<Block, { kind: 'facts' }> => b.kind === 'facts');
  if (at < 0 || !facts) throw new Error(`No facts under “${heading}” in ${view.fileName}`);
  return facts.facts.map((f) => `${f.label}: ${f.value}`);
}

describe('a child’s school and GP (child:<id>:school)', () => {
  const SCHOOL = 'St Anne’s Church of England Primary School (Year 1)';
  const GP = 'Northgate Medical Centre';

  it('are listed as one text, for everyone unless the chair chooses otherwise', () => {
    const text = capturedTexts(fenwick()).find((t) => t.ref === 'child:child-riley:school');
    expect(text).toMatchObject({ texts: [SCHOOL, GP], nature: 'outcome', defaultAudience: notFor() });
  });

  it('are left out of the copy of a parent they are withheld from, lines and all, and kept for everyone else', async () => {
    const docs = await readFenwick(
      fenwick((c) => withCaptures(c, { 'child:child-riley:school': { audience: notFor('p-dean') } })),
    );
    const dean = get(docs, DEAN);
    for (const secret of [SCHOOL, GP]) expect(dean.everything).not.toContain(secret);
    expect(factsUnder(dean.view, 'Riley Fenwick').filter((f) => /^(School|GP)/.test(f))).toEqual([]);
    for (const name of [LEANNE, MINUTE]) {
      expect(get(docs, name).text, name).toContain(`School or nursery: ${SCHOOL}`);
      expect(get(docs, name).text, name).toContain(`GP: ${GP}`);
    }
  });

  it('when restricted, are in the annex, and the professional minute says so', async () => {
    const docs = await readFenwick(
      fenwick((c) => withCaptures(c, { 'child:child-riley:school': { audience: RESTRICTED } })),
    );
    expect(get(docs, ANNEX).text).toContain(SCHOOL);
    const minute = get(docs, MINUTE).text;
    expect(minute).not.toContain(SCHOOL);
    expect(minute).toContain('School or nursery: Held in the restricted annex');
    for (const name of [DEAN, LEANNE]) expect(get(docs, name).everything, name).not.toContain(GP);
  });

  it('are not asked for a baby not yet born, who has neither', async () => {
    const docs = await readFenwick(fenwick());
    const dean = get(docs, DEAN);
    expect(dean.text).toContain('Baby Fenwick Expected date of delivery: Monday 21 June 2027');
    expect(dean.text).not.toContain('Fenwick (known as Baby Fenwick)');
    expect(factsUnder(dean.view, 'Baby Fenwick').filter((f) => /^(School|GP)/.test(f))).toEqual([]);
    expect(factsUnder(dean.view, 'Riley Fenwick')).toContain(`GP: ${GP}`);
  });
});

describe('how people joined (details.joinDetails)', () => {
  const DETAILS = 'Leanne Fenwick and Pauline Fenwick attend in person from 10:05';

  it('keeps the way the meeting was held and leaves out the details withheld from a reader', async () => {
    const c = fenwick((d) => withCaptures(d, { 'details.joinDetails': { audience: notFor('p-dean') } }));
    expect(capturedTexts(c).find((t) => t.ref === 'details.joinDetails')?.defaultAudience).toEqual(notFor());
    const docs = await readFenwick(c);
    const dean = get(docs, DEAN).text;
    expect(dean).not.toContain(DETAILS);
    expect(dean).toContain('How people joined: In person and by video Chair:');
    for (const name of [LEANNE, MINUTE]) expect(get(docs, name).text, name).toContain(DETAILS);
  });
});

describe('why an agenda item was not taken (agenda:<itemKey>:skipped)', () => {
  const REASON = 'Both children need a child protection plan.';
  const REF = 'agenda:support-without-a-plan:skipped';
  const ROW = 'Agenda items not taken Child not needing a plan: other support:';

  it('is a record of what was said, under its own item', () => {
    expect(capturedTexts(fenwick()).find((t) => t.ref === REF)).toMatchObject({
      texts: [REASON],
      nature: 'record',
      itemKey: 'support-without-a-plan',
      defaultAudience: notFor(),
    });
  });

  it('follows time: in the copy of a parent in the room when it was said, not in the copy of one who was out', async () => {
    // Said at 09:45, during Dean's part; Leanne came in at 10:05.
    const docs = await readFenwick(fenwick((c) => withCaptures(c, { [REF]: { at: '2027-03-09T09:45:00.000Z' } })));
    expect(get(docs, DEAN).text).toContain(`${ROW} ${REASON}`);
    const leanne = get(docs, LEANNE).text;
    expect(leanne).not.toContain(REASON);
    // The item is still listed: that it was not taken is not a secret.
    expect(leanne).toContain(`${ROW} Not taken at this meeting`);
    expect(get(docs, MINUTE).text).toContain(`${ROW} ${REASON}`);
  });

  it('follows its audience: for the professionals only, or in the annex', async () => {
    const professionals = await readFenwick(
      fenwick((c) => withCaptures(c, { [REF]: { audience: PROFESSIONALS, at: '2027-03-09T09:45:00.000Z' } })),
    );
    expect(get(professionals, DEAN).everything).not.toContain(REASON);
    expect(get(professionals, DEAN).text).toContain(`${ROW} Not taken at this meeting`);
    expect(get(professionals, MINUTE).text).toContain(`${ROW} ${REASON}`);

    const restricted = await readFenwick(fenwick((c) => withCaptures(c, { [REF]: { audience: RESTRICTED } })));
    expect(get(restricted, MINUTE).text).toContain(`${ROW} Held in the restricted annex`);
    expect(get(restricted, MINUTE).everything).not.toContain(REASON);
    expect(get(restricted, ANNEX).text).toContain(REASON);
  });
});

describe('who wrote a report (report:<id>)', () => {
  /** A report from someone who was not at the meeting, about Leanne's recovery, which reached her late. */
  const withRecoveryReport = (audience?: Audience) =>
    fenwick((c) => {
      c.reports!.push({
        id: 'rep-misuse',
        agency: 'adult-substance-misuse',
        organisation: 'Northgate Drug and Alcohol Team',
        author: 'Marcus Reid',
        receivedOn: '2027-03-02',
        sharing: [{ participantId: 'p-leanne', sharedOn: '2027-03-08', version: 'full' }],
      });
      if (audience) withCaptures(c, { 'report:rep-misuse': { audience } });
    });
  const LINE = 'Adult substance misuse service, Northgate Drug and Alcohol Team, by Marcus Reid';

  it('is listed, for everyone unless the chair chooses otherwise, and bounds the reasons under it', () => {
    const texts = capturedTexts(withRecoveryReport(notFor('p-dean')));
    expect(texts.find((t) => t.ref === 'report:rep-misuse')).toMatchObject({
      texts: ['Marcus Reid', 'Northgate Drug and Alcohol Team'],
      nature: 'outcome',
      defaultAudience: notFor(),
    });
    // Tom Beckett's report is as private as Tom: his identity is withheld from Dean.
    expect(texts.find((t) => t.ref === 'report:rep-recovery')?.audience.withheldFrom).toContain('p-dean');
    const reason = texts.find((t) => t.ref === 'report:rep-recovery:sharing:p-dean');
    expect(reason?.audience).toEqual({ level: 'professionals', withheldFrom: ['p-dean'] });
  });

  it('is left out of the copy of a parent it is withheld from, in the reports and in the dates', async () => {
    const docs = await readFenwick(withRecoveryReport(notFor('p-dean')));
    const dean = get(docs, DEAN);
    for (const secret of ['Marcus Reid', 'Northgate Drug and Alcohol Team', 'Adult substance misuse'])
      expect(dean.everything, secret).not.toContain(secret);
    expect(dean.text).toContain('The meeting had written reports from:');
    expect(get(docs, LEANNE).text).toContain(LINE);
    const minute = get(docs, MINUTE).text;
    expect(minute).toContain('Adult substance misuse service, Northgate Drug and Alcohol Team');
    // The professional minute's dates name the report that reached Leanne late; Dean's did not, above.
    expect(minute).toContain('Adult substance misuse service report by Marcus Reid to Leanne Fenwick');
  });

  it('when restricted, is in the annex, and the professional minute says one item of the reports is there', async () => {
    const docs = await readFenwick(withRecoveryReport(RESTRICTED));
    expect(get(docs, ANNEX).text).toContain('Marcus Reid');
    const minute = get(docs, MINUTE);
    expect(minute.everything).not.toContain('Marcus Reid');
    expect(minute.text).toContain('Reports One restricted item of this part is held in the restricted annex.');
    expect(get(docs, LEANNE).everything).not.toContain('Marcus Reid');
  });
});

describe('how an action from the last plan has gone (action:<id>:progress)', () => {
  const NOTE = 'Not booked yet.';
  const REF = 'action:action-mia-dental:progress';
  // The minute prints the outcome the action serves, and how everyone will know it is done, on the next lines of the
  // cell (read back without a space).
  const ACTION =
    "Book Mia's dental treatment and take her to the appointments.Outcome: Mia's health and schooling needs are met." +
    'How we will know: The dentist confirms the treatment is done.';

  it('is a record of its own, no longer part of the action’s text', () => {
    const texts = capturedTexts(westbrookForDocuments());
    expect(texts.find((t) => t.ref === 'action:action-mia-dental')?.texts).not.toContain(NOTE);
    expect(texts.find((t) => t.ref === REF)).toMatchObject({
      texts: [NOTE],
      nature: 'record',
      itemKey: 'plan-progress',
      defaultAudience: notFor(),
    });
  });

  it('is never seen by more people than its action', () => {
    const c = amend(westbrookForDocuments(), (d) =>
      withCaptures(d, {
        'action:action-mia-dental': { audience: { level: 'restricted', withheldFrom: ['p-kieran'] } },
      }),
    );
    expect(capturedTexts(c).find((t) => t.ref === REF)?.audience).toEqual({
      level: 'restricted',
      withheldFrom: ['p-kieran'],
    });
  });

  it('can be for the professionals only while the action and its rating stay in the parent’s copy', async () => {
    const docs = await readWestbrook(
      amend(westbrookForDocuments(), (d) => withCaptures(d, { [REF]: { audience: PROFESSIONALS } })),
    );
    const jade = get(docs, 'minutes-jade-ashdown.docx');
    expect(jade.everything).not.toContain(NOTE);
    expect(jade.text).toContain(`For Mia: ${ACTION} By Friday 30 October 2026 Red: not done yet`);
    expect(get(docs, MINUTE).text).toContain(`For Mia: ${ACTION} By Friday 30 October 2026 Red: not done yet. ${NOTE}`);
  });

  it('follows time: not in the copy of a parent who came in after it was said', async () => {
    const docs = await readWestbrook(
      amend(westbrookForDocuments(), (d) => {
        d.participants!.find((p) => p.id === 'p-kieran')!.attendance = {
          status: 'excluded-part',
          arrivedAt: '14:40',
          reason: 'Arrived late.',
        };
        withCaptures(d, {
          [REF]: { at: '2026-12-01T14:35:00.000Z', itemKey: 'plan-progress' },
          'action:action-jade-gp:progress': { at: '2026-12-01T14:45:00.000Z', itemKey: 'plan-progress' },
        });
      }),
    );
    const kieran = get(docs, 'minutes-kieran-ashdown.docx');
    expect(kieran.everything).not.toContain(NOTE);
    expect(kieran.text).toContain(`${ACTION} By Friday 30 October 2026 Red: not done yet`);
    expect(kieran.text).toContain('Attended; on the waiting list for talking therapy.');
    expect(get(docs, 'minutes-jade-ashdown.docx').text).toContain(NOTE);
  });
});

describe('a family member’s copy of the minutes, as it reads', () => {
  it('does not tell a parent their own address or bail conditions are “not in your copy”', async () => {
    const docs = await readFenwick(fenwick());
    const leanne = get(docs, LEANNE);
    // Her address is in a refuge (restricted): her own entry has no address line, and does not print it.
    expect(factsUnder(leanne.view, 'Leanne Fenwick').filter((f) => f.startsWith('Address'))).toEqual([]);
    expect(leanne.everything).not.toContain(loadFenwick().adults.find((a) => a.id === 'adult-leanne')!.address);
    expect(factsUnder(leanne.view, 'Pauline Fenwick')).toContain('Address: 6 Beech Grove, Marlbridge MB3 8HA');
    // Dean's bail conditions are for the professionals: not a line in his own entry, but one in Leanne's copy.
    const dean = get(docs, DEAN);
    expect(factsUnder(dean.view, 'Dean Marsh').filter((f) => f.startsWith('Contact restrictions'))).toEqual([]);
    expect(factsUnder(dean.view, 'Dean Marsh')).toContain(
      'Address: Staying with his brother at 31 Mill Street, Marlbridge MB2 5LT',
    );
    expect(factsUnder(leanne.view, 'Dean Marsh')).toContain('Contact restrictions: Not in your copy');
    // The other parent's address, for someone who attended separately, is still said to be not in the copy.
    expect(factsUnder(dean.view, 'Leanne Fenwick')).toContain('Address: Not in your copy');
  });

  it('offers the social worker in place of the reason for the conference', async () => {
    const docs = await readFenwick(fenwick());
    for (const name of [DEAN, LEANNE]) {
      const text = get(docs, name).text;
      expect(text, name).toContain(
        'Reason for the conference: Hannah Okafor (social worker) can go through it with you.',
      );
      expect(text, name).not.toContain('Reason for the conference: Not in your copy');
    }
    expect(get(docs, MINUTE).text).toContain(`Reason for the conference: ${loadFenwick().details.reason}`);
  });

  it('says each decision is in full only where nothing about the decisions was left out', async () => {
    const fenwickDocs = await readFenwick(fenwick());
    // Dean has the decisions, but not the agencies' views on them.
    const dean = get(fenwickDocs, DEAN).text;
    expect(dean).toContain(
      'Each child’s decision is in your copy, though some of the views and reasons given are not.',
    );
    expect(dean).not.toContain('in your copy in full');
    // Jade was in the room throughout and may see everything about the decisions.
    const throughout = amend(westbrookForDocuments(), (d) => {
      d.participants!.find((p) => p.id === 'p-jade')!.attendance = { status: 'present' };
    });
    const jade = get(await readWestbrook(throughout), 'minutes-jade-ashdown.docx').text;
    expect(jade).toContain('Each child’s decision is in your copy in full.');
  });

  it('counts the scores the reader can see, without misstating how many were given', async () => {
    const docs = await readFenwick(fenwick());
    const dean = get(docs, DEAN).text;
    expect(dean).toContain('One score is in your copy: 8.');
    expect(dean).not.toMatch(/scores? (was|were) given/);
    expect(get(docs, MINUTE).text).toContain('7 scores were given, from 3 to 8; the middle score was 4.');
    const leanne = get(docs, LEANNE).text;
    expect(leanne).toMatch(/\d scores are in your copy, from \d+ to \d+; the middle score is [\d.]+\./);
    expect(leanne).not.toMatch(/scores? (was|were) given/);
  });

  it('speaks to someone who attended separately of the parts they were not in, not of being out of the room', async () => {
    const docs = await readFenwick(fenwick());
    const dean = get(docs, DEAN).text;
    expect(dean).toContain('It is the record of the parts of the meeting you took part in.');
    expect(dean).toMatch(/Not in your copy: \d+ things said in the parts of the meeting you were not in\./);
    expect(dean).toContain('Information from agencies You were in only some of this part of the meeting.');
    expect(dean).not.toContain('out of the room');
    expect(dean).not.toContain('in the room');
    // Leanne was in the room for part of the meeting: for her, the room is the right word.
    expect(get(docs, LEANNE).text).toMatch(/Not in your copy: \d+ things? said while you were out of the room\./);
  });

  it('says nothing is left out of a part that is printed whole, though the reader was not there for it', async () => {
    const dean = get(await readFenwick(fenwick()), DEAN).text;
    expect(dean).toContain('Reports The meeting had written reports from:');
    expect(dean).toContain('Distribution Name Is sent');
    expect(dean).toContain(
      'Quorum You were not in this part of the meeting, so what was said in it is not in your copy.',
    );
  });
});

describe('the distribution list in the professional minute', () => {
  it('gives a family member not linked to the household a plain reason; the app keeps the instruction', async () => {
    const c = amend(westbrookForDocuments(), (d) => {
      d.participants!.push({
        id: 'p-rose',
        name: 'Rose Ashdown',
        kind: 'family',
        role: 'Grandmother',
        attendance: { status: 'present', arrivedAt: '13:50' },
      });
    });
    expect(distributionList(c).find((l) => l.participant.id === 'p-rose')?.why).toMatch(
      /link them to the household to check/,
    );
    const minute = get(await readWestbrook(c), MINUTE).text;
    expect(minute).toContain('Rose Ashdown (Grandmother) Decision letter (decision-letter');
    expect(minute).toContain('Parent or carer: the minutes of the parts they attended');
    expect(minute).not.toContain('link them to the household');
  });
});
