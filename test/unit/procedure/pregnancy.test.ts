import { describe, expect, it } from 'vitest';
import type { ConferenceInput, ConferenceType, Nation } from '@shared/model/conference';
import { procedureDateProblems } from '@shared/procedure/date-checks';
import { gestationAt as gestationFromDeadlines } from '@shared/procedure/deadlines';
import {
  workDueWords,
  dateAtGestation,
  gestationAt,
  gestationText,
  gestationWords,
  pregnancyDates,
  pregnancyProblems,
  type UnbornDates,
} from '@shared/procedure/pregnancy';
import { effectiveTimescales, type TimescaleOverrides } from '@shared/procedure/profiles';
import { conferenceWith } from './fixtures';

function withBaby(
  nation: Nation,
  date: string,
  edd: string,
  extra: Partial<ConferenceInput> & { type?: ConferenceType } = {},
) {
  const { type = 'pre-birth', ...rest } = extra;
  return conferenceWith({
    details: { type, nation, date },
    children: [
      { id: 'sam', givenName: 'Sam', dateOfBirth: '2022-04-02' },
      { id: 'baby', givenName: '', unborn: true, expectedDeliveryDate: edd },
    ],
    ...rest,
  });
}

function only(list: UnbornDates[]): UnbornDates {
  expect(list).toHaveLength(1);
  return list[0]!;
}

const milestone = (dates: UnbornDates, weeks: number) => {
  const found = dates.milestones.find((m) => m.weeks === weeks);
  if (!found) throw new Error(`No ${weeks}-week date; have ${dates.milestones.map((m) => m.weeks).join(', ')}`);
  return found;
};

describe('gestation', () => {
  it('is counted on the conference day from the due date, 40 weeks at the due date', () => {
    // Tue 1 Dec 2026 to Mon 1 Mar 2027 is 90 days: 280 − 90 = 190 days = 27 weeks 1 day.
    const g = gestationAt('2027-03-01', '2026-12-01');
    expect(g).toEqual({ weeks: 27, days: 1, totalDays: 190 });
    expect(gestationText(g)).toBe('27+1');
    expect(gestationWords(g)).toBe('27 weeks and 1 day');
    expect(gestationWords(gestationAt('2027-03-01', '2026-12-07'))).toBe('28 weeks');
    expect(dateAtGestation('2027-03-01', 28)).toBe('2026-12-07');
    // The old import path still works for the setup form.
    expect(gestationFromDeadlines).toBe(gestationAt);
  });

  it('pregnancyDates gives gestation at the conference, not today, for any type of conference', () => {
    for (const type of ['initial', 'review', 'pre-birth', 'transfer-in'] as const) {
      const dates = only(pregnancyDates(withBaby('england', '2026-12-01', '2027-03-01', { type })));
      expect(dates).toMatchObject({
        childId: 'baby',
        name: 'the baby',
        edd: '2027-03-01',
        conferenceOn: '2026-12-01',
        gestation: { weeks: 27, days: 1, text: '27+1', words: '27 weeks and 1 day' },
      });
    }
  });

  it('leaves out children already born, and keeps one born after the conference', () => {
    const born = withBaby('england', '2026-12-01', '2027-03-01');
    expect(pregnancyDates({ ...born, children: [born.children[0]!] })).toEqual([]);
    const bornLater = {
      ...born,
      children: [{ ...born.children[1]!, unborn: false, givenName: 'Ava', dateOfBirth: '2027-02-20' }],
    };
    expect(only(pregnancyDates(bornLater))).toMatchObject({ name: 'Ava', gestation: { text: '27+1' } });
    const bornBefore = { ...bornLater, children: [{ ...bornLater.children[0]!, dateOfBirth: '2026-11-30' }] };
    expect(pregnancyDates(bornBefore)).toEqual([]);
  });
});

