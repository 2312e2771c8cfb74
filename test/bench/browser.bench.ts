import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'vitest';
import { ukContext, useBrowserRun } from '../helpers/browser-run';
import { seedConference } from '../helpers/seed';
import { useTempFolders } from '../helpers/temp';
import { bigConference } from './big-conference';
import { median, record, round } from './record';

const root = join(import.meta.dirname, '../..');

describe('renderer', () => {
  const tempFolder = useTempFolders();
  const run = useBrowserRun();

  it('bundle size of what the operator page loads first', async () => {
    const html = await readFile(join(root, 'out/renderer/index.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    let gz = 0;
    for (const s of scripts) gz += gzipSync(await readFile(join(root, 'out/renderer', s))).length;
    record('renderer_main_kb_gz', round(gz / 1024, 1), 'kB', `${scripts.length} scripts loaded by index.html, gzip`);
  });

  it('keystroke-to-paint and agenda switch in a meeting of 1,000 notes', async () => {
    const dataFolder = await tempFolder();
    const key = randomBytes(32).toString('hex');
    const conference = bigConference(1_000);
    await seedConference(dataFolder, key, conference);
    const host = await run.host(dataFolder, key);
    const context = await ukContext(run.browser(), { viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${host.url}#/conference/${conference.id}`);
    await page.getByRole('button', { name: 'Meeting' }).click();
    await page.locator('#item-title').waitFor();
    const presenter = await context.newPage();
    await presenter.goto(`${host.origin}/presenter.html`);
    await presenter.locator('.p-title').waitFor();

    // Keystroke to paint: from the key event's own time stamp to the frame after React has drawn the change.
    await page.evaluate(() => {
      const w = window as unknown as { keyLatencies: number[] };
      w.keyLatencies = [];
      document.addEventListener(
        'keydown',
        (e) => {
          const t0 = e.timeStamp;
          requestAnimationFrame(() => setTimeout(() => w.keyLatencies.push(performance.now() - t0), 0));
        },
        true,
      );
    });
    await page.bringToFront();
    await page.locator('[data-note-composer]').click();
    await page.keyboard.type('Mia has been to school every day this week and the dentist appointment is booked.', {
      delay: 40,
    });
    // Editing an existing note's text, which goes through the store on blur, is typed into the same way.
    const latencies = await page.evaluate(() => (window as unknown as { keyLatencies: number[] }).keyLatencies);
    record(
      'keystroke_ms',
      round(median(latencies)),
      'ms',
      `median of ${latencies.length} keys, 1,000 notes in the meeting`,
    );

    // Agenda switch: from Alt+↓ in the chair's window to the new title painted on the shared screen.
    await presenter.evaluate(() => {
      const w = window as unknown as { titleTimes: number[] };
      w.titleTimes = [];
      const observer = new MutationObserver(() =>
        requestAnimationFrame(() => w.titleTimes.push(performance.timeOrigin + performance.now())),
      );
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const switches: number[] = [];
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    for (let i = 0; i < 20; i++) {
      const before = await presenter.evaluate(() => (window as unknown as { titleTimes: number[] }).titleTimes.length);
      const title = await presenter.locator('.p-title').textContent();
      const sent = await page.evaluate(() => performance.timeOrigin + performance.now());
      await page.keyboard.press(i % 2 === 0 ? 'Alt+ArrowDown' : 'Alt+ArrowUp');
      await presenter
        .locator('.p-title')
        .filter({ hasNotText: title ?? '' })
        .waitFor();
      // The frame after the change may not have been drawn yet when the new title is found: wait for it, so that
      // every switch is measured and not only the ones whose frame happened to come first.
      await presenter.waitForFunction(
        (n) => (window as unknown as { titleTimes: number[] }).titleTimes.length > n,
        before,
      );
      const painted = await presenter.evaluate(
        (n) => (window as unknown as { titleTimes: number[] }).titleTimes[n]!,
        before,
      );
      switches.push(painted - sent);
    }
    record(
      'item_switch_ms',
      round(median(switches)),
      'ms',
      `median of ${switches.length} switches, chair window to shared screen`,
    );
  }, 180_000);
});
