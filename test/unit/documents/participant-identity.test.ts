import { describe, expect, it } from 'vitest';
import type { DocumentView } from '@shared/documents';
import { documentStrings, guardDocuments } from '@shared/documents/guard';
import type { Audience } from '@shared/model/audience';
import type { Conference } from '@shared/model/conference';
import { conferenceWith } from '../procedure/fixtures';
import { readBackSet, type ReadBackDocument } from './read-back';
import { westbrookSettings } from './westbrook-documents';

/**
 * Who someone is has an audience (`participant:<id>`): Sam's independent domestic violence adviser, Priya Shah, is
 * withheld from Craig, the father. Craig was in the room for the whole meeting, so everything else of the record
 * reaches him, and every part of his documents that could name Priya is exercised: the attendance list, the
 * apologies and quorum lines, the reports, what she said (a note, her view on the decision, her scaling score), the
 * action she will do, the support her service gives, the core group, and the distribution lists. Lists of people
 * leave her out; what she said or will do stays, said by "A worker supporting the family".
 */

const PRIYA = ['Priya Shah', 'Independent domestic violence adviser for Sam', 'Northfield Women’s Aid'] as const;
const UNNAMED = 'A worker supporting the family';
// What Priya said and will do, which Craig may see: each must still reach him.
const HER_NOTE = 'The safety plan for the house has been gone through with everyone.';
const HER_VIEW = 'The plan gives the children a steady routine.';
const HER_ACTION = 'Go through the safety plan again after the baby is born.';
const HER_SUPPORT = 'Weekly drop-in sessions for the family';

const everyoneBut = (...withheldFrom: string[]): Audience => ({ level: 'everyone', withheldFrom });
const at = (clock: string) => `2027-01-12T${clock}:00.000Z`;

function craigAndPriya(identity: Audience = everyoneBut('p-craig')): Conference {
  return conferenceWith({
    details: {
      type: 'initial',
      nation: 'england',
      date: '2027-01-12',
      startTime: '10:00',
      endTime: '12:00',
      chair: 'Ruth Ellis',
      reference: 'NF-0112',
    },
    agenda: { meetingStartedAt: at('10:00'), meetingEndedAt: at('12:00') },
    children: [{ id: 'child-ava', givenName: 'Ava', familyName: 'Lane' }],
    adults: [
      { id: 'adult-sam', givenName: 'Sam', familyName: 'Lane', parentalResponsibility: true },
      { id: 'adult-craig', givenName: 'Craig', familyName: 'Lane', parentalResponsibility: true },
    ],
    participants: [
      {
        id: 'p-sw',
        name: 'Omar Reid',
        kind: 'professional',
        agency: 'childrens-social-care',
        role: 'Social worker',
        attendance: { status: 'present' },
      },
      {
        id: 'p-police',
        name: 'PC Dana Frost',
        kind: 'professional',
        agency: 'police',
        attendance: { status: 'present' },
      },
      {
        id: 'p-school',
        name: 'Lena Ward',
        kind: 'professional',
        agency: 'school',
        role: 'Designated safeguarding lead',
        attendance: { status: 'present' },
      },
      {
        id: 'p-priya',
        name: PRIYA[0],
        kind: 'professional',
        agency: 'domestic-abuse-service',
        role: PRIYA[1],
        organisation: PRIYA[2],
        attendance: { status: 'present' },
      },
      { id: 'p-sam', name: 'Sam Lane', kind: 'family', adultId: 'adult-sam', attendance: { status: 'present' } },
      { id: 'p-craig', name: 'Craig Lane', kind: 'family', adultId: 'adult-craig', attendance: { status: 'present' } },
    ],
    reports: [
      { id: 'rep-sw', agency: 'childrens-social-care', author: 'Omar Reid', participantId: 'p-sw' },
      { id: 'rep-idva', agency: 'domestic-abuse-service', organisation: PRIYA[2], author: PRIYA[0] },
    ],
    notes: [
      {
        id: 'note-priya',
        itemKey: 'agency-information',
        text: HER_NOTE,
        participantId: 'p-priya',
        createdAt: at('10:30'),
      },
    ],
    analysis: {
      scaling: [
        { participantId: 'p-sw', score: 4 },
        { participantId: 'p-priya', score: 5, comment: 'Things are steadier at home.' },
      ],
    },
    decisions: [
      {
        childId: 'child-ava',
        outcome: 'plan-needed',
        categories: ['emotional-abuse'],
        chairReasons: 'Ava has heard the arguments at home.',
        agencyViews: [
          { participantId: 'p-sw', view: 'plan', reason: 'Ava needs a plan.' },
          { participantId: 'p-priya', view: 'plan', reason: HER_VIEW },
        ],
      },
    ],
    plan: {
      leadSocialWorkerParticipantId: 'p-sw',
      outcomes: [{ id: 'outcome-calm', text: 'Ava feels safe at home.' }],
      actions: [
        { id: 'action-priya', what: HER_ACTION, ownerParticipantId: 'p-priya' },
        { id: 'action-craig', what: 'Go to the Caring Dads course.', ownerParticipantId: 'p-craig' },
      ],
      support: [{ id: 'support-dropin', text: HER_SUPPORT, providedBy: PRIYA[2] }],
    },
    coreGroup: {
      childIds: ['child-ava'],
      memberParticipantIds: ['p-sw', 'p-sam', 'p-craig', 'p-school', 'p-priya'],
      convenorParticipantId: 'p-sw',
      firstMeetingOn: '2027-01-26',
      cadence: 'monthly',
    },
    captures: { 'participant:p-priya': { audience: identity } },
  });
}

