import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { jsonParts, markUnchanging } from '../../../electron/services/json-parts';
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

  it('stay JSON.stringify’s when groups of unchanging entries are written again from their last JSON', () => {
    // A list of entries, some marked unchanging (frozen, as the save parser marks notes), edited between saves: an
    // entry replaced, inserted, removed, or an unmarked one changed in place. Each save's bytes must be the list's now.
    const entry = (text: string, marked: boolean) => {
      const made = { id: text, text: `${text} ’` };
      return marked ? markUnchanging(Object.freeze(made)) : made;
    };
    // Mostly marked, as notes are: a group is written again from its last JSON only when all its entries are marked.
    const marked = fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) });
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), marked }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), marked }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('in-place' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.array(fc.nat(400), { maxLength: 3 }),
        fc.array(edit, { maxLength: 12 }),
        (length, unmarked, edits) => {
          let list: Array<{ id: string; text: string }> = Array.from({ length }, (_, i) =>
            entry(`n${i}`, !unmarked.includes(i)),
          );
          let made = 0;
          const saved = () =>
            expect(partBytes({ id: 'c', notes: list }).equals(plainBytes({ id: 'c', notes: list }))).toBe(true);
          saved();
          for (const change of edits) {
            list = [...list];
            const at = list.length ? change.at % list.length : 0;
            if (change.kind === 'replace' && list.length) list[at] = entry(`new${made++}`, change.marked);
            if (change.kind === 'insert') list.splice(at, 0, entry(`new${made++}`, change.marked));
            if (change.kind === 'remove') list.splice(at, 1);
            if (change.kind === 'in-place' && list[at] && !Object.isFrozen(list[at])) list[at].text += ' changed';
            saved();
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('are written again from the last JSON for a group of the same unchanging entries, and only then', () => {
    const notes = Array.from({ length: 300 }, (_, i): Readonly<{ id: string; text: string }> =>
      markUnchanging(Object.freeze({ id: `n${i}`, text: `Note ${i}` })),
    );
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      jsonParts({ notes });
      const first = stringify.mock.calls.length;
      stringify.mockClear();
      jsonParts({ notes: [...notes] }); // a new list of the very same notes, as the next save brings
      expect(first).toBeGreaterThanOrEqual(3); // three groups of up to 128, each stringified
      expect(stringify.mock.calls.length).toBe(1); // only the field's name: every group came from its last JSON
      stringify.mockClear();
      const edited = [...notes];
      edited[200] = markUnchanging(Object.freeze({ id: 'n200', text: 'Now 91%.' }));
      expect(partBytes({ notes: edited }).equals(plainBytes({ notes: edited }))).toBe(true);
    } finally {
      stringify.mockRestore();
    }
  });

  it('never take a sparse list’s JSON for a full one', () => {
    const entries = Array.from({ length: 200 }, (_, i) => markUnchanging(Object.freeze({ id: `n${i}` })));
    const sparse = [...entries];
    delete sparse[5]; // a hole, which JSON writes as null
    expect(partBytes({ notes: sparse }).equals(plainBytes({ notes: sparse }))).toBe(true);
    expect(partBytes({ notes: entries }).equals(plainBytes({ notes: entries }))).toBe(true);
    expect(partBytes({ notes: sparse }).equals(plainBytes({ notes: sparse }))).toBe(true);
  });

  it('are marked unchanging only when frozen with plain fields', () => {
    expect(() => markUnchanging({ id: 'a' })).toThrow(/frozen/);
    expect(() => markUnchanging(Object.freeze({ id: 'a', nested: { text: 'x' } }))).toThrow(/plain fields/);
    const note = Object.freeze({ id: 'a', text: 'x', at: 1, gone: null });
    expect(markUnchanging(note)).toBe(note);
  });
});
