import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonParts } from '../../../electron/services/json-parts';
import type { Note } from '@shared/model/conference';
import { loadFixture } from '../../helpers/seed';

/** What the file held before json-parts.ts: the bytes a save writes must stay exactly these. */
const plainBytes = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');
/** The parts' bytes one after another, as the cipher is given them. */
const partBytes = (value: Record<string, unknown>) =>
  Buffer.concat(jsonParts(value).map((part) => Buffer.from(part, 'utf8')));

describe('the bytes a conference is saved as', () => {
  it('are JSON.stringify’s, for a long meeting whose notes hold wide characters here and there', () => {
    const fixture = loadFixture('westbrook-review.json');
    const notes: Note[] = Array.from({ length: 1_000 }, (_, i) => ({
      id: `n${i}`,
      itemKey: 'analysis',
      kind: 'note',
      // Wide characters in a few notes only, one of them in a note near the edge of a group of entries.
      text: i % 97 === 0 ? `Mum’s “worry” 👶 ${i}` : i === 127 ? 'end of a group — ✓' : `Plain note ${i}`,
      participantId: fixture.participants[0]!.id,
      createdAt: '2026-12-01T14:30:00.000Z',
    }));
    const conference = { ...fixture, notes: [...fixture.notes, ...notes] };
    expect(partBytes(conference).equals(plainBytes(conference))).toBe(true);
  });

  it('are JSON.stringify’s for any plain data: long lists, missing values, escapes, surrogates, odd keys', () => {
    const text = fc.string({ unit: 'binary', maxLength: 12 }); // every code point, lone surrogates included
    const leaf = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));
    const entry = fc.oneof(leaf, fc.dictionary(text, leaf, { maxKeys: 3 }));
    // Lists either side of the group size (128), so that groups, and a group's edges, are exercised.
    const list = fc.array(entry, { maxLength: 300, size: 'max' });
    const field = fc.oneof(leaf, list, fc.dictionary(text, entry, { maxKeys: 4 }));
    const record = fc.dictionary(fc.oneof(text, fc.constantFrom('1', '0', '10', '__proto__', 'a"b')), field, {
      maxKeys: 6,
    });
    fc.assert(
      fc.property(record, (value) => {
        expect(partBytes(value).equals(plainBytes(value))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
