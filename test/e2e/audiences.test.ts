import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConferenceStore } from '../../electron/services/conference-store';
import { openFixture, useBrowserRun } from '../helpers/browser-run';
import { seedSettings } from '../helpers/settings';
import { useTempFolders } from '../helpers/temp';

const SHOTS = join(import.meta.dirname, '../../test-results/screens');
const DOCS = join(import.meta.dirname, '../../docs/screens');

/** Words of the chair's, for professionals only, and an action private to the mother: each must be told apart. */
const REASONS = 'Mia’s dental care is still late; the health visitor’s concerns about Jade’s health stand.';
const PRIVATE_ACTION = 'Jade will see the Northby Clinic alcohol service every Tuesday.';

/** The popover an audience button opens, by the name it is given beside the item. */
async function openAudience(scope: Locator | Page, page: Page, name: RegExp): Promise<Locator> {
  const button = scope.getByRole('button', { name });
  await button.click();
  const popover = page.getByRole('dialog', { name: /^Who sees / }).last();
  await popover.waitFor();
  return popover;
}

/** A row of a person's "left out" list that holds the given words, if any. */
function leftOutRow(page: Page, person: string, words: string): Locator {
  return page
    .getByRole('region', { name: `Left out for ${person}` })
    .getByRole('row')
    .filter({ hasText: words });
}

