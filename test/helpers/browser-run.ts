import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import type { Conference } from '@shared/model/conference';
import { loadFixture, seedConference } from './seed';

const root = join(import.meta.dirname, '../..');

export type RunningHost = { url: string; origin: string; process: ChildProcess; stop(): Promise<void> };

/** Starts `node out/main/host.js` (what `npm run browser` runs after building) on a data folder of the test's own. */
export async function startHost(dataFolder: string, keyHex: string): Promise<RunningHost> {
  const script = join(root, 'out/main/host.js');
  if (!existsSync(script)) throw new Error('out/main/host.js is missing: run `npm run build` first.');
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, CP_DATA_DIR: dataFolder, CP_DATA_KEY: keyHex },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`host did not print a URL: ${out} ${err}`)), 15_000);
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (c: string) => {
      out += c;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => reject(new Error(`host exited (${code}): ${err}`)));
  });
  return {
    url,
    origin: new URL(url).origin,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with the flags this closed network needs (no background connections). */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install chromium`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
      // As the app runs for UK users: dates dd/mm/yyyy and 24-hour times in the native inputs.
      '--lang=en-GB',
      // The chair's window and the shared screen are two visible windows in the app; in a headless browser they are
      // tabs, and a background tab's timers and frames are throttled. Turn that off so both behave as windows do.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
  });
}

/** A browser context as a UK user's: en-GB dates (dd/mm/yyyy) and 24-hour times in native inputs, UK time zone. */
export function ukContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', ...options });
}

export async function ukPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  return (await ukContext(browser, options)).newPage();
}

/**
 * One browser per test file and the hosts its tests start, all closed afterwards: the setup every browser test
 * shares. Call at the top of a `describe`.
 */
export function useBrowserRun(): {
  browser(): Browser;
  host(dataFolder: string, keyHex: string): Promise<RunningHost>;
} {
  let browser: Browser | undefined;
  const hosts: RunningHost[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const h of hosts) await h.stop();
    await browser?.close();
  });
  return {
    browser: () => {
      if (!browser) throw new Error('The browser starts in beforeAll; call browser() inside a test.');
      return browser;
    },
    async host(dataFolder, keyHex) {
      const h = await startHost(dataFolder, keyHex);
      hosts.push(h);
      return h;
    },
  };
}

/**
 * A conference file from test/fixtures seeded into a fresh data folder, the host started on it, and the chair's
 * window open on that conference, with any page error collected: how the browser tests that start from a fixture
 * begin.
 */
export async function openFixture(
  run: ReturnType<typeof useBrowserRun>,
  dataFolder: string,
  fixtureName: string,
): Promise<{ page: Page; host: RunningHost; fixture: Conference; errors: string[]; keyHex: string }> {
  const keyHex = randomBytes(32).toString('hex');
  const fixture = loadFixture(fixtureName);
  await seedConference(dataFolder, keyHex, fixture);
  const host = await run.host(dataFolder, keyHex);
  const page = await ukPage(run.browser(), { viewport: { width: 1500, height: 1000 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${host.url}#/conference/${fixture.id}`);
  return { page, host, fixture, errors, keyHex };
}

/** Waits until the chair's window says its last edit is on disk ("Saved at 10:42"). */
export async function waitForSaved(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: /Saved at \d\d:\d\d/ })
    .waitFor({ timeout: 10_000 });
}
