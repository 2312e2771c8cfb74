import { describe, expect, it } from 'vitest';
import {
  ReaderView,
  audienceProblems,
  distributionList,
  findLeaks,
  markExistingCaptures,
  secretsFor,
  stampCaptures,
} from '@shared/audience';
import { PlanAction, type Conference } from '@shared/model/conference';
import { migrateConference } from '@shared/audience/migrate';
import { conferenceWith } from '../procedure/fixtures';

function base(): Conference {
  return conferenceWith({
    details: { type: 'initial', nation: 'england', date: '2026-12-01', startTime: '10:00' },
    adults: [
      { id: 'a-mum', givenName: 'Jade', parentalResponsibility: true },
      {
        id: 'a-gran',
        givenName: 'Maureen',
        address: 'Flat 3, 9 Hidden Lane, Northby NB1 1AA',
        addressRestricted: true,
      },
    ],
    participants: [
      { id: 'p-mum', name: 'Jade', kind: 'family', adultId: 'a-mum', attendance: { status: 'present' } },
      { id: 'p-dad', name: 'Gary', kind: 'family', attendance: { status: 'present' } },
      { id: 'p-gran', name: 'Maureen', kind: 'supporter', attendance: { status: 'present' } },
      {
        id: 'p-sw',
        name: 'Sam',
        kind: 'professional',
        agency: 'childrens-social-care',
        attendance: { status: 'present' },
      },
      { id: 'p-hv', name: 'Hana', kind: 'professional', agency: 'health-visiting', attendance: { status: 'present' } },
    ],
    agenda: { meetingStartedAt: '2026-12-01T10:00:00.000Z', currentItemKey: 'analysis', items: {} },
  });
}

describe('time on everything captured', () => {
  it('stamps a new text of any kind with the time, the item open and the closed session open', () => {
    const before = base();
    before.closedSessions.push({
      id: 'cs',
      startedAt: '2026-12-01T10:20:00.000Z',
      reason: '',
      excludedParticipantIds: ['p-dad'],
    });
    const typed: Conference = {
      ...before,
      analysis: { ...before.analysis, worries: [{ id: 'w1', kind: 'harm', text: 'New worry', childIds: [] }] },
    };
    const stamped = stampCaptures(typed, '2026-12-01T10:25:00.000Z');
    expect(stamped.captures['worry:w1']).toEqual({
      at: '2026-12-01T10:25:00.000Z',
      itemKey: 'analysis',
      closedSessionId: 'cs',
    });
    // Withheld from the father, who was out, though nobody chose an audience.
    const dad = stamped.participants.find((p) => p.id === 'p-dad')!;
    expect(new ReaderView(stamped, { kind: 'family', participant: dad }).sees('worry:w1')).toMatchObject({
      why: 'withheld',
    });
    // Stamped once: a later change keeps the first time.
    const later = stampCaptures(stamped, '2026-12-01T11:00:00.000Z');
    expect(later.captures['worry:w1']?.at).toBe('2026-12-01T10:25:00.000Z');
  });

  it('returns the same object when nothing changed, and ignores empty text', () => {
    const c = stampCaptures(base(), '2026-12-01T10:01:00.000Z');
    expect(stampCaptures(c, '2026-12-01T10:02:00.000Z')).toBe(c);
    const blank = { ...c, plan: { ...c.plan, actions: [{ ...blankAction(), id: 'a1' }] } };
    expect(stampCaptures(blank, '2026-12-01T10:03:00.000Z').captures['action:a1']).toBeUndefined();
  });

  it('records when each agenda item was on screen', () => {
    let c = stampCaptures(base(), '2026-12-01T10:05:00.000Z');
    expect(c.agenda.items.analysis?.visits).toEqual([{ from: '2026-12-01T10:05:00.000Z' }]);
    c = stampCaptures({ ...c, agenda: { ...c.agenda, currentItemKey: 'scaling' } }, '2026-12-01T10:30:00.000Z');
    expect(c.agenda.items.analysis?.visits).toEqual([
      { from: '2026-12-01T10:05:00.000Z', to: '2026-12-01T10:30:00.000Z' },
    ]);
    expect(c.agenda.items.scaling?.visits).toEqual([{ from: '2026-12-01T10:30:00.000Z' }]);
  });

  it('never stamps text from a file written before times were kept with the time it was opened', () => {
    const c = base();
    c.notes.push({ id: 'n', itemKey: 'analysis', kind: 'note', text: 'x', createdAt: '2026-12-01T10:00:00.000Z' });
    c.details.reason = 'Old reason';
    const marked = markExistingCaptures(c);
    expect(marked.captures['details.reason']).toEqual({});
    expect(stampCaptures(marked, '2027-01-01T00:00:00.000Z').captures['details.reason']).toEqual({});
  });
});

