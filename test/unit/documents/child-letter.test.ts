import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ageOn, childrenToWriteTo, distributionList } from '@shared/audience/distribution';
import { buildDocuments, type BuiltDocument } from '@shared/documents';
import { planAnswer } from '@shared/documents/child-voice';
import { guardDocuments } from '@shared/documents/guard';
import { isExportFileName } from '../../../electron/services/export';
import { readingEase, sentencesOf, wordsOf } from '@shared/format/readability';
import { Conference, type ConferenceInput } from '@shared/model/conference';
import { DEFAULT_SETTINGS, type OrganisationSettings } from '@shared/model/settings';
import { categoryWords } from '@shared/plan/decision-words';
import {
  canaryViolations,
  loadFenwick,
  loadFenwickCanaries,
  withScreensRecorded,
  type CanaryEntry,
} from '../audience/fenwick';
import { packedText, viewText, writtenFromView } from '../audience/written';
import { amend } from '../shared-screen/westbrook';
import { RESTRICTED_CANARIES, westbrookForDocuments, westbrookSettings } from './westbrook-documents';

/**
 * The chair's letter to each child (issue 12): one per child who is born and at least 3 on the
 * conference date, in words for their age, with what they told us and what the plan does about it, what the grown-ups
 * will do, who their social worker is, and how to tell someone if they are worried. It is computed for anyone in the
 * family (the shared screen's reader), so nothing professionals-only, restricted or withheld from anyone reaches it.
 */

const fixture = (name: string): Conference =>
  Conference.parse(JSON.parse(readFileSync(new URL(`../../fixtures/${name}.json`, import.meta.url), 'utf8')));

const build = (c: Conference, settings: OrganisationSettings = DEFAULT_SETTINGS): BuiltDocument[] =>
  buildDocuments(c, settings, { today: c.details.date, issuedOn: c.details.date });

const childLetters = (built: readonly BuiltDocument[]) => built.filter((b) => b.view.kind === 'child-letter');

function letter(built: readonly BuiltDocument[], fileName: string): BuiltDocument {
  const found = built.find((b) => b.view.fileName === fileName);
  if (!found)
    throw new Error(`${fileName} was not written; the set is ${built.map((b) => b.view.fileName).join(', ')}`);
  return found;
}

/** The letter's words as a reader meets them: a paragraph's bold lead runs on into its text. */
const textOf = (built: readonly BuiltDocument[], fileName: string) =>
  letter(built, fileName)
    .view.blocks.flatMap((b) => {
      switch (b.kind) {
        case 'paragraph':
          return [`${b.lead ?? ''}${b.text}`];
        case 'heading':
        case 'banner':
          return [b.text];
        case 'list':
          return b.items;
        default:
          return [];
      }
    })
    .join('\n');
const ids = (b: BuiltDocument) => b.view.recipients.map((p) => p.id);

/** Westbrook at the end of the meeting, with Jayden's plan carrying on under physical abuse, and his date of birth. */
function jaydenAged(dateOfBirth: string | undefined, change?: (c: ConferenceInput) => void): Conference {
  return amend(westbrookForDocuments(), (c) => {
    const jayden = c.children!.find((x) => x.id === 'child-jayden')!;
    if (dateOfBirth) jayden.dateOfBirth = dateOfBirth;
    else delete jayden.dateOfBirth;
    const decision = c.decisions!.find((d) => d.childId === 'child-jayden')!;
    decision.outcome = 'plan-continues';
    decision.categories = ['physical-abuse'];
    delete decision.alternative;
    decision.alternativeLead = '';
    decision.stepDownPlan = '';
    change?.(c);
  });
}

