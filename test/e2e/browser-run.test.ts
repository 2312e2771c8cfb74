import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ukPage, useBrowserRun, waitForSaved } from '../helpers/browser-run';
import { useTempFolders } from '../helpers/temp';

describe('browser run: UI → bridge → store → disk → back', () => {
  const tempFolder = useTempFolders();
  const run = useBrowserRun();

  it('creates a conference, keeps what is typed across a reload and a restart, and stores it encrypted', async () => {
    const dataFolder = await tempFolder();
    const key = randomBytes(32).toString('hex');
    let host = await run.host(dataFolder, key);
    const page = await ukPage(run.browser(), { viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });

    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Conferences', exact: true }).waitFor();
    await page.getByLabel('Type').selectOption('review');
    await page.getByLabel('Date').fill('2026-12-01');
    await page.getByRole('button', { name: 'Create conference' }).click();

    await page.getByRole('heading', { name: /Review child protection conference, Tue 1 Dec 2026/ }).waitFor();
    await page.getByLabel('Reference').fill('WCC/2026/0412');
    await page.getByLabel('Reason for the conference').fill('Review of the plans for Jayden and Mia — ليلى 👍');
    await page.getByRole('button', { name: 'Household' }).click();
    await page.getByRole('button', { name: 'Add a child' }).click();
    await page.getByLabel('First name').fill('Mia');
    await page.getByLabel('Family name').fill('Ashdown');
    await waitForSaved(page);

    await page.reload();
    await expect.poll(() => page.getByLabel('Reference').inputValue()).toBe('WCC/2026/0412');
    expect(await page.getByLabel('Reason for the conference').inputValue()).toBe(
      'Review of the plans for Jayden and Mia — ليلى 👍',
    );
    await page.getByRole('button', { name: 'Household' }).click();
    expect(await page.getByLabel('First name').inputValue()).toBe('Mia');

    // Restart the host: new process, new token, same folder and key.
    await host.stop();
    host = await run.host(dataFolder, key);
    await page.goto(host.url);
    const row = page.getByRole('row', { name: /Mia Ashdown/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('WCC/2026/0412');
    await row.getByRole('button', { name: /^Open/ }).click();
    await expect.poll(() => page.getByLabel('Reference').inputValue()).toBe('WCC/2026/0412');

    // On disk: one file, not readable as JSON, no names in it.
    const files = await readdir(join(dataFolder, 'conferences'));
    expect(files).toHaveLength(1);
    const raw = await readFile(join(dataFolder, 'conferences', files[0]!), 'utf8');
    expect(() => JSON.parse(raw)).toThrow();
    expect(raw).not.toContain('Ashdown');
    expect(raw).not.toContain('WCC/2026');
    expect(errors).toEqual([]);
  });

  it('asks before deleting, then moves the conference to the bin, from where it comes back', async () => {
    const dataFolder = await tempFolder();
    const host = await run.host(dataFolder, randomBytes(32).toString('hex'));
    const page = await ukPage(run.browser());
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Create conference' }).click();
    await page.getByLabel('Reference').fill('TO-DELETE');
    await waitForSaved(page);
    await page.getByRole('button', { name: '← Conferences' }).click();

    await page.getByRole('button', { name: /^Delete/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this conference?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByRole('row', { name: /TO-DELETE/ }).count()).toBe(1);

    await page.getByRole('button', { name: /^Delete/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Move to bin' }).click();
    await page.getByRole('heading', { name: 'Deleted conferences' }).waitFor();
    expect(await page.getByRole('row', { name: /TO-DELETE/ }).count()).toBe(0);
    expect(await readdir(join(dataFolder, 'bin'))).toHaveLength(1);

    await page.getByRole('button', { name: 'Restore' }).click();
    await page.getByRole('row', { name: /TO-DELETE/ }).waitFor();
  });
});
