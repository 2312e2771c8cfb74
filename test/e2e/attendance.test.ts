import { randomBytes } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ukPage, useBrowserRun } from '../helpers/browser-run';
import { useTempFolders } from '../helpers/temp';

/** The message beside a field, found through the field's accessible description (hint and error together). */
async function messageBeside(field: Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const page = field.page();
  const texts = await Promise.all(
    ids
      .split(' ')
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  return texts.join(' ');
}

const section = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Setup sections' }).getByRole('button', { name });

describe('attendance and people, as a chair records them on the setup screens', () => {
  const tempFolder = useTempFolders();
  const run = useBrowserRun();

  it('records a separate session, a child not attending, dates of birth, gender and gestation at the conference; all survive a reload', async () => {
    const host = await run.host(await tempFolder(), randomBytes(32).toString('hex'));
    const page = await ukPage(run.browser(), { viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(host.url);
    await page.getByLabel('Date', { exact: true }).fill('2027-03-09');
    await page.getByRole('button', { name: 'Create conference' }).click();
    await page.getByRole('heading', { name: /Initial child protection conference/ }).waitFor();
    await page.getByLabel('Start time').fill('10:00');
    await page.getByLabel('End time').fill('12:00');

    // Household: a child with gender and ethnicity, an unborn baby (due 4 May 2027: 32 weeks 0 days on 9 March,
    // counted from the conference, not from today), an adult with a date of birth.
    await section(page, 'Household').click();
    const children = page.getByRole('region', { name: 'Children in the household' });
    await children.getByRole('button', { name: 'Add a child' }).click();
    const leo = children.locator('fieldset.record').nth(0);
    await leo.getByLabel('First name', { exact: true }).fill('Leo');
    await leo.getByLabel('Family name', { exact: true }).fill('Hale');
    await leo.getByLabel('Date of birth', { exact: true }).fill('2019-04-12');
    await leo.getByLabel('Gender', { exact: true }).fill('Boy');
    await leo.getByLabel('Ethnicity', { exact: true }).fill('White British');
    await children.getByRole('button', { name: 'Add a child' }).click();
    const baby = children.locator('fieldset.record').nth(1);
    await baby.getByLabel('Unborn baby', { exact: true }).check();
    await baby.getByLabel('Expected date of delivery', { exact: true }).fill('2027-05-04');
    expect(await messageBeside(baby.getByLabel('Expected date of delivery', { exact: true }))).toBe(
      'About 32 weeks 0 days pregnant at the conference (Tue 9 Mar 2027).',
    );

    const adults = page.getByRole('region', { name: 'Adults' });
    await adults.getByRole('button', { name: 'Add an adult' }).click();
    const marcusAdult = adults.locator('fieldset.record').nth(0);
    await marcusAdult.getByLabel('First name', { exact: true }).fill('Marcus');
    await marcusAdult.getByLabel('Family name', { exact: true }).fill('Hale');
    const dob = marcusAdult.getByLabel('Date of birth', { exact: true });
    await dob.fill('2099-05-01');
    expect(await messageBeside(dob)).toBe('The date of birth is in the future. Check the year.');
    await dob.fill('1990-05-01');
    expect(await messageBeside(dob)).toBe('');

    // Participants: Marcus is seen on his own, by phone.
    await section(page, 'Participants').click();
    const participants = page.getByRole('region', { name: 'Participants and attendance' });
    await participants.getByRole('button', { name: 'Add a family member' }).click();
    await participants.getByLabel('Name', { exact: true }).fill('Marcus Hale');
    const marcus = participants.getByRole('group', { name: 'Marcus Hale', exact: true });
    const attendance = marcus.getByLabel('Attendance', { exact: true });
    expect(await attendance.locator('option').allTextContents()).not.toContain(
      'Not attending: views shared another way',
    );
    await attendance.selectOption({ label: 'Attended separately' });
    const started = marcus.getByLabel('Separate session started', { exact: true });
    const ended = marcus.getByLabel('Separate session ended', { exact: true });
    expect(await messageBeside(started)).toContain('their copy of the minutes cannot follow them');
    await started.fill('09:30');
    await ended.fill('10:15');
    expect(await messageBeside(started)).toBe(
      'The separate session starts at 09:30, before the meeting starts (10:00). Correct this time, or the meeting’s start time in the details.',
    );
    await started.fill('11:30');
    await ended.fill('11:55');
    expect(await messageBeside(started)).toBe('');
    expect(await messageBeside(ended)).toBe('');
    await marcus.getByLabel('How they joined', { exact: true }).selectOption({ label: 'By phone' });
    await marcus
      .getByLabel('Why they were seen separately', { exact: true })
      .fill('His bail conditions forbid contact with Amber.');

    // Leo is not coming: one click lists him, and the chair says how his views were gathered.
    await participants.getByRole('button', { name: 'Add Leo as not attending' }).click();
    const leoRow = participants.getByRole('group', { name: 'Leo Hale', exact: true });
    await leoRow
      .getByLabel('How their views were gathered', { exact: true })
      .selectOption({ label: 'Letter or message' });
    await participants.getByRole('button', { name: 'Add Leo as not attending' }).waitFor({ state: 'detached' });
    expect(await participants.getByRole('button', { name: /as not attending/ }).count()).toBe(0);

    // Readable at 1280×720: no field is wider than the window.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);

    await page
      .getByRole('status')
      .filter({ hasText: /Saved at/ })
      .waitFor();
    await page.reload();
    await section(page, 'Participants').click();
    const again = page.getByRole('region', { name: 'Participants and attendance' });
    const marcusAgain = again.getByRole('group', { name: 'Marcus Hale', exact: true });
    expect(await marcusAgain.getByLabel('Attendance', { exact: true }).inputValue()).toBe('attended-separately');
    expect(await marcusAgain.getByLabel('Separate session started', { exact: true }).inputValue()).toBe('11:30');
    expect(await marcusAgain.getByLabel('Separate session ended', { exact: true }).inputValue()).toBe('11:55');
    expect(await marcusAgain.getByLabel('How they joined', { exact: true }).inputValue()).toBe('phone');
    expect(await marcusAgain.getByLabel('Why they were seen separately', { exact: true }).inputValue()).toBe(
      'His bail conditions forbid contact with Amber.',
    );
    const leoAgain = again.getByRole('group', { name: 'Leo Hale', exact: true });
    expect(await leoAgain.getByLabel('Attendance', { exact: true }).inputValue()).toBe('child-not-attending');
    expect(await leoAgain.getByLabel('How their views were gathered', { exact: true }).inputValue()).toBe('letter');
    expect(await leoAgain.getByLabel('Which child', { exact: true }).inputValue()).not.toBe('');

    await section(page, 'Household').click();
    const leoChild = page.getByRole('region', { name: 'Children in the household' }).locator('fieldset.record').nth(0);
    expect(await leoChild.getByLabel('Gender', { exact: true }).inputValue()).toBe('Boy');
    expect(await leoChild.getByLabel('Ethnicity', { exact: true }).inputValue()).toBe('White British');
    const marcusHousehold = page.getByRole('region', { name: 'Adults' }).locator('fieldset.record').nth(0);
    expect(await marcusHousehold.getByLabel('Date of birth', { exact: true }).inputValue()).toBe('1990-05-01');
    expect(errors).toEqual([]);
  });
});