describe('a letter for each child old enough for one', () => {
  it('writes one for each born child and none for an unborn baby, sent to a child who takes part in the meeting', () => {
    const harlow = fixture('harlow-initial');
    expect(harlow.children.map((c) => [c.id, c.unborn])).toEqual([
      ['child-sam', false],
      ['child-ella', false],
      ['child-baby', true],
    ]);
    const built = childLetters(build(harlow));
    expect(built.map((b) => b.view.fileName)).toEqual(['letter-for-sam.docx', 'letter-for-ella.docx']);
    // Sam and Ella take part: each is sent their own letter and not the other's. No lead social worker is named yet.
    expect(built.map(ids)).toEqual([['p-sam'], ['p-ella']]);
    expect(letter(built, 'letter-for-sam.docx').view.intendedFor).toBe(
      'Sam, to be read with their social worker. Written for their age.',
    );
    for (const b of built) expect(viewText(b.view)).not.toMatch(/\bbaby\b/i);

    const fenwick = childLetters(build(loadFenwick()));
    expect(fenwick.map((b) => b.view.fileName)).toEqual(['letter-for-riley.docx']);
    expect(fenwick.map(ids)).toEqual([['p-hannah']]);
  });

  it('is sent to the lead social worker, who goes through it with the child, and says so', () => {
    const built = childLetters(build(westbrookForDocuments(), westbrookSettings));
    expect(built.map((b) => [b.view.fileName, ids(b)])).toEqual([
      ['letter-for-jayden.docx', ['p-rhys']],
      ['letter-for-mia.docx', ['p-rhys']],
    ]);
    expect(built.map((b) => b.view.intendedFor)).toEqual([
      'Jayden, to be read with Rhys Morgan, social worker. Written for his age.',
      'Mia, to be read with Rhys Morgan, social worker. Written for her age.',
    ]);
    for (const b of built) {
      expect(b.view.audience).toBe('family');
      // Computed for, and checked as, anyone in the family.
      expect(b.view.readers).toEqual([{ kind: 'shared-screen' }]);
    }
  });

  it('gives a child of 14 who takes part their own letter, and their brother and sister theirs (Ballymena)', () => {
    const built = childLetters(build(fixture('ballymena-initial')));
    expect(built.map((b) => [b.view.fileName, ids(b)])).toEqual([
      ['letter-for-orla.docx', ['p-aoife', 'p-orla']],
      ['letter-for-conor.docx', ['p-aoife']],
      ['letter-for-erin.docx', ['p-aoife']],
    ]);
  });

  it('writes none for a child under 3 on the conference date, and the distribution list says how they are told', () => {
    const scotland = fixture('scotland-initial');
    expect(scotland.details.date).toBe('2027-02-02');
    const ailsaBornOn = (dateOfBirth: string) =>
      amend(scotland, (c) => {
        c.children!.find((x) => x.id === 'child-ailsa')!.dateOfBirth = dateOfBirth;
      });
    // Three on the day of the meeting: a letter. One day short of three: none.
    expect(childLetters(build(ailsaBornOn('2024-02-02'))).map((b) => b.view.fileName)).toEqual([
      'letter-for-ailsa.docx',
      'letter-for-callum.docx',
    ]);
    const young = ailsaBornOn('2024-02-03');
    const built = build(young);
    expect(childLetters(built).map((b) => b.view.fileName)).toEqual(['letter-for-callum.docx']);
    const fiona = distributionList(young).find((l) => l.participant.id === 'p-fiona')!;
    expect(fiona.receives).toContain('child-letter');
    expect(fiona.why).toContain('tells Ailsa, too young for a letter, about the outcome in other ways');
    expect(viewText(letter(built, 'minute.docx').view)).toContain('too young for a letter');
  });

  it('counts age in whole years, a birthday from its day', () => {
    expect(ageOn('2015-03-14', '2026-12-01')).toBe(11);
    expect(ageOn('2015-12-01', '2026-12-01')).toBe(11);
    expect(ageOn('2015-12-02', '2026-12-01')).toBe(10);
    expect(ageOn('2024-02-29', '2027-02-28')).toBe(2);
    expect(ageOn('2024-02-29', '2027-03-01')).toBe(3);
  });

  it('writes to a child with no date of birth in the words for 8 to 12, and says so', () => {
    const c = jaydenAged(undefined);
    expect(childrenToWriteTo(c).map((w) => [w.child.id, w.age])).toEqual([
      ['child-jayden', undefined],
      ['child-mia', 5],
    ]);
    const built = build(c, westbrookSettings);
    expect(letter(built, 'letter-for-jayden.docx').view.intendedFor).toBe(
      'Jayden, to be read with Rhys Morgan, social worker. Written for a child of 8 to 12, as no date of birth is recorded.',
    );
    expect(letter(built, 'letter-for-jayden.docx').view.blocks).toEqual(
      letter(build(jaydenAged('2015-03-14'), westbrookSettings), 'letter-for-jayden.docx').view.blocks,
    );
  });

  it('gives two children known by the same name a file each', () => {
    const c = amend(fixture('harlow-initial'), (d) => {
      d.children!.find((x) => x.id === 'child-ella')!.knownAs = 'Sam';
    });
    expect(childLetters(build(c)).map((b) => b.view.fileName)).toEqual([
      'letter-for-sam.docx',
      'letter-for-sam-2.docx',
    ]);
  });
});

