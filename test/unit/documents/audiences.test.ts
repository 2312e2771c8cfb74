import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isFamilySide } from '@shared/audience/visibility';
import type { Conference, ConferenceInput } from '@shared/model/conference';
import { migrateConference } from '@shared/audience/migrate';
import { OrganisationSettings } from '@shared/model/settings';
import { amend } from '../shared-screen/westbrook';
import { readBackSet, type ReadBackDocument } from './read-back';

/**
 * The Glenmor initial planning meeting (test/fixtures/scotland-initial.json, read as the app opens a file, through
 * migrateConference): Gary gave his views and left at 10:45 so that Shona could speak freely. Every document of the
 * distribution set is built for its readers and read back from the .docx; each check is made both ways, absent where
 * the audience or the time rule keeps a text out and present where it belongs.
 */

const settings = OrganisationSettings.parse({ authorityName: 'Glenmor Council', teamPhone: '01632 961000' });

function glenmor(change?: (c: ConferenceInput) => void): Conference {
  const raw: unknown = JSON.parse(
    readFileSync(new URL('../../fixtures/scotland-initial.json', import.meta.url), 'utf8'),
  );
  const opened = migrateConference(raw);
  if (!opened.ok) throw new Error(opened.message);
  return change ? amend(opened.conference, change) : opened.conference;
}

const read = (c: Conference) => readBackSet(c, settings, { today: '2027-02-03', issuedOn: '2027-02-03' });

function get(docs: Map<string, ReadBackDocument>, name: string): ReadBackDocument {
  const found = docs.get(name);
  if (!found) throw new Error(`${name} was not written; the set is ${[...docs.keys()].join(', ')}`);
  return found;
}

/** Every document a family member, supporter or advocate receives, or that is written for the family in general. */
const familyDocuments = (docs: Map<string, ReadBackDocument>) =>
  [...docs.values()].filter((d) => d.view.reading === 'family' || d.view.recipients.some(isFamilySide));

const SHONA_VIEW = 'Shona says the children are calmer since Gary moved out';
const GARY_VIEW = 'Gary says he wants to stop drinking';
const SAFETY_PLAN = 'where to go if Gary comes to the house';
const HEALTH = 'anxiety is treated';

describe('the Glenmor meeting: Gary left at 10:45', () => {
  it('leaves what was said after he left out of Gary’s minutes, but not out of his plan', async () => {
    const c = glenmor();
    expect(c.participants.find((p) => p.id === 'p-gary')?.attendance).toMatchObject({ leftAt: '10:45' });
    const docs = await read(c);
    const gary = get(docs, 'minutes-gary-kerr.docx').text;
    expect(gary).not.toContain(SHONA_VIEW); // said at 10:55
    expect(gary).toContain(GARY_VIEW); // said at 10:40, while he was there
    expect(gary).toContain('Not in your copy: 1 thing said while you were out of the room.');
    for (const name of ['minute.docx', 'minutes-shona-kerr.docx']) {
      expect(get(docs, name).text, name).toContain(SHONA_VIEW);
      expect(get(docs, name).text, name).toContain(GARY_VIEW);
    }
    // The plan is an outcome: the safety-planning action is in both parents' plans. What the children told the meeting
    // after he left is a record, and is not in his (issue 12), so each parent has a plan of their own.
    for (const [name, id] of [
      ['family-plan-shona-kerr.docx', 'p-shona'],
      ['family-plan-gary-kerr.docx', 'p-gary'],
    ] as const) {
      const plan = get(docs, name);
      expect(plan.view.recipients.map((p) => p.id)).toEqual([id]);
      expect(plan.text).toContain(SAFETY_PLAN);
    }
    const voices = c.childVoices.map((v) => v.summary.trim().slice(0, 30)).filter(Boolean);
    expect(voices.length).toBeGreaterThan(0);
    for (const v of voices) {
      expect(get(docs, 'family-plan-shona-kerr.docx').text).toContain(v);
      expect(get(docs, 'family-plan-gary-kerr.docx').text).not.toContain(v);
    }
  });

  it('takes the safety-planning action out of Gary’s plan only when its audience withholds it from him', async () => {
    const c = glenmor((d) => {
      d.captures = {
        ...d.captures,
        'action:action-safety-plan': { audience: { level: 'everyone', withheldFrom: ['p-gary'] } },
      };
    });
    const docs = await read(c);
    const plans = [...docs.values()].filter((d) => d.view.kind === 'family-plan').map((d) => d.name);
    expect(plans).toEqual(['family-plan-shona-kerr.docx', 'family-plan-gary-kerr.docx']);
    expect(get(docs, 'family-plan-gary-kerr.docx').text).not.toContain(SAFETY_PLAN);
    expect(get(docs, 'family-plan-gary-kerr.docx').text).toContain('This copy is for Gary.');
    expect(get(docs, 'family-plan-shona-kerr.docx').text).toContain(SAFETY_PLAN);
    expect(get(docs, 'minutes-gary-kerr.docx').text).not.toContain(SAFETY_PLAN);
    for (const name of ['minute.docx', 'minutes-shona-kerr.docx'])
      expect(get(docs, name).text, name).toContain(SAFETY_PLAN);
  });

  it('says in Gary’s minutes which parts he was out for, where the agenda items were timed', async () => {
    const c = glenmor((d) => {
      d.agenda!.items!['family-views'] = {
        status: 'done',
        elapsedSeconds: 1200,
        visits: [{ from: '2027-02-02T10:36:00.000Z', to: '2027-02-02T10:56:00.000Z' }],
      };
      for (const key of ['decision', 'category'])
        d.agenda!.items![key] = {
          status: 'done',
          elapsedSeconds: 600,
          visits: [{ from: '2027-02-02T11:30:00.000Z', to: '2027-02-02T11:40:00.000Z' }],
        };
    });
    const docs = await read(c);
    const gary = get(docs, 'minutes-gary-kerr.docx').text;
    expect(gary).toContain(
      'The family’s views You were out of the room for some of this part of the meeting. What was said while you were out is not in your copy.',
    );
    expect(gary).toContain(
      'Decisions You were not in the room for this part of the meeting. What the meeting agreed is below; what was said is not in your copy.',
    );
    // What was decided is his to know; what each agency said while he was out is not.
    for (const d of c.decisions) expect(gary).toContain(d.chairReasons);
    expect(gary).not.toContain('Callum has been withdrawn and worried at school.');
    expect(get(docs, 'minute.docx').text).toContain('Callum has been withdrawn and worried at school.');
    expect(get(docs, 'minutes-shona-kerr.docx').text).toContain('Callum has been withdrawn and worried at school.');
    expect(get(docs, 'minutes-shona-kerr.docx').text).not.toContain('You were not in the room');
  });
});

