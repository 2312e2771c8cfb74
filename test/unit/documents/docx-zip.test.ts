import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { docxPartsReachable, packDocx, zipOf } from '../../../electron/services/docx-zip';
import { buildDocuments } from '@shared/documents';
import { useTempFolders } from '../../helpers/temp';
import { westbrookForDocuments, westbrookSettings } from './westbrook-documents';

/** Every file in a zip, in the zip's order, read by JSZip with each CRC checked. */
async function entries(data: Uint8Array): Promise<Array<[string, Buffer]>> {
  const zip = await JSZip.loadAsync(data, { checkCRC32: true });
  const files = Object.values(zip.files).filter((f) => !f.dir);
  return Promise.all(files.map(async (f) => [f.name, await f.async('nodebuffer')] as [string, Buffer]));
}

/** What Python's zipfile, a reader written by other people, says of a zip: its names, and the first bad CRC or header. */
function pythonReads(path: string): { names: string[]; bad: string | null } {
  const script =
    'import json, sys, zipfile\n' +
    'z = zipfile.ZipFile(sys.argv[1])\n' +
    'print(json.dumps({"names": z.namelist(), "bad": z.testzip()}))\n';
  const run = spawnSync('python3', ['-c', script, path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`python3 could not read ${path}: ${run.stderr}`);
  return JSON.parse(run.stdout) as { names: string[]; bad: string | null };
}

describe('Word documents zipped with Node’s zlib', () => {
  const tempFolder = useTempFolders();

  it('reaches docx’s parts without its zipper (else every export falls back to the slower Packer)', () => {
    expect(docxPartsReachable()).toBe(true);
  });

  it('holds exactly the parts docx’s own Packer writes, in its order, for every document of the set', async () => {
    const built = buildDocuments(westbrookForDocuments(), westbrookSettings, { today: '2026-12-02', draft: false });
    expect(built.length).toBeGreaterThan(4);
    for (const { view, document } of built) {
      const ours = await entries(await packDocx(document));
      const theirs = await entries(await Packer.toBuffer(document));
      expect(
        ours.map(([name]) => name),
        view.fileName,
      ).toEqual(theirs.map(([name]) => name));
      for (const [at, [name, data]] of ours.entries()) {
        expect(data.equals(theirs[at]![1]), `${view.fileName}: ${name}`).toBe(true);
      }
    }
  });

  it('is a zip another reader opens with every CRC right: names in UTF-8, an empty part, a part larger than 64 kB', async () => {
    const big = 'Hello, Mia. '.repeat(20_000);
    const parts = new Map<string, string | Uint8Array>([
      ['[Content_Types].xml', '<Types/>'],
      ['word/empty.xml', ''],
      ['word/ünïcode-name.xml', '<w:t>Jade’s plan 👶</w:t>'],
      ['word/media/picture.bin', new Uint8Array([0, 255, 1, 254, 2, 253])],
      ['word/document.xml', big],
    ]);
    const path = join(await tempFolder(), 'parts.zip');
    await writeFile(path, await zipOf(parts));
    expect(pythonReads(path)).toEqual({ names: [...parts.keys()], bad: null });

    const read = await entries(await zipOf(parts));
    expect(read.map(([name]) => name)).toEqual([...parts.keys()]);
    for (const [name, data] of read) {
      const given = parts.get(name)!;
      expect(data.equals(typeof given === 'string' ? Buffer.from(given) : Buffer.from(given)), name).toBe(true);
    }
  });

  it('fails a document whose part cannot be zipped, with nothing left unheard on the thread pool', async () => {
    const unheard: unknown[] = [];
    const listen = (reason: unknown) => unheard.push(reason);
    process.on('unhandledRejection', listen);
    try {
      // A large part goes to the thread pool first; the next, not bytes at all, fails at once.
      const parts = new Map<string, string | Uint8Array>([
        ['word/document.xml', 'x'.repeat(100_000)],
        ['word/broken.xml', { byteLength: 100_000 } as unknown as Uint8Array],
      ]);
      expect(() => zipOf(parts)).toThrow();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unheard).toEqual([]);
    } finally {
      process.off('unhandledRejection', listen);
    }
  });

  it('dates each part now, to the two seconds a zip can hold', async () => {
    const before = Date.now();
    const zip = await JSZip.loadAsync(await zipOf(new Map([['a.xml', '<a/>']])));
    const dated = zip.files['a.xml']!.date.getTime();
    // JSZip reads the MS-DOS local time as if it were UTC: take the offset back off.
    const local = dated + new Date(dated).getTimezoneOffset() * 60_000;
    expect(local).toBeGreaterThan(before - 4_000);
    expect(local).toBeLessThanOrEqual(Date.now());
  });

  it('hands the document to docx’s own Packer when its parts cannot be reached', async () => {
    const packer = Packer as unknown as { compiler?: unknown };
    const compiler = packer.compiler;
    // Packer.toBuffer itself needs the compiler that is taken away here, so it stands in; a later docx would have its own.
    const packed = Buffer.from('packed by docx');
    const toBuffer = vi.spyOn(Packer, 'toBuffer').mockResolvedValue(packed);
    const document = new Document({ sections: [{ children: [new Paragraph('Hello, Jade.')] }] });
    try {
      packer.compiler = { format: () => '' }; // there, but not what packDocx knows
      expect(docxPartsReachable()).toBe(false);
      expect(await packDocx(document)).toBe(packed);
      expect(toBuffer).toHaveBeenCalledWith(document);
    } finally {
      packer.compiler = compiler;
      toBuffer.mockRestore();
    }
    expect(docxPartsReachable()).toBe(true);
  });
});