const read = (c: Conference) => readBackSet(c, westbrookSettings, { today: '2027-01-12', issuedOn: '2027-01-12' });

/** Every document a parent receives, read back from the .docx (headers and footers included). */
function receivedBy(docs: Map<string, ReadBackDocument>, id: string): ReadBackDocument[] {
  const found = [...docs.values()].filter((d) => d.view.recipients.some((p) => p.id === id));
  expect(found.map((d) => d.view.kind).sort(), `what ${id} receives`).toEqual([
    'decision-letter',
    'family-plan',
    'minute',
  ]);
  return found;
}

function get(docs: Map<string, ReadBackDocument>, name: string): ReadBackDocument {
  const found = docs.get(name);
  if (!found) throw new Error(`${name} was not written; the set is ${[...docs.keys()].join(', ')}`);
  return found;
}

/** The rows of the first table after a heading of a view, as plain strings. */
function tableAfter(view: DocumentView, heading: string): string[][] {
  const at = view.blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  expect(at, `${heading} in ${view.fileName}`).toBeGreaterThan(-1);
  const table = view.blocks.slice(at).find((b) => b.kind === 'table');
  if (table?.kind !== 'table') throw new Error(`No table after ${heading} in ${view.fileName}`);
  return table.rows.map((r) => [...r]);
}

