import { Packer } from 'docx';
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { packDocuments } from '../../electron/services/export';
import { buildDocuments } from '@shared/documents';
import { guardDocuments } from '@shared/documents/guard';
import type { Conference } from '@shared/model/conference';
import { hostileConference, hostileSettings } from '../unit/documents/hostile';
import { westbrookSettings } from '../unit/documents/westbrook-documents';
import { XmlChecker } from '../unit/documents/xml-checker';
import { longConference, pagesOf, timeOf, zipFloor } from './long-minute';
import { median, record, round } from './record';

/**
 * What the chair waits for when exporting: every copy of the distribution set built, checked by the leak guard, and
 * packed, by the same functions the export uses (only the writing to disk is left out).
 */
async function packAll(conference: Conference) {
  const built = buildDocuments(conference, westbrookSettings, { today: '2026-12-02', draft: false });
  guardDocuments(
    conference,
    built.map((b) => b.view),
  );
  return (await packDocuments(built)).map((d) => ({ name: d.fileName, data: d.data }));
}

describe('documents', () => {
  const checker = new XmlChecker();
  afterAll(() => checker.close());

  it('all four documents against the JSZip floor, for a minute of at least 60 pages', async () => {
    const conference = longConference(420);
    const first = await packAll(conference);

    // How long the minute really is: LibreOffice lays it out, pdfinfo counts the pages.
    const minute = first.find((f) => f.name === 'minute.docx')!;
    record('minute_pages', pagesOf(minute.data), 'pages', 'the minute measured, laid out by LibreOffice');

    // The floor: the very same parts, zipped by JSZip at the same DEFLATE level docx uses.
    const zipAll = await zipFloor(first);
    // Both sides warmed up alike before timing, then timed turn about so a slow spell of the machine hits both.
    for (let i = 0; i < 3; i++) {
      await packAll(conference);
      await zipAll();
    }
    const runs = 25;
    const docxTimes: number[] = [];
    const zipTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      docxTimes.push(await timeOf(() => packAll(conference)));
      zipTimes.push(await timeOf(zipAll));
    }
    const docx = median(docxTimes);
    const floor = median(zipTimes);
    record(
      'docx_ms',
      round(docx),
      'ms',
      `median of ${runs}: build, guard and pack all ${first.length} documents of the distribution set`,
    );
    record('zip_floor_ms', round(floor), 'ms', `median of ${runs}: JSZip on the same XML parts`);
    record('docx_over_floor', round(docx / floor), '×');
  }, 600_000);

  it('10,000 random hostile conferences exported and every XML part parsed', async () => {
    const total = Number(process.env.FUZZ_DOCS ?? 10_000);
    const chunk = 100;
    let failures = 0;
    let documents = 0;
    const examples: string[] = [];
    const started = performance.now();
    // Drawn a hundred at a time, each hundred from its own seed, so the run is reproducible without holding ten
    // thousand conferences in memory at once.
    for (let first = 0; first < total; first += chunk) {
      const samples = fc.sample(fc.tuple(hostileConference, hostileSettings, fc.boolean()), {
        numRuns: Math.min(chunk, total - first),
        seed: 20261201 + first,
      });
      const files: { name: string; data: Uint8Array }[] = [];
      for (const [offset, [conference, settings, draft]] of samples.entries()) {
        const index = first + offset;
        try {
          const built = buildDocuments(conference, settings, { draft, today: '2026-12-01' });
          for (const { view, document } of built)
            files.push({ name: `${index}-${view.fileName}`, data: await Packer.toBuffer(document) });
        } catch (e) {
          failures++;
          examples.push(`conference ${index}: ${(e as Error).message}`);
        }
      }
      documents += files.length;
      const verdict = await checker.checkDocx(files);
      // A document counts once however many of its parts failed.
      failures += new Set(verdict.failures.map(([part]) => part.split('/')[0])).size;
      examples.push(...verdict.failures.slice(0, 2).map(([part, error]) => `${part}: ${error}`));
      const done = first + samples.length;
      if (done % 1000 === 0 || done === total)
        console.log(
          `fuzz: ${done}/${total} conferences, ${failures} failures, ${round((performance.now() - started) / 1000, 0)} s`,
        );
    }
    record('fuzz_docs', total, 'conferences', `seeded fast-check samples; all ${documents} documents parsed by expat`);
    record('fuzz_failures', failures, 'documents', examples.slice(0, 3).join(' | '));
  }, 3_600_000);
});
