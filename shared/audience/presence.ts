import type { Conference, Participant } from '../model/conference';
import { ukInstant } from '../format/uk-time';

/**
 * When a person was in the room (issue #10: "the record follows time"). A family member's copy of the minutes holds
 * only what was said while they were there; the times come from their attendance and from closed sessions.
 *
 * - present, remote: the whole meeting (or from when they arrived and until they left, where recorded), less any
 *   closed session that excluded them;
 * - part, left early, excluded for part: from when they arrived (else the start) until they left (else the end);
 *   with neither time recorded the app cannot tell, and says so;
 * - attended separately: only their own session, from its start to its end time; without both, the app cannot tell;
 * - excluded for the whole meeting, invited but absent, apologies, report only, not invited, and a child not
 *   attending (their views reached the meeting another way): never in the room;
 * - expected (attendance never recorded): the app cannot tell.
 */

export type Window = { from: number; to: number };

/** Arriving or leaving within this of the meeting's start or end is being there for all of it. */
const PUNCTUAL_MS = 5 * 60_000;

export type Presence =
  | { known: true; windows: Window[]; wholeMeeting: boolean; closedSessionIds: Set<string> }
  | { known: false; why: string; closedSessionIds: Set<string> };

export type MeetingSpan = { start: number; end: number };

/** The meeting's start and end: the chair's clock, else the booked times, else the whole conference day. */
export function meetingSpan(conference: Conference): MeetingSpan {
  const { details, agenda } = conference;
  const started = Date.parse(agenda.meetingStartedAt ?? '');
  const ended = Date.parse(agenda.meetingEndedAt ?? '');
  const start = Number.isNaN(started)
    ? (ukInstant(details.date, details.startTime) ?? ukInstant(details.date, '00:00') ?? 0)
    : started;
  const end = Number.isNaN(ended)
    ? (ukInstant(details.date, details.endTime) ?? (ukInstant(details.date, '23:59') ?? start) + 60_000)
    : ended;
  // Times are compared half-open; a meeting recorded as ending before it started still has its start moment.
  return { start, end: Math.max(end, start + 1) };
}

export function presenceOf(conference: Conference, person: Participant): Presence {
  const span = meetingSpan(conference);
  const sessions = conference.closedSessions.filter((s) => s.excludedParticipantIds.includes(person.id));
  const closedSessionIds = new Set(sessions.map((s) => s.id));
  const { status, arrivedAt, leftAt } = person.attendance;
  const at = (clock: string | undefined) => ukInstant(conference.details.date, clock);

  let windows: Window[];
  let wholeMeeting = false;
  switch (status) {
    case 'present':
    case 'remote': {
      // Present from a later start, or until an earlier finish, when the chair recorded the times; times at the
      // start and the end of the meeting (give or take a few minutes) mean the whole meeting.
      const arrived = at(arrivedAt);
      const left = at(leftAt);
      const late = arrived !== undefined && arrived > span.start + PUNCTUAL_MS;
      const early = left !== undefined && left < span.end - PUNCTUAL_MS;
      windows = [
        {
          from: late ? (arrived ?? Number.NEGATIVE_INFINITY) : Number.NEGATIVE_INFINITY,
          to: early ? (left ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY,
        },
      ];
      wholeMeeting = !late && !early;
      break;
    }
    case 'part':
    case 'left-early':
    case 'excluded-part': {
      const arrived = at(arrivedAt);
      const left = at(leftAt);
      if (arrived === undefined && left === undefined) {
        return { known: false, why: 'the times they arrived and left are not recorded', closedSessionIds };
      }
      windows = [{ from: arrived ?? Number.NEGATIVE_INFINITY, to: left ?? Number.POSITIVE_INFINITY }];
      break;
    }
    case 'attended-separately': {
      const arrived = at(arrivedAt);
      const left = at(leftAt);
      if (arrived === undefined || left === undefined) {
        return { known: false, why: 'the start and end of their separate session are not recorded', closedSessionIds };
      }
      windows = [{ from: arrived, to: left }];
      break;
    }
    case 'expected':
      return { known: false, why: 'their attendance is not recorded', closedSessionIds };
    // A child not attending, whose views came by an advocate, a letter or direct work, was not there to hear anything
    // even if the advocate was: the advocate's own attendance covers the advocate.
    case 'excluded-whole':
    case 'invited-absent':
    case 'apologies-with-report':
    case 'apologies-no-report':
    case 'report-only':
    case 'not-invited':
    case 'child-not-attending':
      windows = [];
      break;
    default: {
      // Statuses are listed one by one so that a new one must be placed here deliberately (this stops compiling
      // otherwise) rather than fall silently out of the room.
      const unplaced: never = status;
      void unplaced;
      windows = [];
    }
  }

  // Closed sessions that excluded them cut holes in their time in the room.
  for (const s of sessions) {
    const from = Date.parse(s.startedAt);
    const endedAt = Date.parse(s.endedAt ?? '');
    const to = Number.isNaN(endedAt) ? span.end : endedAt;
    if (Number.isNaN(from)) continue;
    windows = windows.flatMap((w) => {
      if (to <= w.from || from >= w.to) return [w];
      const parts: Window[] = [];
      if (from > w.from) parts.push({ from: w.from, to: from });
      if (to < w.to) parts.push({ from: to, to: w.to });
      return parts;
    });
    wholeMeeting = false;
  }
  return { known: true, windows, wholeMeeting, closedSessionIds };
}

export function within(presence: Presence & { known: true }, instant: number): boolean {
  return presence.windows.some((w) => instant >= w.from && instant < w.to);
}

/** Whether they were in the room for the whole of [from, to). */
export function presentThroughout(presence: Presence & { known: true }, from: number, to: number): boolean {
  return presence.windows.some((w) => from >= w.from && to <= w.to);
}

/** Whether they were in the room at any moment of the meeting. */
export function attendedAnyPart(conference: Conference, person: Participant): boolean {
  const presence = presenceOf(conference, person);
  if (!presence.known) return person.attendance.status !== 'expected';
  const span = meetingSpan(conference);
  return presence.windows.some((w) => w.to > span.start && w.from < span.end);
}
