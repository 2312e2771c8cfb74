import { describe, expect, it } from 'vitest';
import { canScore, couldHaveSpoken, scalingTimes, withSaidBy } from '@shared/meeting/speakers';
import type { Conference, ConferenceInput } from '@shared/model/conference';
import { conferenceWith } from '../procedure/fixtures';

/**
 * Who can give a scaling score: anyone in the room when the scaling is done (issue 11: two family members excluded
 * for part of the meeting could not score, though they were back in the room). Tue 1 Dec 2026, UK winter time (UTC
 * equals the clock): the meeting runs 10:00–12:00, and scaling is done 11:00–11:10.
 */
const AT = (clock: string) => `2026-12-01T${clock}:00.000Z`;

function meeting(extra: Partial<ConferenceInput> = {}): Conference {
  return conferenceWith({
    details: { type: 'initial', nation: 'england', date: '2026-12-01', startTime: '10:00', endTime: '12:00' },
    participants: [
      { id: 'p-sw', name: 'Sam Social', kind: 'professional', attendance: { status: 'present' } },
      { id: 'p-hv', name: 'Hana Visitor', kind: 'professional', attendance: { status: 'remote' } },
      { id: 'p-gp', name: 'Gil Practice', kind: 'professional', attendance: { status: 'apologies-with-report' } },
      { id: 'p-jade', name: 'Jade', kind: 'family', attendance: { status: 'present' } },
      // Excluded for part, back in the room before the scaling (a closed session 10:20–10:40 kept her out).
      { id: 'p-kim', name: 'Kim', kind: 'family', attendance: { status: 'excluded-part' } },
      // Excluded for part, in the room 10:00–10:50 by her recorded times: gone before the scaling.
      {
        id: 'p-lou',
        name: 'Lou',
        kind: 'family',
        attendance: { status: 'excluded-part', arrivedAt: '10:00', leftAt: '10:50' },
      },
      // Excluded for part, in the room from 10:45 by her recorded times: there for the scaling.
      { id: 'p-mo', name: 'Mo', kind: 'family', attendance: { status: 'excluded-part', arrivedAt: '10:45' } },
      { id: 'p-nan', name: 'Nan', kind: 'supporter', attendance: { status: 'present' } },
      { id: 'p-gary', name: 'Gary', kind: 'family', attendance: { status: 'attended-separately' } },
      { id: 'p-ira', name: 'Ira', kind: 'interpreter', attendance: { status: 'present' } },
      { id: 'p-out', name: 'Ozzy', kind: 'family', attendance: { status: 'excluded-whole' } },
      { id: 'p-ni', name: 'Nia', kind: 'family', attendance: { status: 'not-invited' } },
      { id: 'p-leo', name: 'Leo', kind: 'child', attendance: { status: 'child-not-attending' } },
    ],
    agenda: {
      meetingStartedAt: AT('10:00'),
      meetingEndedAt: AT('12:00'),
      items: { scaling: { visits: [{ from: AT('11:00'), to: AT('11:10') }] } },
    },
    closedSessions: [
      { id: 'cs1', startedAt: AT('10:20'), endedAt: AT('10:40'), excludedParticipantIds: ['p-kim', 'p-jade'] },
    ],
    ...extra,
  });
}

const scorers = (c: Conference, now = Date.parse(AT('12:30'))) =>
  c.participants.filter((p) => canScore(c, p, now)).map((p) => p.name);

describe('who can score at the scaling', () => {
  it('offers everyone in the room when the scaling was done, including those excluded for another part', () => {
    expect(scorers(meeting())).toEqual(['Sam Social', 'Hana Visitor', 'Jade', 'Kim', 'Mo', 'Nan', 'Gary']);
  });

  it('leaves out someone excluded by a closed session held during the scaling', () => {
    const c = meeting({
      closedSessions: [{ id: 'cs2', startedAt: AT('10:55'), endedAt: AT('11:15'), excludedParticipantIds: ['p-kim'] }],
    });
    expect(scorers(c)).not.toContain('Kim');
    expect(scorers(c)).toContain('Jade');
  });

  it('while the scaling item is open, asks who is in the room now', () => {
    const running = meeting({
      agenda: { meetingStartedAt: AT('10:00'), currentItemKey: 'scaling', items: {} },
    });
    // At 10:30 Kim and Jade are out (the closed session); at 11:00 they are back.
    expect(scorers(running, Date.parse(AT('10:30')))).not.toContain('Kim');
    expect(scorers(running, Date.parse(AT('11:00')))).toContain('Kim');
    expect(scalingTimes(running, 5)).toEqual([{ from: 5, to: 6 }]);
  });

  it('with the scaling done on another day than the conference date, does not set it against clock times', () => {
    // Lou's recorded times (10:00–10:50) are on 1 Dec; scaling on 2 Dec at 11:00 cannot be judged against them.
    const c = meeting({
      agenda: {
        meetingStartedAt: '2026-12-02T10:00:00.000Z',
        items: { scaling: { visits: [{ from: '2026-12-02T11:00:00.000Z', to: '2026-12-02T11:10:00.000Z' }] } },
      },
    });
    expect(scorers(c)).toContain('Lou');
    expect(scorers(meeting())).not.toContain('Lou');
  });

  it('with no time for the scaling (typed in afterwards), goes by attendance alone', () => {
    const c = meeting({ agenda: { items: {} } });
    expect(scalingTimes(c, Date.now())).toEqual([]);
    expect(scorers(c)).toEqual(['Sam Social', 'Hana Visitor', 'Jade', 'Kim', 'Lou', 'Mo', 'Nan', 'Gary']);
  });

  it('ten people in the room give ten scores: none is lost to a status that says "excluded for part"', () => {
    const ten = meeting({
      participants: Array.from({ length: 10 }, (_, i) => ({
        id: `p-${i}`,
        name: `Person ${i}`,
        kind: i < 6 ? ('professional' as const) : ('family' as const),
        attendance: { status: i >= 8 ? ('excluded-part' as const) : ('present' as const) },
      })),
      closedSessions: [
        { id: 'cs1', startedAt: AT('10:20'), endedAt: AT('10:40'), excludedParticipantIds: ['p-8', 'p-9'] },
      ],
    });
    expect(scorers(ten)).toHaveLength(10);
  });
});

describe('who could have said something', () => {
  it('is anyone taking part, excluded for part, or not yet recorded; not the absent, the uninvited or a child not attending', () => {
    const c = meeting();
    expect(c.participants.filter(couldHaveSpoken).map((p) => p.name)).toEqual([
      'Sam Social',
      'Hana Visitor',
      'Jade',
      'Kim',
      'Lou',
      'Mo',
      'Nan',
      'Gary',
      'Ira',
    ]);
  });

  it('a note names one speaker: the chair replaces a participant, and nobody clears both', () => {
    const note = { id: 'n1', participantId: 'p-jade', text: 'x' };
    expect(withSaidBy(note, { speaker: 'chair' })).toEqual({ id: 'n1', text: 'x', speaker: 'chair' });
    expect(withSaidBy({ ...note, speaker: 'minute-taker' as const }, { participantId: 'p-kim' })).toEqual({
      id: 'n1',
      text: 'x',
      participantId: 'p-kim',
    });
    expect(withSaidBy(note, null)).toEqual({ id: 'n1', text: 'x' });
  });
});
