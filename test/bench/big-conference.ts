import { markExistingCaptures } from '../../shared/audience/stamp';
import { Conference, type Note } from '../../shared/model/conference';
import { loadFixture } from '../helpers/seed';

/**
 * The Westbrook fixture grown into a long meeting: `notes` notes spread over the agenda items, each a few
 * sentences, so the file reaches the size a long, busy conference reaches.
 */
export function bigConference(notes: number, noteLength = 400, currentItemKey = 'analysis'): Conference {
  const base = loadFixture('westbrook-review.json');
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
