import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ukContext, useBrowserRun } from '../helpers/browser-run';
import { loadFixture, seedConference } from '../helpers/seed';
import { useTempFolders } from '../helpers/temp';

const CANARIES = ['Delia Pell', '22 Orchard Rise'];
const SHOTS = join(import.meta.dirname, '../../test-results/screens');

/** Everything the shared screen holds, as text and as markup, must be free of restricted words. */
async function expectNoCanary(sharedScreen: Page, step: string) {
  const html = await sharedScreen.content();
  const text = await sharedScreen.evaluate(() => document.body.innerText);
  for (const canary of CANARIES) {
    expect(html, `${canary} in the shared screen's markup at ${step}`).not.toContain(canary);
    expect(text, `${canary} in the shared screen's text at ${step}`).not.toContain(canary);
  }
}

describe('running the Westbrook review conference', () => {
  const tempFolder = useTempFolders();
  const run = useBrowserRun();
  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
  });

  it('walks setup, the agenda, notes, a closed session, the analysis board and scaling; the shared screen never shows restricted words', async () => {
    const dataFolder = await tempFolder();
    const key = randomBytes(32).toString('hex');
    const fixture = loadFixture('westbrook-review.json');
    // Start from the setup: the meeting has not begun, nothing noted yet except the restricted record.
    await seedConference(dataFolder, key, {
      ...fixture,
      agenda: { items: {} },
      notes: fixture.notes.filter((n) => fixture.captures[`note:${n.id}`]?.audience?.level === 'restricted'),
      analysis: { worries: [], strengths: [], safetyGoals: [], scaling: [] },
    });
    const host = await run.host(dataFolder, key);
    const context = await ukContext(run.browser(), { viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(host.url);
    await page
      .getByRole('row', { name: /Jayden Ashdown/ })
      .getByRole('button', { name: /^Open/ })
      .click();

    // Setup: household and participants are there; the quorum indicator speaks.
    await page.getByRole('heading', { name: /Review child protection conference, Tue 1 Dec 2026/ }).waitFor();
    await page.getByRole('button', { name: 'Household' }).click();
    expect(await page.getByLabel('First name').first().inputValue()).toBe('Jayden');
    await page.getByRole('button', { name: 'Participants' }).click();
    await page.getByText('✓ Quorate').waitFor();
    await page.screenshot({ path: join(SHOTS, 'setup-participants.png') });

    // The shared screen, in a second page that follows live.
    const sharedScreen = await context.newPage();
    await sharedScreen.goto(`${host.origin}/shared-screen.html`);
    await page.getByRole('button', { name: 'Meeting' }).click();
    await sharedScreen.getByText('The meeting will start shortly').waitFor();
    await expectNoCanary(sharedScreen, 'welcome');

    await page.getByRole('button', { name: 'Start the meeting' }).click();
    await page.getByRole('heading', { name: 'Welcome and introductions', level: 2 }).waitFor();
    await sharedScreen.locator('.p-title').waitFor();

    // Walk the agenda with the keyboard, noting on several items, checking the shared screen at every step.
    const agendaItems = await page.locator('.rail__item').count();
    expect(agendaItems).toBeGreaterThan(20);
    let restrictedAdded = false;
    for (let step = 0; step < agendaItems; step++) {
      const title = (await page.locator('#item-title').textContent()) ?? '';
      if (step % 4 === 1) {
        await page.keyboard.press('Alt+KeyN');
        await page.keyboard.type(`Note on ${title}: discussed with the family.`);
        await page.keyboard.press('Alt+KeyA');
        await page.keyboard.type('Rhys Morgan');
        await page.keyboard.press('Alt+KeyN');
        await page.keyboard.press('Control+Enter');
        await page.locator('.note__text', { hasText: `Note on ${title}` }).waitFor();
      }
      if (title === 'Reports' && !restrictedAdded) {
        await page.keyboard.press('Alt+KeyN');
        await page.keyboard.type('Referral came from Delia Pell at 22 Orchard Rise; not to be shared.');
        await page.keyboard.press('Alt+KeyR');
        await page.keyboard.press('Control+Enter');
        await page.locator('.note--restricted', { hasText: 'Delia Pell' }).waitFor();
        restrictedAdded = true;
      }
      if (title === 'Analysis: strengths, worries and safety goals' || (await page.locator('.board').count()) > 0) {
        const worries = page.getByRole('region', { name: 'What are we worried about?' });
        await worries.getByRole('textbox').fill('Mia has missed dental treatment and school days.');
        await worries.getByRole('button', { name: 'Add' }).click();
        const well = page.getByRole('region', { name: 'What is working well?' });
        await well.getByRole('textbox').fill('Kieran finished 7 of 8 parenting sessions.');
        await well.getByRole('button', { name: 'Add' }).click();
        const restrictedWorry = page.getByRole('region', { name: 'What are we worried about?' });
        await restrictedWorry.getByRole('textbox').fill('Neighbour Delia Pell reported shouting.');
        await restrictedWorry.getByRole('checkbox', { name: 'Restricted' }).check();
        await restrictedWorry.getByRole('button', { name: 'Add' }).click();
        await sharedScreen.getByText('Kieran finished 7 of 8 parenting sessions.').waitFor();
        await page.screenshot({ path: join(SHOTS, 'meeting-analysis.png') });
        await sharedScreen.screenshot({ path: join(SHOTS, 'shared-screen-analysis.png') });
      }
      if ((await page.locator('.scaling').count()) > 0) {
        const scores: Array<[RegExp, string]> = [
          [/Rhys Morgan/, '6'],
          [/Ellen Bright/, '6'],
          [/Tom Haddad/, '7'],
          [/Nadia Kowalski/, '5'],
          [/Sam Whitlock/, '6'],
          [/Jade Ashdown/, '8'],
          [/Kieran Ashdown/, '8'],
        ];
        for (const [who, score] of scores) await page.getByLabel(who).selectOption(score);
        await sharedScreen.getByText(/scores from 5 to 8/).waitFor();
        await sharedScreen.screenshot({ path: join(SHOTS, 'shared-screen-scaling.png') });
      }
      if (title.startsWith('Risk to other children')) {
        // A closed session: the shared screen holds, notes are restricted whatever the toggle says.
        await page.getByRole('button', { name: 'Start closed session…' }).click();
        await page.getByLabel('Why (for the restricted annex)').fill('Police intelligence to share.');
        await page.getByRole('dialog').getByRole('button', { name: 'Start closed session' }).click();
        await sharedScreen.getByText('The meeting will continue shortly').waitFor();
        // The shared screen already holds, so the chair is not offered a hold that would change nothing.
        expect(await page.getByRole('button', { name: 'On hold for the closed session' }).isDisabled()).toBe(true);
        expect(await page.getByRole('button', { name: 'Hold screen (B)' }).count()).toBe(0);
        await page.keyboard.press('Alt+KeyN');
        await page.keyboard.type('PC Finch: intelligence about 22 Orchard Rise.');
        await page.keyboard.press('Control+Enter');
        await page.locator('.note--restricted', { hasText: 'PC Finch' }).waitFor();
        await expectNoCanary(sharedScreen, 'closed session');
        await page.getByRole('button', { name: 'End closed session' }).click();
        await page.getByRole('dialog').getByRole('button', { name: 'End closed session' }).click();
        await sharedScreen.locator('.p-title').waitFor();
      }
      await expectNoCanary(sharedScreen, title);
      if (step === agendaItems - 1) break;
      await page.keyboard.press('Alt+KeyD');
      await page.locator('#item-title').filter({ hasNotText: title }).waitFor();
    }
    expect(restrictedAdded).toBe(true);

    // Hold with B, and back.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('KeyB');
    await sharedScreen.getByText('The meeting will continue shortly').waitFor();
    const showAgain = page.getByRole('button', { name: 'Show again (B)' });
    expect(await showAgain.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('KeyB');
    await sharedScreen.locator('.p-title').waitFor();
    await expectNoCanary(sharedScreen, 'after hold');
    await page.screenshot({ path: join(SHOTS, 'meeting.png') });
    expect(errors).toEqual([]);
  });
});
