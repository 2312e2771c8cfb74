import { describe, expect, it } from 'vitest';
import { attendedAnyPart, presenceOf } from '@shared/audience/presence';
import { attendanceStatusesFor } from '@shared/meeting/attendance';
import { joinedByLabel } from '@shared/wording/labels';
import { setupProblems } from '@shared/meeting/setup-checks';
import type { ConferenceInput } from '@shared/model/conference';
import { conferenceWith } from '../procedure/fixtures';

type ParticipantInput = NonNullable<ConferenceInput['participants']>[number];

/** Meeting booked 09:30–12:30 on Tue 9 Mar 2027; checked as of 22 Nov 2026 unless a test says otherwise. */
const TODAY = '2026-11-22';
const details = {
  type: 'initial',
  nation: 'england',
  date: '2027-03-09',
  startTime: '09:30',
  endTime: '12:30',
} as const;

const withPeople = (participants: ParticipantInput[], extra: Omit<Partial<ConferenceInput>, 'details'> = {}) =>
  conferenceWith({ details, participants, ...extra });

const dean = (attendance: NonNullable<ParticipantInput['attendance']>): ParticipantInput => ({
  id: 'p-dean',
  name: 'Dean Marsh',
  kind: 'family',
  attendance,
});

/** The messages beside one field. */
const at = (c: ReturnType<typeof withPeople>, field: string, today = TODAY) =>
  setupProblems(c, today)
    .filter((p) => p.field === field)
    .map((p) => p.message);

describe('a separate session', () => {
  const reason = 'Bail conditions forbid contact with Leanne.';

  it('within the meeting, with both times and a reason, raises nothing', () => {
    const c = withPeople([dean({ status: 'attended-separately', arrivedAt: '09:30', leftAt: '10:00', reason })]);
    expect(setupProblems(c, TODAY)).toEqual([]);
  });

  it('starting before the meeting names the time and the fix beside the start time', () => {
    const c = withPeople([dean({ status: 'attended-separately', arrivedAt: '09:00', leftAt: '09:45', reason })]);
    expect(at(c, 'participants[0].attendance.arrivedAt')).toEqual([
      'The separate session starts at 09:00, before the meeting starts (09:30). Correct this time, or the meeting’s start time in the details.',
    ]);
    expect(at(c, 'participants[0].attendance.leftAt')).toEqual([]);
  });

  it('ending after the meeting names the time and the fix beside the end time', () => {
    const c = withPeople([dean({ status: 'attended-separately', arrivedAt: '12:00', leftAt: '12:45', reason })]);
    expect(at(c, 'participants[0].attendance.leftAt')).toEqual([
      'The separate session ends at 12:45, after the meeting ends (12:30). Correct this time, or the meeting’s end time in the details.',
    ]);
    expect(at(c, 'participants[0].attendance.arrivedAt')).toEqual([]);
  });

  it('starting after the meeting has ended is outside it too', () => {
    const c = withPeople([dean({ status: 'attended-separately', arrivedAt: '13:00', leftAt: '13:30', reason })]);
    expect(at(c, 'participants[0].attendance.arrivedAt')[0]).toMatch(
      /starts at 13:00, after the meeting ends \(12:30\)/,
    );
    expect(at(c, 'participants[0].attendance.leftAt')[0]).toMatch(/ends at 13:30, after the meeting ends/);
  });

  it('ending before it starts asks for both times to be checked, once', () => {
    const c = withPeople([dean({ status: 'attended-separately', arrivedAt: '11:00', leftAt: '10:30', reason })]);
    expect(at(c, 'participants[0].attendance.leftAt')).toEqual([
      'The separate session ends before it starts. Check both times.',
    ]);
  });

  it('without both times says their copy of the minutes cannot follow them', () => {
    const neither = withPeople([dean({ status: 'attended-separately', reason })]);
    expect(at(neither, 'participants[0].attendance.arrivedAt')).toEqual([
      'Record when the separate session started and ended. Until both times are recorded, their copy of the minutes cannot follow them: it leaves out what was said.',
    ]);
    const noEnd = withPeople([dean({ status: 'attended-separately', arrivedAt: '09:30', reason })]);
    expect(at(noEnd, 'participants[0].attendance.arrivedAt')).toEqual([]);
    expect(at(noEnd, 'participants[0].attendance.leftAt')[0]).toMatch(/copy of the minutes cannot follow them/);
    const noStart = withPeople([dean({ status: 'attended-separately', leftAt: '10:00', reason })]);
    expect(at(noStart, 'participants[0].attendance.arrivedAt')[0]).toMatch(/copy of the minutes cannot follow them/);
  });

  it('does not hold someone present to the meeting’s times: arriving early for the meeting is normal', () => {
    const c = withPeople([dean({ status: 'present', arrivedAt: '09:15' })]);
    expect(setupProblems(c, TODAY)).toEqual([]);
  });

  it('has the three ways of joining, in words', () => {
    expect(joinedByLabel).toEqual({ 'in-person': 'In person', video: 'By video', phone: 'By phone' });
  });
});

