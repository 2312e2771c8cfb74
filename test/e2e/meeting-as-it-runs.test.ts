import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '@shared/model/conference';
import { ukContext, useBrowserRun } from '../helpers/browser-run';
import { loadFixture, seedConference } from '../helpers/seed';
import { note, openItem, saidBy } from '../helpers/meeting-page';
import { useTempFolders } from '../helpers/temp';

const DOCS = join(import.meta.dirname, '../../docs/screens');
const VIEWPORT = { width: 1280, height: 720 };

/**
 * The live meeting as it really runs (issue 11, "Capture"), through the real renderer against the real services, at
 * 1280×720: who said what (the chair and minute-taker included, "Said by" emptied after each note, changed by Edit),
 * a separate session whose notes are kept from the other parent, scaling by everyone in the room (a family member
 * excluded for part of the meeting included), a child's views without a guessed method and none for an unborn
 * baby, a closed session with a reason of several lines and corrected times, the read-back scrolled on the shared
 * screen from the chair's window, and the meeting ended, reopened and ended again with the export then final by
 * default.
 *
 * The Westbrook review (test/fixtures/westbrook-review.json) with Kieran heard separately, Stacey excluded for part
 * of the meeting, and an unborn baby; the meeting not yet started.
 */
function westbrookAsItRuns(): Conference {
  const fixture = loadFixture('westbrook-review.json');
  return {
    ...fixture,
    agenda: { items: {} },
    notes: fixture.notes.filter((n) => fixture.captures[`note:${n.id}`]?.audience?.level === 'restricted'),
    childVoices: [],
    // Mia's plan carries on (the read-back shows the decision, the category and the plan).
    decisions: fixture.decisions.map((d) =>
      d.childId === 'child-mia' ? { ...d, outcome: 'plan-continues', categories: ['neglect'] } : d,
    ),
    children: [
      ...fixture.children,
      { ...fixture.children[0]!, id: 'child-baby', givenName: '', knownAs: '', unborn: true, dateOfBirth: undefined },
    ],
    participants: fixture.participants.map((p) =>
      p.id === 'p-kieran'
        ? {
            ...p,
            attendance: {
              ...p.attendance,
              status: 'attended-separately',
              arrivedAt: '15:00',
              leftAt: '15:20',
              joinedBy: 'phone',
              reason: 'Bail conditions: no contact with Jade.',
            },
          }
        : p.id === 'p-stacey'
          ? { ...p, attendance: { ...p.attendance, status: 'excluded-part' } }
          : p,
    ),
  };
}

