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
 * A document's words as the guard searches them, made from strings normalised once for the whole set: the copies of
 * a minute for each family member repeat most of the professional minute, and normalising a note (Unicode folding,
 * for text with a curly apostrophe) cost more than the rest of the guard together. Searches as GuardedOutput does.
 */
class SetOutput extends GuardedOutput {
  private text: string | undefined;
  private readonly answers = new Map<string, boolean>();

  constructor(
    private readonly strings: readonly string[],
    private readonly normalise: (s: string) => string,
  ) {
    super(strings);
  }

  override contains(needle: string): boolean {
    let found = this.answers.get(needle);
    if (found === undefined) {
      this.text ??= this.strings.map(this.normalise).join('\n');
      found = this.text.includes(needle);
      this.answers.set(needle, found);
    }
    return found;
  }
}

export function guardDocuments(conference: Conference, views: readonly DistributedView[]): DocumentLeak[] {
  const index = new CapturedIndex(conference);
  const normalised = new Map<string, string>();
  const normalise = (s: string): string => {
    let n = normalised.get(s);
    if (n === undefined) normalised.set(s, (n = normaliseForGuard(s)));
    return n;
  };
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
    const output = new SetOutput(documentStrings(doc), normalise);
    // Exactly the readers the copy was computed for: a copy for the family in general is checked as the shared
    // screen would be (anyone may be given it), a professional's annex as that professional reads the annex.
    for (const reader of doc.readers) {
      const { view, secrets } = readerView(reader);
      const id = reader.kind === 'wall' ? undefined : reader.participant?.id;
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
  if (reader.kind !== 'wall' || leak.secret.why !== 'withheld') return message;
  return message.replace(`which is withheld from ${name}.`, 'which is withheld from someone at the meeting.');
}