describe('who someone is, withheld from a parent', () => {
  it('keeps Priya’s name, role and organisation out of every document Craig receives', async () => {
    const docs = await read(craigAndPriya());
    const craig = receivedBy(docs, 'p-craig');
    for (const doc of craig) {
      for (const words of PRIYA) expect(doc.everything, `${words} in ${doc.name}`).not.toContain(words);
      // The agency is hers alone at this meeting: naming it would say Sam has a domestic abuse service.
      expect(doc.everything, doc.name).not.toMatch(/domestic abuse service/i);
    }
    // And the leak guard, which looks for each of them, finds nothing to stop.
    expect(
      guardDocuments(
        craigAndPriya(),
        [...docs.values()].map((d) => d.view),
      ),
    ).toEqual([]);
  });

  it('names her in Sam’s documents and in the professional minute', async () => {
    const docs = await read(craigAndPriya());
    for (const doc of [...receivedBy(docs, 'p-sam'), get(docs, 'minute.docx')]) {
      if (doc.view.kind === 'family-plan') {
        // The plan names people by name and everyday role; the organisation is in the support she gives.
        expect(doc.text, doc.name).toContain('Priya Shah (independent domestic violence adviser for Sam)');
        expect(doc.text, doc.name).toContain(`${HER_SUPPORT} (from ${PRIYA[2]})`);
      } else {
        expect(doc.text, doc.name).toContain(PRIYA[0]);
      }
    }
    const minute = get(docs, 'minute.docx');
    for (const words of PRIYA) expect(minute.text).toContain(words);
    expect(minute.text).toContain('Quorate: children’s social care and 3 other agencies.');
  });

  it('leaves her out of the lists of people in Craig’s minutes, and keeps what she said, unnamed', async () => {
    const docs = await read(craigAndPriya());
    const minutes = get(docs, 'minutes-craig-lane.docx');
    const view = minutes.view;
    expect(tableAfter(view, 'Attendance').map((r) => r[0])).toEqual([
      'Omar Reid',
      'PC Dana Frost',
      'Lena Ward',
      'Sam Lane',
      'Craig Lane',
    ]);
    expect(tableAfter(view, 'Distribution').map((r) => r[0])).toEqual([
      'Omar Reid (Social worker, Children’s social care)',
      'PC Dana Frost (Police)',
      'Lena Ward (Designated safeguarding lead, School)',
      'Sam Lane',
      'Craig Lane (you)',
    ]);
    // Her report is left out; the social worker's is listed.
    expect(minutes.text).toContain('Children’s social care, by Omar Reid');
    // The quorum says the meeting was quorate without counting her agency.
    expect(minutes.text).toContain('Quorate: children’s social care and at least two other agencies.');
    expect(minutes.text).toContain('Agencies taking part: Children’s social care, Police, School');
    // The core group lists the people he may know of.
    expect(minutes.text).toContain(
      'Members: Omar Reid (Social worker, Children’s social care); Sam Lane; Craig Lane; ' +
        'Lena Ward (Designated safeguarding lead, School) Convenor',
    );

    // What she said and will do reaches him, said by a worker supporting the family.
    expect(minutes.text).toContain(`${UNNAMED}: ${HER_NOTE}`);
    expect(tableAfter(view, 'Decisions').find((r) => r[3] === HER_VIEW)?.[0]).toBe(UNNAMED);
    const analysis = view.blocks.slice(view.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Scaling'));
    const scores = analysis.find((b) => b.kind === 'table');
    expect(scores?.kind === 'table' && scores.rows.map((r) => [r[0], r[2]])).toEqual([
      ['Omar Reid (Social worker, Children’s social care)', '4'],
      [UNNAMED, '5'],
    ]);
    const actions = tableAfter(view, 'The plan');
    // The action's cell goes on with how everyone will know it is done.
    expect(actions.find((r) => r[1]?.split('\n')[0] === HER_ACTION)?.[0]).toBe(UNNAMED);
    // The support stays; who provides it, which names her service, does not.
    expect(minutes.text).toContain(HER_SUPPORT);
    // His copy says, in general terms, that something private to someone else is not in it.
    expect(minutes.text).toContain('Anything that is only for the professionals, or private to someone else.');
  });

  it('leaves her out of Craig’s plan and letter, and keeps the action she will do', async () => {
    const docs = await read(craigAndPriya());
    const plan = get(docs, 'family-plan-craig-lane.docx');
    expect(plan.view.recipients.map((p) => p.id)).toEqual(['p-craig']);
    expect(plan.text).toContain(`${UNNAMED} will go through the safety plan again after the baby is born.`);
    expect(plan.text).toContain(`${HER_SUPPORT}.`);
    const group = plan.text.slice(plan.text.indexOf('The core group is you'), plan.text.indexOf('If you disagree'));
    for (const member of ['Sam', 'Craig', 'Lena Ward (designated safeguarding lead)']) expect(group).toContain(member);
    expect(plan.text).toContain('Your lead social worker: Omar Reid');
    expect(group).not.toContain('Priya');
    // Sam's plan names Priya, so they cannot share one.
    expect(get(docs, 'family-plan-sam-lane.docx').text).toContain(
      `Priya Shah (independent domestic violence adviser for Sam) will`,
    );

    // Craig's letter comes out as the family's general letter, which the professionals receive: he shares it. Sam's
    // names Priya, so she has her own.
    const letters = [...docs.values()].filter((d) => d.view.kind === 'decision-letter');
    const craigs = letters.find((d) => d.view.recipients.some((p) => p.id === 'p-craig'));
    expect(craigs?.name).toBe('decision-letter.docx');
    expect(craigs?.view.recipients.map((p) => p.id)).toEqual(['p-sw', 'p-police', 'p-school', 'p-priya', 'p-craig']);
    for (const words of PRIYA) expect(craigs!.everything, words).not.toContain(words);
    expect(get(docs, 'decision-letter-sam-lane.docx').view.recipients.map((p) => p.id)).toEqual(['p-sam']);
    expect(get(docs, 'decision-letter-sam-lane.docx').text).toContain(PRIYA[0]);
    const sentTo = craigs!.view.blocks.slice(
      craigs!.view.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Who is sent the decisions'),
    );
    const list = sentTo.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items.map((i) => i.split(' (')[0])).toEqual([
      'Omar Reid',
      'PC Dana Frost',
      'Lena Ward',
      'Sam Lane',
      'Craig Lane',
    ]);
  });

  it('shares one plan and one letter between the parents when nothing about Priya is withheld', async () => {
    const docs = await read(craigAndPriya({ level: 'everyone', withheldFrom: [] }));
    expect(get(docs, 'family-plan.docx').view.recipients.map((p) => p.id)).toEqual(['p-sam', 'p-craig']);
    // Under her agency's own part of the information from agencies, which names her (issue 12).
    expect(get(docs, 'minutes-craig-lane.docx').text).toContain(
      `Domestic abuse service – Priya Shah 10:30: ${HER_NOTE}`,
    );
  });
});

describe('who someone is, withheld from a professional', () => {
  it('gives that professional a copy of the minute without her, and leaves the professional minute whole', async () => {
    const docs = await read(craigAndPriya(everyoneBut('p-school')));
    const lena = get(docs, 'minutes-lena-ward.docx');
    expect(lena.view.reading).toBe('professional');
    for (const words of PRIYA) expect(lena.everything, words).not.toContain(words);
    expect(lena.text).toContain(`${UNNAMED}: ${HER_NOTE}`);
    expect(documentStrings(get(docs, 'minute.docx').view).join('\n')).toContain(PRIYA[0]);
    // Craig may know of her now: his minutes name her.
    expect(get(docs, 'minutes-craig-lane.docx').text).toContain(PRIYA[0]);
  });
});
