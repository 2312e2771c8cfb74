import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ukPage, useBrowserRun } from '../helpers/browser-run';
import { seedConference } from '../helpers/seed';
import { completeSettings } from '../helpers/settings';
import { useTempFolders } from '../helpers/temp';
import { docxText } from '../unit/documents/read-back';
import { westbrookDecided } from '../unit/plan/fixtures';
import { refugeTypedIntoAction } from '../unit/documents/refuge-leak';
import { westbrookForDocuments } from '../unit/documents/westbrook-documents';

describe('exporting from the app', () => {
  const tempFolder = useTempFolders();
  const run = useBrowserRun();

  it('writes the distribution set from the conference screen and lists who each file is for', async () => {
    const dataFolder = await tempFolder();
    const key = randomBytes(32).toString('hex');
    const conference = westbrookDecided();
    await seedConference(dataFolder, key, conference);
    const host = await run.host(dataFolder, key);
    const page = await ukPage(run.browser(), { viewport: { width: 1400, height: 1000 } });
    await page.goto(`${host.url}#/conference/${conference.id}`);
    await page.getByRole('button', { name: 'Export documents' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export documents' });
    // Export is one call to main (where, write, show): the browser run has no dialog, so the app's own folder.
    const calls: string[] = [];
    page.on('request', (r) => {
      const method = /^\/api\/(\w+)$/.exec(new URL(r.url()).pathname)?.[1];
      if (method && method !== 'publishSharedScreenView') calls.push(method);
    });
    await dialog.getByRole('button', { name: 'Export drafts' }).click();
    await dialog.getByRole('cell', { name: 'decision-letter.docx' }).waitFor();
    expect(calls).toEqual(['exportDocuments']);
    // One row per file: the file, who it is for, and the people to send it to.
    const rows = await dialog
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    const sendTo = Object.fromEntries(rows.map(([file = '', , to = '']) => [file, to]));
    const professionals = 'Rhys Morgan, Ellen Bright, Tom Haddad, Nadia Kowalski, PC Laura Finch, Sam Whitlock';
    expect(sendTo).toEqual({
      'minute.docx': professionals,
      'minutes-jade-ashdown.docx': 'Jade Ashdown',
      'minutes-kieran-ashdown.docx': 'Kieran Ashdown',
      'minutes-grace-okafor.docx': 'Grace Okafor',
      'restricted-annex.docx': 'Rhys Morgan, PC Laura Finch',
      'family-plan.docx': 'Jade Ashdown, Kieran Ashdown',
      'decision-letter.docx': `${professionals}, Jade Ashdown, Kieran Ashdown, Grace Okafor`,
      'letter-for-jayden.docx': 'Rhys Morgan',
      'letter-for-mia.docx': 'Rhys Morgan',
    });
    expect(rows.find((r) => r[0] === 'restricted-annex.docx')?.[1]).toBe(
      'Professionals only: restricted information. Never send to the family.',
    );
    const folderText = (await dialog.locator('code').textContent()) ?? '';
    expect(folderText.startsWith(join(dataFolder, 'exports'))).toBe(true);
    const files = (await readdir(folderText)).sort();
    expect(files).toEqual(Object.keys(sendTo).sort());
    const letter = await docxText(await readFile(join(folderText, 'decision-letter.docx')));
    expect(letter).toContain('DRAFT');
    expect(letter).toContain('Mia');
    for (const file of files.filter((f) => f !== 'restricted-annex.docx')) {
      const text = await docxText(await readFile(join(folderText, file)));
      expect(text, file).not.toContain('Delia Pell');
      expect(text, file).not.toContain('22 Orchard Rise');
    }
  });
});

/**
 * `npm run export` applies the same leak guard as the app (issue #10, item 6). The built CLI (`node
 * out/main/export.js`, as `npm run export` runs it after building) is run on a plain conference file.
 */
describe('npm run export and the leak guard', () => {
  const tempFolder = useTempFolders();
  const cli = join(import.meta.dirname, '../../out/main/export.js');
  const run = promisify(execFile);

  async function exportCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await run(process.execPath, [cli, ...args], { maxBuffer: 8 * 1024 * 1024 });
      return { code: 0, stdout, stderr };
    } catch (e) {
      const failed = e as { code?: number; stdout?: string; stderr?: string };
      return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
    }
  }

  /** The conference as a plain file, and settings with everything a final export needs (`--settings`). */
  async function conferenceFile(conference: unknown): Promise<{ file: string; work: string; settings: string[] }> {
    const work = await tempFolder();
    const file = join(work, 'conference.json');
    await writeFile(file, JSON.stringify(conference, null, 2));
    await writeFile(join(work, 'settings.json'), JSON.stringify(completeSettings, null, 2));
    return { file, work, settings: ['--settings', join(work, 'settings.json')] };
  }

  it('documents --draft and --final in its usage', async () => {
    const help = await exportCli(['--help']);
    expect(help.code).toBe(2);
    expect(help.stderr).toContain('--draft');
    expect(help.stderr).toContain('--final');
  });

  it('stops a final export that would leak: nothing written, each leak named on stderr, a non-zero exit', async () => {
    const { file, work, settings } = await conferenceFile(refugeTypedIntoAction());
    const out = join(work, 'documents');
    // Final when asked, and by default once the meeting has ended (as this one has).
    for (const flags of [['--final'], []]) {
      const result = await exportCli([file, '--out', out, ...settings, ...flags]);
      expect(result.code, result.stderr).toBe(3);
      expect(result.stderr).toContain('Nothing was written');
      const kieran = result.stderr.split('\n').filter((line) => line.includes('Kieran Ashdown'));
      expect(kieran.some((line) => line.includes('family-plan.docx'))).toBe(true);
      for (const line of kieran) {
        expect(line).toContain('Address of Jade');
        expect(line).toContain('Plan action');
      }
      expect(result.stdout).not.toContain('Wrote');
      await expect(stat(out)).rejects.toThrow();
    }
  });

  it('writes a draft that would leak, with the leaks as warnings, and exits 0', async () => {
    const { file, work } = await conferenceFile(refugeTypedIntoAction());
    const out = join(work, 'documents');
    const result = await exportCli([file, '--out', out, '--draft']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('Warning');
    expect(result.stderr).toMatch(/family-plan\.docx for Kieran Ashdown repeats words from Address of Jade/);
    expect(result.stdout).toMatch(/family-plan\.docx\t.*For Jade Ashdown, Kieran Ashdown\./);
    expect(await readdir(out)).toContain('family-plan.docx');
    expect(await docxText(await readFile(join(out, 'family-plan.docx')))).toContain('DRAFT');
  });

  it('writes a final export without leaks and says nothing on stderr', async () => {
    const { file, work, settings } = await conferenceFile(westbrookForDocuments());
    const out = join(work, 'documents');
    const result = await exportCli([file, '--out', out, ...settings, '--final']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await readdir(out)).toContain('minute.docx');
  });

  it('stops a final export without the settings families need, naming each, and writes a draft that warns', async () => {
    const { file, work } = await conferenceFile(westbrookForDocuments());
    const out = join(work, 'documents');
    // No --settings: the defaults, which leave the phone numbers and the complaint route empty.
    const refused = await exportCli([file, '--out', out, '--final']);
    expect(refused.code, refused.stderr).toBe(4);
    expect(refused.stderr).toContain('Nothing was written');
    expect(refused.stderr).toContain(
      'outOfHoursPhone: The out-of-hours phone number is missing: fill it in at Settings → How families reach us',
    );
    expect(refused.stderr).toContain('complaintsContact:');
    expect(refused.stdout).not.toContain('Wrote');
    await expect(stat(out)).rejects.toThrow();

    const draft = await exportCli([file, '--out', out, '--draft']);
    expect(draft.code, draft.stderr).toBe(0);
    expect(draft.stderr).toContain('Warning: this draft lacks what families rely on');
    expect(draft.stderr).toContain('complaintsTimeLimitDays:');
    expect(await readdir(out)).toContain('family-plan.docx');
  });
});
