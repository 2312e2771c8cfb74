import { describe, expect, it } from 'vitest';
import type { ConferenceInput, Nation } from '@shared/model/conference';
import { procedureDateProblems, referralProblems } from '@shared/procedure/date-checks';
import { conferenceDeadlines } from '@shared/procedure/deadlines';
import { PROCEDURE_PROFILES, effectiveTimescales } from '@shared/procedure/profiles';
import { conferenceWith, deadline } from './fixtures';

/**
 * The dates issue 11 asks for, each with a bank holiday in the way, in all four nations. Every expected date is
 * counted by hand in the comment beside it; the start day is never counted, and a limit that lands on a weekend or
 * bank holiday moves to the working day before.
 *
 * Bank holidays used: England and Wales Good Friday 26 Mar, Easter Monday 29 Mar, Spring 31 May 2027, Christmas
 * 25 Dec and Boxing Day (substitute) 28 Dec 2026; Scotland St Andrew's Day Mon 30 Nov 2026, 2 January (substitute)
 * Mon 4 Jan 2027, no Easter Monday; Northern Ireland St Patrick's Day Wed 17 Mar 2027, Battle of the Boyne Mon 12 Jul
 * 2027 and Mon 13 Jul 2026 (substitute); all four: 27 and 28 Dec 2027 (substitutes for Christmas and Boxing Day).
 */

const nations: readonly Nation[] = ['england', 'wales', 'scotland', 'northern-ireland'];

type Details = ConferenceInput['details'];

/** A conference in which every child is on a plan, so that reviews and core groups apply. */
function onPlan(details: Details, extra: Partial<ConferenceInput> = {}) {
  return conferenceWith({
    details,
    children: [{ id: 'mia', givenName: 'Mia' }],
    decisions: [{ childId: 'mia', outcome: details.type === 'review' ? 'plan-continues' : 'plan-needed' }],
    ...extra,
  });
}

describe('reports to the family before a review conference: computed in every nation', () => {
  it('every nation has a local rule of 5 working days, which an organisation may change', () => {
    for (const nation of nations) {
      expect(PROCEDURE_PROFILES[nation].timescales['reports-before-review'], nation).toMatchObject({
        amount: 5,
        unit: 'working-days',
        basis: 'local',
      });
      expect(
        effectiveTimescales(nation, { 'reports-before-review': { amount: 7, unit: 'working-days' } }).refused,
      ).toEqual([]);
    }
  });

  const cases: Array<{ nation: Nation; date: string; dueOn: string; why: string }> = [
    // Tue 1 Jun 2027: Fri 28 May (1), Thu 27 (2), Wed 26 (3), Tue 25 (4); Mon 31 May is the Spring bank holiday and
    // is behind the conference, so the fifth is Mon 24 May.
    { nation: 'england', date: '2027-06-01', dueOn: '2027-05-24', why: 'Spring bank holiday' },
    // Wed 31 Mar 2027: Tue 30 (1); Mon 29 Easter Monday and Fri 26 Good Friday skipped; Thu 25 (2), Wed 24 (3),
    // Tue 23 (4), Mon 22 (5).
    { nation: 'wales', date: '2027-03-31', dueOn: '2027-03-22', why: 'Easter' },
    // Mon 7 Dec 2026: Fri 4 (1), Thu 3 (2), Wed 2 (3), Tue 1 (4); Mon 30 Nov St Andrew's Day skipped; Fri 27 Nov (5).
    { nation: 'scotland', date: '2026-12-07', dueOn: '2026-11-27', why: 'St Andrew’s Day' },
    // Tue 23 Mar 2027: Mon 22 (1), Fri 19 (2), Thu 18 (3); Wed 17 St Patrick's Day skipped; Tue 16 (4), Mon 15 (5).
    { nation: 'northern-ireland', date: '2027-03-23', dueOn: '2027-03-15', why: 'St Patrick’s Day' },
  ];
  for (const { nation, date, dueOn, why } of cases) {
    it(`${nation}: a review on ${date}, with ${why} in the way, is due ${dueOn} even with no reports recorded`, () => {
      const review = onPlan({
        type: 'review',
        nation,
        date,
        previousConference: { type: 'initial', date: '2026-09-01' },
      });
      expect(deadline(conferenceDeadlines(review), 'reports-to-family')).toMatchObject({
        timescale: 'reports-before-review',
        dueOn,
        status: 'due',
        basis: 'local',
        rule: `5 working days before the conference (${PROCEDURE_PROFILES[nation].name}, local)`,
      });
    });
  }

  it('follows the organisation’s own number, and says it is theirs', () => {
    // Scotland, Mon 7 Dec 2026 with 3 days: Fri 4, Thu 3, Wed 2 Dec.
    const review = onPlan({
      type: 'review',
      nation: 'scotland',
      date: '2026-12-07',
      previousConference: { type: 'initial', date: '2026-06-09' },
    });
    const d = deadline(
      conferenceDeadlines(review, { 'reports-before-review': { amount: 3, unit: 'working-days' } }),
      'reports-to-family',
    );
    expect(d).toMatchObject({
      dueOn: '2026-12-02',
      rule: '3 working days before the conference (Scotland, local, set by your organisation)',
    });
  });
});

