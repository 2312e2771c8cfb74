import { randomBytes } from 'node:crypto';
import { cp, readdir } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExportOutcome } from '@shared/api/contract';
import type { Result } from '@shared/api/result';
import type { Conference } from '@shared/model/conference';
import { formatDateLong } from '@shared/format/dates';
import { addCalendarDays } from '@shared/procedure/calendar';
import { installHolidaySource } from '@shared/procedure/bank-holidays';
import { dateHolidaysSource } from '@shared/procedure/date-holidays-source';
import { addWorkingDays } from '@shared/procedure/working-days';
import { ConferenceStore } from '../../electron/services/conference-store';
import { ukContext, useBrowserRun } from '../helpers/browser-run';
import { loadFixture, seedConference } from '../helpers/seed';
import { seedSettings } from '../helpers/settings';
import { note, openItem, saidBy } from '../helpers/meeting-page';
import { useTempFolders } from '../helpers/temp';
import { readBack } from '../unit/documents/read-back';

/**
 * Issue 11, "How we will know": a whole initial conference recorded from the screens alone, as a chair and
 * minute-taker would, then every document of the distribution set read back.
 *
 * test/fixtures/harlow-initial.json: England; Sam (10) and Ella (6), and an unborn baby; Chloe (mother), Ryan (father
 * of Ella and the baby, on bail not to contact Chloe: seen on his own by phone), Patricia (grandmother, excluded for
 * part of the meeting); eight agencies; the team manager consulted before the conference. Only the household, the
 * people and the first analysis are in the file: everything this test checks is recorded through the screens.
 *
 * The meeting runs now, on the real clock (the host's stamping uses it), so the conference is dated today and its
 * booked times are a window around now; the other dates keep their distance from the conference date. Ryan's
 * separate session was held before the main meeting (from 30 to 10 minutes ago): the minute-taker corrects the time of
 * his note and the chair the meeting's start, as they would when typing up. (Run within half an hour after midnight
 * UK time, the window would be squeezed: the times are kept inside today.)
 */

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
/** Minutes since midnight in the UK now, and a clock time that many minutes away, kept inside today. */
const nowInUk = (() => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date());
  return (
    Number(parts.find((p) => p.type === 'hour')!.value) * 60 + Number(parts.find((p) => p.type === 'minute')!.value)
  );
})();
const clock = (offsetMinutes: number): string => {
  const m = Math.min(Math.max(nowInUk + offsetMinutes, 0), 23 * 60 + 59);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};
const from = clock(-30);
const to = clock(70);
const ryanFrom = from;
const ryanTo = clock(-10);
const ryanSpoke = clock(-20);

// The fixture's dates are counted here with the bank holidays the host counts with.
installHolidaySource(dateHolidaysSource);

function harlowToday(): Conference {
  const fixture = loadFixture('harlow-initial.json');
  return {
    ...fixture,
    details: {
      ...fixture.details,
      date: today,
      startTime: from,
      endTime: to,
      referralOn: fixture.details.referralOn && addWorkingDays('england', today, -20),
      // Held on working day 13 of the 15 the rule allows.
      strategyDiscussionOn: fixture.details.strategyDiscussionOn && addWorkingDays('england', today, -13),
    },
    // 24 weeks and 3 days pregnant at the conference: due 109 days on.
    children: fixture.children.map((c) => (c.unborn ? { ...c, expectedDeliveryDate: addCalendarDays(today, 109) } : c)),
    reports: fixture.reports.map((r) => ({
      ...r,
      receivedOn: addWorkingDays('england', today, -5),
      sharing: r.sharing.map((s) => ({ ...s, sharedOn: addWorkingDays('england', today, -4) })),
    })),
  };
}

const section = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Setup sections' }).getByRole('button', { name });

async function person(participants: Locator, name: string): Promise<Locator> {
  const row = participants.getByRole('group', { name, exact: true });
  await row.waitFor();
  return row;
}

