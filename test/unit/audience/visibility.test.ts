import { describe, expect, it } from 'vitest';
import { ReaderView, presenceOf } from '@shared/audience';
import type { Conference, ConferenceInput } from '@shared/model/conference';
import { conferenceWith } from '../procedure/fixtures';

/**
 * Who sees what, worked out for one reader at a time. A small conference on Tue 1 Dec 2026 (UK winter time, so UTC
 * equals the clock): the meeting runs 10:00 to 12:00; Jade (mother) is present throughout; Gary (father) attends
 * separately 11:00 to 11:30; Nan (grandmother, no parental responsibility) leaves at 10:45; a closed session
 * 10:30–10:40 excludes Jade.
 */
function meeting(extra: Partial<ConferenceInput> = {}): Conference {
  return conferenceWith({
    details: { type: 'initial', nation: 'england', date: '2026-12-01', startTime: '10:00', endTime: '12:00' },
    adults: [
      { id: 'a-jade', givenName: 'Jade', parentalResponsibility: true, address: '1 Open Road, Town AB1 2CD' },
      {
        id: 'a-gary',
        givenName: 'Gary',
        parentalResponsibility: true,
        address: 'Flat 9, 4 Refuge Close, Hidetown ZZ9 9ZZ',
        addressRestricted: true,
      },
    ],
    participants: [
      { id: 'p-jade', name: 'Jade', kind: 'family', adultId: 'a-jade', attendance: { status: 'present' } },
      {
        id: 'p-gary',
        name: 'Gary',
        kind: 'family',
        adultId: 'a-gary',
        attendance: { status: 'attended-separately', arrivedAt: '11:00', leftAt: '11:30' },
      },
      { id: 'p-nan', name: 'Nan', kind: 'supporter', attendance: { status: 'left-early', leftAt: '10:45' } },
      {
        id: 'p-sw',
        name: 'Sam',
        kind: 'professional',
        agency: 'childrens-social-care',
        attendance: { status: 'present' },
      },
      {
        id: 'p-dv',
        name: 'Dee',
        kind: 'professional',
        agency: 'domestic-abuse-service',
        attendance: { status: 'present' },
      },
    ],
    agenda: {
      meetingStartedAt: '2026-12-01T10:00:00.000Z',
      meetingEndedAt: '2026-12-01T12:00:00.000Z',
      items: {
        'agency-information': { visits: [{ from: '2026-12-01T10:10:00.000Z', to: '2026-12-01T10:50:00.000Z' }] },
        analysis: { visits: [{ from: '2026-12-01T11:05:00.000Z', to: '2026-12-01T11:25:00.000Z' }] },
      },
    },
    closedSessions: [
      {
        id: 'cs1',
        startedAt: '2026-12-01T10:30:00.000Z',
        endedAt: '2026-12-01T10:40:00.000Z',
        excludedParticipantIds: ['p-jade'],
      },
    ],
    ...extra,
  });
}

const person = (c: Conference, id: string) => c.participants.find((p) => p.id === id)!;
const family = (c: Conference, id: string) => new ReaderView(c, { kind: 'family', participant: person(c, id) });

describe('presence: when each person was in the room', () => {
  it('takes a separate session from its own times, and cuts closed sessions out of the time in the room', () => {
    const c = meeting();
    const gary = presenceOf(c, person(c, 'p-gary'));
    expect(gary.known && gary.windows).toEqual([
      { from: Date.parse('2026-12-01T11:00:00Z'), to: Date.parse('2026-12-01T11:30:00Z') },
    ]);
    const jade = presenceOf(c, person(c, 'p-jade'));
    expect(jade.known && jade.windows.map((w) => [w.from, w.to])).toEqual([
      [Number.NEGATIVE_INFINITY, Date.parse('2026-12-01T10:30:00Z')],
      [Date.parse('2026-12-01T10:40:00Z'), Number.POSITIVE_INFINITY],
    ]);
  });

  it('cannot place a separate session without both times, and says why', () => {
    const c = meeting();
    c.participants[1]!.attendance.leftAt = undefined;
    const gary = presenceOf(c, person(c, 'p-gary'));
    expect(gary.known).toBe(false);
    expect(!gary.known && gary.why).toMatch(/separate session/);
  });
});

