import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Conference } from '@shared/model/conference';
import { createConference } from '@shared/model/factory';
import { ukContext, useBrowserRun } from '../helpers/browser-run';
import { seedConference } from '../helpers/seed';
import { useTempFolders } from '../helpers/temp';

const HOLDING = 'The meeting will continue shortly';
// What conference A's read-back puts on the shared screen: the child's names, the decision and the category. None of it
// may be on any shared screen once the chair has left A for B.
const A_ON_SHARED_SCREEN = ['Zephyrine', 'carries on', 'Sexual abuse', 'What we decided for'];
// The family name never reaches any shared screen (first names only), so it is looked for but not expected beforehand.
const A_TRACES = [...A_ON_SHARED_SCREEN, 'Quillmarsh'];

function conferenceA(): Conference {
  const c = createConference({ type: 'review', nation: 'england', date: '2026-12-01' });
  return Conference.parse({
    ...c,
    children: [{ id: 'child-zephyrine', givenName: 'Zephyrine', familyName: 'Quillmarsh' }],
    decisions: [{ childId: 'child-zephyrine', outcome: 'plan-continues', categories: ['sexual-abuse'] }],
  });
}

function conferenceB(): Conference {
  const c = createConference({ type: 'initial', nation: 'england', date: '2026-12-02' });
  return Conference.parse({
    ...c,
    children: [{ id: 'child-bartholomew', givenName: 'Bartholomew', familyName: 'Fenwright' }],
  });
}

const sharedScreenText = (sharedScreen: Page) => sharedScreen.evaluate(() => document.body.innerText);

/** The shared screen's text and markup, once it shows something other than its first "Waiting for the chair…". */
async function sharedScreenOnceShown(sharedScreen: Page): Promise<{ text: string; html: string }> {
  await sharedScreen.waitForFunction(() => {
    const text = document.body.innerText.trim();
    return text !== '' && !text.includes('Waiting for the chair');
  });
  return { text: await sharedScreenText(sharedScreen), html: await sharedScreen.content() };
}

/** The shared screen shows the holding message (within a few seconds: views reach it as events) and nothing of A. */
async function expectHolding(sharedScreen: Page, step: string) {
  await expect
    .poll(() => sharedScreenText(sharedScreen), { timeout: 10_000, message: `the holding message ${step}` })
    .toContain(HOLDING);
  await expectNoTraceOfA(sharedScreen, step);
}

async function expectNoTraceOfA(sharedScreen: Page, step: string) {
  const { text, html } = await sharedScreenOnceShown(sharedScreen);
  for (const trace of A_TRACES) {
    expect(text, `"${trace}" in the shared screen's text ${step}`).not.toContain(trace);
    expect(html, `"${trace}" in the shared screen's markup ${step}`).not.toContain(trace);
  }
  expect(await sharedScreen.title(), `the shared screen's title ${step}`).not.toContain('Zephyrine');
}

describe('the shared screen belongs to one conference', () => {
  const tempFolder = useTempFolders();
  const run = useBrowserRun();

  async function chairOnReadBackOfA() {
    const dataFolder = await tempFolder();
    const key = randomBytes(32).toString('hex');
    const a = conferenceA();
    const b = conferenceB();
    await seedConference(dataFolder, key, a);
    await seedConference(dataFolder, key, b);
    const host = await run.host(dataFolder, key);
    const context = await ukContext(run.browser(), { viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${host.url}#/conference/${a.id}`);
    await page.getByRole('button', { name: 'Meeting', exact: true }).click();
    await page.getByLabel('Read back decisions').check();

    const firstSharedScreen = await context.newPage();
    await firstSharedScreen.goto(`${host.origin}/shared-screen.html`);
    await firstSharedScreen.getByRole('heading', { name: 'What we decided for Zephyrine' }).waitFor();
    // The traces are really on the shared screen while A is open, so their absence later is the fix, not a typo.
    const before = await sharedScreenText(firstSharedScreen);
    for (const trace of A_ON_SHARED_SCREEN) expect(before).toContain(trace);
    await page.bringToFront();
    return { host, context, page, firstSharedScreen, a, b, errors };
  }

  it('A on read-back, back to the list, B opened: the open shared screen and a newly opened one hold, with no trace of A', async () => {
    const { host, context, page, firstSharedScreen, errors } = await chairOnReadBackOfA();

    await page.getByRole('button', { name: '← Conferences' }).click();
    await page.getByRole('row', { name: /Bartholomew Fenwright/ }).waitFor();
    await expectHolding(firstSharedScreen, 'after A was closed');

    await page
      .getByRole('row', { name: /Bartholomew Fenwright/ })
      .getByRole('button', { name: /^Open/ })
      .click();
    await page.getByRole('heading', { name: /Initial child protection conference, Wed 2 Dec 2026/ }).waitFor();

    const newSharedScreen = await context.newPage();
    await newSharedScreen.goto(`${host.origin}/shared-screen.html`);
    await expectHolding(newSharedScreen, 'on a shared screen opened after B was opened');
    await expectHolding(firstSharedScreen, 'on the shared screen that was open all along, after B was opened');
    expect(errors).toEqual([]);
  });

  it('A on read-back, chair on Setup, straight to B (no close): the shared screens hold with no trace of A; B’s own screen follows', async () => {
    const { host, context, page, firstSharedScreen, b, errors } = await chairOnReadBackOfA();
    // Looking at the setup does not change the shared screen: it keeps the read-back, as the chair left it.
    await page.getByRole('button', { name: 'Setup', exact: true }).click();

    // Back/forward or a link: the chair's window goes from one conference to the other without the list between,
    // and, still on Setup, publishes nothing for B. Only main's open can take A's read-back off the shared screen.
    await page.evaluate((id) => {
      window.location.hash = `#/conference/${id}`;
    }, b.id);
    await page.getByRole('heading', { name: /Initial child protection conference, Wed 2 Dec 2026/ }).waitFor();

    const newSharedScreen = await context.newPage();
    await newSharedScreen.goto(`${host.origin}/shared-screen.html`);
    await expectHolding(newSharedScreen, 'on a shared screen opened after switching to B');
    await expectHolding(firstSharedScreen, 'on the shared screen that was open all along, after switching to B');

    // B's own screen still reaches both shared screens: the fix holds the shared screen between conferences, it does
    // not freeze it.
    await page.getByRole('button', { name: 'Meeting', exact: true }).click();
    await page.getByLabel('Welcome', { exact: true }).check();
    for (const sharedScreen of [firstSharedScreen, newSharedScreen]) {
      await sharedScreen.getByText(/For Bartholomew/).waitFor();
      await expectNoTraceOfA(sharedScreen, 'once B’s welcome is shown');
    }
    expect(errors).toEqual([]);
  });
});