describe('reports to the family before the review this conference books', () => {
  const cases: Array<{ nation: Nation; date: string; review: string; dueOn: string }> = [
    // England, first review booked Tue 1 Jun 2027: 28, 27, 26, 25, 24 May (31 May Spring bank holiday behind it).
    { nation: 'england', date: '2027-03-09', review: '2027-06-01', dueOn: '2027-05-24' },
    // Wales, first review booked Wed 31 Mar 2027: 30, 25, 24, 23, 22 Mar (Easter skipped).
    { nation: 'wales', date: '2027-01-06', review: '2027-03-31', dueOn: '2027-03-22' },
    // Scotland, first review booked Wed 6 Jan 2027: Tue 5 (1); Mon 4 Jan (2 January substitute), Fri 1 Jan, Mon 28
    // and Fri 25 Dec skipped; Thu 31 (2), Wed 30 (3), Tue 29 (4), Thu 24 Dec (5).
    { nation: 'scotland', date: '2026-07-08', review: '2027-01-06', dueOn: '2026-12-24' },
    // Northern Ireland, first review booked Mon 19 Jul 2027: 16, 15, 14, 13 Jul; Mon 12 Jul skipped; Fri 9 Jul (5).
    { nation: 'northern-ireland', date: '2027-04-20', review: '2027-07-19', dueOn: '2027-07-09' },
  ];
  for (const { nation, date, review, dueOn } of cases) {
    it(`${nation}: first review booked ${review}, reports by ${dueOn}`, () => {
      const initial = onPlan({ type: 'initial', nation, date }, { review: { nextReviewOn: review } });
      const list = conferenceDeadlines(initial);
      expect(deadline(list, 'reports-before-next-review')).toMatchObject({
        label: 'Reports shared with the family before the first review',
        timescale: 'reports-before-review',
        from: { what: 'the first review', on: review },
        dueOn,
        status: 'due',
        basis: 'local',
        rule: `5 working days before the review (${PROCEDURE_PROFILES[nation].name}, local)`,
      });
      // Shown after the review it belongs to.
      const keys = list.map((d) => d.key);
      expect(keys.indexOf('reports-before-next-review')).toBe(keys.indexOf('next-review') + 1);
    });
  }

  it('the same Scottish review in England loses only Christmas, Boxing Day and New Year: Tue 29 Dec 2026', () => {
    // Tue 5 (1), Mon 4 (2), Fri 1 Jan skipped, Thu 31 (3), Wed 30 (4), Tue 29 Dec (5).
    const initial = onPlan(
      { type: 'initial', nation: 'england', date: '2026-10-06' },
      { review: { nextReviewOn: '2027-01-06' } },
    );
    expect(deadline(conferenceDeadlines(initial), 'reports-before-next-review').dueOn).toBe('2026-12-29');
  });

  it('before the review is booked, counts back from the latest date for it and says so', () => {
    // England initial Tue 9 Mar 2027: first review by Wed 9 Jun 2027; 5 working days before: 8, 7, 4, 3, 2 Jun.
    const list = conferenceDeadlines(onPlan({ type: 'initial', nation: 'england', date: '2027-03-09' }));
    expect(deadline(list, 'next-review').dueOn).toBe('2027-06-09');
    const d = deadline(list, 'reports-before-next-review');
    expect(d).toMatchObject({ dueOn: '2027-06-02', status: 'due', from: { on: '2027-06-09' } });
    expect(d.note).toBe(
      'Counted back from Wed 9 Jun 2027, the latest date for the review; once the review is booked, it is counted ' +
        'from the booked date.',
    );
  });

  it('at a review, it is the next review, and no review means no reports for one', () => {
    const review = onPlan(
      {
        type: 'review',
        nation: 'wales',
        date: '2026-10-06',
        previousConference: { type: 'initial', date: '2026-07-07' },
      },
      { review: { nextReviewOn: '2027-03-31' } },
    );
    expect(deadline(conferenceDeadlines(review), 'reports-before-next-review')).toMatchObject({
      label: 'Reports shared with the family before the next review',
      dueOn: '2027-03-22',
    });
    const ended = conferenceWith({
      details: { type: 'review', nation: 'wales', date: '2026-10-06' },
      children: [{ id: 'mia', givenName: 'Mia' }],
      decisions: [{ childId: 'mia', outcome: 'plan-ends' }],
    });
    expect(conferenceDeadlines(ended).map((d) => d.key)).not.toContain('reports-before-next-review');
  });
});

