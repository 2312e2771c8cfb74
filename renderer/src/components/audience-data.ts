import { CapturedIndex, type CapturedText } from '../../../shared/audience/captured';
import { meetingSpan } from '../../../shared/audience/presence';
import { audienceProblems } from '../../../shared/audience/problems';
import { isFamilySide } from '../../../shared/audience/visibility';
import { audienceWords } from '../../../shared/model/labels';
import type { Conference, Participant } from '../../../shared/model/conference';

/**
 * What the audience controls read, worked out once per state of the conference: every control on the screen asks,
 * and caches keyed on the immutable conference mean one walk of its texts per edit, not one per control.
 */

const indexCache = new WeakMap<Conference, CapturedIndex>();
const problemCache = new WeakMap<Conference, Map<string, string[]>>();

export function capturedIndexOf(conference: Conference): CapturedIndex {
  let index = indexCache.get(conference);
  if (!index) indexCache.set(conference, (index = new CapturedIndex(conference)));
  return index;
}

export function capturedText(conference: Conference, ref: string): CapturedText | undefined {
  return capturedIndexOf(conference).get(ref);
}

/** The same allowance as shared/audience/problems.ts: a note typed while people say goodbye is not a problem. */
const GRACE_MS = 30 * 60_000;

/**
 * The messages about each text's audience and time, by reference: `audienceProblems` (someone withheld from who is
 * not a participant, a time outside the meeting), plus the same time check for notes, whose time lives on the note.
 */
export function audienceProblemsByRef(conference: Conference): Map<string, string[]> {
  let byRef = problemCache.get(conference);
  if (byRef) return byRef;
  const found = new Map<string, string[]>();
  byRef = found;
  const add = (ref: string, message: string) => found.set(ref, [...(found.get(ref) ?? []), message]);
  for (const problem of audienceProblems(conference)) {
    const m = /^captures\.(.+)\.(?:audience\.withheldFrom|at)$/.exec(problem.field);
    if (m) add(m[1]!, problem.message);
  }
  if (conference.agenda.meetingStartedAt !== undefined) {
    const span = meetingSpan(conference);
    const index = capturedIndexOf(conference);
    for (const note of conference.notes) {
      const at = Date.parse(note.createdAt);
      if (Number.isNaN(at) || (at >= span.start - GRACE_MS && at <= span.end + GRACE_MS)) continue;
      const ref = `note:${note.id}`;
      add(
        ref,
        `${index.get(ref)?.field ?? 'This note'} has a time outside the meeting. Enter a time between the start and the end of the meeting.`,
      );
    }
  }
  problemCache.set(conference, found);
  return found;
}

export function personName(conference: Conference, id: string): string {
  return conference.participants.find((p) => p.id === id)?.name.trim() || 'someone who is not a participant';
}

/** The audience of a text in a line: "Professionals only · Not for: Gary Wren". */
export function audienceLine(conference: Conference, text: CapturedText): string {
  return audienceWords(
    text.audience.level,
    text.audience.withheldFrom.map((id) => personName(conference, id)),
  );
}

/** Family-side participants first (the people a text is usually withheld from), then professionals. */
export function participantsForWithholding(conference: Conference): Participant[] {
  return [...conference.participants.filter(isFamilySide), ...conference.participants.filter((p) => !isFamilySide(p))];
}
