import { presenceOf, type Window } from '../audience/presence';
import { ukDate } from '../format/uk-time';
import type { AttendanceStatus, Conference, Note, Participant } from '../model/conference';

/**
 * Who could have said something in the meeting, and who can give a scaling score: the people the minute-taker is
 * offered when attributing words. Someone who sent apologies, was never invited, was excluded for the whole meeting,
 * or a child who is not attending (their views reach the meeting another way) said nothing in the room.
 */

/** Who said a note: a participant, or the chair or the minute-taker (named in the details, not participants). */
export type SaidBy = { participantId: string } | { speaker: NonNullable<Note['speaker']> };

/**
 * Statuses of people who may have spoken: taking part (in the room, by video, for part, or in a separate session),
 * excluded for part (they were in the room for the rest), and expected (attendance not recorded yet: the app
 * cannot tell, so it does not leave them out).
 */
const COULD_HAVE_SPOKEN: ReadonlySet<AttendanceStatus> = new Set<AttendanceStatus>([
  'expected',
  'present',
  'part',
  'left-early',
  'remote',
  'attended-separately',
  'excluded-part',
]);

export function couldHaveSpoken(p: Participant): boolean {
  return COULD_HAVE_SPOKEN.has(p.attendance.status);
}

const speakerRole: Record<NonNullable<Note['speaker']>, string> = { chair: 'Chair', 'minute-taker': 'Minute-taker' };

/**
 * "Helen Ward (Chair)", or "The chair" while the details name nobody: how the chair's screen offers them and how the
 * minute prints them, written with the role as participants' roles are ("Jade Ashdown (Mother)").
 */
export function speakerLabel(
  details: Pick<Conference['details'], 'chair' | 'minuteTaker'>,
  speaker: NonNullable<Note['speaker']>,
): string {
  const name = (speaker === 'chair' ? details.chair : details.minuteTaker).trim();
  return name ? `${name} (${speakerRole[speaker]})` : `The ${speakerRole[speaker].toLowerCase()}`;
}

/** The note's attribution in one value; null when nobody is named. */
export function saidByOf(note: Pick<Note, 'participantId' | 'speaker'>): SaidBy | null {
  if (note.speaker) return { speaker: note.speaker };
  if (note.participantId) return { participantId: note.participantId };
  return null;
}

/** A note with this attribution and no other: a note said by the chair names no participant, and the reverse. */
export function withSaidBy<N extends Pick<Note, 'participantId' | 'speaker'>>(note: N, saidBy: SaidBy | null): N {
  const rest = { ...note };
  delete rest.participantId;
  delete rest.speaker;
  return { ...rest, ...(saidBy ?? {}) };
}

/**
 * When the scaling was done: the times the scaling item was open (the one open now runs until now), or the moment
 * now when the chair is on the item and no visit is stamped yet. Empty when the item never ran (scores typed in
 * before or after the meeting), and then nobody is left out by time.
 */
export function scalingTimes(conference: Conference, now: number): Window[] {
  const { agenda } = conference;
  const running = agenda.meetingStartedAt !== undefined && agenda.meetingEndedAt === undefined;
  const ended = Date.parse(agenda.meetingEndedAt ?? '');
  const openUntil = Number.isNaN(ended) ? now : ended;
  const visits = (agenda.items['scaling']?.visits ?? []).flatMap((v) => {
    const from = Date.parse(v.from);
    const to = v.to === undefined ? openUntil : Date.parse(v.to);
    return Number.isNaN(from) || Number.isNaN(to) ? [] : [{ from, to: Math.max(to, from + 1) }];
  });
  if (visits.length > 0) return visits;
  return running && agenda.currentItemKey === 'scaling' ? [{ from: now, to: now + 1 }] : [];
}

/**
 * Whether someone can give a scaling score: anyone in the room at the time the scaling was done, whatever their
 * status says about the rest of the meeting (a parent excluded for part of it scores if they were back in the room).
 * Someone heard in a separate session is asked in their own session, so is always offered. An interpreter gives
 * other people's words, not a score of their own.
 */
export function canScore(conference: Conference, person: Participant, now: number): boolean {
  if (person.kind === 'interpreter' || !couldHaveSpoken(person)) return false;
  if (person.attendance.status === 'attended-separately') return true;
  const times = scalingTimes(conference, now);
  if (times.length === 0) return true;
  const presence = presenceOf(conference, person);
  // Arrival and leaving times are clock times on the conference day. Scaling done on another day (a meeting run
  // before its date was corrected, or typed up afterwards) cannot be set against them: leaving someone out then
  // would lose a score, so only closed sessions, which are real instants, can rule anyone out.
  const onTheDay = times.every((t) => ukDate(t.from) === conference.details.date);
  if (presence.known && onTheDay)
    return times.some((t) => presence.windows.some((w) => w.to > t.from && w.from < t.to));
  // Their times are not recorded: out only if a closed session that excluded them covered the whole scaling;
  // otherwise the app cannot tell, and leaving them out would lose their score.
  const outFor = conference.closedSessions
    .filter((s) => presence.closedSessionIds.has(s.id))
    .map((s) => ({ from: Date.parse(s.startedAt), to: s.endedAt ? Date.parse(s.endedAt) : Number.POSITIVE_INFINITY }));
  return !times.every((t) => outFor.some((o) => o.from <= t.from && o.to >= t.to));
}
