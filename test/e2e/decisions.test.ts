import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ConferenceStore } from '../../electron/services/conference-store';
import { ukPage, useBrowserRun } from '../helpers/browser-run';
import { loadFixture, seedConference } from '../helpers/seed';
import { useTempFolders } from '../helpers/temp';

const SHOTS = join(import.meta.dirname, '../../test-results/screens');

describe('deciding and planning at the Westbrook review', () => {
  const tempFolder = useTempFolders();
  const run = useBrowserRun();

  it('records RAG progress, both children’s decisions, new actions, the core group and the review; shows the review deadline', async () => {
    const dataFolder = await tempFolder();
    const key = randomBytes(32).toString('hex');
    const fixture = loadFixture('westbrook-review.json');
    // Progress on the old plan is recorded in the meeting, so start without it.
    const withoutProgress = {
      ...fixture,
      plan: { ...fixture.plan, actions: fixture.plan.actions.map(({ progress: _progress, ...a }) => a) },
    };
    await seedConference(dataFolder, key, withoutProgress);
    const host = await run.host(dataFolder, key);
    const page = await ukPage(run.browser(), { viewport: { width: 1600, height: 1100 } });
    await page.goto(`${host.url}#/conference/${fixture.id}`);

    // RAG progress, in the meeting's "Progress on the plan" item.
    await page.getByRole('button', { name: 'Meeting' }).click();
    await page.getByRole('button', { name: /Progress on the plan/ }).click();
    const rag = ['green', 'green', 'amber', 'red', 'green', 'amber'];
    const selects = page.getByRole('combobox', { name: /^Progress: / });
    expect(await selects.count()).toBe(6);
    for (let i = 0; i < 6; i++) await selects.nth(i).selectOption(rag[i]!);
    await page.getByRole('textbox', { name: /^Progress note: .*attendance/i }).fill('Now 88%, up from 79%.');
    // Finished or replaced actions leave the plan; the rest carry on into it.
    const retire = [/parenting/i, /dental/i, /GP/];
    for (const what of retire)
      await page
        .getByRole('checkbox', { name: new RegExp(`^Carry on in the new plan: .*${what.source}`, 'i') })
        .uncheck();

    // Decisions.
    await page.getByRole('button', { name: 'Decisions and plan' }).click();
    const jayden = page.getByRole('region', { name: 'Decision for Jayden' });
    await jayden.getByLabel('The plan ends').check();
    await jayden.getByLabel('What happens instead').selectOption('child-in-need-plan');
    await jayden.getByLabel('Who leads it').fill('Rhys Morgan');
    await jayden.getByLabel('Step-down plan').fill('Child in need plan led by Rhys Morgan; review in three months.');
    for (const who of ['Rhys Morgan', 'Ellen Bright', 'Tom Haddad', 'Nadia Kowalski', 'Sam Whitlock']) {
      await jayden.getByRole('combobox', { name: `View of ${who}` }).selectOption('no-plan');
    }
    const mia = page.getByRole('region', { name: 'Decision for Mia' });
    await mia.getByLabel('The plan continues').check();
    await mia.getByLabel('Neglect').check();
    await mia.getByRole('combobox', { name: 'View of Nadia Kowalski' }).selectOption('plan');
    await mia.getByLabel('The chair’s reasons').fill('Attendance and dental care still need to improve; all agree.');

    // New actions.
    const actions: Array<[string, string, string, string]> = [
      [
        'Book Mia’s dental appointment, with Sam’s help',
        'Jade Ashdown',
        '2026-12-18',
        'The appointment letter is shown to Rhys.',
      ],
      [
        'Meet the school about Mia’s attendance',
        'Nadia Kowalski',
        '2026-12-11',
        'A meeting note is shared with the core group.',
      ],
      ['Health review for Mia', 'Ellen Bright', '2027-01-15', 'The school nurse reports to the core group.'],
    ];
    for (const [what, who, by, know] of actions) {
      await page.getByRole('button', { name: 'Add an action' }).click();
      const action = page
        .locator('fieldset.record')
        .filter({ has: page.getByText(/^Action \d+$/) })
        .last();
      await action.getByLabel('What will be done').fill(what);
      await action.getByLabel('Who').selectOption({ index: await optionIndex(action, who) });
      await action.getByLabel('By').fill(by);
      await action.getByLabel('How we will know').fill(know);
    }

    // Core group for Mia and the next review.
    const coreGroup = page.getByRole('region', { name: 'Core group' });
    for (const who of [
      'Rhys Morgan',
      'Ellen Bright',
      'Nadia Kowalski',
      'Sam Whitlock',
      'Jade Ashdown',
      'Kieran Ashdown',
    ]) {
      await coreGroup.getByLabel(new RegExp(`^${who}`)).check();
    }
    await coreGroup.getByLabel('First meeting').fill('2026-12-15');
    await coreGroup.getByLabel('Then meets').selectOption('monthly');
    await coreGroup.locator('[data-deadline="first-core-group"]').filter({ hasText: 'On time' }).waitFor();

    const review = page.getByRole('region', { name: 'Next review' });
    const reviewDeadline = page.locator('.decisions__side [data-deadline="next-review"]');
    await reviewDeadline.waitFor();
    expect(await reviewDeadline.textContent()).toContain('Tue 1 Jun 2027');
    await review.getByLabel('Next review date').fill('2027-06-02');
    await page.locator('.decisions__side [data-deadline="next-review"]').filter({ hasText: 'LATE' }).waitFor();
    await review.getByLabel('Next review date').fill('2027-06-01');
    await page.locator('.decisions__side [data-deadline="next-review"]').filter({ hasText: 'On time' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'decisions.png'), fullPage: false });
    await page
      .getByRole('status')
      .filter({ hasText: /Saved at/ })
      .waitFor();

    // Read-back: before the family leaves, the wall shows each child's decision and plan in plain words.
    const presenter = await page.context().newPage();
    await presenter.goto(`${host.origin}/presenter.html`);
    await page.bringToFront();
    await page.getByRole('button', { name: 'Meeting' }).click();
    await page.getByLabel('Read back decisions').check();
    await page.getByLabel('Child to read back').selectOption({ label: 'Mia' });
    await presenter.getByRole('heading', { name: 'What we decided for Mia' }).waitFor();
    const wall = await presenter.evaluate(() => document.body.innerText);
    expect(wall).toContain('Mia’s child protection plan carries on.');
    expect(wall).toContain('Neglect');
    expect(wall).toContain('Book Mia’s dental appointment, with Sam’s help');
    expect(wall).not.toContain('See the GP about low mood.'); // retired at this review
    expect(wall).toContain('Tuesday 1 June 2027');
    for (const canary of ['Delia Pell', '22 Orchard Rise']) expect(await presenter.content()).not.toContain(canary);
    await presenter.screenshot({ path: join(SHOTS, 'shared-screen-read-back.png') });
    await page.getByLabel('Child to read back').selectOption({ label: 'Jayden' });
    await presenter.getByRole('heading', { name: 'What we decided for Jayden' }).waitFor();
    expect(await presenter.evaluate(() => document.body.innerText)).toContain(
      'Jayden’s child protection plan will end.',
    );

    // What reached the disk.
    const store = new ConferenceStore({ dataFolder, key: Buffer.from(key, 'hex') });
    await store.init();
    const opened = await store.open(fixture.id);
    if (!opened.ok) throw new Error(opened.message);
    const saved = opened.value.conference;
    const decision = (id: string) => saved.decisions.find((d) => d.childId === id)!;
    expect(decision('child-jayden')).toMatchObject({
      outcome: 'plan-ends',
      alternative: 'child-in-need-plan',
      alternativeLead: 'Rhys Morgan',
    });
    expect(decision('child-mia')).toMatchObject({ outcome: 'plan-continues', categories: ['neglect'] });
    expect(saved.plan.actions.filter((a) => a.carriedForward).map((a) => a.progress?.rag)).toEqual(rag);
    expect(saved.plan.actions.filter((a) => a.retired)).toHaveLength(3);
    const added = saved.plan.actions.filter((a) => !a.carriedForward);
    expect(added.map((a) => [a.what, a.due])).toEqual(actions.map(([what, , by]) => [what, { kind: 'by', date: by }]));
    const names = Object.fromEntries(saved.participants.map((p) => [p.id, p.name]));
    expect(added.map((a) => names[a.ownerParticipantId!])).toEqual(['Jade Ashdown', 'Nadia Kowalski', 'Ellen Bright']);
    expect(saved.coreGroup).toMatchObject({ firstMeetingOn: '2026-12-15', cadence: 'monthly' });
    expect(saved.coreGroup.memberParticipantIds).toHaveLength(6);
    expect(saved.review.nextReviewOn).toBe('2027-06-01');
  });
});

