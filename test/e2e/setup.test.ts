import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ukPage, useBrowserRun } from '../helpers/browser-run';
import { useTempFolders } from '../helpers/temp';

/** The message shown beside a field, found through the field's accessible description. */
async function messageBeside(page: Page, label: string | RegExp, nth = 0): Promise<string> {
  const field = page.getByLabel(label).nth(nth);
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(' ')
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  return texts.join(' ');
}

describe('setup: bad input gets a message beside the field, and nothing else is lost', () => {
  const tempFolder = useTempFolders();
  const run = useBrowserRun();

  it('flags impossible dates, times, missing names and duplicates; long, emoji and right-to-left text survive a reload', async () => {
    const host = await run.host(await tempFolder(), randomBytes(32).toString('hex'));
    const page = await ukPage(run.browser(), { viewport: { width: 1400, height: 1000 } });
    await page.goto(host.url);
    await page.getByLabel('Type').selectOption('pre-birth');
    await page.getByRole('button', { name: 'Create conference' }).click();
    await page.getByRole('heading', { name: /Pre-birth child protection conference/ }).waitFor();

    // Details: an end time before the start time.
    await page.getByLabel('Start time').fill('14:00');
    await page.getByLabel('End time').fill('13:30');
    expect(await messageBeside(page, 'End time')).toContain('The end time is before the start time');
    const longReason = Array.from({ length: 10_000 }, (_, i) => `word${i}`).join(' ');
    await page.getByLabel('Reason for the conference').fill(longReason);

    // Household: a birth date in the future, an EDD in the past, a duplicate child, RTL and emoji names.
    await page.getByRole('button', { name: 'Household' }).click();
    await page.getByRole('button', { name: 'Add a child' }).click();
    await page.getByLabel('First name').nth(0).fill('ليلى');
    await page.getByLabel('Family name').nth(0).fill('Ashdown 🌟');
    await page.getByLabel('Date of birth').nth(0).fill('2099-01-01');
    expect(await messageBeside(page, 'Date of birth')).toContain('in the future');
    await page.getByRole('button', { name: 'Add a child' }).click();
    await page.getByLabel('Unborn baby').nth(1).check();
    await page.getByLabel('Expected date of delivery').fill('2020-01-01');
    expect(await messageBeside(page, 'Expected date of delivery')).toContain('in the past');
    await page.getByLabel('Expected date of delivery').fill('2099-03-01');
    expect(await messageBeside(page, 'Expected date of delivery')).not.toContain('in the past');
    await page.getByRole('button', { name: 'Add a child' }).click();
    await page.getByLabel('First name').nth(2).fill('ليلى');
    await page.getByLabel('Family name').nth(2).fill('Ashdown 🌟');
    await page.getByLabel('Date of birth').nth(1).fill('2099-01-01');
    expect(await messageBeside(page, 'First name', 2)).toContain('already listed as child 1');
    await page.getByLabel('NHS number').first().fill('943 476 5918');
    expect(await messageBeside(page, 'NHS number')).toContain('check digit');

    // Participants: a professional without a name.
    await page.getByRole('button', { name: 'Participants' }).click();
    await page.getByRole('button', { name: 'Add a professional' }).click();
    await page.getByLabel('Name').fill('x');
    await page.getByLabel('Name').fill('');
    expect(await messageBeside(page, 'Name')).toContain('Enter the participant’s name');
    expect(await messageBeside(page, 'Agency')).toContain('Choose the agency');

    // Everything else was saved regardless.
    await page
      .getByRole('status')
      .filter({ hasText: /Saved at/ })
      .waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Household' }).click();
    expect(await page.getByLabel('First name').nth(0).inputValue()).toBe('ليلى');
    expect(await page.getByLabel('Family name').nth(0).inputValue()).toBe('Ashdown 🌟');
    await page.getByRole('button', { name: 'Details' }).click();
    expect(await page.getByLabel('Reason for the conference').inputValue()).toBe(longReason);
    expect(await page.getByLabel('End time').inputValue()).toBe('13:30');
  });

  it('keeps every other edit saving while a 540-character paste in Chair waits for its fix (issue 13)', async () => {
    const host = await run.host(await tempFolder(), randomBytes(32).toString('hex'));
    const page = await ukPage(run.browser(), { viewport: { width: 1400, height: 1000 } });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Create conference' }).click();
    await page.getByLabel('Chair').waitFor();
    await page.getByLabel('Chair').fill('Priya Nandakumar');
    await page
      .getByRole('status')
      .filter({ hasText: /Saved at/ })
      .waitFor();

    await page.getByLabel('Chair').fill('p'.repeat(540));
    expect(await messageBeside(page, 'Chair')).toContain('This holds up to 500 characters; it has 540.');
    await page.getByLabel('Venue').fill('Westbrook Family Centre, Room B');
    await page.getByLabel('Minute-taker').fill('Daniel Osei');
    await page.waitForTimeout(1500); // past the autosave's pause
    await page
      .getByRole('status')
      .filter({ hasText: /Saved at/ })
      .waitFor();

    await page.reload();
    await page.getByLabel('Venue').waitFor();
    expect(await page.getByLabel('Venue').inputValue()).toBe('Westbrook Family Centre, Room B');
    expect(await page.getByLabel('Minute-taker').inputValue()).toBe('Daniel Osei');
    // The chair is as it was last saved: the long paste was never sent.
    expect(await page.getByLabel('Chair').inputValue()).toBe('Priya Nandakumar');
  });
});