function blankAction() {
  return PlanAction.parse({ id: 'blank', what: '' });
}

describe('the leak guard', () => {
  it('finds a restricted address typed into a plan action, and names the action that repeats it', () => {
    const c = base();
    c.plan.actions.push({ ...blankAction(), id: 'act', what: 'If Gary calls, Jade goes to 9 Hidden Lane, Northby' });
    const mum = c.participants[0]!;
    const view = new ReaderView(c, { kind: 'family', participant: mum });
    expect(view.shows('action:act')).toBe(true);
    const leaks = findLeaks(view, ['Your plan', 'If Gary calls, Jade goes to 9 Hidden Lane, Northby']);
    expect(leaks).toHaveLength(1);
    expect(leaks[0]).toMatchObject({ secret: { ref: 'adult:a-gran:address' }, carrier: { ref: 'action:act' } });
    // The postcode alone is found too.
    expect(findLeaks(view, ['meet at NB1 1AA'])).toHaveLength(1);
    // Nothing to find in words that do not repeat it.
    expect(findLeaks(view, ['Jade will go to her sister’s'])).toEqual([]);
  });

  it('guards professionals-only text for a family reader and not for a professional', () => {
    const c = base();
    c.details.reason = 'Referred by the neighbour at number six after shouting';
    const family = new ReaderView(c, { kind: 'family', participant: c.participants[0]! });
    const professional = new ReaderView(c, { kind: 'professional' });
    const output = ['The meeting was called because: referred by the neighbour at number six after shouting.'];
    expect(findLeaks(family, output).map((l) => l.secret.ref)).toEqual(['details.reason']);
    expect(findLeaks(professional, output)).toEqual([]);
    expect(secretsFor(professional).some((s) => s.ref === 'details.reason')).toBe(false);
  });
});

describe('distribution', () => {
  it('gives parents with parental responsibility the letter, plan and minutes; a supporter nothing unless chosen', () => {
    const c = base();
    const byId = Object.fromEntries(distributionList(c).map((l) => [l.participant.id, l.receives]));
    expect(byId['p-mum']).toEqual(['decision-letter', 'family-plan', 'minutes']);
    expect(byId['p-gran']).toEqual([]);
    expect(byId['p-sw']).toEqual(['decision-letter', 'minutes', 'restricted-annex']);
    expect(byId['p-hv']).toEqual(['decision-letter', 'minutes']);
    // A family member not linked to the household is taken as a parent or carer, and the line says to check.
    expect(byId['p-dad']).toEqual(['decision-letter', 'family-plan', 'minutes']);
    expect(distributionList(c).find((l) => l.participant.id === 'p-dad')?.why).toMatch(/link them to the household/);
  });

  it('a relative linked to a household adult without parental responsibility receives nothing unless chosen', () => {
    const c = base();
    c.adults.push({ ...c.adults[0]!, id: 'a-aunt', givenName: 'Stacey', parentalResponsibility: false });
    c.participants[1]!.adultId = 'a-aunt';
    expect(distributionList(c).find((l) => l.participant.id === 'p-dad')?.receives).toEqual([]);
  });

  it('never sends the restricted annex to a family member, and says so beside the choice', () => {
    const c = base();
    c.distribution.byParticipant['p-gran'] = { receives: ['family-plan', 'restricted-annex'], why: 'Mum agreed' };
    const gran = distributionList(c).find((l) => l.participant.id === 'p-gran')!;
    expect(gran.receives).toEqual(['family-plan']);
    expect(gran.why).toBe('Mum agreed');
    expect(audienceProblems(c)).toEqual([
      {
        field: 'distribution.byParticipant.p-gran.receives',
        message: expect.stringMatching(/never goes to a family member/),
      },
    ]);
  });
});

