import { capturedIndexOf, type CapturedText } from '@shared/audience/captured';

export { capturedIndexOf };
import { audienceProblems } from '@shared/audience/problems';
import { isFamilySide } from '@shared/audience/visibility';
import { audienceWords } from '@shared/wording/labels';
import type { Conference, Participant } from '@shared/model/conference';

/**
 * What the audience controls read, worked out once per state of the conference: every control on the screen asks,
 * and caches keyed on the immutable conference mean one walk of its texts per edit, not one per control.
 */

const problemCache = new WeakMap<Conference, Map<string, string[]>>();

export function capturedText(conference: Conference, ref: string): CapturedText | undefined {
  return capturedIndexOf(conference).get(ref);
}

/** The messages about each text's audience and time, by reference (someone withheld from who is not a participant, a time outside the meeting). */
export function audienceProblemsByRef(conference: Conference): Map<string, string[]> {
  const cached = problemCache.get(conference);
  if (cached) return cached;
  const found = new Map<string, string[]>();
  for (const problem of audienceProblems(conference)) {
    const m = /^captures\.(.+)\.(?:audience\.withheldFrom|at)$/.exec(problem.field);
    if (m) found.set(m[1]!, [...(found.get(m[1]!) ?? []), problem.message]);
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
