import type { ParsedRequestOf } from '@shared/api/contract';
import { ok, type Result } from '@shared/api/result';
import { Note } from '@shared/model/conference';
import { hasOnlyPlainFields, markUnchanging } from './json-parts';

type SaveRequest = ParsedRequestOf<'saveConference'>;
type ParseWhole = (payload: unknown) => Result<SaveRequest>;

/**
 * Parses the chair's autosave as the bridge table's schema does, with the same result, but parses again only the notes
 * that changed since the last save of that conference.
 *
 * Why: every autosave carries the whole conference, and a long meeting has thousands of notes, of which a save changes
 * one or two. Parsing them all with zod was 4 to 5 ms of every save of a 2.7 MB conference (`npm run bench`,
 * autosave_ms). A note that arrives exactly as it did last time, field for field, parses to exactly what it parsed to
 * then, because its schema has nothing that depends on anything but the note itself; so the note parsed last time is
 * used again. Whether it is the same is asked of the plain data the bridge delivers, field by field in the same order
 * (`sameFlatRecord`), which takes a fifth of the time zod does.
 *
 * Everything else in the request is parsed in full each time, by the table's own schema. Should anything fail, the
 * whole request is parsed again by that schema, so a refusal names every field exactly as it always did. The notes used
 * again are frozen, so nothing can change one after it was checked; being frozen also lets `jsonParts` write the same
 * JSON for them again without making it anew.
 */
export class SaveRequestParser {
  /** The notes of the last save of each conference, as they arrived and as they were parsed; the newest few only. */
  private readonly lastNotes = new Map<string, { arrived: readonly unknown[]; parsed: readonly Note[] }>();

  constructor(
    private readonly parseWhole: ParseWhole,
    private readonly remembered = 4,
  ) {}

  parse(payload: unknown): Result<SaveRequest> {
    const conference = isPlainObject(payload) ? payload.conference : undefined;
    if (!isPlainObject(conference)) return this.parseWhole(payload);
    const { notes, id } = conference;
    if (!Array.isArray(notes) || typeof id !== 'string') return this.parseWhole(payload);

    // Everything but the notes, by the table's own schema: a request that fails here is parsed again in full below.
    const rest = this.parseWhole({ ...(payload as Record<string, unknown>), conference: { ...conference, notes: [] } });
    if (!rest.ok) return this.parseWhole(payload);

    const last = this.lastNotes.get(id);
    const parsed: Note[] = new Array<Note>(notes.length);
    for (let at = 0; at < notes.length; at++) {
      const arrived: unknown = notes[at];
      const before = last && at < last.parsed.length ? last.parsed[at] : undefined;
      if (before && Object.isFrozen(before) && sameFlatRecord(last!.arrived[at], arrived)) {
        parsed[at] = before;
        continue;
      }
      const note = Note.safeParse(arrived);
      if (!note.success) return this.parseWhole(payload);
      // A note's fields are strings: frozen, it cannot change, and only such a note is used again. Should a note ever
      // hold a list or an object, it is simply parsed every time.
      parsed[at] = hasOnlyPlainFields(note.data) ? markUnchanging(Object.freeze(note.data)) : note.data;
    }

    this.lastNotes.delete(id); // re-inserted last: the map's order is the order conferences were saved in
    this.lastNotes.set(id, { arrived: notes, parsed });
    for (const oldest of this.lastNotes.keys()) {
      if (this.lastNotes.size <= this.remembered) break;
      this.lastNotes.delete(oldest);
    }
    return ok({ ...rest.value, conference: { ...rest.value.conference, notes: parsed } });
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Whether two notes as they arrived are the same: plain objects with the same keys in the same order, each field a
 * string, number, boolean or null equal to the other's. One field that is anything else (a list, an object, a date,
 * which a note never holds) and they are not the same, so the note is parsed again; nothing is walked below the note's
 * own fields, so a deep or circular value sent by a damaged window costs no more than a flat one.
 */
export function sameFlatRecord(a: unknown, b: unknown): boolean {
  if (!isPlainObject(a) || !isPlainObject(b) || a === b) return false;
  const keys = Object.keys(a);
  const others = Object.keys(b);
  if (keys.length !== others.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const value = a[key];
    if (key !== others[i] || (typeof value === 'object' && value !== null) || value !== b[key]) return false;
  }
  return true;
}