describe('bad input gets a message beside the field', () => {
  it('names an audience that withholds from someone who is not a participant, and a time outside the meeting', () => {
    const c = base();
    c.agenda.meetingEndedAt = '2026-12-01T12:00:00.000Z';
    c.analysis.worries.push({ id: 'w', kind: 'harm', text: 'Worry', childIds: [] });
    c.captures['worry:w'] = {
      audience: { level: 'everyone', withheldFrom: ['p-nobody'] },
      at: '2026-12-01T18:00:00.000Z',
    };
    const problems = audienceProblems(c);
    expect(problems.map((p) => p.field).sort()).toEqual([
      'captures.worry:w.at',
      'captures.worry:w.audience.withheldFrom',
    ]);
    expect(problems.every((p) => p.message.startsWith('Worry “Worry”'))).toBe(true);
  });
});

describe('migration from version 1', () => {
  it('turns restricted flags into restricted audiences and marks old texts as captured without a time', () => {
    const v1 = {
      schemaVersion: 1,
      id: 'old',
      createdAt: '2026-11-01T09:00:00.000Z',
      updatedAt: '2026-11-01T09:00:00.000Z',
      details: { type: 'initial', nation: 'england', date: '2026-12-01', reason: 'Referral' },
      notes: [
        { id: 'n1', itemKey: 'analysis', text: 'Secret', restricted: true, createdAt: '2026-12-01T10:00:00.000Z' },
        { id: 'n2', itemKey: 'analysis', text: 'Open', createdAt: '2026-12-01T10:01:00.000Z' },
      ],
      childVoices: [{ id: 'v1', childId: 'c', method: 'advocate', summary: 'Told the advocate', restricted: true }],
      analysis: { worries: [{ id: 'w1', kind: 'harm', text: 'Hidden worry', restricted: true }] },
      otherChildren: [{ id: 'o1', name: 'Tyler', restricted: true }],
    };
    const result = migrateConference(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) throw new Error(result.message);
    const c = result.conference;
    expect(result.migratedFrom).toBe(1);
    expect(c.schemaVersion).toBe(2);
    for (const ref of ['note:n1', 'childVoice:v1', 'worry:w1', 'otherChild:o1']) {
      expect(c.captures[ref]?.audience?.level, ref).toBe('restricted');
    }
    expect(c.captures['note:n2']).toEqual({});
    expect(c.captures['details.reason']).toEqual({});
    expect(JSON.stringify(c)).not.toContain('"restricted":true');
    const professional = new ReaderView(c, { kind: 'professional' });
    expect(professional.sees('worry:w1')).toMatchObject({ shown: false, why: 'restricted' });
    expect(professional.shows('note:n2')).toBe(true);
  });
});

