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
        const group = JSON.stringify(field.slice(at, at + GROUP));
        parts.push((at ? ',' : '') + group.slice(1, -1)); // without the group's own brackets
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
