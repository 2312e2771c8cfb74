import { CapturedIndex } from '../audience/captured';
import {
  GuardedOutput,
  findLeaks,
  leakMessage,
  normaliseForGuard,
  secretsFor,
  stringsIn,
  type Leak,
  type Secret,
} from '../audience/leak-guard';
import type { ReaderView } from '../audience/visibility';
import type { Conference } from '../model/conference';
import { copyReaderKey, copyReaderName, copyReaderView } from './readers';
import type { CopyReader, DistributedView, DocumentView } from './types';

/**
 * The leak guard over a whole distribution set (issue #10, item 6): each document is scanned, for each person who
 * receives it, for words that person must not have. The restricted annex is the one document meant to hold
 * restricted text; each copy of it is still checked for what is withheld from the professional who receives it.
 */

export type DocumentLeak = {
  fileName: string;
  recipientId?: string;
  recipientName: string;
  /** The item whose words were found. */
  secretRef: string;
  secretField: string;
  /** The item the recipient may see that repeats them: the one to change. */
  carrierRef?: string;
  carrierField?: string;
  message: string;
};

export function documentStrings(view: DocumentView): string[] {
  return stringsIn([view.title, view.subject, view.header, view.footer, view.blocks]);
}

/**
 * The set's strings, normalised once each (the copies of a minute for each family member repeat most of the
 * professional minute, and normalising a note, with Unicode folding for a curly apostrophe, is not cheap), and an
 * index of the words in them, built when first asked for.
 *
 * Why an index: a reader's needles are mostly runs of ten words from the texts they must not have, and each used to
 * be searched for through the whole of each document (a long minute is 200,000 characters, and each family member's
 * copy is searched for their own needles). A needle lies within one string, since the strings are joined by a line
 * break and a normalised needle holds only letters, digits and spaces; and its inner words (all but the first and the
 * last, which may be the ends of longer words) are whole words of any string that holds it. So only the strings
 * holding its rarest inner word need searching, and a needle with an inner word no string holds is not there at all.
 */
export class SetStrings {
  private readonly ids = new Map<string, number>();
  private readonly normalised: string[] = [];
  private postings: Map<string, number[]> | undefined;

  /** The number of a string in the set, normalising it the first time it is seen. */
  idOf(raw: string): number {
    let id = this.ids.get(raw);
    if (id === undefined) {
      id = this.normalised.length;
      const text = normaliseForGuard(raw);
      this.normalised.push(text);
      this.ids.set(raw, id);
      if (this.postings) this.index(text, id, this.postings);
    }
    return id;
  }

  private index(text: string, id: number, postings: Map<string, number[]>): void {
    for (const word of text.split(' ')) {
      const list = postings.get(word);
      if (!list) postings.set(word, [id]);
      else if (list.at(-1) !== id) list.push(id);
    }
  }

  text(id: number): string {
    return this.normalised[id]!;
  }

  /** The strings holding this word as a whole word, in ascending order (none: an empty list). */
  holding(word: string): readonly number[] {
    if (!this.postings) {
      const postings = new Map<string, number[]>();
      this.normalised.forEach((text, id) => this.index(text, id, postings));
      this.postings = postings;
    }
    return this.postings.get(word) ?? [];
  }
}

/** A needle shorter than this many words has no inner word to look up: it is searched for through the document. */
const INDEXED_WORDS = 3;

/** A document's words as the guard searches them (as GuardedOutput does), through the set's index. Exported for tests. */
export class SetOutput extends GuardedOutput {
  /** Worked out at the first search: a copy whose readers have nothing withheld is never searched. */
  private ids: ReadonlySet<number> | undefined;
  private text: string | undefined;
  private readonly answers = new Map<string, boolean>();

  constructor(
    private readonly strings: readonly string[],
    private readonly set: SetStrings,
  ) {
    super(strings);
  }

  override contains(needle: string): boolean {
    let found = this.answers.get(needle);
    if (found === undefined) {
      found = this.search(needle);
      this.answers.set(needle, found);
    }
    return found;
  }

  private search(needle: string): boolean {
    const ids = (this.ids ??= new Set(this.strings.map((s) => this.set.idOf(s))));
    const words = needle.split(' ');
    if (words.length < INDEXED_WORDS) {
      this.text ??= [...ids].map((id) => this.set.text(id)).join('\n');
      return this.text.includes(needle);
    }
    let rarest: readonly number[] | undefined;
    for (let i = 1; i < words.length - 1; i++) {
      const holding = this.set.holding(words[i]!);
      if (!rarest || holding.length < rarest.length) rarest = holding;
      if (rarest.length === 0) return false;
    }
    return rarest!.some((id) => ids.has(id) && this.set.text(id).includes(needle));
  }
}

export function guardDocuments(conference: Conference, views: readonly DistributedView[]): DocumentLeak[] {
  const index = new CapturedIndex(conference);
  const strings = new SetStrings();
  const leaks: DocumentLeak[] = [];
  const readers = new Map<string, { view: ReaderView; secrets: Secret[] }>();
  // Each reader's view and secrets are worked out once for the whole set, and each document is searched once per
  // needle however many people read it.
  const readerView = (reader: CopyReader) => {
    const key = copyReaderKey(reader);
    let found = readers.get(key);
    if (!found) {
      const view = copyReaderView(conference, reader, index);
      readers.set(key, (found = { view, secrets: secretsFor(view) }));
    }
    return found;
  };
  for (const doc of views) {
    const output = new SetOutput(documentStrings(doc), strings);
    // Exactly the readers the copy was computed for: a copy for the family in general is checked as the shared
    // screen would be (anyone may be given it), a professional's annex as that professional reads the annex.
    for (const reader of doc.readers) {
      const { view, secrets } = readerView(reader);
      const id = reader.kind === 'shared-screen' ? undefined : reader.participant?.id;
      const name = copyReaderName(reader);
      for (const leak of findLeaks(view, output, secrets)) {
        leaks.push({
          fileName: doc.fileName,
          ...(id !== undefined ? { recipientId: id } : {}),
          recipientName: name,
          secretRef: leak.secret.ref,
          secretField: leak.secret.field,
          ...(leak.carrier ? { carrierRef: leak.carrier.ref, carrierField: leak.carrier.field } : {}),
          message: messageFor(leak, reader, name, doc.fileName),
        });
      }
    }
  }
  return leaks;
}

/**
 * The chair's message. Text withheld from someone is kept out of the family's general copy because anyone may be
 * given it: the message says "withheld from someone at the meeting" rather than from the family in general.
 */
function messageFor(leak: Leak, reader: CopyReader, name: string, fileName: string): string {
  const message = leakMessage(leak, name, fileName);
  if (reader.kind !== 'shared-screen' || leak.secret.why !== 'withheld') return message;
  return message.replace(`which is withheld from ${name}.`, 'which is withheld from someone at the meeting.');
}