describe('a child not attending', () => {
  const mia: ParticipantInput = { id: 'p-mia', name: 'Mia Harlow', kind: 'child', childId: 'child-mia' };

  it('is offered for a child and not for an adult or a professional', () => {
    expect(attendanceStatusesFor('child')).toContain('child-not-attending');
    for (const kind of ['family', 'professional', 'supporter', 'advocate', 'interpreter'] as const) {
      expect(attendanceStatusesFor(kind)).not.toContain('child-not-attending');
      expect(attendanceStatusesFor(kind)).toContain('not-invited');
    }
  });

  it('asks how their views were gathered, and is content once it is chosen', () => {
    const without = withPeople([{ ...mia, attendance: { status: 'child-not-attending' } }]);
    expect(at(without, 'participants[0].attendance.viewsGatheredBy')).toEqual([
      'Choose how their views were gathered, so that the minute can say how the meeting heard them.',
    ]);
    const withMethod = withPeople([
      { ...mia, attendance: { status: 'child-not-attending', viewsGatheredBy: 'direct-work' } },
    ]);
    expect(setupProblems(withMethod, TODAY)).toEqual([]);
  });

  it('on an adult is flagged beside the attendance, naming the two fixes', () => {
    const c = withPeople([dean({ status: 'child-not-attending', viewsGatheredBy: 'letter' })]);
    expect(at(c, 'participants[0].attendance.status')).toEqual([
      '“Not attending: views shared another way” is for a child or young person. Choose another attendance, or change “Taking part as” to a child.',
    ]);
  });

  it('is never in the room, so receives no part of the minutes as having been there', () => {
    const c = withPeople([{ ...mia, attendance: { status: 'child-not-attending', viewsGatheredBy: 'advocate' } }]);
    const child = c.participants[0]!;
    const presence = presenceOf(c, child);
    expect(presence.known).toBe(true);
    expect(presence.known && presence.windows).toEqual([]);
    expect(attendedAnyPart(c, child)).toBe(false);
  });
});

describe('an adult’s date of birth', () => {
  const adult = (dateOfBirth: string) => ({ id: 'adult-leanne', givenName: 'Leanne', dateOfBirth });

  it('in the future is flagged beside it', () => {
    const c = withPeople([], { adults: [adult('2026-12-25')] });
    expect(at(c, 'adults[0].dateOfBirth')).toEqual(['The date of birth is in the future. Check the year.']);
  });

  it('after the conference is flagged, for a conference recorded afterwards', () => {
    // Conference on 9 Mar 2027, recorded on 1 Apr 2027: a birth date in between is not in the future.
    const c = withPeople([], { adults: [adult('2027-03-20')] });
    expect(at(c, 'adults[0].dateOfBirth', '2027-04-01')).toEqual([
      'The date of birth is after the conference. Check the year.',
    ]);
  });

  it('in the past is accepted', () => {
    const c = withPeople([], { adults: [adult('1996-07-14')] });
    expect(setupProblems(c, TODAY)).toEqual([]);
  });
});