describe('audiences, through the screens', () => {
  const tempFolder = useTempFolders();
  const run = useBrowserRun();
  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    await mkdir(DOCS, { recursive: true });
  });

  it('sets professionals only and withholds a plan action from one parent; the redaction preview lists each for the right people', async () => {
    const dataFolder = await tempFolder();
    const { page, fixture, errors, keyHex: key } = await openFixture(run, dataFolder, 'westbrook-review.json');
    await page.getByRole('button', { name: 'Decisions and plan' }).click();

    // The chair's reasons for Mia: professionals only.
    const mia = page.getByRole('region', { name: 'Decision for Mia' });
    await mia.getByLabel('The plan continues').check();
    await mia.getByLabel('The chair’s reasons').fill(REASONS);
    const reasons = await openAudience(mia, page, /^Who sees the chair’s reasons for Mia: Everyone/);
    await reasons.getByRole('radio', { name: /^Professionals only/ }).check();
    await reasons.getByRole('button', { name: 'Done' }).click();
    await mia.getByRole('button', { name: /^Who sees the chair’s reasons for Mia: Professionals only/ }).waitFor();

    // A new action private to Jade: withheld from Kieran.
    await page.getByRole('button', { name: 'Add an action' }).click();
    const action = page
      .locator('fieldset.record')
      .filter({ has: page.getByText(/^Action \d+$/) })
      .last();
    await action.getByLabel('What will be done').fill(PRIVATE_ACTION);
    const who = await action.getByLabel('Who').locator('option').allTextContents();
    await action.getByLabel('Who').selectOption({ index: who.findIndex((t) => t.startsWith('Jade Ashdown')) });
    const privately = await openAudience(action, page, /^Who sees action \d+: Everyone/);
    await privately.getByRole('checkbox', { name: /^Kieran Ashdown/ }).check();
    // Family-side people are offered first: they are the ones text is usually withheld from.
    const names = await privately.locator('label').allTextContents();
    expect(names.findIndex((n) => n.startsWith('Jade Ashdown'))).toBeLessThan(
      names.findIndex((n) => n.startsWith('Rhys Morgan')),
    );

    // Bad input: a time outside the meeting gets a message beside the field; putting it right clears it.
    const when = privately.getByLabel('When (on the conference day)');
    await when.fill('09:00');
    await privately.getByRole('alert').filter({ hasText: 'has a time outside the meeting' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'audience-control.png') });
    await when.fill('14:30');
    await privately.getByRole('alert').waitFor({ state: 'detached' });
    await privately.getByRole('button', { name: 'Done' }).click();
    await action.getByRole('button', { name: /^Who sees action \d+: Everyone · Not for: Kieran Ashdown$/ }).waitFor();

    // The check before a final export.
    await page.getByRole('button', { name: 'Export documents' }).click();
    await page.getByLabel('Draft (marked DRAFT on every page)').uncheck();
    await page.getByRole('button', { name: 'Next: check each person’s copy' }).click();
    const check = page.getByRole('dialog', { name: 'Check before exporting' });
    await check.getByRole('heading', { name: 'What each copy leaves out' }).waitFor();
    await check.getByText('Checking the documents…').waitFor({ state: 'detached' });

    // The action is left out of Kieran's copies only, as withheld from him; the reasons from both parents' copies.
    await leftOutRow(page, 'Kieran Ashdown', 'Northby Clinic')
      .filter({ hasText: 'Withheld from this person' })
      .waitFor();
    expect(await leftOutRow(page, 'Jade Ashdown', 'Northby Clinic').count()).toBe(0);
    expect(await leftOutRow(page, 'Rhys Morgan', 'Northby Clinic').count()).toBe(0);
    for (const parent of ['Jade Ashdown', 'Kieran Ashdown']) {
      expect(
        await leftOutRow(page, parent, 'The chair’s reasons for Mia').filter({ hasText: 'Professionals only' }).count(),
      ).toBe(1);
    }
    expect(await leftOutRow(page, 'Rhys Morgan', 'The chair’s reasons for Mia').count()).toBe(0);
    // The shared screen leaves out both: it is seen by everyone in the room.
    const leftOut = page.getByRole('region', { name: 'Left out of the shared screen' });
    expect(await leftOut.getByRole('row').filter({ hasText: 'Northby Clinic' }).count()).toBe(1);
    expect(await leftOut.getByRole('row').filter({ hasText: 'The chair’s reasons for Mia' }).count()).toBe(1);

    await page.screenshot({ path: join(SHOTS, 'export-check.png') });
    // Tall enough to show the first two family members' lists whole, the second with the withheld action.
    await page.setViewportSize({ width: 1500, height: 1900 });
    await check.getByRole('heading', { name: 'What each copy leaves out' }).evaluate((h) => h.scrollIntoView());
    await page.screenshot({ path: join(SHOTS, 'redaction-preview.png') });
    await page.screenshot({ path: join(DOCS, 'redaction-preview.png') });
    await page.setViewportSize({ width: 1500, height: 1000 });

    // Changed from the preview: the reasons go back to everyone and leave Jade's list.
    const fromPreview = await openAudience(
      leftOutRow(page, 'Jade Ashdown', 'The chair’s reasons for Mia'),
      page,
      /^Who sees The chair’s reasons for Mia: Professionals only/,
    );
    // Escape closes the popover, not the check around it.
    await page.keyboard.press('Escape');
    await fromPreview.waitFor({ state: 'detached' });
    expect(await check.isVisible()).toBe(true);
    await openAudience(
      leftOutRow(page, 'Jade Ashdown', 'The chair’s reasons for Mia'),
      page,
      /^Who sees The chair’s reasons for Mia: Professionals only/,
    );
    // The row, and the popover with it, leave Jade's list as soon as the item is hers to see.
    await fromPreview.getByRole('radio', { name: /^Everyone/ }).click();
    await leftOutRow(page, 'Jade Ashdown', 'The chair’s reasons for Mia').waitFor({ state: 'detached' });
    expect(await leftOutRow(page, 'Kieran Ashdown', 'Northby Clinic').count()).toBe(1);

    // What reached the disk.
    await check.getByRole('button', { name: 'Close' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Saved at/ })
      .waitFor();
    const store = new ConferenceStore({ dataFolder, key: Buffer.from(key, 'hex') });
    await store.init();
    const opened = await store.open(fixture.id);
    if (!opened.ok) throw new Error(opened.message);
    const saved = opened.value.conference;
    const added = saved.plan.actions.find((a) => a.what === PRIVATE_ACTION);
    expect(added).toBeDefined();
    expect(saved.captures[`action:${added!.id}`]).toMatchObject({
      audience: { level: 'everyone', withheldFrom: ['p-kieran'] },
      // 14:30 on Tue 1 Dec 2026, UK time (GMT in December).
      at: '2026-12-01T14:30:00.000Z',
    });
    expect(saved.captures['decision:child-mia:chairReasons']?.audience).toEqual({
      level: 'everyone',
      withheldFrom: [],
    });
    expect(errors).toEqual([]);
  });

  it('holds the shared screen and stops a final export when a restricted note’s words are typed into a plan action, with one click to put it right', async () => {
    const dataFolder = await tempFolder();
    // The organisation's settings as a final export needs them: this test ends with one.
    await seedSettings(dataFolder);
    const { page, host, errors } = await openFixture(run, dataFolder, 'westbrook-review.json');

    // The referrer's name and address are in a restricted note; the chair types them again into an action.
    await page.getByRole('button', { name: 'Decisions and plan' }).click();
    await page.getByRole('button', { name: 'Add an action' }).click();
    const action = page
      .locator('fieldset.record')
      .filter({ has: page.getByText(/^Action \d+$/) })
      .last();
    await action
      .getByLabel('What will be done')
      .fill(
        'Keep to what was agreed: the referrer, Mrs Delia Pell of 22 Orchard Rise, asked not to be named to the family.',
      );

    // The shared screen holds on the read-back that would show the action; the chair's window says why, the shared
    // screen does not.
    const sharedScreen = await page.context().newPage();
    await sharedScreen.goto(`${host.origin}/shared-screen.html`);
    await page.bringToFront();
    await page.getByRole('button', { name: 'Meeting' }).click();
    await page.getByLabel('Read back decisions').check();
    await page.getByLabel('Child to read back').selectOption({ label: 'Mia' });
    const side = page.getByRole('complementary', { name: 'Shared screen' });
    const warning = side.getByRole('alert').filter({ hasText: 'The shared screen is on hold.' });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('repeats Note “For the annex only: the referrer');
    await sharedScreen.getByText('The meeting will continue shortly').waitFor();
    for (const canary of ['Delia Pell', '22 Orchard Rise', 'on hold']) {
      expect(await sharedScreen.content()).not.toContain(canary);
    }
    await page.screenshot({ path: join(SHOTS, 'shared-screen-leak-warning.png') });

    // The check before a final export names the field and each family recipient, and will not export.
    await page.getByRole('button', { name: 'Export documents' }).click();
    await page.getByLabel('Draft (marked DRAFT on every page)').uncheck();
    await page.getByRole('button', { name: 'Next: check each person’s copy' }).click();
    const check = page.getByRole('dialog', { name: 'Check before exporting' });
    const leaks = check.getByRole('region', { name: 'Words that would reach the wrong person' });
    // One fix, however many people the words would reach: the message names the field, a recipient and the fix.
    const leak = leaks.getByRole('listitem').filter({ hasText: 'Note “For the annex only: the referrer' });
    await leak.waitFor();
    expect(await leaks.getByRole('listitem').count()).toBe(1);
    const said = (await leak.textContent()) ?? '';
    for (const who of ['Jade Ashdown', 'Kieran Ashdown', 'Rhys Morgan']) expect(said).toContain(who);
    expect(said).toContain('Plan action “Keep to what was agreed');
    expect(await check.getByRole('button', { name: 'Export final documents' }).isDisabled()).toBe(true);
    await leaks.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'export-leaks.png') });

    // One click: withhold the action from Jade. She is no longer named; Kieran still is.
    const withholdFrom = (who: string) =>
      leak.getByRole('button', { name: new RegExp(`^Withhold Plan action .* from ${who}$`) });
    await withholdFrom('Jade Ashdown').click();
    await withholdFrom('Jade Ashdown').waitFor({ state: 'detached' });
    expect((await leak.locator('p').allTextContents()).join(' ')).not.toContain('Jade Ashdown');
    expect(await withholdFrom('Kieran Ashdown').count()).toBe(1);
    // Withheld from someone in the room, the action is off the shared screen, so the shared screen is no longer held.
    await sharedScreen.getByRole('heading', { name: 'What we decided for Mia' }).waitFor();
    expect(await sharedScreen.content()).not.toContain('Delia Pell');
    expect(await warning.count()).toBe(0);

    // The fix the message gives: the action to the restricted annex, from the control beside it.
    const fix = await openAudience(leak, page, /^Who sees Plan action/);
    await fix.getByRole('radio', { name: /^Restricted \(annex only\)/ }).click();
    await leak.waitFor({ state: 'detached' });
    await check.getByRole('button', { name: 'Close' }).click();

    // And nothing is left for the export to stop: the main process agrees, and writes the final set.
    await page.getByRole('button', { name: 'Export documents' }).click();
    await page.getByLabel('Draft (marked DRAFT on every page)').uncheck();
    await page.getByRole('button', { name: 'Next: check each person’s copy' }).click();
    const again = page.getByRole('dialog', { name: 'Check before exporting' });
    await again.getByText('None found.').waitFor();
    await again.getByRole('button', { name: 'Export final documents' }).click();
    const done = page.getByRole('dialog', { name: 'Export documents' });
    await done.getByText(/^Saved in/).waitFor();
    expect(await done.getByRole('row').filter({ hasText: 'restricted-annex.docx' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
