import { CapturedIndex } from '../audience/captured';
import { findLeaks, leakMessage, secretsFor, stringsIn } from '../audience/leak-guard';
import { ReaderView, readerFor, type Reader } from '../audience/visibility';
import type { Conference } from '../model/conference';
import type { DocumentView } from './types';

/**
 * The leak guard over a whole distribution set (issue #10, item 6): each document is scanned, for each person who
 * receives it, for words that person must not have. The restricted annex is the one document meant to hold them.
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

export function guardDocuments(conference: Conference, views: readonly DocumentView[]): DocumentLeak[] {
  const index = new CapturedIndex(conference);
  const leaks: DocumentLeak[] = [];
  const readers = new Map<string, ReaderView>();
  const readerView = (key: string, reader: Reader) => {
    let view = readers.get(key);
    if (!view) readers.set(key, (view = new ReaderView(conference, reader, index)));
    return view;
  };
  for (const doc of views) {
    if (doc.reading === 'annex') continue;
    const output = documentStrings(doc);
    const readersOfDoc: { key: string; name: string; id?: string; reader: Reader }[] = doc.recipients.length
      ? doc.recipients.map((p) => ({ key: p.id, name: p.name.trim() || 'a recipient', id: p.id, reader: readerFor(p) }))
      : [{ key: '(professionals)', name: 'the professionals', reader: { kind: 'professional' } }];
    for (const r of readersOfDoc) {
      const view = readerView(r.key, r.reader);
      for (const leak of findLeaks(view, output, secretsFor(view))) {
        leaks.push({
          fileName: doc.fileName,
          ...(r.id ? { recipientId: r.id } : {}),
          recipientName: r.name,
          secretRef: leak.secret.ref,
          secretField: leak.secret.field,
          ...(leak.carrier ? { carrierRef: leak.carrier.ref, carrierField: leak.carrier.field } : {}),
          message: leakMessage(leak, r.name, doc.fileName),
        });
      }
    }
  }
  return leaks;
}
