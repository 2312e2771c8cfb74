import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportCheck, ExportReceipt, ExportedDocument } from '@shared/api/contract';
import { documentViews, renderDocument, type BuiltDocument } from '@shared/documents';
import type { DocumentOptions } from '@shared/documents';
import { missingForFinal, missingSummary, type MissingForFinal } from '@shared/documents/final-check';
import { guardDocuments, type DocumentLeak } from '@shared/documents/guard';
import type { DistributedView, DocumentView } from '@shared/documents/types';
import type { Conference } from '@shared/model/conference';
import type { OrganisationSettings } from '@shared/model/settings';
import { conferenceDeadlines } from '@shared/procedure/deadlines';
import { writeAllDurably, writeDurably, type DurableFs } from './durable-file';
import { packDocx } from './docx-zip';

/**
 * Writes the conference's distribution set into a folder: the professional minute (minute.docx), a minute for each
 * family member who receives one (minutes-<name>.docx), the family plan(s) (family-plan*.docx), the decision
 * letter(s) (decision-letter*.docx), the restricted annex (restricted-annex.docx, and restricted-annex-<name>.docx
 * for a professional something restricted is kept from; only when something is restricted) and the chair's letter to
 * each child old enough for one (letter-for-<name>.docx).
 *
 * Before anything is written the leak guard reads every document for every person who receives it (issue #10, item
 * 6). A final export that finds a leak writes nothing and throws a LeakFoundError; a draft is written and carries
 * the leaks as warnings. Before that, a final export that lacks what families rely on (how to complain and by when,
 * the team's and the out-of-hours numbers, the chair's name: shared/documents/final-check.ts) writes nothing and
 * throws a MissingForFinalError; a draft is written and its receipt says what is missing. Every document is built
 * and packed before the first file is written, so a failure part-way leaves the folder as it was; each file is
 * written to a temporary name, flushed and renamed over the old one, so a crash never leaves a half-written document
 * where the last good one was.
 */

/** Names this export writes; older files with these names that this export did not write are reported, not deleted. */
const OURS =
  /^(minute|restricted-annex(-[a-z0-9-]+)?|minutes-[a-z0-9-]+|family-plan(-[a-z0-9-]+)?|decision-letter(-[a-z0-9-]+)?|letter-for-[a-z0-9-]+)\.docx$/;

/** Whether a file name is one an export writes (for the stale-file report). */
export function isExportFileName(name: string): boolean {
  return OURS.test(name);
}

/**
 * Whether an export is final: asked for as final, or, when nobody said, the meeting has ended. This must match the
 * default in shared/documents/context.ts (`draft: options.draft ?? meeting not ended`), which decides whether the
 * pages say DRAFT: a document that does not say so is the one the guard must never let through.
 */
export function isFinalExport(conference: Conference, options: DocumentOptions = {}): boolean {
  return !(options.draft ?? conference.agenda.meetingEndedAt === undefined);
}

/** A final export stopped by the leak guard. Nothing was written; `leaks` says what, to whom and in which file. */
export class LeakFoundError extends Error {
  constructor(readonly leaks: DocumentLeak[]) {
    super(leakSummary(leaks));
    this.name = 'LeakFoundError';
  }
}

/**
 * A final export stopped because the documents lack what families rely on (issue #12). Nothing was written;
 * `missing` names each setting or field and where to fill it in.
 */
export class MissingForFinalError extends Error {
  constructor(readonly missing: MissingForFinal[]) {
    super(missingSummary(missing));
    this.name = 'MissingForFinalError';
  }
}

/** One paragraph for the chair: that nothing was written, how many, and the first in full. */
export function leakSummary(leaks: readonly DocumentLeak[]): string {
  const first = leaks[0];
  if (!first) return 'The leak guard found nothing.';
  const count = leaks.length === 1 ? 'one place' : `${leaks.length} places`;
  const more = leaks.length > 1 ? ` (and ${leaks.length - 1} more)` : '';
  return (
    `The documents were not written: the leak guard found words someone must not have, in ${count}. ` +
    `${first.message}${more}`
  );
}

/** The recipients' names as the chair knows them; a participant with no name yet is still someone to send it to. */
export function recipientNames(view: DocumentView): string[] {
  return view.recipients.map((p) => p.name.trim() || 'A participant with no name recorded');
}

/**
 * Writes one document through the app's one durable writer (durable-file.ts): a unique temp file, fsynced, renamed
 * over the old one, the folder fsynced. `fs` is for tests.
 */
export async function writeFileAtomically(path: string, data: Uint8Array, fs?: DurableFs): Promise<void> {
  // The permissions a document always had (the user's umask decides), unlike the app's own files, which are 0600.
  await writeDurably(path, data, fs ? { fs, mode: 0o666 } : { mode: 0o666 });
}

export type PackedDocument = ExportedDocument & { data: Buffer };

