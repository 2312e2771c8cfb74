import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportDocuments } from '../../../electron/services/export';
import { useTempFolders } from '../../helpers/temp';
import { westbrookForDocuments, westbrookSettings } from './westbrook-documents';

/**
 * How long the export of the largest fixture takes (every document built, packed and written atomically), against
 * the floor of zipping the very same parts with JSZip: the cost of the zip format alone, with no document building.
 * Both are measured in the same run and written to test-results/documents/export-timing.json.
 */

const RUNS = 9;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const round = (x: number) => Math.round(x * 10) / 10;

describe('export time', () => {
  const tempFolder = useTempFolders();

  it('the Westbrook review: all documents, and the JSZip floor for the same parts', async () => {
    const conference = westbrookForDocuments();
    const folder = await tempFolder();
    await exportDocuments(conference, westbrookSettings, folder); // warm-up: module and font tables loaded once

    const exportTimes: number[] = [];
    let names: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const receipt = await exportDocuments(conference, westbrookSettings, folder);
      exportTimes.push(performance.now() - t0);
      names = receipt.files.map((f) => f.fileName);
    }

    // The floor: the same parts, already made, zipped again by JSZip with the same compression.
    const parts: { name: string; entries: [string, Uint8Array][] }[] = [];
    for (const name of names) {
      const zip = await JSZip.loadAsync(await readFile(join(folder, name)));
      const entries: [string, Uint8Array][] = [];
      for (const [path, entry] of Object.entries(zip.files))
        if (!entry.dir) entries.push([path, await entry.async('uint8array')]);
      parts.push({ name, entries });
    }
    const floorTimes: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const t0 = performance.now();
      for (const { entries } of parts) {
        const zip = new JSZip();
        for (const [path, data] of entries) zip.file(path, data);
        await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      }
      if (i > 0) floorTimes.push(performance.now() - t0); // the first run warms JSZip up
    }

    const result = {
      fixture: 'westbrook-review.json (amended: decisions, actions, core group, review)',
      documents: names,
      bytes: parts.reduce((n, p) => n + p.entries.reduce((m, [, d]) => m + d.byteLength, 0), 0),
      export_ms_median: round(median(exportTimes)),
      export_ms_all: exportTimes.map(round),
      jszip_floor_ms_median: round(median(floorTimes)),
      jszip_floor_ms_all: floorTimes.map(round),
      runs: RUNS,
      node: process.version,
    };
    const out = join(import.meta.dirname, '../../../test-results/documents');
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'export-timing.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(
      `export of ${names.length} documents: ${result.export_ms_median} ms (median of ${RUNS}); ` +
        `JSZip floor for the same parts: ${result.jszip_floor_ms_median} ms`,
    );
    // A chair waits for this at the end of a meeting: well under a second on a laptop.
    expect(result.export_ms_median).toBeLessThan(3000);
  }, 120_000);
});
