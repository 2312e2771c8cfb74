import { describe, expect, it } from 'vitest';
import { endMeeting, reopenMeeting } from '@shared/agenda/progress';
import { atClockOnDayOf, meetingTimeProblems, ukDateOf } from '@shared/meeting/meeting-times';
import type { ConferenceInput } from '@shared/model/conference';
import { conferenceWith } from '../procedure/fixtures';

/** Ending the meeting, and correcting the times its buttons recorded (issue 11, "Capture"). */
const meeting = (agenda: ConferenceInput['agenda'], closedSessions: ConferenceInput['closedSessions'] = []) =>
  conferenceWith({ details: { type: 'initial', nation: 'england', date: '2026-07-01' }, agenda, closedSessions });

describe('ending and reopening the meeting', () => {
  it('ends once (a second press keeps the first end), and reopening takes the end away and keeps the start', () => {
    const started = { items: {}, meetingStartedAt: '2026-07-01T09:00:00.000Z' };
    const ended = endMeeting(started, new Date('2026-07-01T11:00:00.000Z'));
    expect(ended.meetingEndedAt).toBe('2026-07-01T11:00:00.000Z');
    expect(endMeeting(ended, new Date('2026-07-01T11:30:00.000Z')).meetingEndedAt).toBe('2026-07-01T11:00:00.000Z');
    const reopened = reopenMeeting(ended);
    expect(reopened).toEqual(started);
    expect('meetingEndedAt' in reopened).toBe(false);
    expect(reopenMeeting(started)).toBe(started);
  });
});

describe('correcting the times', () => {
  it('puts a corrected clock time on the same UK day, in summer time too', () => {
    // 10:00 BST on 1 July is 09:00 UTC; a correction to 10:35 is 09:35 UTC that day.
    expect(ukDateOf('2026-07-01T23:30:00.000Z')).toBe('2026-07-02');
    expect(atClockOnDayOf('2026-07-01T09:00:00.000Z', '10:35')).toBe('2026-07-01T09:35:00.000Z');
    expect(atClockOnDayOf('2026-12-01T09:00:00.000Z', '10:35')).toBe('2026-12-01T10:35:00.000Z');
    expect(atClockOnDayOf('2026-07-01T09:00:00.000Z', '')).toBeUndefined();
  });

  it('says when a closed session starts before the meeting, ends after it, or ends before it starts', () => {
    const c = meeting(
      { items: {}, meetingStartedAt: '2026-07-01T09:00:00.000Z', meetingEndedAt: '2026-07-01T11:00:00.000Z' },
      [
        // 09:55–10:10 BST starts before the meeting (10:00 BST).
        { id: 'a', startedAt: '2026-07-01T08:55:00.000Z', endedAt: '2026-07-01T09:10:00.000Z' },
        // Fine: 10:30–10:45.
        { id: 'b', startedAt: '2026-07-01T09:30:00.000Z', endedAt: '2026-07-01T09:45:00.000Z' },
        // Ends (11:40) before it starts (11:50).
        { id: 'c', startedAt: '2026-07-01T10:50:00.000Z', endedAt: '2026-07-01T10:40:00.000Z' },
        // Ends at 12:15, after the meeting ended at 12:00.
        { id: 'd', startedAt: '2026-07-01T10:55:00.000Z', endedAt: '2026-07-01T11:15:00.000Z' },
      ],
    );
    expect(meetingTimeProblems(c)).toEqual([
      {
        field: 'closedSessions[0].startedAt',
        message: '09:55 is before the meeting started (10:00). Enter a time during the meeting.',
      },
      {
        field: 'closedSessions[2].endedAt',
        message: 'The closed session cannot end (11:40) before it started (11:50). Check both times.',
      },
      {
        field: 'closedSessions[3].endedAt',
        message: '12:15 is after the meeting ended (12:00). Enter a time during the meeting.',
      },
    ]);
  });

  it('says when the meeting ends before it started, and finds nothing wrong with times in order', () => {
    const backwards = meeting({
      items: {},
      meetingStartedAt: '2026-07-01T09:00:00.000Z',
      meetingEndedAt: '2026-07-01T08:30:00.000Z',
    });
    expect(meetingTimeProblems(backwards)).toEqual([
      {
        field: 'agenda.meetingEndedAt',
        message: 'The meeting cannot end (09:30) before it started (10:00). Check both times.',
      },
    ]);
    const running = meeting({ items: {}, meetingStartedAt: '2026-07-01T09:00:00.000Z' }, [
      { id: 'open', startedAt: '2026-07-01T09:30:00.000Z' },
    ]);
    expect(meetingTimeProblems(running)).toEqual([]);
  });
});
