import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { Conference, type Note } from '@shared/model/conference';
import { westbrookForDocuments } from '../unit/documents/westbrook-documents';

/** The decided Westbrook conference grown to a long meeting: `notes` attributed notes across the agenda. */
export function longConference(notes: number): Conference {
  const base = westbrookForDocuments();
  const items = [
    'agency-information',
    'family-views',
    'analysis',
    'plan-progress',
    'childs-voice',
    'decision',
    'outline-plan',
  ];
  const people = base.participants.map((p) => p.id);
  const sentence =
    'Mia’s attendance has improved since the half-term meeting, and the family support worker has helped with mornings. ';
  const extra: Note[] = Array.from({ length: notes }, (_, i) => ({
    id: `long-${i}`,
    itemKey: items[i % items.length]!,
    kind: 'note',
    text: `${i + 1}. ${sentence.repeat(3)}`,
    participantId: people[i % people.length]!,
    createdAt: '2026-12-01T14:30:00.000Z',
  }));
  return Conference.parse({ ...base, notes: [...base.notes, ...extra] });
}

/** How many pages a .docx runs to: LibreOffice lays it out, pdfinfo counts the pages. */
export function pagesOf(docx: Uint8Array): number {
  const folder = mkdtempSync(join(tmpdir(), 'cp-bench-pages-'));
  try {
    writeFileSync(join(folder, 'document.docx'), docx);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${folder}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        folder,
        join(folder, 'document.docx'),
      ],
      { stdio: 'ignore' },
    );
    const pdf = join(folder, 'document.pdf');
    if (!existsSync(pdf) || readFileSync(pdf).length === 0) throw new Error('LibreOffice did not convert the document');
    return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * The floor a .docx writer is measured against: the very same XML parts, zipped by JSZip at the DEFLATE level docx
 * uses. Returns a function that zips them all once.
 */
export async function zipFloor(files: readonly { data: Uint8Array }[]): Promise<() => Promise<void>> {
  const parts = await Promise.all(
    files.map(async (f) => {
      const zip = await JSZip.loadAsync(f.data);
      return Promise.all(
        Object.values(zip.files)
          .filter((e) => !e.dir)
          .map(async (e) => [e.name, await e.async('uint8array')] as const),
      );
    }),
  );
  return async () => {
    for (const entries of parts) {
      const zip = new JSZip();
      for (const [name, data] of entries) zip.file(name, data);
      await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
    }
  };
}

export async function timeOf(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}