describe('the following review, once the first is booked', () => {
  it('England: 6 months after a first review booked on Tue 1 Jun 2027 is Wed 1 Dec 2027', () => {
    const list = conferenceDeadlines(
      onPlan({ type: 'initial', nation: 'england', date: '2027-03-09' }, { review: { nextReviewOn: '2027-06-01' } }),
    );
    expect(deadline(list, 'following-review')).toMatchObject({
      label: 'Following review child protection conference',
      timescale: 'later-reviews',
      from: { what: 'the first review', on: '2027-06-01' },
      dueOn: '2027-12-01',
      status: 'due',
      basis: 'statutory',
      rule: '6 months after the first review (England, statutory)',
    });
    const keys = list.map((d) => d.key);
    expect(keys.indexOf('following-review')).toBeGreaterThan(keys.indexOf('next-review'));
  });

  it('Wales: a review on Wed 31 Mar 2027 is followed by Thu 30 Sep 2027 (month end, not 1 October)', () => {
    const list = conferenceDeadlines(
      onPlan({ type: 'initial', nation: 'wales', date: '2027-01-06' }, { review: { nextReviewOn: '2027-03-31' } }),
    );
    expect(deadline(list, 'following-review').dueOn).toBe('2027-09-30');
  });

  for (const nation of nations) {
    it(`${nation}: 6 months after Mon 28 Jun 2027 is Tue 28 Dec, a bank holiday, as is the 27th: Fri 24 Dec 2027`, () => {
      const review = onPlan(
        { type: 'review', nation, date: '2027-03-30', previousConference: { type: 'initial', date: '2026-12-29' } },
        { review: { nextReviewOn: '2027-06-28' } },
      );
      const d = deadline(conferenceDeadlines(review), 'following-review');
      expect(d).toMatchObject({ dueOn: '2027-12-24', nominalDueOn: '2027-12-28', status: 'due' });
      expect(d.label).toMatch(/^Following review /);
      expect(d.note).toContain('Boxing Day');
    });
  }

  it('Scotland and Northern Ireland use their own later-review interval (6 months) after a 6- or 3-month first review', () => {
    // Scotland: first review booked Tue 7 Dec 2027; the one after by Wed 7 Jun 2028.
    const scotland = conferenceDeadlines(
      onPlan({ type: 'initial', nation: 'scotland', date: '2027-06-08' }, { review: { nextReviewOn: '2027-12-07' } }),
    );
    expect(deadline(scotland, 'following-review').dueOn).toBe('2028-06-07');
    // Northern Ireland: first review booked Mon 19 Jul 2027; the one after by Wed 19 Jan 2028.
    const ni = conferenceDeadlines(
      onPlan(
        { type: 'initial', nation: 'northern-ireland', date: '2027-04-20' },
        { review: { nextReviewOn: '2027-07-19' } },
      ),
    );
    expect(deadline(ni, 'following-review').dueOn).toBe('2028-01-19');
  });

  it('asks for the first review to be booked before it can be worked out', () => {
    const d = deadline(
      conferenceDeadlines(onPlan({ type: 'initial', nation: 'england', date: '2027-03-09' })),
      'following-review',
    );
    expect(d).toMatchObject({
      status: 'needs-information',
      note: 'Book the first review to work out when the one after it is due.',
    });
    expect(d.dueOn).toBeUndefined();
  });
});