describe('words for the child’s age', () => {
  const at = (dateOfBirth: string) =>
    textOf(build(jaydenAged(dateOfBirth), westbrookSettings), 'letter-for-jayden.docx');
  const five = at('2021-06-01');
  const eleven = at('2015-03-14');
  const fourteen = at('2012-03-14');
  const category = categoryWords('physical-abuse', 'england');

  it('names the category, in plain words, only from 13', () => {
    expect(fourteen).toContain(`The plan’s category: ${category.label}. This means: ${category.meaning}`);
    expect(fourteen).toContain('We agreed that your child protection plan will carry on for now.');
    for (const text of [five, eleven]) {
      expect(text).not.toContain(category.label);
      expect(text).not.toMatch(/categor|abuse|neglect/i);
    }
  });

  it('writes each band in its own words, every one to the child by name and from the chair by name', () => {
    expect(five).toContain('I ran a meeting about your family.');
    expect(five).toContain('What will happen now');
    expect(five).toContain('Your plan to keep you safe will carry on.');
    expect(eleven).toContain('Everyone there works to keep children safe.');
    expect(eleven).toContain('We agreed that your plan to keep you safe will carry on for now.');
    expect(fourteen).not.toContain('Everyone there works to keep children safe.');
    expect(eleven).not.toContain('I ran a meeting about your family.');
    for (const text of [five, eleven, fourteen]) {
      expect(text).toContain('Dear Jayden,');
      expect(text).toContain('My name is Priya Nandakumar.');
      expect(text).toContain('From Priya Nandakumar, the person who ran the meeting');
      expect(text).toContain('Your social worker is Rhys Morgan.');
      expect(text).toContain(
        'Rhys will come to see you. How often: at least every 10 working days, seeing each child alone.',
      );
      expect(text).toContain('Call Childline on 0800 1111. It is free, any time.');
      expect(text).toMatch(/999/);
      // The next core group meeting is not for the child.
      expect(text).not.toContain('core group');
    }
  });

  it('says when each thing will be done from 13, and the next review they may take part in', () => {
    // Sam's weekly visits began before the meeting: a date gone by is not given as one to come.
    expect(fourteen).toContain('to help with morning routines. Every week.');
    expect(fourteen).not.toContain('First by Tuesday 15 September 2026');
    expect(fourteen).toContain('The next meeting about the plan is on Tuesday 1 June 2027 at 2pm.');
    for (const text of [five, eleven]) {
      expect(text).not.toContain('Every week.');
      expect(text).not.toContain('Tuesday 1 June 2027');
    }
  });

  it('lists a worker’s step for all the children in every band, and a parent’s steps only when for this child alone', () => {
    // Sam's weekly visit (a worker, for the whole family) is in every letter. The rule both parents agreed for both
    // children, and Jade's own appointment with her GP, are theirs to tell: in no child's letter.
    const sam = 'Sam Whitlock (family support worker) will visit the family every week to help with morning routines.';
    for (const text of [five, eleven, fourteen]) {
      expect(text).toContain(sam);
      expect(text).not.toContain('no physical punishment');
      expect(text).not.toContain('low mood');
    }
  });

  it('keeps the app’s own sentences for a child under 8 to ten words and easy to read', () => {
    const c = westbrookForDocuments();
    const view = letter(build(c, westbrookSettings), 'letter-for-mia.docx').view;
    // What was typed (the child's words, actions, the visiting frequency) is the user's; the rest is the app's.
    const typed = [
      ...c.childVoices.map((v) => v.summary),
      ...c.plan.actions.map((a) => a.what),
      c.plan.visitingFrequency,
    ].flatMap((t) => sentencesOf(t).map((s) => s.slice(0, 20).toLowerCase()));
    const own = sentencesOf(
      view.blocks.flatMap((b) => ('text' in b ? [b.text] : b.kind === 'list' ? b.items : [])).join('\n'),
    ).filter((s) => !typed.some((t) => s.toLowerCase().includes(t)) && !s.includes('How often:'));
    expect(own.length).toBeGreaterThan(15);
    expect(own.filter((s) => wordsOf(s).length > 10)).toEqual([]);
    expect(readingEase(own.join('\n'))).toBeGreaterThanOrEqual(80);
  });
});

