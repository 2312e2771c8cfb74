import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ukPage, useBrowserRun } from '../helpers/browser-run';
import { seedConference } from '../helpers/seed';
import { useTempFolders } from '../helpers/temp';
import { docxText } from '../unit/documents/read-back';
import { westbrookDecided } from '../unit/plan/fixtures';
import { readFile } from 'node:fs/promises';

describe('exporting from the app', () => {
  const tempFolder = useTempFolders();
  const run = useBrowserRun();

  it('writes the four documents from the conference screen and lists who each is for', async () => {
    const dataFolder = await tempFolder();
    const key = randomBytes(32).toString('hex');
    const conference = westbrookDecided();
    await seedConference(dataFolder, key, conference);
    const host = await run.host(dataFolder, key);
    const page = await ukPage(run.browser(), { viewport: { width: 1400, height: 1000 } });
    await page.goto(`${host.url}#/conference/${conference.id}`);
    await page.getByRole('button', { name: 'Export documents' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export documents' });
    await dialog.getByRole('button', { name: 'Export drafts' }).click();
    await dialog.getByRole('cell', { name: 'decision-letter.docx' }).waitFor();
    const listed = await dialog.getByRole('cell').allTextContents();
    expect(listed).toEqual(
      expect.arrayContaining([
        'minute.docx',
        'restricted-annex.docx',
        'decision-letter.docx',
        'Professionals only: restricted information. Never send to the family.',
      ]),
    );
    const folderText = (await dialog.locator('code').textContent()) ?? '';
    expect(folderText.startsWith(join(dataFolder, 'exports'))).toBe(true);
    const files = (await readdir(folderText)).sort();
    expect(files).toEqual(expect.arrayContaining(['decision-letter.docx', 'minute.docx', 'restricted-annex.docx']));
    expect(files.some((f) => f.startsWith('family-plan'))).toBe(true);
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