describe('a whole version 1 file', () => {
  it('the Westbrook review as saved by version 1 opens with its restricted note restricted and nothing else lost', async () => {
    const { readFileSync } = await import('node:fs');
    const raw = JSON.parse(readFileSync(new URL('../../fixtures/v1/westbrook-review.json', import.meta.url), 'utf8'));
    const restrictedNote = (raw.notes as { id: string; restricted?: boolean }[]).find((n) => n.restricted);
    expect(restrictedNote).toBeDefined();
    const result = migrateConference(raw);
    if (!result.ok) throw new Error(result.message);
    const c = result.conference;
    expect(c.captures[`note:${restrictedNote!.id}`]?.audience?.level).toBe('restricted');
    expect(c.notes.map((n) => n.text)).toEqual((raw.notes as { text: string }[]).map((n) => n.text));
    const professional = new ReaderView(c, { kind: 'professional' });
    expect(professional.sees(`note:${restrictedNote!.id}`)).toMatchObject({ why: 'restricted' });
    // Every report that had a date shared with the family now has it for each parent.
    const shared = (raw.reports as { id: string; sharedWithFamilyOn?: string }[]).filter((r) => r.sharedWithFamilyOn);
    expect(shared.length).toBeGreaterThan(0);
    for (const r of shared) {
      const sharing = c.reports.find((x) => x.id === r.id)!.sharing;
      expect(sharing.length).toBeGreaterThan(0);
      expect(sharing.every((s) => s.sharedOn === r.sharedWithFamilyOn)).toBe(true);
    }
  });
});

describe('the leak guard does not cry wolf', () => {
  it('a restricted record whose source is someone the reader knows is at the meeting does not make their name a leak', () => {
    const c = base();
    c.participants[3]!.role = 'Social worker (lead professional)';
    c.restrictedRecords.push({
      id: 'r1',
      kind: 'police-intelligence',
      text: 'Intelligence about a visitor to the flat',
      source: 'Sam, social worker',
    });
    c.participants[3]!.name = 'Sam Baird';
    c.restrictedRecords[0]!.source = 'Sam Baird, social worker';
    const view = new ReaderView(c, { kind: 'family', participant: c.participants[0]! });
    expect(findLeaks(view, ['Sam Baird, Social worker (lead professional), Westbrook'])).toEqual([]);
    // The record itself is still guarded.
    expect(findLeaks(view, ['We heard: intelligence about a visitor to the flat.']).map((l) => l.secret.ref)).toEqual([
      'restrictedRecord:r1',
    ]);
  });
});

describe('a note’s time is checked too', () => {
  it('a note timed outside the meeting gets a message beside its audience control', () => {
    const c = base();
    c.agenda.meetingEndedAt = '2026-12-01T12:00:00.000Z';
    c.notes.push({
      id: 'n',
      itemKey: 'analysis',
      kind: 'note',
      text: 'Typed later',
      createdAt: '2026-12-01T19:00:00.000Z',
    });
    expect(audienceProblems(c)).toEqual([
      {
        field: 'captures.note:n.at',
        message: expect.stringMatching(/^Note “Typed later” has a time outside the meeting/),
      },
    ]);
  });
});

describe('words changed during a closed session', () => {
  it('are withheld from the people out of the room, though the text was typed before; a new text keeps its time', () => {
    let c = base();
    c.analysis.worries.push({ id: 'w', kind: 'harm', text: 'Leo was scared', childIds: [] });
    c = stampCaptures(c, '2026-12-01T10:10:00.000Z');
    const before: Conference = {
      ...c,
      closedSessions: [
        { id: 'cs', startedAt: '2026-12-01T10:20:00.000Z', reason: '', excludedParticipantIds: ['p-dad'] },
      ],
    };
    const edited: Conference = {
      ...before,
      analysis: {
        ...before.analysis,
        worries: [
          { id: 'w', kind: 'harm', text: 'Leo was scared; the police know of two call-outs', childIds: [] },
          { id: 'w2', kind: 'harm', text: 'New worry in the session', childIds: [] },
        ],
      },
    };
    const stamped = stampCaptures(edited, '2026-12-01T10:25:00.000Z', before);
    expect(stamped.captures['worry:w']).toEqual({
      at: '2026-12-01T10:10:00.000Z',
      itemKey: 'analysis',
      closedSessionId: 'cs',
    });
    expect(stamped.captures['worry:w2']).toEqual({
      at: '2026-12-01T10:25:00.000Z',
      itemKey: 'analysis',
      closedSessionId: 'cs',
    });
    const dad = stamped.participants.find((p) => p.id === 'p-dad')!;
    expect(new ReaderView(stamped, { kind: 'family', participant: dad }).sees('worry:w')).toMatchObject({
      why: 'withheld',
    });
    // Without an open session, an edit changes nothing.
    const after = stampCaptures({ ...edited, closedSessions: [] }, '2026-12-01T10:25:00.000Z', {
      ...before,
      closedSessions: [],
    });
    expect(after.captures['worry:w']?.closedSessionId).toBeUndefined();
  });

  it('marks a note edited in the session, though notes carry their own time', () => {
    const c = base();
    c.notes.push({
      id: 'n',
      itemKey: 'analysis',
      kind: 'note',
      text: 'Said before',
      createdAt: '2026-12-01T10:05:00.000Z',
    });
    const before: Conference = {
      ...c,
      closedSessions: [
        { id: 'cs', startedAt: '2026-12-01T10:20:00.000Z', reason: '', excludedParticipantIds: ['p-mum'] },
      ],
    };
    const edited: Conference = {
      ...before,
      notes: [{ ...before.notes[0]!, text: 'Said before, and the police add this' }],
    };
    expect(stampCaptures(edited, '2026-12-01T10:25:00.000Z', before).captures['note:n']).toEqual({
      closedSessionId: 'cs',
    });
  });
});

