import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ukPage, useBrowserRun, waitForSaved } from '../helpers/browser-run';
import { useTempFolders } from '../helpers/temp';

const SHOTS = join(import.meta.dirname, '../../test-results/screens');

/**
 * Issue 13's two writers, as people meet them: a second copy of the app on the same data folder, and two windows on
 * one conference. Neither may write over the other's work, and each says so where the person is typing.
 */
describe('two writers on one data folder', () => {
  const tempFolder = useTempFolders();
  const run = useBrowserRun();

  async function conferenceFile(dataFolder: string): Promise<Buffer> {
    const files = await readdir(join(dataFolder, 'conferences'));
    expect(files).toHaveLength(1);
    return readFile(join(dataFolder, 'conferences', files[0]!));
  }

  it('a second copy of the app opens read-only, says which copy holds the folder, and writes nothing', async () => {
    const dataFolder = await tempFolder();
    const key = randomBytes(32).toString('hex');
    const first = await run.host(dataFolder, key);
    const page = await ukPage(run.browser());
    await page.goto(first.url);
    await page.getByRole('button', { name: 'Create conference' }).click();
    await page.getByLabel('Reference').fill('FIRST-COPY');
    await waitForSaved(page);
    const before = await conferenceFile(dataFolder);

    const second = await run.host(dataFolder, key);
    const other = await ukPage(run.browser());
    await other.goto(second.url);
    const banner = other.getByRole('alert').filter({ hasText: 'Read only: nothing you change will be saved.' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain(
      `Another copy of Conference Chair (the browser run, process ${first.process.pid} on `,
    );
    expect(await banner.textContent()).toContain('Close the other copy and restart this one to make changes.');

    // It can still read the conference, and says beside the save status that nothing will be saved.
    await other
      .getByRole('row', { name: /FIRST-COPY/ })
      .getByRole('button', { name: /^Open/ })
      .click();
    await expect.poll(() => other.getByLabel('Reference').inputValue()).toBe('FIRST-COPY');
    await other.getByLabel('Reference').fill('SECOND-COPY');
    await other.getByText('Read only: nothing you change here will be saved.').waitFor();
    await other.waitForTimeout(1_500);
    await other.screenshot({ path: join(SHOTS, 'read-only-second-copy.png') });
    expect(await conferenceFile(dataFolder)).toEqual(before);

    // When the first copy has gone, a copy started afterwards may write again.
    await first.stop();
    await second.stop();
    const third = await run.host(dataFolder, key);
    await page.goto(third.url);
    await page
      .getByRole('row', { name: /FIRST-COPY/ })
      .getByRole('button', { name: /^Open/ })
      .click();
    await page.getByLabel('Reference').fill('THIRD-COPY');
    await waitForSaved(page);
    expect(await page.getByRole('alert').filter({ hasText: 'Read only' }).count()).toBe(0);
  });

  it('a window that another window has saved past is refused, keeps the newer work on disk, and can reopen', async () => {
    const dataFolder = await tempFolder();
    const host = await run.host(dataFolder, randomBytes(32).toString('hex'));
    const early = await ukPage(run.browser());
    await early.goto(host.url);
    await early.getByRole('button', { name: 'Create conference' }).click();
    await early.getByLabel('Reference').fill('SHARED-REF');
    await waitForSaved(early);

    const late = await ukPage(run.browser());
    await late.goto(host.url);
    await late
      .getByRole('row', { name: /SHARED-REF/ })
      .getByRole('button', { name: /^Open/ })
      .click();
    await late.getByLabel('Venue').fill('Room 4, Civic Centre');
    await waitForSaved(late);

    // The first window's copy is now behind the file: its next save is refused rather than undoing the venue.
    await early.getByLabel('Reference').fill('SHARED-REF-EARLY');
    const refused = early.getByRole('alert').filter({ hasText: 'Reopen the conference' });
    await refused.waitFor({ timeout: 10_000 });
    expect(await refused.textContent()).toMatch(
      /^Not saved: another window or copy of the app saved this conference after this window opened it, so nothing was written over it\. Copy anything you need from this screen, then reopen the conference to see the newer version\. Changes made here after \d\d:\d\d are not saved\./,
    );
    await early.screenshot({ path: join(SHOTS, 'stale-save.png') });

    // Reopening drops what this window could not save, so it asks first, naming it.
    const asked = new Promise<string>((resolve) =>
      early.once('dialog', (dialog) => {
        resolve(dialog.message());
        void dialog.accept();
      }),
    );
    await early.getByRole('button', { name: 'Reopen the conference' }).click();
    expect(await asked).toMatch(
      /^Not saved: the conference details\.\s+Leave this conference anyway and lose these changes\?$/,
    );
    await expect.poll(() => early.getByLabel('Venue').inputValue()).toBe('Room 4, Civic Centre');
    expect(await early.getByLabel('Reference').inputValue()).toBe('SHARED-REF');
    // After reopening it saves again, based on the newer file.
    await early.getByLabel('Reference').fill('SHARED-REF-2');
    await waitForSaved(early);
    await late.reload();
    await expect.poll(() => late.getByLabel('Reference').inputValue()).toBe('SHARED-REF-2');
    expect(await late.getByLabel('Venue').inputValue()).toBe('Room 4, Civic Centre');
  });
});
