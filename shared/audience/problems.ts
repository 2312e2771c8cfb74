import type { Conference } from '../model/conference';
import type { FieldProblem } from '../model/validation';
import { capturedTexts } from './captured';
import { meetingSpan } from './presence';
import { isFamilySide } from './visibility';

/**
 * Checks of what the chair recorded about audiences, each naming the field and the fix. They never stop a save: the
 * file keeps what was typed, and the message sits beside the field until it is put right.
 */

const GRACE_MS = 30 * 60_000;

export function audienceProblems(conference: Conference): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const people = new Map(conference.participants.map((p) => [p.id, p]));
  const texts = new Map(capturedTexts(conference, { includeEmpty: true }).map((t) => [t.ref, t]));
  const span = meetingSpan(conference);
  const started = conference.agenda.meetingStartedAt !== undefined;

  for (const [ref, capture] of Object.entries(conference.captures)) {
    const field = texts.get(ref)?.field ?? 'This item';
    for (const id of capture.audience?.withheldFrom ?? []) {
      if (!people.has(id)) {
        problems.push({
          field: `captures.${ref}.audience.withheldFrom`,
          message: `${field} is withheld from someone who is not a participant of this conference. Choose people from the participants list, or remove the name.`,
        });
      }
    }
    if (capture.at !== undefined && started) {
      const at = Date.parse(capture.at);
      if (!Number.isNaN(at) && (at < span.start - GRACE_MS || at > span.end + GRACE_MS)) {
        problems.push({
          field: `captures.${ref}.at`,
          message: `${field} has a time outside the meeting. Enter a time between the start and the end of the meeting, or clear it.`,
        });
      }
    }
  }

  // A note keeps its time on the note itself (`notes[].createdAt`); the message goes beside its audience control.
  if (started) {
    for (const note of conference.notes) {
      const at = Date.parse(note.createdAt);
      if (Number.isNaN(at) || (at >= span.start - GRACE_MS && at <= span.end + GRACE_MS)) continue;
      const ref = `note:${note.id}`;
      problems.push({
        field: `captures.${ref}.at`,
        message: `${texts.get(ref)?.field ?? 'This note'} has a time outside the meeting. Enter a time between the start and the end of the meeting, or clear it.`,
      });
    }
  }

  for (const [id, choice] of Object.entries(conference.distribution.byParticipant)) {
    const person = people.get(id);
    if (!person) {
      problems.push({
        field: `distribution.byParticipant.${id}`,
        message: 'A distribution line names someone who is no longer a participant. Remove the line.',
      });
    } else if (isFamilySide(person) && choice.receives?.includes('restricted-annex')) {
      problems.push({
        field: `distribution.byParticipant.${id}.receives`,
        message: `${person.name.trim() || 'This person'} is not a professional: the restricted annex never goes to a family member, supporter or advocate. Untick it.`,
      });
    }
  }
  return problems;
}
