import { ukClock, ukDate, ukInstant } from '../format/uk-time';
import type { Conference } from '../model/conference';
import type { FieldProblem } from '../model/validation';

/**
 * The meeting's own times (when the chair started and ended it) and those of its closed sessions come from the clock
 * as the buttons are pressed. A chair who pressed a button late corrects the time afterwards; these are the checks
 * made on the corrected times. They are warnings beside the field, never a reason to refuse the save.
 */

/** The UK calendar date ("2026-12-01") of an instant, or undefined when it cannot be read. */
export function ukDateOf(instant: string | undefined): string | undefined {
  const ms = Date.parse(instant ?? '');
  return Number.isNaN(ms) ? undefined : ukDate(ms);
}

/**
 * The instant of a UK clock time ("14:35") on the day of another instant (the time being corrected, else the
 * meeting's start): corrections are to the time of day, not the date. Undefined for a time that cannot be read.
 */
export function atClockOnDayOf(dayOf: string, clock: string): string | undefined {
  const date = ukDateOf(dayOf);
  const ms = date === undefined ? undefined : ukInstant(date, clock);
  return ms === undefined ? undefined : new Date(ms).toISOString();
}

const ms = (instant: string | undefined) => (instant === undefined ? NaN : Date.parse(instant));

/** Problems with the meeting's start and end and every closed session's times, by the path of the field at fault. */
export function meetingTimeProblems(conference: Conference): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { meetingStartedAt, meetingEndedAt } = conference.agenda;
  const start = ms(meetingStartedAt);
  const end = ms(meetingEndedAt);
  if (!Number.isNaN(start) && !Number.isNaN(end) && end < start) {
    problems.push({
      field: 'agenda.meetingEndedAt',
      message: `The meeting cannot end (${ukClock(meetingEndedAt)}) before it started (${ukClock(meetingStartedAt)}). Check both times.`,
    });
  }
  conference.closedSessions.forEach((session, i) => {
    const from = ms(session.startedAt);
    const to = ms(session.endedAt);
    const at = `closedSessions[${i}]`;
    const outside = (t: number, clock: string): string | undefined => {
      if (Number.isNaN(t)) return undefined;
      if (!Number.isNaN(start) && t < start)
        return `${clock} is before the meeting started (${ukClock(meetingStartedAt)}). Enter a time during the meeting.`;
      if (!Number.isNaN(end) && t > end)
        return `${clock} is after the meeting ended (${ukClock(meetingEndedAt)}). Enter a time during the meeting.`;
      return undefined;
    };
    const startProblem = outside(from, ukClock(session.startedAt));
    if (startProblem) problems.push({ field: `${at}.startedAt`, message: startProblem });
    if (!Number.isNaN(from) && !Number.isNaN(to) && to < from) {
      problems.push({
        field: `${at}.endedAt`,
        message: `The closed session cannot end (${ukClock(session.endedAt)}) before it started (${ukClock(session.startedAt)}). Check both times.`,
      });
    } else {
      const endProblem = outside(to, ukClock(session.endedAt));
      if (endProblem) problems.push({ field: `${at}.endedAt`, message: endProblem });
    }
  });
  return problems;
}