describe('the weeks procedures hang work on, with bank holidays in the way', () => {
  it('England: 28 weeks on Easter Monday; the pre-birth conference ideally by Thu 25 Mar 2027', () => {
    // Due Mon 21 Jun 2027: 28 weeks is 84 days earlier, Mon 29 Mar (Easter Monday); Fri 26 is Good Friday.
    const dates = only(pregnancyDates(withBaby('england', '2027-03-09', '2027-06-21', { type: 'initial' })));
    expect(dates.gestation.text).toBe('25+1');
    expect(dates.milestones.map((m) => [m.weeks, m.on])).toEqual([
      [12, '2026-12-07'],
      [28, '2027-03-29'],
      [30, '2027-04-12'],
      [34, '2027-05-10'],
      [40, '2027-06-21'],
    ]);
    expect(milestone(dates, 12)).toMatchObject({ reachedByConference: true });
    expect(milestone(dates, 28)).toMatchObject({ reachedByConference: false });
    expect(milestone(dates, 28).rules).toEqual([
      expect.objectContaining({
        timescale: 'pre-birth-ideal',
        what: 'Pre-birth child protection conference ideally held by now',
        dueOn: '2027-03-25',
        note: 'Mon 29 Mar 2027 is a bank holiday (Easter Monday), so the working day before it, Thu 25 Mar 2027.',
        rule: 'by 28 weeks of pregnancy (England, local)',
        basis: 'local',
      }),
    ]);
    expect(milestone(dates, 30).rules).toEqual([
      expect.objectContaining({
        timescale: 'pre-birth-assessment',
        what: 'Pre-birth assessment finished',
        dueOn: '2027-04-12',
      }),
    ]);
    expect(milestone(dates, 34).rules).toEqual([
      expect.objectContaining({ timescale: 'pre-birth-latest', dueOn: '2027-05-10', limit: 'no-later-than' }),
    ]);
    expect(milestone(dates, 40)).toMatchObject({ label: 'Due date (40 weeks)' });
    expect(milestone(dates, 40).rules.map((r) => r.timescale)).toEqual(['post-birth-review']);
    expect(dates.notes).toEqual([]);
    expect(dates.problem).toBeUndefined();
  });

  it('Scotland: 28 weeks (national) on St Andrew’s Day, so by Fri 27 Nov 2026; England keeps Mon 30 Nov', () => {
    // Due Mon 22 Feb 2027: 28 weeks is Mon 30 Nov 2026.
    const scotland = only(pregnancyDates(withBaby('scotland', '2026-11-16', '2027-02-22')));
    expect(milestone(scotland, 28).rules).toEqual([
      expect.objectContaining({
        timescale: 'pre-birth-latest',
        what: 'Pre-birth child protection planning meeting held by now at the latest',
        dueOn: '2026-11-27',
        basis: 'statutory',
        rule: 'by 28 weeks of pregnancy (Scotland, statutory)',
      }),
    ]);
    expect(milestone(scotland, 28).rules[0]!.note).toContain('St Andrew’s Day');
    // Scotland hangs nothing on 30 or 34 weeks; the dates are still given.
    expect(milestone(scotland, 30)).toMatchObject({ on: '2026-12-14', rules: [] });
    expect(milestone(scotland, 34)).toMatchObject({ on: '2027-01-11', rules: [] });
    expect(milestone(scotland, 40).rules.map((r) => r.what)).toEqual([
      'A pre-discharge planning meeting before the baby leaves hospital',
    ]);
    const england = only(pregnancyDates(withBaby('england', '2026-11-16', '2027-02-22')));
    expect(milestone(england, 28).rules[0]).toMatchObject({ dueOn: '2026-11-30' });
  });

  it('Scotland: 28 weeks on the 2 January substitute (Mon 4 Jan 2027) moves back past New Year to Thu 31 Dec 2026', () => {
    // Due Mon 29 Mar 2027: 28 weeks is Mon 4 Jan 2027.
    const dates = only(pregnancyDates(withBaby('scotland', '2026-12-15', '2027-03-29')));
    expect(milestone(dates, 28)).toMatchObject({ on: '2027-01-04' });
    expect(milestone(dates, 28).rules[0]).toMatchObject({ dueOn: '2026-12-31' });
    const england = only(pregnancyDates(withBaby('england', '2026-12-15', '2027-03-29')));
    expect(milestone(england, 28).rules[0]).toMatchObject({ dueOn: '2027-01-04' });
  });

  it('Wales and Northern Ireland set no week nationally: the dates are shown with no rule, and a note says so', () => {
    for (const nation of ['wales', 'northern-ireland'] as const) {
      const dates = only(pregnancyDates(withBaby(nation, '2026-12-01', '2027-03-01')));
      expect(dates.milestones.map((m) => m.weeks)).toEqual([28, 30, 34, 40]);
      expect(dates.milestones.every((m) => m.rules.length === 0)).toBe(true);
      expect(dates.notes).toEqual([
        `${nation === 'wales' ? 'Wales' : 'Northern Ireland'} sets no week of pregnancy for pre-birth work; your ` +
          'organisation can set its own weeks in Settings.',
      ]);
    }
  });

  it('Northern Ireland with a local 34 weeks: on 12 July 2027, so by Fri 9 Jul', () => {
    // Due Mon 23 Aug 2027: 34 weeks is 42 days earlier, Mon 12 Jul 2027.
    const own: TimescaleOverrides = { 'pre-birth-latest': { amount: 34, unit: 'weeks-of-pregnancy' } };
    const dates = only(pregnancyDates(withBaby('northern-ireland', '2027-05-04', '2027-08-23'), own));
    expect(milestone(dates, 34).rules).toEqual([
      expect.objectContaining({
        dueOn: '2027-07-09',
        setLocally: true,
        rule: 'by 34 weeks of pregnancy (Northern Ireland, local, set by your organisation)',
      }),
    ]);
    expect(milestone(dates, 34).rules[0]!.note).toContain('Battle of the Boyne');
    expect(dates.notes).toEqual([]);
  });

  it('Wales with a local 30-week assessment on New Year’s Day 2027: by Thu 31 Dec 2026', () => {
    // Due Fri 12 Mar 2027: 30 weeks is 70 days earlier, Fri 1 Jan 2027.
    const own: TimescaleOverrides = { 'pre-birth-assessment': { amount: 30, unit: 'weeks-of-pregnancy' } };
    const dates = only(pregnancyDates(withBaby('wales', '2026-12-01', '2027-03-12'), own));
    expect(milestone(dates, 30).rules).toEqual([
      expect.objectContaining({ timescale: 'pre-birth-assessment', dueOn: '2026-12-31' }),
    ]);
  });

  it('a pre-birth assessment week must be given in weeks of pregnancy', () => {
    expect(
      effectiveTimescales('england', { 'pre-birth-assessment': { amount: 10, unit: 'working-days' } }).refused,
    ).toEqual([
      {
        field: 'timescales.pre-birth-assessment',
        message: 'Pre-birth assessment finished: give this as weeks of pregnancy.',
      },
    ]);
  });

  it('a week a local rule adds (32) is shown too, in date order', () => {
    const own: TimescaleOverrides = { 'pre-birth-latest': { amount: 32, unit: 'weeks-of-pregnancy' } };
    const dates = only(pregnancyDates(withBaby('england', '2026-12-01', '2027-03-01'), own));
    expect(dates.milestones.map((m) => m.weeks)).toEqual([12, 28, 30, 32, 34, 40]);
    expect(milestone(dates, 34).rules).toEqual([]);
  });

  it('warns when the review booked is after the due date', () => {
    const dates = only(
      pregnancyDates(withBaby('england', '2026-12-01', '2027-03-01', { review: { nextReviewOn: '2027-03-02' } })),
    );
    expect(dates.notes).toEqual([
      'The first review, booked for Tue 2 Mar 2027, is after the due date (Mon 1 Mar 2027): arrange for the baby’s ' +
        'plan to be reviewed after the birth.',
    ]);
    const before = only(
      pregnancyDates(withBaby('england', '2026-12-01', '2027-03-01', { review: { nextReviewOn: '2027-02-26' } })),
    );
    expect(before.notes).toEqual([]);
  });
});