describe('what the child told us, back to them', () => {
  const c = amend(westbrookForDocuments(), (d) => {
    d.childVoices!.find((v) => v.id === 'voice-jayden')!.response =
      'school will hold one meeting a term instead of one every week';
  });
  const built = build(c, westbrookSettings);
  const jayden = textOf(built, 'letter-for-jayden.docx');
  const mia = textOf(built, 'letter-for-mia.docx');
  const said = (id: string) => c.childVoices.find((v) => v.id === id)!.summary;
  const so = 'So school will hold one meeting a term instead of one every week.';

  it('gives each child their own words and what the plan does about them, and not a brother’s or sister’s', () => {
    expect(jayden).toContain(said('voice-jayden'));
    expect(jayden).toContain(so);
    expect(mia).toContain(said('voice-mia'));
    expect(mia).not.toContain(said('voice-jayden'));
    expect(mia).not.toContain('one meeting a term');
    expect(jayden).not.toContain(said('voice-mia'));
  });

  it('does the same for three children of different ages (Ballymena)', () => {
    const b = fixture('ballymena-initial');
    const letters = build(b);
    const orla = textOf(letters, 'letter-for-orla.docx');
    const conor = textOf(letters, 'letter-for-conor.docx');
    const voice = (id: string) => b.childVoices.find((v) => v.id === id)!;
    expect(orla).toContain(voice('voice-orla').summary);
    expect(orla).toContain('So your social worker will arrange for Orla to see her dad at the Braid Family Centre');
    expect(conor).toContain('So your social worker will ask the school to give Conor a place at breakfast club');
    expect(orla).not.toContain('breakfast club');
    expect(conor).not.toContain(voice('voice-orla').summary);
    // Orla is 14 and in Northern Ireland: her category, and the register, in plain words; Erin (6) has neither.
    expect(orla).toContain('The plan’s category: Emotional abuse.');
    expect(orla).toContain('Your name also goes on the child protection register');
    const erin = textOf(letters, 'letter-for-erin.docx');
    expect(erin).not.toMatch(/categor|register|abuse|neglect/i);
  });
});

describe('only what anyone in the family may read', () => {
  const PROFESSIONALS_ONLY = 'CANARY-PROFONLY-4Z';
  const WITHHELD = 'CANARY-WITHHELD-8Q';
  const c = amend(westbrookForDocuments(), (d) => {
    d.plan!.actions!.push(
      {
        id: 'action-restricted',
        childIds: ['child-mia'],
        what: 'Keep Mia away from Delia Pell at 22 Orchard Rise.',
        ownerParticipantId: 'p-rhys',
      },
      {
        id: 'action-withheld',
        childIds: ['child-jayden', 'child-mia'],
        what: `Check on the family every week (${WITHHELD}).`,
        ownerParticipantId: 'p-sam',
      },
    );
    d.childVoices!.push({
      id: 'voice-mia-police',
      childId: 'child-mia',
      method: 'observation',
      summary: `Mia told the police officer something that is for professionals only (${PROFESSIONALS_ONLY}).`,
    });
    d.captures = {
      ...d.captures,
      'action:action-restricted': { audience: { level: 'restricted', withheldFrom: [] } },
      'action:action-withheld': { audience: { level: 'everyone', withheldFrom: ['p-kieran'] } },
      'childVoice:voice-mia-police': { audience: { level: 'professionals', withheldFrom: [] } },
    };
  });
  const built = build(c, westbrookSettings);
  const kept = [...RESTRICTED_CANARIES, PROFESSIONALS_ONLY, WITHHELD];

  it('leaves out restricted, professionals-only and withheld text, in the view and in the packed file', async () => {
    const letters = childLetters(built);
    expect(letters).toHaveLength(2);
    for (const b of letters) {
      const texts = [viewText(b.view), await packedText(b.view)];
      for (const text of texts) for (const words of kept) expect(text, b.view.fileName).not.toContain(words);
    }
    // The canaries were planted where other copies may hold them: the test can fail.
    expect(viewText(letter(built, 'minute.docx').view)).toContain(PROFESSIONALS_ONLY);
    expect(viewText(letter(built, 'minute.docx').view)).toContain(WITHHELD);
    expect(viewText(letter(built, 'restricted-annex.docx').view)).toContain('Delia Pell');
  });

  it('keeps what the child said and who their social worker is', async () => {
    const mia = letter(built, 'letter-for-mia.docx');
    for (const text of [viewText(mia.view), await packedText(mia.view)]) {
      expect(text).toContain(c.childVoices.find((v) => v.id === 'voice-mia')!.summary);
      expect(text).toContain('Rhys Morgan');
    }
  });

  it('passes the leak guard, which checks each letter as anyone in the family would read it', () => {
    const views = built.map((b) => b.view);
    expect(guardDocuments(c, views).filter((l) => l.fileName.startsWith('letter-for-'))).toEqual([]);
    // The same letter with the restricted action typed into it is caught, for the family in general.
    const restricted = c.plan.actions.find((a) => a.id === 'action-restricted')!.what;
    const tampered = views.map((v) =>
      v.fileName === 'letter-for-mia.docx'
        ? { ...v, blocks: [...v.blocks, { kind: 'paragraph' as const, text: restricted }] }
        : v,
    );
    const leaks = guardDocuments(c, tampered).filter((l) => l.fileName.startsWith('letter-for-'));
    expect(leaks.map((l) => [l.fileName, l.recipientName])).toContainEqual([
      'letter-for-mia.docx',
      'the family in general',
    ]);
  });
});

