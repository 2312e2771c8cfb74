import { Packer } from 'docx';
import { agendaFor, agendaItemKeys } from '@shared/agenda';
import { stringsIn } from '@shared/audience/leak-guard';
import { renderDocument, type DocumentView } from '@shared/documents';
import type { Conference } from '@shared/model/conference';
import type { SharedScreenChoice } from '@shared/shared-screen';
import { sharedScreenViewBeforeGuard } from '@shared/shared-screen/view';
import { docxParts, folded, xmlText } from '../documents/read-back';
import type { WrittenDocument } from './fenwick';

/**
 * Reading a distribution set and the shared screen back as text, for canary hunts: from the view models (every
 * string a document is made of) and from the packed .docx files (every XML part, as the file on disk would be).
 */

const DOCUMENT_OF_KIND = {
  minute: 'minutes',
  'family-plan': 'family-plan',
  'decision-letter': 'decision-letter',
  'restricted-annex': 'restricted-annex',
  'child-letter': 'child-letter',
} as const satisfies Record<DocumentView['kind'], WrittenDocument['document']>;

/** Every string of a document's view model that ends up in the file (the recipients' records are not printed). */
export function viewText(view: DocumentView): string {
  const { title, subject, header, footer, blocks, intendedFor, fileName, author } = view;
  return stringsIn([title, subject, header, footer, blocks, intendedFor, fileName, author]).join('\n');
}

export function writtenFromView(view: DocumentView, text: string = viewText(view)): WrittenDocument {
  return {
    fileName: view.fileName,
    document: DOCUMENT_OF_KIND[view.kind],
    reading: view.reading,
    recipientIds: view.recipients.map((p) => p.id),
    text,
  };
}

/** The document packed to .docx and read back: body, headers, footers and properties, with tags and without. */
export async function packedText(view: DocumentView): Promise<string> {
  const parts = await docxParts(await Packer.toBuffer(renderDocument(view)));
  return [...parts.values()].flatMap((xml) => [folded(xmlText(xml)), xml]).join('\n');
}

/**
 * Every view the shared screen can show for this conference: the welcome, each agenda item (every key there is,
 * not only those on this conference's agenda, since a chair's window may ask for any) and the read-back of each
 * child's decision.
 */
export function sharedScreenViews(conference: Conference): { name: string; text: string }[] {
  const keys = new Set<string>([
    ...agendaFor(conference.details.type, conference.details.nation).map((item) => item.key),
    ...agendaItemKeys,
  ]);
  const screens: { name: string; screen: SharedScreenChoice }[] = [
    { name: 'welcome', screen: { mode: 'welcome' } },
    { name: 'agenda (the item the chair has open)', screen: { mode: 'agenda' } },
    ...[...keys].map((itemKey) => ({ name: `agenda: ${itemKey}`, screen: { mode: 'agenda' as const, itemKey } })),
    ...conference.children.map((child) => ({
      name: `read-back: ${child.id}`,
      screen: { mode: 'read-back' as const, readBackChildId: child.id },
    })),
  ];
  // Before the leak guard: a builder that prints without asking the shared screen must be caught even where the guard
  // would happen to hold the screen (a canary is long enough to trip it).
  return screens.map(({ name, screen }) => ({
    name,
    text: stringsIn(sharedScreenViewBeforeGuard(conference, screen)).join('\n'),
  }));
}