describe('the meeting as it runs', () => {
  const tempFolder = useTempFolders();
  const run = useBrowserRun();
  beforeAll(async () => {
    await mkdir(DOCS, { recursive: true });
  });

  it('records who said what, the separate session, scaling, the read-back and the end of the meeting', async () => {
    const dataFolder = await tempFolder();
    const key = randomBytes(32).toString('hex');
    await seedConference(dataFolder, key, westbrookAsItRuns());
    const host = await run.host(dataFolder, key);
    const context = await ukContext(run.browser(), { viewport: VIEWPORT });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(host.url);
    await page
      .getByRole('row', { name: /Jayden Ashdown/ })
      .getByRole('button', { name: /^Open/ })
      .click();
    const sharedScreen = await context.newPage();
    await sharedScreen.goto(`${host.origin}/shared-screen.html`);
    await page.bringToFront();
    await page.getByRole('button', { name: 'Meeting' }).click();
    await page.getByRole('button', { name: 'Start the meeting' }).click();
    await page.locator('#item-title').waitFor();

    // "Said by": the chair and the minute-taker by name; emptied after each note; changed by Edit.
    await openItem(page, 'Family’s views');
    const offered = await page
      .locator('[data-note-attribution]')
      .evaluate((input) => [...((input as HTMLInputElement).list?.options ?? [])].map((o) => o.value));
    expect(offered).toContain('Priya Nandakumar (Chair)');
    expect(offered).toContain('Daniel Osei (Minute-taker)');
    expect(offered).toContain('Stacey Ashdown (Paternal aunt (supporter))');
    expect(offered).not.toContain('PC Laura Finch (Police officer)'); // sent apologies
    await note(page, 'We will hear from Jade first, then Kieran on his own.', 'Priya Nandakumar (Chair)');
    expect(await page.locator('[data-note-attribution]').inputValue()).toBe('');
    await note(page, 'Jade wants help with the mornings.', 'Jade Ashdown');
    expect(await page.locator('[data-note-attribution]').inputValue()).toBe('');
    await note(page, 'The family asked for the plan in large print.');
    expect(await saidBy(page, 'The family asked for the plan in large print.')).toBe('Not attributed');
    expect(await saidBy(page, 'We will hear from Jade first')).toBe('Priya Nandakumar (Chair)');
    const first = page.locator('.note', { hasText: 'We will hear from Jade first' });
    await first.getByRole('button', { name: 'Edit' }).click();
    await first.getByLabel('Said by').fill('Daniel Osei (Minute-taker)');
    await first.getByRole('button', { name: 'Save note' }).click();
    await first.locator('[data-note-said-by]', { hasText: 'Daniel Osei (Minute-taker)' }).waitFor();
    await page.locator('.notes__list').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(DOCS, 'meeting-said-by.png') });

    // The separate session: Kieran's words are kept from Jade (and the other family members) by default.
    await openItem(page, 'Separate session with a parent or carer');
    await page.locator('[data-kept-from]', { hasText: 'Jade Ashdown' }).waitFor();
    await note(page, 'Kieran says he is living at his brother’s and keeps to his bail conditions.', 'Kieran Ashdown');
    const kieran = page.locator('.note', { hasText: 'keeps to his bail conditions' });
    expect(await kieran.locator('.audience__button').textContent()).toContain('Not for: Jade Ashdown');

    // A closed session with a reason of several lines; Stacey and Jade out of the room.
    await page.getByRole('button', { name: 'Start closed session…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start a closed session' });
    const why = dialog.getByLabel('Why (for the restricted annex)');
    expect(await why.evaluate((el) => el.tagName)).toBe('TEXTAREA');
    expect(Number(await why.getAttribute('rows'))).toBeGreaterThan(2);
    await why.fill('Police information about a third party.\nNot to be shared with the family.');
    await dialog.getByLabel('Kieran Ashdown').uncheck();
    await dialog.getByRole('button', { name: 'Start closed session' }).click();
    await page.getByRole('button', { name: 'End closed session' }).click();
    await page
      .getByRole('dialog', { name: 'End the closed session?' })
      .getByRole('button', { name: 'End closed session' })
      .click();

    // Scaling: everyone in the room scores, Stacey (excluded for part of the meeting) included.
    await openItem(page, 'Scaling (0 to 10)');
    const scaling = page.locator('.scaling');
    const scorers = await scaling.locator('tbody tr td:first-child').allTextContents();
    expect(scorers).toEqual([
      'Rhys Morgan (Social worker (lead))',
      'Ellen Bright (School nurse)',
      'Tom Haddad (Designated safeguarding lead)',
      'Nadia Kowalski (Designated safeguarding lead)',
      'Sam Whitlock (Family support worker)',
      'Jade Ashdown (Mother)',
      'Kieran Ashdown (Father)',
      'Stacey Ashdown (Paternal aunt (supporter))',
      'Grace Okafor (Independent advocate for Jayden)',
    ]);
    const selects = scaling.locator('tbody select');
    for (let i = 0; i < scorers.length; i++) await selects.nth(i).selectOption(String(3 + (i % 5)));
    await sharedScreen.getByText(`(${scorers.length} people)`).waitFor();

    // The children's views: no method guessed, and nothing to add for the unborn baby.
    await openItem(page, 'Child’s current views');
    const baby = page.getByRole('group', { name: 'The baby', exact: true });
    await baby.getByText('The baby is not born yet, so has no views of their own to record.').waitFor();
    expect(await baby.getByRole('button', { name: /told us/ }).count()).toBe(0);
    const mia = page.getByRole('group', { name: 'Mia', exact: true });
    await mia.getByRole('button', { name: 'Add what Mia told us' }).click();
    expect(await mia.getByLabel('How we heard from them').inputValue()).toBe('');
    await mia.getByLabel('How we heard from them').selectOption({ label: 'Direct work (e.g. Three Houses)' });
    await mia.getByLabel('What they told us').fill('Mia drew her three houses with Sam.');

    // The read-back: longer than the shared screen, scrolled from the chair's window.
    const side = page.getByRole('complementary', { name: 'Shared screen' });
    await side.getByLabel('Read back decisions').check();
    await side.getByLabel('Child to read back').selectOption({ label: 'Mia' });
    await sharedScreen.getByRole('heading', { name: 'What we decided for Mia' }).waitFor();
    await sharedScreen.setViewportSize(VIEWPORT);
    await sharedScreen.screenshot({ path: join(DOCS, 'shared-screen-read-back.png') });
    const sharedScreenScroll = () => sharedScreen.evaluate(() => window.scrollY);
    const sharedScreenBottom = () =>
      sharedScreen.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(await sharedScreenScroll()).toBe(0);
    // Longer than the shared screen, but no longer than two screenfuls at 1280×720 now that it is compact.
    expect(await sharedScreenBottom()).toBeGreaterThan(0);
    expect(await sharedScreenBottom()).toBeLessThan(720 * 0.8);
    const pages = side.locator('[data-read-back-page]');
    expect(await pages.textContent()).toBe('Screen 1 of 2');
    await side.getByRole('button', { name: '▼ Page down' }).click();
    // The second screenful is the end of the read-back: the shared screen is scrolled to its foot.
    await expect.poll(sharedScreenScroll).toBe(await sharedScreenBottom());
    expect(await pages.textContent()).toBe('Screen 2 of 2');
    expect(await side.getByRole('button', { name: '▼ Page down' }).isDisabled()).toBe(true);
    expect(await sharedScreen.getByText('Is this what you heard?').isVisible()).toBe(true);
    await sharedScreen.screenshot({ path: join(DOCS, 'shared-screen-read-back-page-2.png') });
    await side.getByRole('button', { name: '▲ Page up' }).click();
    await expect.poll(sharedScreenScroll).toBe(0);
    // The same from the keyboard, without leaving the note being typed.
    await page.keyboard.press('Alt+PageDown');
    await expect.poll(sharedScreenScroll).toBe(await sharedScreenBottom());
    await page.keyboard.press('Alt+PageUp');
    await expect.poll(sharedScreenScroll).toBe(0);
    await side.getByLabel('Follow the agenda').check();

    // Ending the meeting: the clock stops; reopen; end again; correct a closed session's time.
    await page.getByRole('button', { name: 'End the meeting…' }).click();
    await page
      .getByRole('dialog', { name: 'End the meeting?' })
      .getByRole('button', { name: 'End the meeting' })
      .click();
    const ended = page.locator('[data-meeting-ended]');
    await ended.waitFor();
    const meetingClock = () => page.locator('.timer', { hasText: /^Meeting/ }).textContent();
    const stopped = await meetingClock();
    await page.waitForTimeout(2100);
    expect(await meetingClock()).toBe(stopped);
    await page.getByRole('button', { name: 'Reopen the meeting' }).click();
    await ended.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'End the meeting…' }).click();
    await page
      .getByRole('dialog', { name: 'End the meeting?' })
      .getByRole('button', { name: 'End the meeting' })
      .click();
    await ended.waitFor();
    await ended.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(DOCS, 'meeting-ended.png') });

    const times = page.locator('details.meeting-times');
    await times.locator('summary').click();
    const session = times.getByRole('group', { name: 'Closed session 1' });
    await session.getByLabel('Started').fill('00:00');
    await session.locator('.field__error', { hasText: 'is before the meeting started' }).waitFor();
    await session.getByLabel('Why (for the restricted annex)').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(DOCS, 'meeting-times.png') });

    // With the meeting ended, the export is final unless the chair chooses drafts.
    await page.getByRole('banner').getByRole('button', { name: 'Export documents' }).click();
    const exporting = page.getByRole('dialog', { name: 'Export documents' });
    expect(await exporting.getByLabel('Draft (marked DRAFT on every page)').isChecked()).toBe(false);
    await exporting.getByRole('button', { name: 'Close' }).click();
    expect(errors).toEqual([]);
  });
});
