/**
 * `JSON.stringify(value)` in parts, for the plain data a conference is (what zod let through: objects, arrays,
 * strings, numbers, booleans, null): the parts joined are exactly that string, and each part is whole JSON tokens, so
 * their UTF-8 bytes one after another are exactly its bytes. The parts go through the cipher one by one
 * (encryption.ts), so the whole text is never held as one string or one buffer.
 *
 * Why not simply `JSON.stringify(value)`: V8 builds a JSON string one byte per character until it meets one character
 * outside Latin-1 (a curly apostrophe pasted from Word, an emoji), and from there it builds the rest of the string two
 * bytes per character, which is slower to build and slower again to turn into UTF-8. One such character near the start
 * of a 2.7 MB conference made every autosave 5 to 6 ms slower. Stringified in parts (each top-level field, and long lists
 * such as the notes a group of entries at a time), only the parts that hold such a character pay.
 */
export function jsonParts(value: Record<string, unknown>): string[] {
  const parts: string[] = ['{'];
  let first = true;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const field = value[key];
    if (Array.isArray(field) && field.length > GROUP) {
      parts.push(`${first ? '' : ','}${JSON.stringify(key)}:[`);
      for (let at = 0; at < field.length; at += GROUP) {
        parts.push((at ? ',' : '') + groupJson(field.slice(at, at + GROUP)));
      }
      parts.push(']');
    } else {
      const json = JSON.stringify(field);
      if (json === undefined) continue; // JSON leaves out a field whose value is undefined
      parts.push(`${first ? '' : ','}${JSON.stringify(key)}:${json}`);
    }
    first = false;
  }
  parts.push('}');
  return parts;
}

/**
 * Entries stringified together in a long list: large enough that the calls cost little (one per entry cost more than
 * it saved), small enough that one wide character makes few others slow. Chosen by timing 1, 8, 32, 128 and 512.
 */
const GROUP = 128;

/** Entries that cannot change (frozen, their fields all primitives): the notes as the save parser checked them. */
const unchanging = new WeakSet<object>();
/** The JSON last written for a group of unchanging entries, by its first entry. */
const written = new WeakMap<object, { entries: readonly unknown[]; json: string }>();

/**
 * Says that an entry can never change, so its JSON, once written, can be written again without being made anew. Only
 * for an object frozen whose fields are all strings, numbers, booleans or null (save-request.ts marks the notes).
 */
export function markUnchanging<T extends object>(entry: T): T {
  if (!Object.isFrozen(entry) || !hasOnlyPlainFields(entry)) {
    throw new Error('Only a frozen entry of plain fields can be marked unchanging.');
  }
  unchanging.add(entry);
  return entry;
}

/** Whether every field of a record is a string, number, boolean, null or undefined: frozen, it cannot change. */
export function hasOnlyPlainFields(record: object): boolean {
  return Object.values(record).every((field) => typeof field !== 'object' || field === null);
}

/**
 * A group's entries as JSON without the brackets. A group of the very same unchanging entries as last time (the notes
 * of a long meeting, between two saves that changed something else) is given the JSON written then: a save that
 * changes one note makes the JSON of one group, not of forty.
 */
function groupJson(entries: readonly unknown[]): string {
  const first = entries[0];
  const last = typeof first === 'object' && first !== null ? written.get(first) : undefined;
  if (last && sameEntries(last.entries, entries)) return last.json;
  const json = JSON.stringify(entries).slice(1, -1);
  // Index by index, not `every`, which passes over the holes of a sparse list (JSON writes them as null).
  let allUnchanging = true;
  for (let at = 0; at < entries.length && allUnchanging; at++) {
    const entry = entries[at];
    allUnchanging = typeof entry === 'object' && entry !== null && unchanging.has(entry);
  }
  if (allUnchanging) written.set(first as object, { entries, json });
  return json;
}

function sameEntries(before: readonly unknown[], now: readonly unknown[]): boolean {
  if (before.length !== now.length) return false;
  for (let at = 0; at < now.length; at++) if (before[at] !== now[at]) return false;
  return true;
}