describe('the record follows time; everything follows audience', () => {
  const notes: ConferenceInput['notes'] = [
    { id: 'n-early', itemKey: 'agency-information', text: 'Said at 10:15', createdAt: '2026-12-01T10:15:00.000Z' },
    {
      id: 'n-closed',
      itemKey: 'agency-information',
      text: 'Said in the closed session',
      createdAt: '2026-12-01T10:35:00.000Z',
      closedSessionId: 'cs1',
    },
    { id: 'n-late', itemKey: 'analysis', text: 'Said at 11:10', createdAt: '2026-12-01T11:10:00.000Z' },
  ];

  it('leaves a note out of the copy of someone who was out of the room when it was said', () => {
    const c = meeting({ notes });
    expect(family(c, 'p-gary').sees('note:n-early')).toMatchObject({ shown: false, why: 'out-of-room' });
    expect(family(c, 'p-gary').shows('note:n-late')).toBe(true);
    expect(family(c, 'p-nan').shows('note:n-early')).toBe(true);
    expect(family(c, 'p-nan').sees('note:n-late')).toMatchObject({ shown: false, why: 'out-of-room' });
    expect(family(c, 'p-jade').shows('note:n-early')).toBe(true);
  });

  it('withholds what was typed in a closed session from the people it excluded, whatever kind of text it is', () => {
    const c = meeting({
      notes,
      captures: {
        'note:n-closed': { audience: { level: 'everyone' } },
        'worry:w1': { at: '2026-12-01T10:36:00.000Z', closedSessionId: 'cs1' },
      },
      analysis: { worries: [{ id: 'w1', kind: 'harm', text: 'A worry typed in the closed session' }] },
    });
    expect(family(c, 'p-jade').sees('note:n-closed')).toMatchObject({ shown: false, why: 'withheld' });
    expect(family(c, 'p-jade').sees('worry:w1')).toMatchObject({ shown: false, why: 'withheld' });
    // Nan was in the room during the closed session, and the chair opened the note to everyone.
    expect(family(c, 'p-nan').shows('note:n-closed')).toBe(true);
    expect(new ReaderView(c, { kind: 'shared-screen' }).shows('worry:w1')).toBe(false);
    expect(new ReaderView(c, { kind: 'professional' }).shows('worry:w1')).toBe(true);
  });

  it('a closed-session note is restricted unless the chair decides otherwise', () => {
    const c = meeting({ notes });
    expect(new ReaderView(c, { kind: 'professional' }).sees('note:n-closed')).toMatchObject({ why: 'restricted' });
    expect(family(c, 'p-nan').sees('note:n-closed')).toMatchObject({ why: 'restricted' });
  });

  it('an outcome reaches a parent who was out when it was agreed, less only what is withheld from them', () => {
    const c = meeting({
      plan: {
        actions: [
          { id: 'act-safety', what: 'Jade will go to her sister’s if Gary comes to the house' },
          { id: 'act-all', what: 'Everyone will come to the core group' },
        ],
      },
      captures: {
        'action:act-safety': {
          audience: { level: 'everyone', withheldFrom: ['p-gary'] },
          at: '2026-12-01T10:20:00.000Z',
        },
        'action:act-all': { at: '2026-12-01T10:20:00.000Z' },
      },
    });
    expect(family(c, 'p-gary').shows('action:act-all')).toBe(true);
    expect(family(c, 'p-gary').sees('action:act-safety')).toMatchObject({ shown: false, why: 'withheld' });
    expect(family(c, 'p-jade').shows('action:act-safety')).toBe(true);
    // The shared screen is seen by the whole room: something withheld from anyone stays off it.
    expect(new ReaderView(c, { kind: 'shared-screen' }).shows('action:act-safety')).toBe(false);
    expect(new ReaderView(c, { kind: 'shared-screen' }).shows('action:act-all')).toBe(true);
  });

  it('a record with no time is kept for someone there throughout, and left out, saying so, for someone who was not', () => {
    const c = meeting({
      decisions: [{ childId: 'c1', agencyViews: [{ participantId: 'p-sw', view: 'plan', reason: 'No time on this' }] }],
      children: [{ id: 'c1', givenName: 'Kai' }],
      participants: meeting().participants.map((p) =>
        p.id === 'p-jade' ? { ...p, attendance: { ...p.attendance, status: 'present' as const } } : p,
      ),
      closedSessions: [],
    });
    expect(family(c, 'p-jade').shows('agencyView:c1:p-sw')).toBe(true);
    expect(family(c, 'p-gary').sees('agencyView:c1:p-sw')).toMatchObject({ shown: false, why: 'time-unknown' });
  });

  it('judges a record with no time by when its agenda item ran', () => {
    const c = meeting({
      analysis: { scaling: [{ participantId: 'p-sw', score: 4, comment: 'Scored during analysis' }] },
    });
    c.captures['scaling:p-sw:all'] = { itemKey: 'analysis' };
    // Analysis ran 11:05–11:25, inside Gary's session and after Nan left.
    expect(family(c, 'p-gary').shows('scaling:p-sw:all')).toBe(true);
    expect(family(c, 'p-nan').sees('scaling:p-sw:all')).toMatchObject({ shown: false, why: 'out-of-room' });
    expect(family(c, 'p-gary').itemPresence('agency-information')).toBe('out');
    expect(family(c, 'p-nan').itemPresence('agency-information')).toBe('part');
  });

  it('professionals only and restricted text never reach a family reader or the shared screen; a professional reads the first', () => {
    const c = meeting({ details: { ...meeting().details, reason: 'Referred by a neighbour at number 6' } });
    expect(family(c, 'p-jade').sees('details.reason')).toMatchObject({ shown: false, why: 'professionals-only' });
    expect(new ReaderView(c, { kind: 'shared-screen' }).shows('details.reason')).toBe(false);
    expect(new ReaderView(c, { kind: 'professional' }).shows('details.reason')).toBe(true);
    expect(family(c, 'p-jade').sees('adult:a-gary:address')).toMatchObject({ why: 'restricted' });
    expect(new ReaderView(c, { kind: 'professional' }).sees('adult:a-gary:address')).toMatchObject({
      why: 'restricted',
    });
    expect(family(c, 'p-gary').shows('adult:a-jade:address')).toBe(true);
  });

  it('text withheld from one professional is withheld from that professional only', () => {
    const c = meeting({
      notes: [
        {
          id: 'n-health',
          itemKey: 'agency-information',
          text: 'Gary’s treatment',
          createdAt: '2026-12-01T10:12:00.000Z',
        },
      ],
      captures: { 'note:n-health': { audience: { level: 'professionals', withheldFrom: ['p-dv'] } } },
    });
    expect(new ReaderView(c, { kind: 'professional', participant: person(c, 'p-dv') }).shows('note:n-health')).toBe(
      false,
    );
    expect(new ReaderView(c, { kind: 'professional', participant: person(c, 'p-sw') }).shows('note:n-health')).toBe(
      true,
    );
  });
});

describe('a person’s own details', () => {
  it('their own phone and email are not kept from them; another family member’s are', () => {
    const c = meeting();
    c.participants[0]!.phone = '07700 900111';
    c.participants[1]!.phone = '07700 900222';
    expect(family(c, 'p-jade').shows('participant:p-jade:contact')).toBe(true);
    expect(family(c, 'p-jade').sees('participant:p-gary:contact')).toMatchObject({ why: 'professionals-only' });
  });
});

describe('present, with times', () => {
  it('someone present who arrived late gets no record of what was said before they came', () => {
    const c = meeting({
      notes: [
        { id: 'n-early', itemKey: 'agency-information', text: 'Said at 10:15', createdAt: '2026-12-01T10:15:00.000Z' },
      ],
    });
    c.participants[0]!.attendance.arrivedAt = '10:20';
    c.closedSessions = [];
    expect(family(c, 'p-jade').sees('note:n-early')).toMatchObject({ shown: false, why: 'out-of-room' });
    c.participants[0]!.attendance.arrivedAt = '10:00';
    expect(family(c, 'p-jade').shows('note:n-early')).toBe(true);
  });
});