describe('a child’s words only where every family member would read them', () => {
  const scotland = fixture('scotland-initial');
  const callumSaid = scotland.childVoices.find((v) => v.id === 'voice-callum')!.summary;

  it('leaves what Callum told us out of his letter, as Gary, out of the room, has none of it in his own plan', () => {
    const built = build(scotland);
    // The words are in the record and in Shona's plan (the test can fail), not in Gary's plan.
    expect(viewText(letter(built, 'minute.docx').view)).toContain(callumSaid);
    expect(viewText(letter(built, 'family-plan-shona-kerr.docx').view)).toContain(callumSaid);
    expect(viewText(letter(built, 'family-plan-gary-kerr.docx').view)).not.toContain(callumSaid);
    const callum = textOf(built, 'letter-for-callum.docx');
    expect(callum).not.toContain('hides in his room');
    expect(callum).not.toContain('shouts');
    // Still kind, and never a word about something left out.
    expect(callum).toContain('Thank you for sharing your views with us. We thought about them at the meeting.');
    for (const file of ['letter-for-callum.docx', 'letter-for-ailsa.docx']) {
      expect(textOf(built, file)).not.toMatch(/left out|not in this letter|withheld|out of the room|cannot tell/i);
    }
  });

  it('keeps them once Gary was in the room for them', () => {
    const gary = amend(scotland, (c) => {
      const attendance = c.participants!.find((p) => p.id === 'p-gary')!.attendance!;
      attendance.status = 'present';
      attendance.arrivedAt = '09:45';
      delete attendance.leftAt;
    });
    expect(textOf(build(gary), 'letter-for-callum.docx')).toContain(callumSaid);
  });

  /** Westbrook with Kieran gone before the children's words were heard (14:45 to 15:00), or there throughout. */
  const westbrookKieranOut = (out: boolean) =>
    amend(westbrookForDocuments(), (c) => {
      c.agenda!.items!['childs-voice'] = {
        ...c.agenda!.items!['childs-voice']!,
        visits: [{ from: '2026-12-01T14:45:00.000Z', to: '2026-12-01T15:00:00.000Z' }],
      };
      if (out) {
        const kieran = c.participants!.find((p) => p.id === 'p-kieran')!;
        kieran.attendance = { ...kieran.attendance!, status: 'left-early', leftAt: '14:30' };
      }
    });

  it('does the same in Westbrook when Kieran left before the children’s words, and not when he stayed', () => {
    const out = westbrookKieranOut(true);
    const said = (id: string) => out.childVoices.find((v) => v.id === id)!.summary;
    const built = build(out, westbrookSettings);
    expect(viewText(letter(built, 'family-plan-jade-ashdown.docx').view)).toContain(said('voice-mia'));
    expect(viewText(letter(built, 'family-plan-kieran-ashdown.docx').view)).not.toContain(said('voice-mia'));
    const jayden = textOf(built, 'letter-for-jayden.docx');
    const mia = textOf(built, 'letter-for-mia.docx');
    expect(jayden).not.toContain(said('voice-jayden'));
    expect(mia).not.toContain(said('voice-mia'));
    expect(mia).toContain('Thank you for telling us what you think. You can tell Rhys more at any time.');
    expect(jayden).toContain('Thank you for sharing your views with us.');

    const stayed = build(westbrookKieranOut(false), westbrookSettings);
    expect(textOf(stayed, 'letter-for-jayden.docx')).toContain(said('voice-jayden'));
    expect(textOf(stayed, 'letter-for-mia.docx')).toContain(said('voice-mia'));
  });
});