describe('the child and family assessment, from the referral', () => {
  it('England: 45 working days from Mon 30 Nov 2026 is Thu 4 Feb 2027, past Christmas and New Year', () => {
    // Dec 1–4 (4), 7–11 (9), 14–18 (14), 21–24 (18); 25 and 28 Dec skipped; 29–31 (21); 1 Jan skipped; Jan 4–8 (26),
    // 11–15 (31), 18–22 (36), 25–29 (41), Feb 1–4 (45).
    const initial = onPlan({ type: 'initial', nation: 'england', date: '2027-01-14', referralOn: '2026-11-30' });
    const d = deadline(conferenceDeadlines(initial), 'child-and-family-assessment');
    expect(d).toMatchObject({
      label: 'Child and family assessment',
      timescale: 'child-and-family-assessment',
      from: { what: 'the referral', on: '2026-11-30' },
      dueOn: '2027-02-04',
      status: 'due',
      basis: 'statutory',
      rule: '45 working days after the referral (England, statutory)',
    });
    expect(d.source).toMatch(/Working Together to Safeguard Children 2023.*45 working days/);
    // Thu 14 Jan 2027 is working day 30: 21 to the end of December, then Jan 4–8 (26) and 11–14 (30).
    expect(d.workingDay).toEqual({
      n: 30,
      of: 45,
      counting: 'after',
      words: 'The conference is on working day 30 of the 45 for the assessment.',
    });
  });

  for (const nation of ['wales', 'scotland', 'northern-ireland'] as const) {
    it(`${nation}: sets no national number, and the line says so rather than inventing one`, () => {
      expect(PROCEDURE_PROFILES[nation].timescales['child-and-family-assessment']).toBeUndefined();
      const initial = onPlan({ type: 'initial', nation, date: '2027-01-14', referralOn: '2026-11-30' });
      const d = deadline(conferenceDeadlines(initial), 'child-and-family-assessment');
      expect(d).toMatchObject({ status: 'not-applicable', basis: 'local' });
      expect(d.dueOn).toBeUndefined();
      expect(d.note).toBe(
        `${PROCEDURE_PROFILES[nation].name} sets no national timescale for finishing the assessment; your ` +
          'organisation can set one in settings.',
      );
    });
  }

  it('counts an organisation’s own number with its own nation’s bank holidays', () => {
    const own = { 'child-and-family-assessment': { amount: 20, unit: 'working-days' as const } };
    const due = (nation: Nation, referralOn: string) =>
      deadline(
        conferenceDeadlines(onPlan({ type: 'initial', nation, date: '2027-01-14', referralOn }), own),
        'child-and-family-assessment',
      );
    // Scotland from Fri 27 Nov 2026: Mon 30 Nov (St Andrew's) skipped; Dec 1–4 (4), 7–11 (9), 14–18 (14), 21–24 (18);
    // 25 and 28 skipped; 29 (19), 30 (20).
    expect(due('scotland', '2026-11-27')).toMatchObject({
      dueOn: '2026-12-30',
      basis: 'local',
      rule: '20 working days after the referral (Scotland, local, set by your organisation)',
    });
    // England's 45 is statutory: a local 20 is refused and 45 stands. From Fri 27 Nov 2026: Mon 30 Nov (1), Dec 1–4
    // (5), 7–11 (10), 14–18 (15), 21–24 (19), 29–31 (22), Jan 4–8 (27), 11–15 (32), 18–22 (37), 25–29 (42), Feb 1–3 (45).
    expect(due('england', '2026-11-27')).toMatchObject({ dueOn: '2027-02-03', basis: 'statutory' });
    // Wales from Thu 24 Dec 2026, 10 working days: 25, 28 Dec and 1 Jan skipped; 29–31 (3), Jan 4–8 (8), 11 (9), 12 (10).
    expect(
      deadline(
        conferenceDeadlines(
          onPlan({ type: 'initial', nation: 'wales', date: '2027-01-14', referralOn: '2026-12-24' }),
          {
            'child-and-family-assessment': { amount: 10, unit: 'working-days' },
          },
        ),
        'child-and-family-assessment',
      ).dueOn,
    ).toBe('2027-01-12');
    // Northern Ireland from Fri 10 Jul 2026, 10 working days: Mon 13 Jul (substitute) skipped; 14–17 (4), 20–24 (9),
    // Mon 27 (10).
    expect(
      deadline(
        conferenceDeadlines(
          onPlan({ type: 'initial', nation: 'northern-ireland', date: '2026-08-04', referralOn: '2026-07-10' }),
          { 'child-and-family-assessment': { amount: 10, unit: 'working-days' } },
        ),
        'child-and-family-assessment',
      ).dueOn,
    ).toBe('2026-07-27');
  });

  it('asks for the referral date at an initial conference, and stays out of a review that has none', () => {
    const initial = conferenceDeadlines(onPlan({ type: 'initial', nation: 'england', date: '2027-01-14' }));
    expect(deadline(initial, 'child-and-family-assessment')).toMatchObject({
      status: 'needs-information',
      note: 'Record the date the referral was received (Setup, conference details) to work this out.',
    });
    const review = onPlan({ type: 'review', nation: 'england', date: '2027-01-14' });
    expect(conferenceDeadlines(review).map((d) => d.key)).not.toContain('child-and-family-assessment');
    const withReferral = onPlan({ type: 'review', nation: 'england', date: '2027-01-14', referralOn: '2026-11-30' });
    expect(deadline(conferenceDeadlines(withReferral), 'child-and-family-assessment').dueOn).toBe('2027-02-04');
  });

  it('says when the conference is past the count', () => {
    // Referral Mon 30 Nov 2026, assessment due Thu 4 Feb 2027 (45); conference Tue 9 Feb 2027 is working day 48.
    const late = onPlan({ type: 'initial', nation: 'england', date: '2027-02-09', referralOn: '2026-11-30' });
    expect(deadline(conferenceDeadlines(late), 'child-and-family-assessment').workingDay).toMatchObject({
      n: 48,
      of: 45,
      words: 'The conference is on working day 48, after the 45 for the assessment.',
    });
  });

  it('a referral after the conference is flagged beside the referral field, with the fix', () => {
    const after = onPlan({ type: 'initial', nation: 'england', date: '2027-01-14', referralOn: '2027-01-15' });
    expect(referralProblems(after)).toEqual([
      {
        field: 'details.referralOn',
        message: 'The referral must have been received on or before the conference (Thu 14 Jan 2027). Check the date.',
      },
    ]);
    expect(procedureDateProblems(after).map((p) => p.field)).toEqual(['details.referralOn']);
    const sameDay = onPlan({ type: 'initial', nation: 'england', date: '2027-01-14', referralOn: '2027-01-14' });
    expect(referralProblems(sameDay)).toEqual([]);
    expect(referralProblems(onPlan({ type: 'initial', nation: 'england', date: '2027-01-14' }))).toEqual([]);
  });
});

