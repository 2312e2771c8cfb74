import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ukContext, useBrowserRun, waitForSaved } from '../helpers/browser-run';
import { seedConference } from '../helpers/seed';
import { useTempFolders } from '../helpers/temp';
import { bigConference } from './big-conference';
import { median, record, round } from './record';

const root = join(import.meta.dirname, '../..');

/**
 * From each key event's own time stamp to the frame after React has drawn the change (a task queued from the next
 * animation frame runs once that frame is painted). Listens in the capture phase, so it sees the key before the app.
 */
async function listenForKeyLatencies(page: Page): Promise<void> {
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
}

const keyLatencies = (page: Page) =>
  page.evaluate(() => (window as unknown as { keyLatencies: number[] }).keyLatencies);

describe('renderer', () => {
  const tempFolder = useTempFolders();
  const run = useBrowserRun();

  it('bundle size of what the chair’s window loads first', async () => {
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
    const sharedScreen = await context.newPage();
    await sharedScreen.goto(`${host.origin}/shared-screen.html`);
    await sharedScreen.locator('.p-title').waitFor();

    // Keystroke to paint in the note box, whose text is the composer's own until the note is added.
    await listenForKeyLatencies(page);
    await page.bringToFront();
    await page.locator('[data-note-composer]').click();
    await page.keyboard.type('Mia has been to school every day this week and the dentist appointment is booked.', {
      delay: 40,
    });
    // Editing an existing note's text, which goes through the store on blur, is typed into the same way.
    const latencies = await keyLatencies(page);
    record(
      'keystroke_ms',
      round(median(latencies)),
      'ms',
      `median of ${latencies.length} keys, 1,000 notes in the meeting`,
    );

    // Agenda switch: from Alt+↓ in the chair's window to the new title painted on the shared screen.
    await sharedScreen.evaluate(() => {
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
      const before = await sharedScreen.evaluate(
        () => (window as unknown as { titleTimes: number[] }).titleTimes.length,
      );
      const title = await sharedScreen.locator('.p-title').textContent();
      const sent = await page.evaluate(() => performance.timeOrigin + performance.now());
      await page.keyboard.press(i % 2 === 0 ? 'Alt+ArrowDown' : 'Alt+ArrowUp');
      await sharedScreen
        .locator('.p-title')
        .filter({ hasNotText: title ?? '' })
        .waitFor();
      // The frame after the change may not have been drawn yet when the new title is found: wait for it, so that
      // every switch is measured and not only the ones whose frame happened to come first.
      await sharedScreen.waitForFunction(
        (n) => (window as unknown as { titleTimes: number[] }).titleTimes.length > n,
        before,
      );
      const painted = await sharedScreen.evaluate(
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

  it('keystroke-to-paint in a form field that commits every key, with 1,000 notes, 100 actions, 20 people', async () => {
    const dataFolder = await tempFolder();
    const key = randomBytes(32).toString('hex');
    const conference = bigConference(1_000, 400, 'analysis', { participants: 20, actions: 100 });
    if (conference.plan.actions.length !== 100 || conference.participants.length !== 20) {
      throw new Error('The conference measured is not the size the figure names.');
    }
    await seedConference(dataFolder, key, conference);
    const host = await run.host(dataFolder, key);
    const context = await ukContext(run.browser(), { viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${host.url}#/conference/${conference.id}`);
    await page.getByRole('button', { name: 'Decisions and plan' }).click();
    // The first action's "What will be done": every key goes to the store, through the checks, and to the autosave.
    const field = page.locator('textarea[name="plan.actions[0].what"]');
    await field.waitFor();
    await listenForKeyLatencies(page);
    await field.click();
    await page.keyboard.press('End');
    const typed = ' Weekly, with the health visitor, and the dates written on the calendar at home.';
    await page.keyboard.type(typed, { delay: 40 });
    const latencies = await keyLatencies(page);
    // Every key measured, and what was typed reached the store and the disk: the path a committed field takes.
    if (latencies.length < typed.length + 1) throw new Error(`Only ${latencies.length} keys were measured.`);
    await waitForSaved(page);
    const committed = await field.inputValue();
    if (!committed.endsWith(typed)) throw new Error('The typing did not reach the field.');
    record(
      'field_keystroke_ms',
      round(median(latencies)),
      'ms',
      `median of ${latencies.length} keys in a plan action's text, 1,000 notes, 100 actions, 20 participants`,
    );
  }, 180_000);
});