describe('the chair releases an item from a closed session', () => {
  it('is no longer kept from the people who were out; its time and audience stay', async () => {
    const { releaseFromClosedSession } = await import('../../../renderer/src/store/captures');
    const c = base();
    c.closedSessions.push({
      id: 'cs',
      startedAt: '2026-12-01T10:20:00.000Z',
      endedAt: '2026-12-01T10:30:00.000Z',
      reason: '',
      excludedParticipantIds: ['p-dad'],
    });
    c.analysis.worries.push({ id: 'w', kind: 'harm', text: 'Typo fixed in the session', childIds: [] });
    c.captures['worry:w'] = { at: '2026-12-01T10:10:00.000Z', closedSessionId: 'cs' };
    const dad = () => new ReaderView(released, { kind: 'family', participant: c.participants[1]! });
    let released = c;
    expect(dad().shows('worry:w')).toBe(false);
    released = releaseFromClosedSession(c, 'worry:w');
    expect(released.captures['worry:w']).toEqual({ at: '2026-12-01T10:10:00.000Z' });
    expect(dad().shows('worry:w')).toBe(true);
  });
});

describe('a kind of text a newer version first lists', () => {
  it('is marked as captured without a time, not given the time of the next edit', () => {
    const c = stampCaptures(base(), '2026-12-01T10:01:00.000Z');
    c.agenda.items.welcome = {
      status: 'skipped',
      skippedReason: 'Everyone knows each other',
      elapsedSeconds: 0,
      visits: [],
    };
    // As an older file would be: words in the text, no entry for it.
    delete c.captures['agenda:welcome:skipped'];
    const edited: Conference = { ...c, details: { ...c.details, venue: 'Room 2' } };
    expect(stampCaptures(edited, '2026-12-01T11:00:00.000Z', c).captures['agenda:welcome:skipped']).toEqual({});
  });
});

describe('the redaction preview', () => {
  it('does not list a restricted item as left out for a professional who has it in their annex', async () => {
    const { redactionPreview } = await import('@shared/audience');
    const c = base();
    c.restrictedRecords.push({
      id: 'r',
      kind: 'police-intelligence',
      text: 'Police intelligence about a visitor',
      source: '',
    });
    const leftOut = (id: string) =>
      redactionPreview(c)
        .find((r) => r.participant.id === id)!
        .leftOut.map((i) => i.text.ref);
    expect(leftOut('p-sw')).not.toContain('restrictedRecord:r'); // social worker: keeps the annex
    expect(leftOut('p-hv')).toContain('restrictedRecord:r'); // health visitor: no annex by default
    expect(leftOut('p-mum')).toContain('restrictedRecord:r');
  });
});