describe('the working-day count', () => {
  const initial = (nation: Nation, strategyDiscussionOn: string, date: string) =>
    deadline(
      conferenceDeadlines(onPlan({ type: 'initial', nation, date, strategyDiscussionOn })),
      'initial-conference',
    );

  it('England: held on working day 13 of 15, counting past Christmas and New Year', () => {
    // Strategy discussion Mon 14 Dec 2026: 15–18 (4), 21–24 (8), 29–31 (11), Mon 4 Jan (12), Tue 5 Jan 2027 (13).
    expect(initial('england', '2026-12-14', '2027-01-05').workingDay).toEqual({
      n: 13,
      of: 15,
      counting: 'after',
      words: 'Held on working day 13 of 15.',
    });
  });

  it('Wales: held on working day 10 of 15 after a strategy discussion on Christmas Eve', () => {
    // Thu 24 Dec 2026: 25 and 28 skipped; 29–31 (3); 1 Jan skipped; 4–8 (8), 11 (9), Tue 12 Jan 2027 (10).
    expect(initial('wales', '2026-12-24', '2027-01-12').workingDay).toMatchObject({ n: 10, of: 15 });
  });

  it('Northern Ireland: 12 July makes the same day working day 15 of 15 there and 16, late, in England', () => {
    // Thu 9 Jul 2026 to Fri 31 Jul: NI skips Mon 13 Jul (substitute for the 12th): 10 (1), 14–17 (5), 20–24 (10),
    // 27–31 (15). England counts the 13th: 16.
    const ni = initial('northern-ireland', '2026-07-09', '2026-07-31');
    expect(ni).toMatchObject({ status: 'ok', workingDay: { n: 15, of: 15, words: 'Held on working day 15 of 15.' } });
    const england = initial('england', '2026-07-09', '2026-07-31');
    expect(england).toMatchObject({
      status: 'late',
      workingDay: { n: 16, of: 15, words: 'Held on working day 16, 1 working day after the 15 allowed.' },
    });
  });

  it('Scotland: no count for a rule in calendar days; a core group booked on working day 14 of 15', () => {
    expect(initial('scotland', '2026-11-16', '2026-12-07').workingDay).toBeUndefined();
    // Planning meeting Mon 23 Nov 2026: 24–27 (4); Mon 30 Nov St Andrew's Day skipped; Dec 1–4 (8), 7–11 (13), 14 (14).
    const cppm = onPlan(
      { type: 'initial', nation: 'scotland', date: '2026-11-23' },
      { coreGroup: { firstMeetingOn: '2026-12-14' } },
    );
    expect(deadline(conferenceDeadlines(cppm), 'first-core-group')).toMatchObject({
      dueOn: '2026-12-15',
      status: 'ok',
      workingDay: { n: 14, of: 15, words: 'Booked for working day 14 of 15.' },
    });
  });

  it('Scotland: a transfer meeting held on working day 9 of 21, St Andrew’s Day not counted', () => {
    // Told in writing Fri 27 Nov 2026; meeting Fri 11 Dec: Dec 1–4 (4), 7–11 (9).
    const transfer = onPlan({
      type: 'transfer-in',
      nation: 'scotland',
      date: '2026-12-11',
      transferNotifiedOn: '2026-11-27',
    });
    expect(deadline(conferenceDeadlines(transfer), 'transfer-in-conference').workingDay).toMatchObject({
      n: 9,
      of: 21,
    });
  });

  it('no count for a booking on a weekend, or before the date counted from', () => {
    const weekend = onPlan(
      { type: 'initial', nation: 'england', date: '2026-11-23' },
      { coreGroup: { firstMeetingOn: '2026-12-05' } },
    );
    expect(deadline(conferenceDeadlines(weekend), 'first-core-group').workingDay).toBeUndefined();
    expect(initial('england', '2026-12-14', '2026-12-14').workingDay).toBeUndefined();
  });

  describe('reports: the least notice any family member had', () => {
    const people = {
      adults: [
        { id: 'a-jade', givenName: 'Jade', familyName: 'Ashdown', parentalResponsibility: true },
        { id: 'a-kieran', givenName: 'Kieran', familyName: 'Ashdown', parentalResponsibility: true },
      ],
      participants: [
        { id: 'p-jade', name: 'Jade Ashdown', kind: 'family' as const, adultId: 'a-jade' },
        { id: 'p-kieran', name: 'Kieran Ashdown', kind: 'family' as const, adultId: 'a-kieran' },
      ],
    };
    const review = (nation: Nation, date: string, sharing: Array<{ participantId: string; sharedOn: string }>) =>
      deadline(
        conferenceDeadlines(
          onPlan(
            { type: 'review', nation, date, previousConference: { type: 'initial', date: '2026-12-01' } },
            { ...people, reports: [{ id: 'r', agency: 'police', author: 'PC Laura Finch', sharing }] },
          ),
        ),
        'reports-to-family',
      );

    it('England: reached Jade 3 working days before a review on Tue 1 Jun 2027 (rule: 5), the Spring bank holiday not counted', () => {
      // Wed 26 May 2027 to Tue 1 Jun: Thu 27 (1), Fri 28 (2), Mon 31 skipped, Tue 1 Jun (3).
      const d = review('england', '2027-06-01', [
        { participantId: 'p-jade', sharedOn: '2027-05-26' },
        { participantId: 'p-kieran', sharedOn: '2027-05-20' },
      ]);
      expect(d.status).toBe('late');
      expect(d.workingDay).toEqual({
        n: 3,
        of: 5,
        counting: 'before',
        words:
          'Least notice: Police report by PC Laura Finch reached Jade Ashdown 3 working days before the conference (rule: 5).',
      });
    });

    it('Northern Ireland: St Patrick’s Day makes Mon 15 Mar exactly 5 working days before Tue 23 Mar 2027', () => {
      const d = review('northern-ireland', '2027-03-23', [
        { participantId: 'p-jade', sharedOn: '2027-03-15' },
        { participantId: 'p-kieran', sharedOn: '2027-03-15' },
      ]);
      expect(d.status).toBe('ok');
      expect(d.workingDay).toMatchObject({ n: 5, of: 5 });
      expect(d.workingDay?.words).toBe(
        'Least notice: Police report by PC Laura Finch reached Jade Ashdown and Kieran Ashdown 5 working days before ' +
          'the conference (rule: 5).',
      );
      // The same day in England, where 17 March is a working day, is 6 working days before.
      expect(review('england', '2027-03-23', [{ participantId: 'p-jade', sharedOn: '2027-03-15' }]).workingDay?.n).toBe(
        6,
      );
    });

    it('Scotland and Wales: counted with their own holidays', () => {
      // Scotland, Mon 7 Dec 2026; shared Fri 27 Nov: St Andrew's Day skipped; Dec 1–4 (4), Mon 7 (5).
      const scotland = review('scotland', '2026-12-07', [
        { participantId: 'p-jade', sharedOn: '2026-11-27' },
        { participantId: 'p-kieran', sharedOn: '2026-11-27' },
      ]);
      expect(scotland).toMatchObject({
        status: 'ok',
        workingDay: { n: 5, of: 5 },
      });
      // Wales, Wed 31 Mar 2027; shared Tue 23 Mar: 24, 25 (2), Easter skipped, 30 (3), 31 (4).
      expect(review('wales', '2027-03-31', [{ participantId: 'p-jade', sharedOn: '2027-03-23' }])).toMatchObject({
        status: 'late',
        workingDay: { n: 4, of: 5 },
      });
    });

    it('no count until a report has a date', () => {
      expect(review('england', '2027-06-01', []).workingDay).toBeUndefined();
    });
  });
});