describe('a conference as it really runs, recorded from the screens alone', () => {
  const tempFolder = useTempFolders();
  const run = useBrowserRun();

  it('records the whole of the Harlow conference and every document says what happened, to whom it belongs', async () => {
    const dataFolder = await tempFolder();
    const key = randomBytes(32).toString('hex');
    const fixture = harlowToday();
    await seedConference(dataFolder, key, fixture);
    // The organisation's settings as a final export needs them (the numbers, how to complain and by when).
    await seedSettings(dataFolder);
    const host = await run.host(dataFolder, key);
    const context = await ukContext(run.browser(), { viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${host.url}#/conference/${fixture.id}`);
    await page.getByRole('heading', { name: /Initial child protection conference/ }).waitFor();

    // --- Setup: the household's dates of birth and genders.
    await section(page, 'Household').click();
    const children = page.getByRole('region', { name: 'Children in the household' });
    await children.locator('fieldset.record').nth(0).getByLabel('Gender', { exact: true }).fill('Boy');
    await children.locator('fieldset.record').nth(1).getByLabel('Gender', { exact: true }).fill('Girl');
    await children.getByText(/^About 24 weeks 3 days pregnant at the conference/).waitFor();
    const adults = page.getByRole('region', { name: 'Adults' });
    await adults.locator('fieldset.record').nth(0).getByLabel('Date of birth', { exact: true }).fill('1995-02-11');
    await adults.locator('fieldset.record').nth(1).getByLabel('Date of birth', { exact: true }).fill('1993-07-30');

    // --- Attendance: eight agencies in the room, Ryan seen separately by phone, Patricia excluded for part,
    // the children not attending with how their views were gathered.
    await section(page, 'Participants').click();
    const participants = page.getByRole('region', { name: 'Participants and attendance' });
    for (const name of [
      'Amira Khan',
      'DC Joe Wilde',
      'Rosa Bell',
      'Tariq Aziz',
      'Nadia Fox',
      'Dr Ian Moss',
      'Leah Stone',
      'Jo Carver',
      'Chloe Harlow',
    ]) {
      await (await person(participants, name)).getByLabel('Attendance', { exact: true }).selectOption('present');
    }
    const ryan = await person(participants, 'Ryan Dacre');
    await ryan.getByLabel('Attendance', { exact: true }).selectOption({ label: 'Attended separately' });
    await ryan.getByLabel('Separate session started', { exact: true }).fill(ryanFrom);
    await ryan.getByLabel('Separate session ended', { exact: true }).fill(ryanTo);
    await ryan.getByLabel('How they joined', { exact: true }).selectOption({ label: 'By phone' });
    await ryan
      .getByLabel('Why they were seen separately', { exact: true })
      .fill('His bail conditions forbid contact with Chloe.');
    const patricia = await person(participants, 'Patricia Harlow');
    await patricia.getByLabel('Attendance', { exact: true }).selectOption({ label: 'Excluded for part' });
    await patricia.getByLabel('Arrived', { exact: true }).fill(from);
    await patricia.getByLabel('Left', { exact: true }).fill(to);
    await patricia.getByLabel('Decided by', { exact: true }).fill('Helen Marsh (chair)');
    await patricia.getByLabel('Reason', { exact: true }).fill('Out of the room while the police shared information.');
    for (const [name, how] of [
      ['Sam Harlow', 'direct-work'],
      ['Ella Harlow', 'observation'],
    ] as const) {
      const child = await person(participants, name);
      await child.getByLabel('Attendance', { exact: true }).selectOption('child-not-attending');
      await child.getByLabel('How their views were gathered', { exact: true }).selectOption(how);
    }
    await participants.locator('.quorum', { hasText: '✓ Quorate' }).waitFor();
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);

    // --- The meeting.
    await page.getByRole('button', { name: 'Meeting' }).click();
    await page.getByRole('button', { name: 'Start the meeting' }).click();
    await page.locator('#item-title').waitFor();
    await note(page, 'Helen explained that she chairs independently of the social work team.', 'Helen Marsh (Chair)');
    expect(await page.locator('[data-note-attribution]').inputValue()).toBe('');
    await note(page, 'The children are not here; their views were gathered beforehand.');
    expect(await saidBy(page, 'their views were gathered beforehand')).toBe('Not attributed');
    // The second note was Amira's: Edit changes who said it.
    const second = page.locator('.note', { hasText: 'their views were gathered beforehand' });
    await second.getByRole('button', { name: 'Edit' }).click();
    await second.getByLabel('Said by').fill('Amira Khan (social worker (lead))');
    await second.getByRole('button', { name: 'Save note' }).click();
    await second.locator('[data-note-said-by]', { hasText: 'Amira Khan' }).waitFor();

    await openItem(page, 'Separate session with a parent or carer');
    await note(
      page,
      'Ryan says he has kept to his bail conditions and wants to see Ella. CANARY-RYAN-SESSION',
      'Ryan Dacre',
    );
    expect(
      await page.locator('.note', { hasText: 'CANARY-RYAN-SESSION' }).locator('.audience__button').textContent(),
    ).toContain('Not for: Chloe Harlow, Patricia Harlow');
    // Typed up after his session: the minute-taker gives the note the time Ryan said it.
    await page.locator('.note', { hasText: 'CANARY-RYAN-SESSION' }).locator('.audience__button').click();
    const when = page.getByRole('dialog', { name: /^Who sees/ });
    await when.getByLabel('When (on the conference day)').fill(ryanSpoke);
    await when.getByRole('button', { name: 'Done' }).click();

    await openItem(page, 'Family’s views');
    await note(
      page,
      'Chloe says she wants the baby to come home with her and will keep to the safety plan.',
      'Chloe Harlow',
    );

    // The analysis: the danger statements are about the children they name.
    await openItem(page, 'Analysis: worries, strengths, what needs to happen');
    const danger = page.locator('.board__entry', { hasText: 'Sam and Ella could be hurt' });
    await danger.getByLabel('Sam').check();
    await danger.getByLabel('Ella').check();
    await page.locator('.board__entry', { hasText: 'The baby could be hurt' }).getByLabel('The baby').check();

    // Scaling: everyone in the room scores, Patricia (excluded for part) and Ryan (in his own session) included.
    await openItem(page, 'Scaling (0 to 10)');
    const scaling = page.locator('.scaling');
    const scorers = await scaling.locator('tbody tr td:first-child').allTextContents();
    expect(scorers.length).toBe(11);
    expect(scorers.some((s) => s.startsWith('Patricia Harlow'))).toBe(true);
    expect(scorers.some((s) => s.startsWith('Ryan Dacre'))).toBe(true);
    const selects = scaling.locator('tbody select');
    for (let i = 0; i < scorers.length; i++) await selects.nth(i).selectOption(String(3 + (i % 4)));

    // --- Decisions and the plan.
    await page.getByRole('button', { name: 'Decisions and plan' }).click();
    for (const name of ['Sam', 'Ella']) {
      const region = page.getByRole('region', { name: `Decision for ${name}` });
      await region.getByLabel('A child protection plan is needed').check();
      await region.getByLabel('Emotional abuse').check();
    }
    // The deadlines panel counts the working days: held on the 13th of the 15 allowed after the strategy discussion.
    await page.getByText('Held on working day 13 of 15.').first().waitFor();
    const baby = page.getByRole('region', { name: 'Decision for the baby' });
    await baby.getByLabel('No child protection plan is needed').check();
    await baby.getByLabel('What happens instead').selectOption('child-in-need-plan');
    await baby.getByLabel('Who leads it').fill('Amira Khan');
    await baby
      .getByLabel('When the baby’s need for a child protection plan is looked at again')
      .selectOption({ label: 'To be reconsidered at the review child protection conference' });

    await page.getByRole('button', { name: 'Add an outcome' }).click();
    const outcome = page.locator('fieldset.record').filter({ has: page.getByText(/^Outcome 1$/) });
    await outcome.getByLabel('What needs to change', { exact: true }).fill('Sam and Ella live free from violence');
    await outcome.getByLabel('Sam').check();
    await outcome.getByLabel('Ella').check();

    await page.getByRole('button', { name: 'Add an action' }).click();
    const home = page.locator('fieldset.record').filter({ has: page.getByText(/^Action 1$/) });
    await home
      .getByLabel('What will be done')
      .fill('Keep to the safety plan and tell Amira if Ryan comes to the house');
    await home.getByLabel('Who', { exact: true }).selectOption({ label: 'Chloe Harlow (Mother)' });
    await home.getByRole('button', { name: 'Add someone who shares it' }).click();
    await home.getByLabel('And (1)').selectOption({ label: 'Patricia Harlow (Grandmother)' });
    await home.getByRole('button', { name: 'Add someone who helps' }).click();
    await home.getByLabel('With help from (1)').selectOption({ label: 'Jo Carver (IDVA)' });
    await home.getByLabel('How often').selectOption({ label: 'Every two weeks' });
    await home.getByLabel('First by').fill(addCalendarDays(today, 14));
    await home.getByLabel('The outcome it serves').selectOption({ index: 1 });
    await home.getByLabel('How we will know').fill('Amira checks at each visit and at each core group');
    await home.getByLabel('Sam').check();
    await home.getByLabel('Ella').check();

    await page.getByRole('button', { name: 'Add an action' }).click();
    const prebirth = page.locator('fieldset.record').filter({ has: page.getByText(/^Action 2$/) });
    await prebirth.getByLabel('What will be done').fill('Complete the pre-birth assessment');
    await prebirth.getByLabel('Who', { exact: true }).selectOption({ label: 'Amira Khan (social worker (lead))' });
    await prebirth.getByRole('button', { name: 'Add someone who shares it' }).click();
    await prebirth.getByLabel('And (1)').selectOption({ label: 'Rosa Bell (Community midwife)' });
    await prebirth.getByLabel('By', { exact: true }).fill(addCalendarDays(today, 35));
    await prebirth.getByLabel('How we will know').fill('The assessment is shared with Chloe and Ryan');
    await prebirth.getByLabel('The baby').check();
    await prebirth.getByText(/^This action is for the baby, who is not on a plan/).waitFor();

    const lead = page.getByRole('region', { name: 'Lead social worker and visits' });
    await lead
      .getByLabel('Lead social worker', { exact: true })
      .selectOption({ label: 'Amira Khan (social worker (lead))' });

    const coreGroup = page.getByRole('region', { name: 'Core group' });
    for (const who of ['Chloe Harlow', 'Ryan Dacre', 'Amira Khan', 'Rosa Bell', 'Nadia Fox', 'Jo Carver']) {
      await coreGroup
        .getByRole('group', { name: 'Members' })
        .getByLabel(new RegExp(`^${who}`))
        .check();
    }
    await coreGroup.getByLabel('Convenes').selectOption({ label: 'Amira Khan (social worker (lead))' });
    await coreGroup.getByLabel('First meeting').fill(addCalendarDays(today, 7));
    await coreGroup.getByLabel('Then meets').selectOption('four-weekly');
    await coreGroup.getByLabel('Where it meets').fill('Ashworth Family Centre, Room 4');
    await coreGroup.getByLabel('Add someone who receives the notes').selectOption({ label: 'Dr Ian Moss (GP)' });
    await page.getByLabel('Next review date').fill(addCalendarDays(today, 84));

    // --- End the meeting: the export is then final by default.
    await page.getByRole('button', { name: 'Meeting' }).click();
    await page.getByRole('button', { name: 'End the meeting…' }).click();
    await page
      .getByRole('dialog', { name: 'End the meeting?' })
      .getByRole('button', { name: 'End the meeting' })
      .click();
    await page.locator('[data-meeting-ended]').waitFor();
    // The meeting began with Ryan's separate session, before the chair pressed Start.
    const times = page.locator('details.meeting-times');
    await times.locator('summary').click();
    await times.getByLabel('Meeting started').fill(from);
    await page
      .getByRole('status')
      .filter({ hasText: /Saved at/ })
      .waitFor();

    await page.getByRole('banner').getByRole('button', { name: 'Export documents' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export documents' });
    expect(await dialog.getByLabel('Draft (marked DRAFT on every page)').isChecked()).toBe(false);
    await dialog.getByRole('button', { name: 'Next: check each person’s copy' }).click();
    const check = page.getByRole('dialog', { name: 'Check before exporting' });
    await check.getByRole('heading', { name: 'What each copy leaves out' }).waitFor();
    const go = check.getByRole('button', { name: 'Export final documents' });
    await expect.poll(() => go.isEnabled(), { timeout: 30_000 }).toBe(true);
    const response = page.waitForResponse((r) => r.url().endsWith('/api/exportDocuments'));
    await go.click();
    const result = (await (await response).json()) as Result<ExportOutcome>;
    if (!result.ok) throw new Error(result.message);
    if (result.value.cancelled) throw new Error('the export was cancelled, with no dialog to cancel');
    const receipt = result.value.receipt;
    expect((await readdir(receipt.folder)).sort()).toEqual(receipt.files.map((f) => f.fileName).sort());
    // `text` is the body as Word shows it, for the wording; `everything` adds headers and properties, for canaries.
    const docs = new Map<string, string>();
    // Table cells and paragraphs come back on their own lines: compare with single spaces.
    const everything = new Map<string, string>();
    for (const f of receipt.files) {
      const read = await readBack(receipt.folder, f.fileName);
      docs.set(f.fileName, read.text.replace(/\s+/g, ' '));
      everything.set(f.fileName, read.everything);
    }
    const doc = (name: string) => {
      const text = docs.get(name);
      if (text === undefined) throw new Error(`${name} was not written: ${[...docs.keys()].join(', ')}`);
      return text;
    };
    // For looking at the documents by eye (LibreOffice to PDF and PNG): PRINT_DOCS prints them, KEEP_EXPORT keeps them.
    if (process.env.PRINT_DOCS) for (const [name, text] of docs) console.log(`\n===== ${name}\n${text}`);
    if (process.env.KEEP_EXPORT) await cp(receipt.folder, process.env.KEEP_EXPORT, { recursive: true });

    // What reached the disk.
    const store = new ConferenceStore({ dataFolder, key: Buffer.from(key, 'hex') });
    await store.init();
    const opened = await store.open(fixture.id);
    if (!opened.ok) throw new Error(opened.message);
    const saved = opened.value.conference;
    expect(saved.agenda.meetingEndedAt).toBeDefined();
    expect(saved.participants.find((p) => p.id === 'p-ryan')!.attendance).toMatchObject({
      status: 'attended-separately',
      joinedBy: 'phone',
      arrivedAt: ryanFrom,
      leftAt: ryanTo,
    });

    expect([...docs.keys()].sort()).toEqual([
      'decision-letter-ryan-dacre.docx',
      'decision-letter.docx',
      'family-plan.docx',
      'letter-for-ella.docx',
      'letter-for-sam.docx',
      'minute.docx',
      'minutes-chloe-harlow.docx',
      'minutes-ryan-dacre.docx',
    ]);
    const firstBy = formatDateLong(addCalendarDays(today, 14));
    const ryanDob = 'Friday 30 July 1993';
    const chloeSaid = 'Chloe says she wants the baby to come home with her';
    const welcome = 'Helen explained that she chairs independently';

    // The professional minute: the whole of what happened in the room.
    const minute = doc('minute.docx');
    for (const line of [
      `Ryan Dacre Father Attended separately ${ryanFrom} to ${ryanTo} His bail conditions forbid contact with Chloe. By phone`,
      'Sam Harlow Child Not attending: views shared another way – Views: From time spent with a worker',
      'Ella Harlow Child Not attending: views shared another way – Views: From what workers have seen',
      `Helen Marsh (Chair): ${welcome}`,
      "Amira Khan (social worker (lead), Ashworth County Council Children's Services): The children are not here",
      `Ryan Dacre Date of birth: ${ryanDob}`,
      'Sam Harlow Date of birth: Monday 18 April 2016 Gender: Boy',
      'Gestation at the conference: 24+3 (24 weeks and 3 days)',
      'Pre-birth assessment finished',
      'Notes: Separate session with a parent or carer',
      'CANARY-RYAN-SESSION',
      'Patricia Harlow (Grandmother) All the children 5',
      '11 scores were given',
      'For Sam and Ella: Sam and Ella could be hurt',
      'For the baby: The baby could be hurt',
      'Whether the baby needs a child protection plan will be looked at again at the review child protection conference.',
      'Chloe Harlow (Mother) and Patricia Harlow (Grandmother); with help from Jo Carver (IDVA)',
      `First by ${firstBy}, then every two weeks`,
      'Outcome: Sam and Ella live free from violence',
      'Amira Khan (social worker (lead)) and Rosa Bell (Community midwife) For the baby: Complete the pre-birth assessment',
      'Help before the birth: not part of the child protection plan.',
      'Where it meets: Ashworth Family Centre, Room 4',
      'Sent the notes, not members: Dr Ian Moss (GP, Brookside Surgery)',
      'Grace Obi (Team manager) Decision letter (decision-letter.docx); Minutes (minute.docx) Team manager, consulted before the conference',
      'Reports shared with the family before the first review',
      'Following review child protection conference',
      'Child and family assessment',
    ]) {
      expect(minute, line).toContain(line);
    }

    // Chloe's minutes: what she was there for, and nothing of Ryan's separate session or his private details.
    const chloeMinutes = doc('minutes-chloe-harlow.docx');
    expect(chloeMinutes).toContain(chloeSaid);
    expect(chloeMinutes).toContain(welcome);
    expect(chloeMinutes).toContain('Chloe Harlow Date of birth: Saturday 11 February 1995');
    expect(chloeMinutes).not.toContain(ryanDob);
    expect(chloeMinutes).not.toContain('His bail conditions forbid contact');
    expect(everything.get('minutes-chloe-harlow.docx')).not.toContain('CANARY-RYAN-SESSION');

    // Ryan's minutes: his own session, and nothing said in the main meeting, which he was not at.
    const ryanMinutes = doc('minutes-ryan-dacre.docx');
    expect(ryanMinutes).toContain('CANARY-RYAN-SESSION');
    expect(ryanMinutes).toContain(`Attended separately ${ryanFrom} to ${ryanTo}`);
    expect(ryanMinutes).toContain(ryanDob);
    expect(ryanMinutes).not.toContain(chloeSaid);
    expect(ryanMinutes).not.toContain(welcome);
    expect(ryanMinutes).not.toContain('22 Wren Close');
    expect(ryanMinutes).not.toContain('11 February 1995');

    // The family plan both parents receive: the baby's help before birth, shared actions, the core group's venue.
    const plan = doc('family-plan.docx');
    for (const line of [
      'Family plan for Sam, Ella and the baby',
      'Whether the baby needs a child protection plan will be looked at again at the review child protection conference.',
      'Help for the baby before birth This is not part of a child protection plan.',
      'Amira Khan (social worker) and Rosa Bell (community midwife) will complete the pre-birth assessment.',
      'Chloe and Patricia will keep to the safety plan and tell Amira if Ryan comes to the house.',
      `When: First by ${firstBy}, then every two weeks`,
      'With help from: Jo Carver (IDVA)',
      'This helps with: Sam and Ella live free from violence.',
      'Where the core group meets: Ashworth Family Centre, Room 4',
      'Also sent the notes of each meeting: Dr Ian Moss (GP)',
    ]) {
      expect(plan, line).toContain(line);
    }
    // The baby's dates a parent can act on: the due date, the weeks now, and the pre-birth assessment still to come
    // at 30 weeks; when a pre-birth conference may be booked is for the professionals.
    expect(plan).toContain('Weeks of pregnancy at the meeting: 24 weeks and 3 days');
    // (On a weekend or bank holiday, the working day before is named too.)
    expect(plan).toMatch(
      /30 weeks: \w+ \d+ \w+ \d{4} \(pre-birth assessment finished(, in practice by \w+ \d+ \w+ \d{4}, the working day before)?\)/,
    );
    expect(plan).not.toMatch(/28 weeks|34 weeks|Earliest date/);
    expect(everything.get('family-plan.docx')).not.toContain('CANARY-RYAN-SESSION');

    // Both decision letters say what happens for the baby.
    for (const letter of ['decision-letter.docx', 'decision-letter-ryan-dacre.docx']) {
      expect(doc(letter)).toContain('will be looked at again at the review child protection conference');
      expect(doc(letter)).toContain('At the meeting the pregnancy was 24 weeks and 3 days.');
    }
    // The user's own casing is kept, and an unborn baby is never "The baby" mid-sentence.
    for (const [name, text] of docs) {
      expect(text, name).not.toMatch(/social Worker|then Every|and The baby|Deputy head/);
    }

    expect(errors).toEqual([]);
  });
});
