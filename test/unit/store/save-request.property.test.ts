import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../electron/services/handlers';
import { SaveRequestParser, sameFlatRecord } from '../../../electron/services/save-request';
import type { Note } from '@shared/model/conference';
import { loadFixture } from '../../helpers/seed';

const parseWhole = (payload: unknown) => parseRequest('saveConference', payload);

/** A conference as the chair's window sends it (plain data, nothing shared with the last save), with its notes. */
function request(id: string, notes: unknown[], chair = 'Ruth Ellis'): unknown {
  const fixture = loadFixture('westbrook-review.json');
  return structuredClone({
    conference: { ...fixture, id, details: { ...fixture.details, chair }, notes },
    basedOn: '3',
  });
}

const note = (i: number, text = `Note ${i}: attendance is 88%.`): Note => ({
  id: `n${i}`,
  itemKey: 'family-views',
  kind: 'note',
  text,
  createdAt: '2026-12-01T14:30:00.000Z',
});

describe('the autosave parsed without parsing unchanged notes again', () => {
  it('gives what the bridge table’s schema gives, save after save, whatever changes between them', () => {
    // A note as the chair's window could send it, or as a damaged or hostile window could.
    const anyNote = fc.oneof(
      { weight: 6, arbitrary: fc.nat(50).map((i) => note(i)) },
      fc
        .record({ i: fc.nat(50), text: fc.string({ unit: 'binary', maxLength: 8 }) })
        .map(({ i, text }) => note(i, text)),
      fc.nat(50).map((i) => ({ ...note(i), id: `bad id ${i}` })), // refused: a space in the id
      fc.nat(50).map((i) => ({ ...note(i), kind: 'gossip' })), // refused: no such kind
      fc.nat(50).map((i) => {
        const { kind: _kind, ...rest } = note(i);
        return rest; // the kind filled in by its default
      }),
      fc.nat(50).map((i) => ({ ...note(i), extra: 'dropped' })), // an unknown field, which zod leaves out
      fc.nat(50).map((i) => {
        const { id, ...rest } = note(i);
        return { ...rest, id }; // the same fields in another order
      }),
      // Fields zod drops, holding what no note holds: nested, shared, circular, a date, a map.
      fc.nat(50).map((i) => ({ ...note(i), extra: { deeper: [1, { deeper: 'still' }] } })),
      fc.nat(50).map((i) => ({ ...note(i), extra: new Date(i) })),
      fc.nat(50).map((i) => ({ ...note(i), extra: new Map([[i, 'x']]) })),
      fc.nat(50).map((i) => {
        const circular: Record<string, unknown> = { ...note(i) };
        circular.self = circular;
        return circular;
      }),
      fc.constant(null),
      fc.constant('a note as a string'),
    );
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), at: fc.nat(), to: anyNote }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), to: anyNote }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('chair' as const), to: fc.oneof(fc.constant('Dev Patel'), fc.constant(42)) }),
      fc.record({ kind: fc.constant('conference' as const), id: fc.constantFrom('conf-a', 'conf-b', 'bad id') }),
      fc.record({ kind: fc.constant('notes-not-a-list' as const) }),
      fc.record({ kind: fc.constant('same-again' as const) }),
    );
    fc.assert(
      fc.property(
        fc.array(anyNote, { maxLength: 30 }),
        fc.array(edit, { minLength: 1, maxLength: 15 }),
        (start, edits) => {
          const parser = new SaveRequestParser(parseWhole, 2);
          let notes: unknown[] = start;
          let chair: unknown = 'Ruth Ellis';
          let id = 'conf-a';
          let notesNotAList = false;
          for (const change of edits) {
            notes = [...notes];
            const at = notes.length ? (change.kind !== 'chair' && 'at' in change ? change.at % notes.length : 0) : 0;
            if (change.kind === 'set' && notes.length) notes[at] = change.to;
            if (change.kind === 'insert') notes.splice(at, 0, change.to);
            if (change.kind === 'remove') notes.splice(at, 1);
            if (change.kind === 'chair') chair = change.to;
            if (change.kind === 'conference') id = change.id;
            notesNotAList = change.kind === 'notes-not-a-list';
            const payload = request(id, notes, chair as string) as { conference: Record<string, unknown> };
            if (notesNotAList) payload.conference.notes = { 0: note(0) };
            const ours = parser.parse(payload);
            const theirs = parseWhole(structuredClone(payload));
            expect(ours).toStrictEqual(theirs);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('uses again the notes it parsed last time, frozen, and parses the changed one', () => {
    const parser = new SaveRequestParser(parseWhole);
    const notes = Array.from({ length: 300 }, (_, i) => note(i));
    const first = parser.parse(request('conf-a', notes));
    const edited = notes.map((n, i) => (i === 150 ? { ...n, text: 'Now 91%.' } : n));
    const second = parser.parse(request('conf-a', edited));
    if (!first.ok || !second.ok) throw new Error('both saves are valid');
    const before = first.value.conference.notes;
    const after = second.value.conference.notes;
    expect(after).toHaveLength(300);
    expect(after.filter((n, i) => n === before[i])).toHaveLength(299);
    expect(after[150]).not.toBe(before[150]);
    expect(after[150]!.text).toBe('Now 91%.');
    expect(after.every((n) => Object.isFrozen(n))).toBe(true);
    expect(() => {
      (after[0] as { text: string }).text = 'changed after the check';
    }).toThrow(TypeError);
  });

  it('refuses a bad note exactly as the schema does, naming the note’s field', () => {
    const parser = new SaveRequestParser(parseWhole);
    const notes = Array.from({ length: 5 }, (_, i) => note(i));
    expect(parser.parse(request('conf-a', notes)).ok).toBe(true);
    const bad = request(
      'conf-a',
      notes.map((n, i) => (i === 3 ? { ...n, id: 'not an id' } : n)),
    );
    const refused = parser.parse(bad);
    expect(refused).toEqual(parseWhole(bad));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.field).toBe('notes[3].id');
  });

  it('remembers the last few conferences only', () => {
    const parser = new SaveRequestParser(parseWhole, 2);
    const notes = [note(1), note(2)];
    const notesOf = (id: string) => {
      const parsed = parser.parse(request(id, notes));
      if (!parsed.ok) throw new Error(parsed.message);
      return parsed.value.conference.notes;
    };
    const a = notesOf('conf-a');
    expect(notesOf('conf-a')[0]).toBe(a[0]); // remembered
    notesOf('conf-b');
    notesOf('conf-c'); // a is now the oldest of three, and forgotten
    expect(notesOf('conf-a')[0]).not.toBe(a[0]);
  });

  it('costs no more for a deep, shared or circular field than for a flat one, and is still right', () => {
    // Fifty levels of one list shared twice at each level: tiny to send, 2^50 steps for a comparison that walks it,
    // which would never end (the test's time limit would fail it), nor would one that walks the circular note.
    let shared: unknown[] = [];
    for (let level = 0; level < 50; level++) shared = [shared, shared];
    const circular: Record<string, unknown> = { ...note(1) };
    circular.self = circular;
    const notes = [{ ...note(0), extra: shared }, circular, note(2)];
    const parser = new SaveRequestParser(parseWhole);
    for (let save = 0; save < 3; save++) {
      const payload = request('conf-a', notes);
      expect(parser.parse(payload)).toStrictEqual(parseWhole(structuredClone(payload)));
    }
  });

  it('treats two notes as the same only when their fields are the same strings, numbers, booleans and nulls', () => {
    expect(sameFlatRecord({ a: 'x', b: 1, c: null, d: true }, { a: 'x', b: 1, c: null, d: true })).toBe(true);
    expect(sameFlatRecord({ a: 'x', b: 1 }, { b: 1, a: 'x' })).toBe(false); // another order: parsed again
    expect(sameFlatRecord({ a: 'x' }, { a: 'x', b: undefined })).toBe(false);
    expect(sameFlatRecord({ a: 'x' }, { a: 'y' })).toBe(false);
    expect(sameFlatRecord({ a: [1] }, { a: [1] })).toBe(false); // a list in a note: parsed again, never walked
    expect(sameFlatRecord({ a: new Date(0) }, { a: new Date(0) })).toBe(false);
    expect(sameFlatRecord(new Date(0), new Date(0))).toBe(false);
    expect(sameFlatRecord({ a: Number.NaN }, { a: Number.NaN })).toBe(false);
    expect(sameFlatRecord(['x'], ['x'])).toBe(false);
    const one = { a: 'x' };
    expect(sameFlatRecord(one, one)).toBe(false); // one object, which may have changed in place
  });
});