describe('which steps a letter lists', () => {
  const ballymena = build(fixture('ballymena-initial'));
  const orla = textOf(ballymena, 'letter-for-orla.docx');
  const conor = textOf(ballymena, 'letter-for-conor.docx');
  const erin = textOf(ballymena, 'letter-for-erin.docx');
  const scotland = build(fixture('scotland-initial'));
  const ailsa = textOf(scotland, 'letter-for-ailsa.docx');
  const callum = textOf(scotland, 'letter-for-callum.docx');

  it('leaves out a parent’s own treatment and steps for all the children (Ballymena)', () => {
    // In the parents' plan, so it was there to leak.
    expect(viewText(letter(ballymena, 'family-plan.docx').view)).toContain('alcohol service');
    for (const text of [orla, conor, erin]) {
      expect(text).not.toContain('alcohol service');
      expect(text).not.toContain('no physical punishment');
      // A worker's step that names a parent is about that parent: Declan's time with the children, the assessment.
      expect(text).not.toContain('Declan');
      expect(text).not.toContain('assessment');
    }
  });

  it('lists a worker’s step for this child alone, and a parent’s step for this child alone', () => {
    expect(orla).toContain('Sinead Murray (school nurse) will meet Orla at school to offer her regular sessions');
    expect(conor).toContain(
      'Colin Adair (designated teacher for child protection) will give Conor a place at breakfast club',
    );
    expect(erin).toContain('Niamh will book Erin’s hearing test again and take her to it.');
    expect(conor).not.toContain('hearing test');
    expect(orla).not.toContain('breakfast club');
    // A worker's step for Conor and Erin, naming no adult: in both their letters, not in Orla's.
    const shauna = 'Shauna Millar (family support worker) will visit the family at home every week';
    expect(conor).toContain(shauna);
    expect(erin).toContain(shauna);
    expect(orla).not.toContain(shauna);
  });

  it('leaves out another parent’s support and a step naming a parent (Scotland)', () => {
    expect(viewText(letter(scotland, 'family-plan-shona-kerr.docx').view)).toContain('written safety plan');
    for (const text of [ailsa, callum]) {
      expect(text).not.toContain('safety plan');
      expect(text).not.toContain('support worker for Shona');
      expect(text).not.toMatch(/Gary|drinking|alcohol/);
    }
    expect(ailsa).toContain('Kirsty Munro (health visitor for Ailsa) will visit Ailsa at home');
    expect(callum).toContain('will meet Callum in school every week so that he has a trusted adult to talk to.');
  });

  it('leaves out a worker’s step for this child alone when it names a parent, in its words or the worker’s role', () => {
    const c = amend(fixture('scotland-initial'), (d) => {
      d.plan!.actions!.push(
        {
          id: 'action-callum-club',
          childIds: ['child-callum'],
          what: 'Find Callum a place at a football club.',
          ownerParticipantId: 'p-fiona',
        },
        {
          id: 'action-callum-eilidh',
          childIds: ['child-callum'],
          what: 'Meet Callum after school to talk about home.',
          ownerParticipantId: 'p-eilidh',
        },
        {
          id: 'action-callum-dad',
          childIds: ['child-callum'],
          what: 'Tell Callum when he will next see his dad.',
          ownerParticipantId: 'p-fiona',
        },
      );
    });
    const text = textOf(build(c), 'letter-for-callum.docx');
    expect(text).toContain('Fiona Baird (social worker) will find Callum a place at a football club.');
    // Eilidh is Shona's support worker: her role names Shona. "His dad" is Gary.
    expect(text).not.toContain('after school to talk about home');
    expect(text).not.toContain('next see his dad');
  });

  it('keeps a step for this child alone that the parents own together, typed by name (Westbrook)', () => {
    const mia = textOf(build(westbrookForDocuments(), westbrookSettings), 'letter-for-mia.docx');
    expect(mia).toContain('Jade and Kieran Ashdown will make sure Mia gets to school every day and on time');
    // Nadia's meeting for Mia is with Jade and Kieran: about them.
    expect(mia).not.toContain('Hold a meeting at school');
    expect(mia).not.toContain('hold a meeting at school');
  });
});

describe('when, from 13, as the family plan says it', () => {
  const c = jaydenAged('2012-03-14', (d) => {
    d.plan!.actions!.push(
      {
        id: 'action-eye-test',
        childIds: ['child-jayden'],
        what: 'Book Jayden an eye test.',
        ownerParticipantId: 'p-rhys',
      },
      {
        id: 'action-no-late',
        childIds: ['child-jayden'],
        what: 'No football on school nights.',
        ownerParticipantId: 'p-kieran',
      },
    );
  });
  const text = textOf(build(c, westbrookSettings), 'letter-for-jayden.docx');

  it('says a step with no date has none yet, and a rule is for all the time', () => {
    expect(text).toContain('Rhys Morgan (social worker) will book Jayden an eye test. No date set yet.');
    expect(text).not.toContain('eye test. From now on');
    expect(text).toContain('Kieran agreed: no football on school nights. From now on, all the time.');
  });
});