/** Packs built documents in memory, one at a time. */
export async function packDocuments(built: readonly BuiltDocument[]): Promise<PackedDocument[]> {
  const zipped: Promise<Buffer>[] = [];
  for (const { document } of built) {
    // docx writes this document's parts now (a failure there stops the export here); its largest part is compressed
    // on the thread pool while the next document's parts are written (docx-zip.ts).
    const packing = packDocx(document);
    // Heard at once, so that a document failing while the next is written is not an unhandled rejection; the
    // failure itself still reaches Promise.all below.
    packing.catch(() => undefined);
    zipped.push(packing);
    // One document at a time: writing the parts is CPU-bound, and the main process must keep answering the UI.
    await new Promise(setImmediate);
  }
  const data = await Promise.all(zipped);
  return built.map(({ view }, at) => ({
    fileName: view.fileName,
    kind: view.kind,
    intendedFor: view.intendedFor,
    recipients: recipientNames(view),
    bytes: data[at]!.byteLength,
    data: data[at]!,
  }));
}

/** The words of every document the export would write, and what the leak guard finds in them. */
function guardedViews(
  conference: Conference,
  settings: OrganisationSettings,
  options: DocumentOptions,
): { views: DistributedView[]; leaks: DocumentLeak[] } {
  const deadlines = conferenceDeadlines(conference, settings.procedure.timescales);
  const views = documentViews(conference, settings, deadlines, options);
  // The guard reads the view models, which hold the words the files print (headers and footers too): checking them
  // before anything is laid out or packed means a stopped export costs neither, and nothing reaches the disk until
  // they pass.
  return { views, leaks: guardDocuments(conference, views) };
}

/**
 * What would stop a final export of this conference now, for the check the chair sees before pressing Export: the
 * same builders and the same guard as the export itself, so the check and the export cannot disagree. Writes nothing.
 */
export function checkExport(
  conference: Conference,
  settings: OrganisationSettings,
  options: DocumentOptions = {},
): ExportCheck {
  return {
    leaks: guardedViews(conference, settings, options).leaks,
    missingForFinal: missingForFinal(conference, settings),
  };
}

/** A distribution set that has passed the checks and may be written (`writeExport`). */
export type PreparedExport = { views: DistributedView[]; leaks: DocumentLeak[]; missing: MissingForFinal[] };

/**
 * Builds and guards the distribution set. Throws MissingForFinalError when a final export lacks what families rely
 * on, and LeakFoundError when it would leak; nothing is laid out, packed or written by then.
 */
export function prepareExport(
  conference: Conference,
  settings: OrganisationSettings,
  options: DocumentOptions = {},
): PreparedExport {
  // Checked first: it needs no documents built, and a final export without these is refused whatever they say.
  const missing = missingForFinal(conference, settings);
  const final = isFinalExport(conference, options);
  if (missing.length && final) throw new MissingForFinalError(missing);
  const { views, leaks } = guardedViews(conference, settings, options);
  if (leaks.length && final) throw new LeakFoundError(leaks);
  return { views, leaks, missing };
}

/** Lays out, packs and writes a prepared set into `folder` (made if it is not there). */
export async function writeExport(prepared: PreparedExport, folder: string): Promise<ExportReceipt> {
  const packed = await packDocuments(prepared.views.map((view) => ({ view, document: renderDocument(view) })));
  await mkdir(folder, { recursive: true });
  // All the files flushed together and the folder once, rather than one after another: the same guarantees (each
  // file on the disk before its rename, every rename flushed before the receipt), a fraction of the waiting.
  await writeAllDurably(
    packed.map((doc) => ({ path: join(folder, doc.fileName), data: doc.data })),
    { mode: 0o666 },
  );
  const written = new Set(packed.map((d) => d.fileName));
  // A restricted annex or a per-person copy from an earlier export would otherwise sit beside the new set looking
  // current; the user is told, and decides.
  const staleFiles = (await readdir(folder)).filter((name) => OURS.test(name) && !written.has(name)).sort();
  return {
    folder,
    files: packed.map(({ data: _data, ...file }) => file),
    staleFiles,
    warnings: prepared.leaks,
    missingForFinal: prepared.missing,
  };
}

/**
 * Builds, guards, packs and writes the distribution set. Throws, before the folder is even created,
 * MissingForFinalError when a final export lacks what families rely on, and LeakFoundError when it would leak.
 */
export async function exportDocuments(
  conference: Conference,
  settings: OrganisationSettings,
  folder: string,
  options: DocumentOptions = {},
): Promise<ExportReceipt> {
  return writeExport(prepareExport(conference, settings, options), folder);
}

/** Where documents go when the user has not chosen a folder: a new folder per export under the data folder. */
export function defaultExportFolder(dataFolder: string, conference: Conference, now: Date = new Date()): string {
  return join(dataFolder, 'exports', conference.id, now.toISOString().replace(/[:.]/g, '-'));
}
