import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Packer } from 'docx';
import type { ExportReceipt, ExportedDocument } from '../../shared/api/contract';
import { buildDocuments } from '../../shared/documents';
import type { DocumentOptions } from '../../shared/documents';
import type { Conference } from '../../shared/model/conference';
import type { OrganisationSettings } from '../../shared/model/settings';

/**
 * Writes the conference's documents into a folder: minute.docx, restricted-annex.docx (only when something is
 * restricted), family-plan*.docx and decision-letter.docx. Every document is built and packed before the first file is
 * written, so a failure part-way leaves the folder as it was; each file is written to a temporary name, flushed and
 * renamed over the old one, so a crash never leaves a half-written document where the last good one was.
 */

/** Names this export writes; older files with these names that this export did not write are reported, not deleted. */
const OURS = /^(minute|restricted-annex|decision-letter|family-plan(-[a-z0-9-]+)?)\.docx$/;

export async function writeFileAtomically(path: string, data: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

export type PackedDocument = ExportedDocument & { data: Buffer };

/** Builds and packs every document in memory. */
export async function packDocuments(
  conference: Conference,
  settings: OrganisationSettings,
  options: DocumentOptions = {},
): Promise<PackedDocument[]> {
  const built = buildDocuments(conference, settings, options);
  const packed: PackedDocument[] = [];
  // One at a time: packing is CPU-bound, and the main process must keep answering the UI in between.
  for (const { view, document } of built) {
    const data = await Packer.toBuffer(document);
    packed.push({
      fileName: view.fileName,
      kind: view.kind,
      intendedFor: view.intendedFor,
      bytes: data.byteLength,
      data,
    });
  }
  return packed;
}

export async function exportDocuments(
  conference: Conference,
  settings: OrganisationSettings,
  folder: string,
  options: DocumentOptions = {},
): Promise<ExportReceipt> {
  const packed = await packDocuments(conference, settings, options);
  await mkdir(folder, { recursive: true });
  for (const doc of packed) await writeFileAtomically(join(folder, doc.fileName), doc.data);
  const written = new Set(packed.map((d) => d.fileName));
  // A restricted annex or a per-person family plan from an earlier export would otherwise sit beside the new set
  // looking current; the user is told, and decides.
  const staleFiles = (await readdir(folder)).filter((name) => OURS.test(name) && !written.has(name)).sort();
  return {
    folder,
    files: packed.map(({ data: _data, ...file }) => file),
    staleFiles,
  };
}

/** Where documents go when the user has not chosen a folder: a new folder per export under the data folder. */
export function defaultExportFolder(dataFolder: string, conference: Conference, now: Date = new Date()): string {
  return join(dataFolder, 'exports', conference.id, now.toISOString().replace(/[:.]/g, '-'));
}