describe('how often the social worker visits', () => {
  it('is left out for a child whose plan ends, and kept for one whose plan carries on', () => {
    const built = build(westbrookForDocuments(), westbrookSettings);
    const jayden = textOf(built, 'letter-for-jayden.docx');
    expect(jayden).not.toContain('How often');
    expect(jayden).not.toContain('every 10 working days');
    expect(jayden).toContain('Rhys will come to see you soon.');
    expect(textOf(built, 'letter-for-mia.docx')).toContain(
      'Rhys will come to see you. How often: at least every 10 working days, seeing each child alone.',
    );
  });

  it('is left out where it names a brother or sister, and kept for the child it names', () => {
    const built = build(fixture('scotland-initial'));
    const ailsa = textOf(built, 'letter-for-ailsa.docx');
    expect(ailsa).not.toContain('Callum');
    expect(ailsa).toContain('Fiona will come to see you soon.');
    expect(textOf(built, 'letter-for-callum.docx')).toContain(
      'How often: at least every 2 weeks at home, seeing Callum on his own each time.',
    );
  });
});

describe('who to tell', () => {
  it('says “your social worker” once when none is named', () => {
    const harlow = fixture('harlow-initial');
    expect(harlow.plan.leadSocialWorkerParticipantId).toBeUndefined();
    const built = build(harlow);
    for (const file of ['letter-for-sam.docx', 'letter-for-ella.docx']) {
      const text = textOf(built, file);
      expect(text).toContain('Tell your social worker.');
      expect(text).not.toContain('your social worker, your social worker');
    }
    // Named, the name comes first.
    expect(textOf(build(westbrookForDocuments(), westbrookSettings), 'letter-for-mia.docx')).toContain(
      'Tell Rhys, your social worker.',
    );
  });

  it('tells a child under 5 about nursery as well as school', () => {
    const ailsa = textOf(build(fixture('scotland-initial')), 'letter-for-ailsa.docx');
    expect(ailsa).toContain('Tell a grown-up you trust at nursery or school.');
    const mia = textOf(build(westbrookForDocuments(), westbrookSettings), 'letter-for-mia.docx');
    expect(mia).toContain('Tell a grown-up you trust at school.');
  });
});

describe('how we heard what the child told us', () => {
  const leadsOf = (built: readonly BuiltDocument[], file: string) =>
    // The child's words are the letter's quiet paragraphs.
    letter(built, file).view.blocks.flatMap((b) =>
      b.kind === 'paragraph' && b.emphasis === 'quiet' ? [b.lead ?? ''] : [],
    );

  it('says who heard it, by how it was heard (Ballymena)', () => {
    const built = build(fixture('ballymena-initial'));
    expect(leadsOf(built, 'letter-for-orla.docx')).toEqual(['You told us: ']);
    // Conor's views came through Jenna, his advocate; Erin drew with Aoife.
    expect(leadsOf(built, 'letter-for-conor.docx')).toEqual(['What you told Jenna: ']);
    expect(leadsOf(built, 'letter-for-erin.docx')).toEqual(['When you spent time with us: ']);
  });

  it('calls a worker’s observation what we saw, not what the child told us', () => {
    const c = amend(westbrookForDocuments(), (d) => {
      const mia = d.childVoices!.find((v) => v.id === 'voice-mia')!;
      mia.method = 'observation';
      mia.summary = 'Sam saw Mia playing happily with Jayden.';
    });
    const built = build(c, westbrookSettings);
    expect(leadsOf(built, 'letter-for-mia.docx')).toEqual(['What we saw: ']);
    expect(textOf(built, 'letter-for-mia.docx')).not.toContain('You told us: Sam saw');
  });
});

describe('the plan’s answer to what a child said', () => {
  it('drops a typed “So” and ends with a full stop', () => {
    expect(planAnswer('so school will hold one meeting a term')).toBe('school will hold one meeting a term.');
    expect(planAnswer('  So, Rhys will ask the school.  ')).toBe('Rhys will ask the school.');
    expect(planAnswer('SO: Aoife will ask Orla first')).toBe('Aoife will ask Orla first.');
    expect(planAnswer('Sophie will help at home')).toBe('Sophie will help at home.');
    expect(planAnswer('so')).toBe('');
    expect(planAnswer('   ')).toBe('');
  });
});