describe('a due date that cannot be right at the conference', () => {
  it('accepts 0+0 and 42+0 and flags before 0 and past 42 weeks, beside the due date, with the fix', () => {
    // Conference Tue 1 Dec 2026. 0+0: due 280 days later, Tue 7 Sep 2027; 42+0: due 14 days earlier, Tue 17 Nov 2026.
    expect(pregnancyProblems(withBaby('england', '2026-12-01', '2027-09-07'))).toEqual([]);
    expect(pregnancyProblems(withBaby('england', '2026-12-01', '2026-11-17'))).toEqual([]);

    const tooEarly = withBaby('england', '2026-12-01', '2027-09-08');
    expect(pregnancyProblems(tooEarly)).toEqual([
      {
        field: 'children[1].expectedDeliveryDate',
        message:
          'This due date, Wed 8 Sep 2027, is more than 40 weeks after the conference on Tue 1 Dec 2026, so the ' +
          'pregnancy would not have begun by then. Check the expected date of delivery, especially the year.',
      },
    ]);
    const tooLate = withBaby('england', '2026-12-01', '2026-11-16');
    expect(pregnancyProblems(tooLate)).toEqual([
      {
        field: 'children[1].expectedDeliveryDate',
        message:
          'This due date gives 42+1 weeks of pregnancy at the conference on Tue 1 Dec 2026, past 42 weeks. If the ' +
          'baby has been born, untick “unborn” and enter the date of birth; otherwise check the expected date of ' +
          'delivery.',
      },
    ]);
    // The same message is on the dates, which are still worked out.
    expect(only(pregnancyDates(tooLate))).toMatchObject({ problem: pregnancyProblems(tooLate)[0]!.message });
    expect(procedureDateProblems(tooLate).map((p) => p.field)).toEqual(['children[1].expectedDeliveryDate']);
  });

  it('judges gestation at the conference, not today', () => {
    // A due date long past today is fine for a conference held while the baby was still expected.
    expect(pregnancyProblems(withBaby('england', '2020-01-07', '2020-04-01'))).toEqual([]);
  });
});

describe('what is due at a week of pregnancy, in words', () => {
  const format = (iso: string) => iso;
  it('names the working day before when the week falls on a weekend or bank holiday, and nothing else otherwise', () => {
    const rule = { what: 'Pre-birth assessment finished', dueOn: '2027-02-19' };
    expect(workDueWords(rule, '2027-02-20', format)).toBe(
      'Pre-birth assessment finished, in practice by 2027-02-19, the working day before',
    );
    expect(workDueWords(rule, '2027-02-19', format)).toBe('Pre-birth assessment finished');
  });
});