describe('the Glenmor meeting: audiences', () => {
  const withShonasHealth = () =>
    glenmor((d) => {
      d.plan!.outcomes!.push({
        id: 'outcome-shona-health',
        text: 'Shona’s anxiety is treated, so that she can keep the children’s routines going.',
        why: 'Shona told her GP she is not sleeping and has panic attacks.',
        childIds: [],
      });
      d.captures = {
        ...d.captures,
        'outcome:outcome-shona-health': { audience: { level: 'everyone', withheldFrom: ['p-gary'] } },
      };
    });

  it('keeps Shona’s health from Gary’s plan, minutes and letter, and gives it to her and, in their minute, the professionals', async () => {
    const docs = await read(withShonasHealth());
    const withHealth = [...docs.keys()].filter((n) => docs.get(n)!.text.includes(HEALTH)).sort();
    expect(withHealth).toEqual([
      'decision-letter-shona-kerr.docx',
      'family-plan-shona-kerr.docx',
      'minute.docx',
      'minutes-shona-kerr.docx',
    ]);
    expect(get(docs, 'decision-letter-shona-kerr.docx').view.recipients.map((p) => p.id)).toEqual(['p-shona']);
    for (const name of ['family-plan-gary-kerr.docx', 'minutes-gary-kerr.docx']) {
      const doc = get(docs, name);
      expect(
        doc.view.recipients.map((p) => p.id),
        name,
      ).toEqual(['p-gary']);
    }
    // The letter is a family document: the professionals get the family's general copy, which holds nothing withheld
    // from anyone, and Gary's own letter came out the same, so he shares it.
    const letter = get(docs, 'decision-letter.docx');
    expect(letter.view.recipients.map((p) => p.id)).toEqual([
      'p-fiona',
      'p-euan',
      'p-kirsty',
      'p-raj',
      'p-eilidh',
      'p-neil',
      'p-gary',
    ]);
    for (const name of ['family-plan-gary-kerr.docx', 'minutes-gary-kerr.docx', 'decision-letter.docx']) {
      const doc = get(docs, name);
      expect(doc.everything, name).not.toContain(HEALTH);
      expect(doc.everything, name).not.toContain('panic attacks');
    }
    // Nothing else differs, so both letters say the same decisions.
    for (const name of ['decision-letter.docx', 'decision-letter-shona-kerr.docx'])
      expect(get(docs, name).text, name).toContain('Callum’s name will go on the child protection register');
  });

  it('keeps the reason for the conference, which is for professionals only, out of every family document', async () => {
    const c = glenmor();
    const docs = await read(c);
    const reason = c.details.reason;
    expect(get(docs, 'minute.docx').text).toContain(reason);
    const family = familyDocuments(docs);
    expect(family.map((d) => d.name).sort()).toEqual([
      'decision-letter.docx',
      'family-plan-gary-kerr.docx',
      'family-plan-shona-kerr.docx',
      'letter-for-ailsa.docx',
      'letter-for-callum.docx',
      'minutes-gary-kerr.docx',
      'minutes-shona-kerr.docx',
    ]);
    for (const doc of family) {
      expect(doc.everything, doc.name).not.toContain(reason);
      expect(doc.everything, doc.name).not.toContain('pushing Shona');
    }
    // In its place, a plain offer: not "Not in your copy" against why the family was brought to a conference.
    expect(get(docs, 'minutes-shona-kerr.docx').text).toContain(
      'Reason for the conference: Fiona Baird (social worker) can go through it with you.',
    );
  });

  it('puts the restricted record and the referrer’s name in the restricted annex and nowhere else', async () => {
    const docs = await read(glenmor());
    const canaries = ['7 Hidden Lane', 'Morag Canary'];
    expect(docs.has('restricted-annex.docx')).toBe(true);
    expect(docs.size).toBeGreaterThanOrEqual(6);
    for (const [name, doc] of docs) {
      for (const canary of canaries) {
        if (name === 'restricted-annex.docx')
          expect(doc.everything, `${canary} missing from the annex`).toContain(canary);
        else expect(doc.everything, `${canary} leaked into ${name}`).not.toContain(canary);
      }
    }
    const annex = get(docs, 'restricted-annex.docx');
    // Kept by children's social care and the police, who are its recipients, and on the record.
    expect(annex.view.recipients.map((p) => p.id)).toEqual(['p-fiona', 'p-euan']);
    const list = annex.text.slice(annex.text.indexOf('Distribution: professionals only'));
    for (const name of ['Fiona Baird', 'DC Euan Grant', 'The children’s social care record'])
      expect(list).toContain(name);
    for (const name of ['Eilidh Fraser', 'Kirsty Munro', 'Shona', 'Gary']) expect(list).not.toContain(name);
    expect(get(docs, 'minute.docx').text).toContain(
      'One restricted item of this part is held in the restricted annex.',
    );
  });

  it('writes a letter of Gary’s own when he attends separately, without Shona’s support service', async () => {
    const c = glenmor((d) => {
      d.participants!.find((p) => p.id === 'p-gary')!.attendance = {
        status: 'attended-separately',
        arrivedAt: '11:30',
        leftAt: '11:50',
        reason: 'Bail conditions: not to be in the same room as Shona.',
      };
    });
    const docs = await read(c);
    const shared = get(docs, 'decision-letter.docx');
    const gary = get(docs, 'decision-letter-gary-kerr.docx');
    expect(gary.view.recipients.map((p) => p.id)).toEqual(['p-gary']);
    expect(shared.view.recipients.map((p) => p.id)).not.toContain('p-gary');
    expect(gary.text).toContain(
      'To Gary Kerr, about the initial child protection planning meeting for Ailsa Kerr and Callum Kerr.',
    );
    for (const secret of ["Women's Aid", 'Eilidh', '07700 900331', '12 Firth View', 'Shona Kerr'])
      expect(gary.everything, secret).not.toContain(secret);
    // The shared letter does name them, so the check above could fail.
    expect(shared.text).toContain("Eilidh Fraser (Support worker for Shona, Glenmor Women's Aid)");
    expect(gary.text).toContain(
      'Members: you, Fiona Baird (social worker) and the other people working with the children',
    );
    // His minutes are of his own session only, and do not say where Shona lives.
    const minutes = get(docs, 'minutes-gary-kerr.docx').text;
    expect(minutes).not.toContain('12 Firth View');
    expect(minutes).toContain('3 Kirk Brae'); // his own
    expect(get(docs, 'minutes-shona-kerr.docx').text).toContain('12 Firth View');
    expect(minutes).not.toContain(GARY_VIEW); // said at 10:40, before his session
    // He attended separately: he had a part of his own, and was never "out of the room".
    expect(minutes).toContain('It is the record of the parts of the meeting you took part in.');
  });
});
