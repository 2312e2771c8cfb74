import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { exportDocuments } from '../../electron/services/export';
import type { Conference } from '@shared/model/conference';
import { useTempFolders } from '../helpers/temp';
import { westbrookSettings } from '../unit/documents/westbrook-documents';
import { longConference, pagesOf, timeOf, zipFloor } from './long-minute';
import { median, record, round } from './record';

/**
 * The export as main runs it (electron/services/export.ts): the final-export check, every document for every
 * recipient built, the leak guard, packing, and each file written durably into a new folder.
 */
describe('export', () => {
  const tempFolder = useTempFolders();

  async function exportSet(conference: Conference, folder: string) {
    return exportDocuments(conference, westbrookSettings, folder, { draft: true });
  }

  it('the whole distribution set against the JSZip floor of the same parts', async () => {
    // The largest conference the document tests use: the decided Westbrook review with a minute of 60 pages and more.
    const conference = longConference(420);
    const root = await tempFolder();
    const receipt = await exportSet(conference, join(root, 'first'));
    const files = await Promise.all(
      receipt.files.map(async (f) => ({ data: await readFile(join(receipt.folder, f.fileName)) })),
    );
    const zipAll = await zipFloor(files);
    for (let i = 0; i < 3; i++) {
      await exportSet(conference, join(root, `warm-${i}`));
      await zipAll();
    }
    // Timed turn about, so that a slow spell of a shared machine falls on both sides.
    const runs = 15;
    const exportTimes: number[] = [];
    const zipTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      exportTimes.push(await timeOf(() => exportSet(conference, join(root, `run-${i}`))));
      zipTimes.push(await timeOf(zipAll));
    }
    const exported = median(exportTimes);
    const floor = median(zipTimes);
    const recipients = new Set(receipt.files.flatMap((f) => f.recipients)).size;
    record(
      'export_set_over_floor',
      round(exported / floor),
      '×',
      `median of ${runs}: ${receipt.files.length} files for ${recipients} recipients exported in ${round(exported)} ms ` +
        `(check, build, guard, pack, durable writes); JSZip on the same parts ${round(floor)} ms`,
    );
  }, 900_000);

  it('a minute of 200 pages, and how the time grows with the notes', async () => {
    // How many notes make how many pages: two long minutes laid out, and the sizes drawn on the line through them
    // (a minute has pages that do not grow with the notes, so pages are not in proportion to notes).
    const root = await tempFolder();
    const pagesFor = async (notes: number) => {
      const receipt = await exportSet(longConference(notes), join(root, `sample-${notes}`));
      return pagesOf(await readFile(join(receipt.folder, 'minute.docx')));
    };
    const [n1, n2] = [420, 1_400];
    const [p1, p2] = [await pagesFor(n1), await pagesFor(n2)];
    const notesFor = (pages: number) => Math.round(n1 + ((pages - p1) * (n2 - n1)) / (p2 - p1));
    // Each size warmed up, then timed round about, so that a slow spell of a shared machine falls on every size.
    const sizes = [50, 100, 200].map((pages) => ({ pages, notes: notesFor(pages), times: [] as number[], ms: 0 }));
    const conferences = sizes.map((size) => longConference(size.notes));
    for (let round = 0; round < 2; round++)
      for (const [i, size] of sizes.entries())
        await exportSet(conferences[i]!, join(root, `warm-${size.pages}-${round}`));
    for (let round = 0; round < 5; round++) {
      for (const [i, size] of sizes.entries()) {
        size.times.push(await timeOf(() => exportSet(conferences[i]!, join(root, `${size.pages}-${round}`))));
      }
    }
    for (const size of sizes) size.ms = median(size.times);
    const rows = sizes.map(
      (s) =>
        `${s.pages} pages (${s.notes} notes): ${round(s.ms, 0)} ms, ${round((s.ms / s.notes) * 1000, 0)} ms per 1,000 notes`,
    );
    const largest = sizes.at(-1)!;
    const measured = await exportSet(conferences.at(-1)!, join(root, 'measured-200'));
    const twoHundred = {
      ms: largest.ms,
      notes: largest.notes,
      pages: pagesOf(await readFile(join(measured.folder, 'minute.docx'))),
    };
    // Linear: the cost per note does not rise from one size to the next (a fixed part makes small minutes dearer per
    // note); the cost of each added note is shown too, though on a shared machine it is noisy.
    const [a, b, c] = sizes;
    const early = (b!.ms - a!.ms) / (b!.notes - a!.notes);
    const late = (c!.ms - b!.ms) / (c!.notes - b!.notes);
    const perNote = sizes.map((s) => s.ms / s.notes);
    const linear = perNote.every((v, i) => i === 0 || v <= perNote[i - 1]! * 1.1);
    record(
      'minute_200_pages_ms',
      round(twoHundred.ms, 0),
      'ms',
      `median of 5 exports of the whole set; the minute laid out by LibreOffice runs to ${twoHundred.pages} pages ` +
        `(${twoHundred.notes} notes). ${rows.join('; ')}. Each added note costs ${round(early, 2)} ms from 50 to 100 ` +
        `pages and ${round(late, 2)} ms from 100 to 200. ` +
        (linear
          ? 'The cost per note does not rise with the length: linear.'
          : 'The cost per note ROSE with the length: look for work that grows faster than the notes.'),
    );
  }, 1_800_000);
});
