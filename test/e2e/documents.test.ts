import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESTRICTED_CANARIES, westbrookForDocuments, westbrookSettings } from '../unit/documents/westbrook-documents';

/**
 * The headless export end to end: the built CLI (`node out/main/export.js`, as `npm run export` runs it) writes the
 * documents of the Westbrook review from a plain conference file; LibreOffice converts every one to PDF (soffice exits
 * 0 even when it cannot load a file, so each PDF must exist and have pages); page 1 of the minute and of the family
 * plan are rendered to PNG in test-results/documents/ for people to look at.
 */

const root = join(import.meta.dirname, '../..');
const cli = join(root, 'out/main/export.js');
const results = join(root, 'test-results/documents');
const run = promisify(execFile);

type Outcome = { code: number; stdout: string; stderr: string };

async function exportCli(args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { cwd: root, maxBuffer: 8 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const failed = e as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

let work: string;
let out: string;
let pdfs: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cp-export-e2e-'));
  out = join(work, 'documents');
  pdfs = join(work, 'pdf');
  await mkdir(pdfs);
  await mkdir(results, { recursive: true });
  // A byte-order mark, as some editors add one: the export must still read the file.
  await writeFile(join(work, 'westbrook.json'), `\uFEFF${JSON.stringify(westbrookForDocuments(), null, 2)}`);
  await writeFile(join(work, 'settings.json'), JSON.stringify(westbrookSettings, null, 2));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('npm run export', () => {
  it('writes the distribution set from a plain conference file, each file named by recipient', async () => {
    const result = await exportCli([
      join(work, 'westbrook.json'),
      '--out',
      out,
      '--settings',
      join(work, 'settings.json'),
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Wrote 9 documents to .* in \d+ ms/);
    // Who each file is for, as the export reports it: one line per file, the recipients last.
    const sentTo = new Map(
      result.stdout
        .split('\n')
        .filter((line) => line.endsWith('.') && line.includes('.docx\t'))
        .map((line) => {
          const [fileName = '', , , forWhom = ''] = line.split('\t');
          return [fileName, forWhom] as const;
        }),
    );
    const professionals = 'Rhys Morgan, Ellen Bright, Tom Haddad, Nadia Kowalski, PC Laura Finch, Sam Whitlock';
    expect(Object.fromEntries(sentTo)).toEqual({
      // The professional minute goes to every professional: nothing is withheld from any of them.
      'minute.docx': `For ${professionals}.`,
      // Each family member and the advocate has their own copy of the minutes, of the parts they were in the room for.
      'minutes-jade-ashdown.docx': 'For Jade Ashdown.',
      'minutes-kieran-ashdown.docx': 'For Kieran Ashdown.',
      'minutes-grace-okafor.docx': 'For Grace Okafor.',
      // The restricted annex: children's social care and the police only.
      'restricted-annex.docx': 'For Rhys Morgan, PC Laura Finch.',
      // Both parents' plans come out the same, so they share one; Stacey, without parental responsibility, gets none.
      'family-plan.docx': 'For Jade Ashdown, Kieran Ashdown.',
      'decision-letter.docx': `For ${professionals}, Jade Ashdown, Kieran Ashdown, Grace Okafor.`,
      // Each child's letter goes to the lead social worker, who goes through it with them.
      'letter-for-jayden.docx': 'For Rhys Morgan.',
      'letter-for-mia.docx': 'For Rhys Morgan.',
    });
    expect((await readdir(out)).sort()).toEqual([...sentTo.keys()].sort());
  });

  it('refuses bad input with exit code 2 and a message naming the field', async () => {
    const broken = westbrookForDocuments() as unknown as { details: { date: string } };
    broken.details.date = '01/12/2026';
    await writeFile(join(work, 'broken.json'), JSON.stringify(broken));
    const bad = await exportCli([join(work, 'broken.json'), '--out', join(work, 'never')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('details.date: Enter a date as YYYY-MM-DD');

    await writeFile(join(work, 'not-json.json'), '{ "schemaVersion": 1,');
    const notJson = await exportCli([join(work, 'not-json.json'), '--out', join(work, 'never')]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('is not valid JSON');

    const noOut = await exportCli([join(work, 'westbrook.json')]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out');

    await writeFile(join(work, 'bad-settings.json'), JSON.stringify({ teamPhone: 42 }));
    const badSettings = await exportCli([
      join(work, 'westbrook.json'),
      '--out',
      join(work, 'never'),
      '--settings',
      join(work, 'bad-settings.json'),
    ]);
    expect(badSettings.code).toBe(2);
    expect(badSettings.stderr).toContain('teamPhone');
    await expect(stat(join(work, 'never'))).rejects.toThrow();
  });

  it('gives documents LibreOffice converts to PDF, every one, with the canaries only in the annex', async () => {
    const docs = (await readdir(out)).filter((n) => n.endsWith('.docx')).sort();
    // A fresh profile per run: a profile left locked by another run makes soffice fail without saying so.
    const profile = `file://${join(tmpdir(), `cp-lo-${randomBytes(6).toString('hex')}`)}`;
    await run(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        pdfs,
        ...docs.map((d) => join(out, d)),
      ],
      { timeout: 150_000 },
    );
    for (const docName of docs) {
      const pdf = join(pdfs, docName.replace(/\.docx$/, '.pdf'));
      const size = (await stat(pdf).catch(() => undefined))?.size ?? 0;
      expect(size, `${pdf} is missing or empty`).toBeGreaterThan(1000);
      const { stdout: info } = await run('pdfinfo', [pdf]);
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1]), docName).toBeGreaterThan(0);
      const { stdout: text } = await run('pdftotext', [pdf, '-']);
      for (const canary of RESTRICTED_CANARIES) {
        if (docName === 'restricted-annex.docx') expect(text.replace(/\s+/g, ' ')).toContain(canary);
        else expect(text.replace(/\s+/g, ' '), `${canary} in ${docName}`).not.toContain(canary);
      }
    }
    await rm(profile.replace('file://', ''), { recursive: true, force: true });
  }, 180_000);

  it('renders page 1 of the minute and of the family plan to PNG for people to look at', async () => {
    for (const name of ['minute', 'family-plan']) {
      await run('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        join(pdfs, `${name}.pdf`),
        join(pdfs, `${name}-page1`),
      ]);
      const png = join(results, `${name}-page1.png`);
      await copyFile(join(pdfs, `${name}-page1.png`), png);
      expect((await stat(png)).size).toBeGreaterThan(5000);
    }
  });
});
