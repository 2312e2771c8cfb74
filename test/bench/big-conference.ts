import { markExistingCaptures } from '@shared/audience/stamp';
import { Conference, type Note, type Participant, type PlanAction } from '@shared/model/conference';
import { loadFixture } from '../helpers/seed';

/**
 * The Westbrook fixture grown into a long meeting: `notes` notes spread over the agenda items, each a few
 * sentences, so the file reaches the size a long, busy conference reaches. `size.participants` and `size.actions`
 * grow the room and the plan to those totals (a large family's conference, with a plan of many actions).
 */
export function bigConference(
  notes: number,
  noteLength = 400,
  currentItemKey = 'analysis',
  size: { participants?: number; actions?: number } = {},
): Conference {
  const fixture = loadFixture('westbrook-review.json');
  const base = { ...fixture, participants: moreParticipants(fixture, size.participants ?? 0) };
  base.plan = { ...base.plan, actions: moreActions(base, size.actions ?? 0) };
  const items = Object.keys(base.agenda.items);
  const participants = base.participants.map((p) => p.id);
  const text = 'Discussed attendance, dental care and the safety plan with the family; agreed next steps. '
    .repeat(Math.ceil(noteLength / 90))
    .slice(0, noteLength);
  const extra: Note[] = Array.from({ length: notes }, (_, i) => ({
    id: `bench-note-${i}`,
    itemKey: items[i % items.length]!,
    kind: 'note',
    text: `${i}: ${text}`,
    participantId: participants[i % participants.length]!,
    createdAt: '2026-12-01T14:30:00.000Z',
  }));
  // One note in seventeen is restricted, as a busy meeting's police and health information would be.
  const captures = { ...base.captures };
  extra.forEach((note, i) => {
    if (i % 17 === 0) captures[`note:${note.id}`] = { audience: { level: 'restricted', withheldFrom: [] } };
  });
  // As the app holds it: the chair's window stamps every text as it is typed, so each has its entry.
  return markExistingCaptures(
    Conference.parse({
      ...base,
      agenda: { ...base.agenda, currentItemKey },
      notes: [...base.notes, ...extra],
      captures,
    }),
  );
}

/** Professionals added until the room holds `total` people (each a copy of the first, with its own id and name). */
function moreParticipants(conference: Conference, total: number): Participant[] {
  const first = conference.participants[0]!;
  const added = Array.from({ length: Math.max(0, total - conference.participants.length) }, (_, i) => ({
    ...first,
    id: `bench-participant-${i}`,
    name: `Worker ${i + 1}`,
    role: 'Family support worker',
  }));
  return [...conference.participants, ...added];
}

/** Actions added until the plan holds `total`, owned by the participants in turn. */
function moreActions(conference: Conference, total: number): PlanAction[] {
  // New this time: no progress to report and nothing carried from the last plan.
  const { progress: _progress, ...first } = conference.plan.actions[0]!;
  const people = conference.participants;
  const added = Array.from({ length: Math.max(0, total - conference.plan.actions.length) }, (_, i) => ({
    ...first,
    id: `bench-action-${i}`,
    what: `Action ${i + 1}: go to every appointment and tell the social worker how it went.`,
    ownerParticipantId: people[i % people.length]!.id,
    ownerName: '',
    carriedForward: false,
  }));
  return [...conference.plan.actions, ...added];
}