/** The index of the option whose text starts with a name, so "Jade Ashdown (mother)" is found by "Jade Ashdown". */
async function optionIndex(scope: Locator, name: string): Promise<number> {
  const texts = await scope.getByLabel('Who').locator('option').allTextContents();
  const index = texts.findIndex((t) => t.startsWith(name));
  if (index < 0) throw new Error(`${name} is not among ${texts.join(', ')}`);
  return index;
}

describe('starting a review from the Glenmor initial planning meeting (Scotland)', () => {
  const tempFolder = useTempFolders();
  const run = useBrowserRun();

  it('carries the household, categories and plan forward into a new review, and keeps restricted words off the wall', async () => {
    const dataFolder = await tempFolder();
    const key = randomBytes(32).toString('hex');
    const initial = loadFixture('scotland-initial.json');
    await seedConference(dataFolder, key, initial);
    const host = await run.host(dataFolder, key);
    const page = await ukPage(run.browser(), { viewport: { width: 1500, height: 1000 } });
    await page.goto(host.url);
    await page.getByRole('button', { name: /^Start review after/ }).click();
    await page.getByLabel('Date of the review').fill('2027-07-27');
    await page.getByRole('dialog').getByRole('button', { name: 'Start review' }).click();
    await page.getByRole('heading', { name: /Review child protection planning meeting, Tue 27 Jul 2027/ }).waitFor();

    await page.getByRole('button', { name: 'Decisions and plan' }).click();
    for (const child of initial.children) {
      const region = page.getByRole('region', { name: `Decision for ${child.givenName}` });
      await region.getByText(/On the plan for: Domestic abuse/).waitFor();
      expect(await region.getByLabel('The plan continues').count()).toBe(1);
    }
    const presenter = await page.context().newPage();
    await presenter.goto(`${host.origin}/presenter.html`);
    await page.bringToFront();
    await page.getByRole('button', { name: 'Meeting' }).click();
    await page.getByRole('button', { name: 'Start the meeting' }).click();
    for (let i = 0; i < 30; i++) {
      const wall = await presenter.content();
      expect(wall).not.toContain('Morag Canary');
      expect(wall).not.toContain('7 Hidden Lane');
      await page.keyboard.press('Alt+KeyD');
    }
  });
});