describe('an unborn baby to be reconsidered at the review keeps the review', () => {
  // Pre-birth conference on Tue 12 Jan 2027 (England): the review is due within 3 months, by Mon 12 Apr 2027.
  const prebirth = (reconsider?: 'at-review' | 'strategy-discussion') =>
    conferenceWith({
      details: { type: 'pre-birth', nation: 'england', date: '2027-01-12' },
      children: [{ id: 'baby', givenName: '', unborn: true, expectedDeliveryDate: '2027-04-20' }],
      decisions: [
        {
          childId: 'baby',
          outcome: 'plan-not-needed',
          alternative: 'child-in-need-plan',
          ...(reconsider ? { reconsider } : {}),
        },
      ],
    });
  const key = (c: ReturnType<typeof prebirth>, k: string) => conferenceDeadlines(c).find((d) => d.key === k);

  it('gives the review its latest date and the reports before it, and no review after that', () => {
    const c = prebirth('at-review');
    expect(key(c, 'next-review')).toMatchObject({ status: 'missing-booking', dueOn: '2027-04-12' });
    expect(key(c, 'reports-before-next-review')?.status).toBe('due');
    // Whether there is a plan after the review is for the review to decide.
    expect(key(c, 'following-review')).toBeUndefined();
    expect(key(c, 'first-core-group')?.status).toBe('not-applicable');
  });

  it('has no review when the baby needs no plan and nothing is to be looked at again there', () => {
    for (const c of [prebirth(), prebirth('strategy-discussion')]) {
      expect(key(c, 'next-review')?.status).toBe('not-applicable');
      expect(key(c, 'reports-before-next-review')).toBeUndefined();
    }
  });
});