describe('in the distribution set', () => {
  const c = westbrookForDocuments();
  const built = build(c, westbrookSettings);

  it('lists each letter, by file, for the social worker in the minute’s distribution list', async () => {
    const minute = await packedText(letter(built, 'minute.docx').view);
    expect(minute).toContain(
      'Letter for the child (letter-for-jayden.docx); Letter for the child (letter-for-mia.docx)',
    );
    const rhys = distributionList(c).find((l) => l.participant.id === 'p-rhys')!;
    expect(rhys.receives).toContain('child-letter');
    expect(rhys.why).toContain('goes through each child’s letter with them');
    // Other professionals and the parents are not sent the children's letters unless the chair chooses.
    for (const line of distributionList(c).filter((l) => l.participant.id !== 'p-rhys')) {
      expect(line.receives, line.participant.id).not.toContain('child-letter');
    }
  });

  it('sends a child who takes part their own letter by default, with the reason printed in the minute', () => {
    const lines = distributionList(fixture('ballymena-initial'));
    const orla = lines.find((l) => l.participant.id === 'p-orla')!;
    expect(orla.receives).toEqual(['child-letter']);
    expect(orla.why).toBe('An outcome letter in words for their age, gone through with them by the social worker');
  });

  it('still writes each letter when the chair sends it to nobody yet', () => {
    const nobody = amend(c, (d) => {
      d.distribution!.byParticipant = { 'p-rhys': { receives: ['decision-letter', 'minutes'], why: '' } };
    });
    expect(childLetters(build(nobody, westbrookSettings)).map((b) => [b.view.fileName, ids(b)])).toEqual([
      ['letter-for-jayden.docx', []],
      ['letter-for-mia.docx', []],
    ]);
  });

  it('is one of the files an export writes', () => {
    expect(isExportFileName('letter-for-jayden.docx')).toBe(true);
    expect(isExportFileName('letter-for-jayden-2.docx')).toBe(true);
    expect(isExportFileName('letter-for-.docx')).toBe(false);
    expect(isExportFileName('letter-for-jayden.pdf')).toBe(false);
  });
});

describe('the Fenwick canary rules cover the children’s letters', () => {
  const canaries = loadFenwickCanaries();
  const recorded = withScreensRecorded(loadFenwick(), canaries);
  const built = build(recorded);
  const riley = letter(built, 'letter-for-riley.docx');

  it('keeps to every rule, with his social worker’s name and without words his father’s own copy leaves out', () => {
    const text = viewText(riley.view);
    // Dean took part on his own before Riley's words were heard: his plan leaves them out, so Riley's letter does.
    const words = recorded.childVoices.find((v) => v.childId === 'child-riley')!.summary;
    expect(viewText(letter(built, 'minute.docx').view)).toContain(words);
    expect(text).not.toContain(words);
    expect(text).toContain('Thank you for telling us what you think.');
    expect(text).toContain('Hannah Okafor');
    expect(
      canaryViolations(
        canaries,
        built.map((b) => writtenFromView(b.view)),
      ),
    ).toEqual([]);
  });

  it('reports a canary that reaches a child’s letter', () => {
    const written = built.map((b) =>
      writtenFromView(b.view, b === riley ? `${viewText(b.view)}\nCANARY-REFERRER-3M` : undefined),
    );
    expect(canaryViolations(canaries, written)).toContain(
      'CANARY-REFERRER-3M (details.reason) leaked into letter-for-riley.docx (a child’s letter).',
    );
  });

  it('refuses a rule that would let a letter hold what the shared screen or every family member may not', () => {
    const entry = canaries.canaries.find((e) => e.canary === 'CANARY-REFERRER-3M')!;
    const loose: CanaryEntry = { ...entry, childLetter: 'may' };
    expect(
      canaryViolations(
        { ...canaries, canaries: [loose] },
        built.map((b) => writtenFromView(b.view)),
      ),
    ).toContain(
      'CANARY-REFERRER-3M (details.reason): the rule for child letters must be "never", as anyone in the family may be shown one.',
    );
  });

  it('refuses a rule that would let a letter hold a child’s words that one family member’s copies leave out', () => {
    const entry: CanaryEntry = {
      canary: 'CANARY-RILEYWORDS-5K',
      ref: 'childVoice:voice-riley',
      about: 'A test rule: what Riley told us, heard after Dean had left.',
      professionalMinute: 'must',
      restrictedAnnex: 'may',
      sharedScreen: 'may',
      childLetter: 'may',
      family: { 'p-leanne': 'may', 'p-pauline': 'may', 'p-dean': 'never' },
    };
    const problem =
      'CANARY-RILEYWORDS-5K (childVoice:voice-riley): the rule for child letters must be "never", as anyone in the family may be shown one.';
    const check = (rule: CanaryEntry) =>
      canaryViolations(
        { ...canaries, canaries: [rule] },
        built.map((b) => writtenFromView(b.view)),
      );
    const refused = (rule: CanaryEntry) => check(rule).filter((p) => p.includes('the rule for child letters'));
    expect(refused(entry)).toEqual([problem]);
    expect(refused({ ...entry, childLetter: 'never' })).toEqual([]);
    // Text that is not a child's words (a plan outcome) may be in a letter though one family member's copies leave
    // it out: the letter is not their record of the meeting.
    expect(refused({ ...entry, ref: 'outcome:outcome-safe' })).toEqual([]);
  });
});
