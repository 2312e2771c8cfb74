import type { Child, Participant } from '../model/conference';

/**
 * Copies of a document for several recipients (issue #10, item 4): each recipient's copy is computed for them, and
 * recipients whose copies come out the same share one file. File names are made from the recipient's name, so the
 * person sending them can tell whose each is.
 */

/** A file-name-safe form of a name: "Kieran Ashdown" → "kieran-ashdown". */
export function fileSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}

/** A person's part of a file name: their name, else their id (a name in a script with no Latin letters). */
export function personSlug(person: Participant): string {
  return fileSlug(person.name) || fileSlug(person.id) || 'copy';
}

/** The part of a file name for a copy several people share: "jade-ashdown-and-stacey-ashdown". */
export function groupSlug(people: readonly Participant[]): string {
  return people.map(personSlug).join('-and-').slice(0, 60).replace(/-+$/, '');
}

/**
 * A child's letter, by the name they are known by: `letter-for-jayden` (FileNames makes two Jaydens' letters
 * `letter-for-jayden` and `letter-for-jayden-2`). A name in a script with no Latin letters gives the child's id.
 */
export function childLetterFileBase(child: Child, knownAs: string): string {
  return `letter-for-${fileSlug(knownAs) || fileSlug(child.id) || 'child'}`;
}

/** Hands out file names, never the same one twice in one export. */
export class FileNames {
  private readonly used = new Set<string>();

  /** `base` is the name without `.docx`; a name already taken gets -2, -3, … */
  take(base: string): string {
    let name = `${base}.docx`;
    for (let n = 2; this.used.has(name); n++) name = `${base}-${n}.docx`;
    this.used.add(name);
    return name;
  }
}

export type Copy<T> = {
  recipients: Participant[];
  /** What the recipients read, built for the first of them (the others' copies came out the same). */
  content: T;
};

/**
 * Groups recipients whose copies are the same. `key` is the copy's content in a comparable form (everything it says
 * except the line naming who it is for); `alone` recipients always get a copy of their own. Groups keep the order of
 * the first recipient in each.
 */
export function groupCopies<T>(
  copies: readonly { recipient: Participant; content: T; key: string; alone?: boolean }[],
): Copy<T>[] {
  const groups: (Copy<T> & { key: string | undefined })[] = [];
  for (const copy of copies) {
    const key = copy.alone ? undefined : copy.key;
    const found = key === undefined ? undefined : groups.find((g) => g.key === key);
    if (found) found.recipients.push(copy.recipient);
    else groups.push({ key, recipients: [copy.recipient], content: copy.content });
  }
  return groups.map(({ recipients, content }) => ({ recipients, content }));
}

/**
 * File names for grouped copies: `<base>.docx` for the copy most of its recipients share (when one group is larger
 * than every other, or there is only one), and `<base>-<name>.docx` for each other copy, named by whom it is for.
 */
export function nameCopies<T>(
  base: string,
  groups: readonly Copy<T>[],
  names: FileNames,
  ownNamed: (group: Copy<T>) => boolean = () => false,
): (Copy<T> & { fileName: string })[] {
  const shared = groups.filter((g) => !ownNamed(g));
  const largest = Math.max(0, ...shared.map((g) => g.recipients.length));
  const main = shared.filter((g) => g.recipients.length === largest);
  const plain = main.length === 1 ? main[0] : undefined;
  return groups.map((group) => {
    if (group === plain) return { ...group, fileName: names.take(base) };
    return { ...group, fileName: names.take(`${base}-${groupSlug(group.recipients)}`) };
  });
}
