/**
 * The UTF-8 bytes of `JSON.stringify(value)`, byte for byte, for the plain data a conference is (what zod let
 * through: objects, arrays, strings, numbers, booleans, null), built in parts.
 *
 * Why not simply `Buffer.from(JSON.stringify(value))`: V8 builds a JSON string one byte per character until it meets
 * one character outside Latin-1 (a curly apostrophe pasted from Word, an emoji), and from there it builds the rest of
 * the string two bytes per character, which is slower to build and slower again to turn into UTF-8. One such character
 * near the start of a 2.7 MB conference made every autosave 5 ms slower. Stringified in parts (each top-level field,
 * and long lists such as the notes a group of entries at a time), only the parts that hold such a character pay.
 */
export function jsonBytes(value: Record<string, unknown>): Buffer {
  const parts: string[] = [];
  let length = 0;
  const add = (part: string) => {
    parts.push(part);
    length += part.length;
  };
  add('{');
  let first = true;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const field = value[key];
    if (Array.isArray(field) && field.length > GROUP) {
      add(`${first ? '' : ','}${JSON.stringify(key)}:[`);
      for (let at = 0; at < field.length; at += GROUP) {
        const group = JSON.stringify(field.slice(at, at + GROUP));
        add((at ? ',' : '') + group.slice(1, -1)); // without the group's own brackets
      }
      add(']');
    } else {
      const json = JSON.stringify(field);
      if (json === undefined) continue; // JSON leaves out a field whose value is undefined
      add(`${first ? '' : ','}${JSON.stringify(key)}:${json}`);
    }
    first = false;
  }
  add('}');
  // No character takes more than three bytes in UTF-8 (a pair of surrogates takes four, for two characters).
  const bytes = Buffer.allocUnsafe(length * 3);
  let written = 0;
  for (const part of parts) written += bytes.write(part, written, 'utf8');
  return bytes.subarray(0, written);
}

/**
 * Entries stringified together in a long list: large enough that the calls cost little (one per entry cost more than
 * it saved), small enough that one wide character makes few others slow. Chosen by timing 1, 8, 32, 128 and 512.
 */
const GROUP = 128;
