import { describe, expect, it } from 'vitest';
import {
  conferenceDeadlines,
  dateAtGestation,
  gestationAt,
  isReportLate,
  reportSharingByRecipient,
  reportSharingDeadline,
} from '@shared/procedure/deadlines';
import { conferenceWith, deadline, westbrookReview } from './fixtures';

describe('the worked example: Westbrook review, Tue 1 Dec 2026', () => {
  const list = conferenceDeadlines(westbrookReview());

  it('this review is within 3 months of the initial conference of Tue 8 Sep 2026', () => {
    expect(deadline(list, 'this-review')).toMatchObject({
      label: 'Review child protection conference',
      dueOn: '2026-12-08',
      bookedOn: '2026-12-01',
      status: 'ok',
      basis: 'statutory',
      rule: '3 months after the previous initial child protection conference (England, statutory)',
      from: { on: '2026-09-08' },
    });
  });

  it('the chair’s decision letter is due the next working day, Wed 2 Dec 2026', () => {
    expect(deadline(list, 'decision-letter')).toMatchObject({
      label: 'Chair’s decision letter',
      dueOn: '2026-12-02',
      status: 'due',
      basis: 'local',
      rule: '1 working day after the conference (England, local)',
    });
  });

  it('the core group on Tue 15 Dec 2026 is within 10 working days', () => {
    // 2 (1), 3 (2), 4 (3), 7 (4), 8 (5), 9 (6), 10 (7), 11 (8), 14 (9), 15 Dec (10).
    expect(deadline(list, 'first-core-group')).toMatchObject({
      label: 'Next core group meeting',
      dueOn: '2026-12-15',
      bookedOn: '2026-12-15',
      status: 'ok',
      rule: '10 working days after the conference (England, statutory)',
    });
  });

  it('monthly core groups after that keep within a month', () => {
    expect(deadline(list, 'core-group-interval')).toMatchObject({
      dueOn: '2027-01-15',
      bookedOn: '2027-01-15',
      status: 'ok',
      note: 'The core group is set to meet monthly, so the next meeting would be Fri 15 Jan 2027.',
    });
  });

  it('the next review is due by Tue 1 Jun 2027 and has not been booked yet', () => {
    expect(deadline(list, 'next-review')).toMatchObject({
      label: 'Next review child protection conference',
      dueOn: '2027-06-01',
      status: 'missing-booking',
      rule: '6 months after this conference (England, statutory)',
    });
    const booked = conferenceDeadlines(westbrookReview({ review: { nextReviewOn: '2027-05-25' } }));
    expect(deadline(booked, 'next-review')).toMatchObject({ bookedOn: '2027-05-25', status: 'ok' });
    const late = conferenceDeadlines(westbrookReview({ review: { nextReviewOn: '2027-06-02' } }));
    expect(deadline(late, 'next-review').status).toBe('late');
  });

  it('the full minutes are due 15 working days after, Tue 22 Dec 2026', () => {
    // 10 working days is Tue 15 Dec; then 16 (11), 17 (12), 18 (13), 21 (14), 22 (15).
    expect(deadline(list, 'full-minutes')).toMatchObject({ label: 'Full minutes', dueOn: '2026-12-22', status: 'due' });
  });

  it('reports must reach the family by Tue 24 Nov 2026, 5 working days before a review', () => {
    expect(deadline(list, 'reports-to-family')).toMatchObject({
      dueOn: '2026-11-24',
      rule: '5 working days before the conference (England, local)',
      status: 'due',
    });
  });

  it('tracks the length of Mia’s plan, and not Jayden’s, which ends', () => {
    expect(deadline(list, 'plan-escalation:mia')).toMatchObject({
      label: 'Mia’s plan reaches 18 months',
      dueOn: '2028-03-08',
      status: 'due',
      childId: 'mia',
    });
    expect(deadline(list, 'plan-long:mia')).toMatchObject({ dueOn: '2028-09-08', basis: 'statutory' });
    expect(list.some((d) => d.key.endsWith(':jayden'))).toBe(false);
  });

  it('lists nothing that belongs to other kinds of conference', () => {
    expect(list.map((d) => d.key)).toEqual([
      'this-review',
      'reports-to-family',
      'decision-letter',
      'first-core-group',
      'core-group-interval',
      'full-minutes',
      'next-review',
      'reports-before-next-review',
      'following-review',
      'plan-escalation:mia',
      'plan-long:mia',
    ]);
  });
});

/** A mother and a father, each with parental responsibility, and a supporter without it. */
const kerrs = {
  adults: [
    { id: 'adult-shona', givenName: 'Shona', familyName: 'Kerr', parentalResponsibility: true },
    { id: 'adult-gary', givenName: 'Gary', familyName: 'Kerr', parentalResponsibility: true },
  ],
  participants: [
    { id: 'p-fiona', name: 'Fiona Baird', kind: 'professional' as const, agency: 'childrens-social-care' as const },
    { id: 'p-shona', name: 'Shona Kerr', kind: 'family' as const, adultId: 'adult-shona' },
    { id: 'p-gary', name: 'Gary Kerr', kind: 'family' as const, adultId: 'adult-gary' },
    { id: 'p-aunt', name: 'Lorna Kerr', kind: 'supporter' as const },
  ],
};

const shared = (participantId: string, sharedOn: string, version: 'full' | 'summary' = 'full', reason = '') => ({
  participantId,
  sharedOn,
  version,
  reason,
});

describe('reports shared with the family, per family member', () => {
  const reports = [
    { id: 'r1', agency: 'police' as const, sharing: [shared('p-shona', '2026-11-24'), shared('p-gary', '2026-11-24')] },
    {
      id: 'r2',
      agency: 'school' as const,
      author: 'Tom Haddad',
      sharing: [shared('p-shona', '2026-11-24'), shared('p-gary', '2026-11-27')],
    },
    { id: 'r3', agency: 'school-nursing' as const, sharing: [shared('p-shona', '2026-11-20')] },
    {
      id: 'r4',
      agency: 'other' as const,
      sharing: [
        { participantId: 'p-shona', version: 'not-shared' as const, reason: 'Contains third-party information' },
        { participantId: 'p-gary', version: 'not-shared' as const, reason: 'Contains third-party information' },
      ],
    },
  ];

  it('flags each family member a report reached late, and each parent with no date', () => {
    const d = deadline(conferenceDeadlines(westbrookReview({ ...kerrs, reports })), 'reports-to-family');
    expect(d).toMatchObject({ status: 'late', bookedOn: '2026-11-27' });
    expect(d.note).toBe(
      'Reached a family member after Tue 24 Nov 2026: School report by Tom Haddad to Gary Kerr. ' +
        'No date recorded: School nursing report to Gary Kerr.',
    );
  });

  it('is ok when every report reached every parent in time, and waits for a parent with no date', () => {
    const onTime = conferenceDeadlines(westbrookReview({ ...kerrs, reports: [reports[0]!, reports[3]!] }));
    expect(deadline(onTime, 'reports-to-family')).toMatchObject({ status: 'ok', bookedOn: '2026-11-24' });
    const unshared = conferenceDeadlines(westbrookReview({ ...kerrs, reports: [reports[2]!] }));
    expect(deadline(unshared, 'reports-to-family').status).toBe('missing-booking');
    // A supporter without parental responsibility gets only what the parents agree to: no gap is flagged for her.
    expect(deadline(unshared, 'reports-to-family').note).not.toContain('Lorna');
  });

  it('judges the mother and the father separately: in time for her, late for him (rule 3)', () => {
    // Initial conference on Tue 1 Dec 2026: 3 working days before is Thu 26 Nov (30 Nov, 27 Nov, 26 Nov).
    const conference = conferenceWith({
      details: { type: 'initial', nation: 'england', date: '2026-12-01' },
      ...kerrs,
      reports: [
        {
          id: 'r-police',
          agency: 'police',
          author: 'PC Laura Finch',
          sharing: [shared('p-shona', '2026-11-24'), shared('p-gary', '2026-11-30')],
        },
      ],
    });
    const [police] = reportSharingByRecipient(conference);
    const [shona, gary, lorna] = police!.recipients;
    expect(shona).toMatchObject({ workingDaysBefore: 5, ruleAmount: 3, dueOn: '2026-11-26', late: false });
    expect(shona!.message).toBe('Reached Shona Kerr 5 working days before the conference; the rule is 3 working days.');
    expect(gary).toMatchObject({ workingDaysBefore: 1, ruleAmount: 3, late: true, status: 'late' });
    expect(gary!.message).toBe(
      'Late: reached Gary Kerr 1 working day before the conference; the rule is 3 working days.',
    );
    expect(lorna).toMatchObject({ expected: false, status: 'not-recorded', late: false });
    const d = deadline(conferenceDeadlines(conference), 'reports-to-family');
    expect(d.status).toBe('late');
    expect(d.note).toBe('Reached a family member after Thu 26 Nov 2026: Police report by PC Laura Finch to Gary Kerr.');
    expect(isReportLate('england', 'initial', '2026-12-01', { sharedOn: '2026-11-24' })).toBe(false);
    expect(isReportLate('england', 'initial', '2026-12-01', { sharedOn: '2026-11-30' })).toBe(true);
  });

  it('says what a summary leaves out and why a report was kept from a parent', () => {
    const conference = conferenceWith({
      details: { type: 'initial', nation: 'england', date: '2026-12-01' },
      ...kerrs,
      reports: [
        {
          id: 'r-health',
          agency: 'health-visiting',
          sharing: [
            shared('p-shona', '2026-11-11'),
            shared('p-gary', '2026-11-25', 'summary', 'the section on Shona’s health'),
          ],
        },
        {
          id: 'r-mental-health',
          agency: 'adult-mental-health',
          sharing: [
            shared('p-shona', '2026-11-11'),
            { participantId: 'p-gary', version: 'not-shared' as const, reason: 'her health information' },
          ],
        },
      ],
    });
    const [health, mentalHealth] = reportSharingByRecipient(conference);
    expect(health!.recipients[1]!.message).toBe(
      'A summary reached Gary Kerr 4 working days before the conference; the rule is 3 working days. ' +
        'The summary leaves out: the section on Shona’s health.',
    );
    expect(mentalHealth!.recipients[1]).toMatchObject({ status: 'not-shared', late: false });
    expect(mentalHealth!.recipients[1]!.message).toBe('Not shared with Gary Kerr: her health information.');
    // A report kept from a parent for a reason is not waited for, and not late.
    expect(deadline(conferenceDeadlines(conference), 'reports-to-family').status).toBe('ok');
    expect(isReportLate('england', 'initial', '2026-12-01', mentalHealth!.report.sharing[1]!)).toBe(false);
  });

  it('counts a report that arrived at the weekend from the next working day', () => {
    // Sat 28 Nov can first be read on Mon 30 Nov: 1 working day before Tue 1 Dec.
    const conference = conferenceWith({
      details: { type: 'initial', nation: 'england', date: '2026-12-01' },
      ...kerrs,
      reports: [{ id: 'r', agency: 'police', sharing: [shared('p-shona', '2026-11-28')] }],
    });
    expect(reportSharingByRecipient(conference)[0]!.recipients[0]).toMatchObject({ workingDaysBefore: 1, late: true });
  });

  it('skips each nation’s own bank holidays when judging each parent (New Year 2027)', () => {
    // Tue 5 Jan 2027, rule 3. England: Mon 4 Jan (1), Thu 31 Dec (2), Wed 30 Dec (3); Fri 1 Jan is a holiday.
    // Scotland also keeps Mon 4 Jan (for Sat 2 Jan): 31 Dec (1), 30 Dec (2), Tue 29 Dec (3).
    const christmas = (nation: 'england' | 'scotland') =>
      conferenceWith({
        details: { type: 'initial', nation, date: '2027-01-05' },
        ...kerrs,
        reports: [
          { id: 'r', agency: 'police', sharing: [shared('p-shona', '2026-12-29'), shared('p-gary', '2026-12-30')] },
        ],
      });
    const [england] = reportSharingByRecipient(christmas('england'));
    expect(england!.recipients.slice(0, 2).map((r) => [r.workingDaysBefore, r.late])).toEqual([
      [4, false],
      [3, false],
    ]);
    const [scotland] = reportSharingByRecipient(christmas('scotland'));
    expect(scotland!.recipients.slice(0, 2).map((r) => [r.workingDaysBefore, r.late])).toEqual([
      [3, false],
      [2, true],
    ]);
    expect(scotland!.recipients[1]!.message).toBe(
      'Late: reached Gary Kerr 2 working days before the conference; the rule is 3 working days.',
    );
    expect(deadline(conferenceDeadlines(christmas('england')), 'reports-to-family').status).toBe('ok');
    expect(deadline(conferenceDeadlines(christmas('scotland')), 'reports-to-family')).toMatchObject({
      dueOn: '2026-12-29',
      status: 'late',
      note: 'Reached a family member after Tue 29 Dec 2026: Police report to Gary Kerr.',
    });
  });

  it('flags one family member’s date at a time', () => {
    expect(isReportLate('england', 'review', '2026-12-01', { sharedOn: '2026-11-24' })).toBe(false);
    expect(isReportLate('england', 'review', '2026-12-01', { sharedOn: '2026-11-25' })).toBe(true);
    expect(isReportLate('england', 'review', '2026-12-01', { version: 'not-shared' })).toBe(false);
    // Initial conference on Mon 4 Jan 2027, 3 working days before: 31 Dec (1), 30 (2), 29 (3); 1 Jan is a holiday.
    expect(reportSharingDeadline('england', 'initial', '2027-01-04')).toBe('2026-12-29');
    expect(isReportLate('england', 'initial', '2027-01-04', { sharedOn: '2026-12-29' })).toBe(false);
    expect(isReportLate('england', 'initial', '2027-01-04', { sharedOn: '2026-12-30' })).toBe(true);
    // Review on Tue 5 Jan 2027, 5 working days before: 4 (1), 31 (2), 30 (3), 29 (4), Thu 24 Dec (5).
    expect(reportSharingDeadline('england', 'review', '2027-01-05')).toBe('2026-12-24');
    // Scotland also keeps 4 January: review on Wed 6 Jan 2027 → 5 (1), 31 (2), 30 (3), 29 (4), 24 Dec (5).
    expect(reportSharingDeadline('scotland', 'review', '2027-01-06')).toBe('2026-12-24');
  });

  it('follows the organisation’s own number of days', () => {
    const overrides = { 'reports-before-review': { amount: 2, unit: 'working-days' as const } };
    // Tue 1 Dec 2026, 2 working days before: Mon 30 Nov (1), Fri 27 Nov (2).
    expect(reportSharingDeadline('england', 'review', '2026-12-01', overrides)).toBe('2026-11-27');
    expect(isReportLate('england', 'review', '2026-12-01', { sharedOn: '2026-11-27' }, overrides)).toBe(false);
    expect(isReportLate('england', 'review', '2026-12-01', { sharedOn: '2026-11-30' }, overrides)).toBe(true);
    const conference = westbrookReview({
      ...kerrs,
      reports: [{ id: 'r', agency: 'police', sharing: [shared('p-gary', '2026-11-27')] }],
    });
    expect(reportSharingByRecipient(conference)[0]!.recipients[1]!.late).toBe(true);
    const local = reportSharingByRecipient(conference, overrides)[0]!.recipients[1]!;
    expect(local).toMatchObject({ late: false, ruleAmount: 2 });
    expect(local.message).toBe('Reached Gary Kerr 2 working days before the conference; the rule is 2 working days.');
  });
});

describe('England initial conference over Christmas 2026', () => {
  const conference = conferenceWith({
    details: { type: 'initial', nation: 'england', date: '2026-12-17', strategyDiscussionOn: '2026-12-08' },
    children: [{ id: 'c1', givenName: 'Ava' }],
    decisions: [{ childId: 'c1', outcome: 'plan-needed', categories: ['neglect'] }],
    coreGroup: { firstMeetingOn: '2027-01-06' },
  });
  const list = conferenceDeadlines(conference);

  it('is within 15 working days of the strategy discussion on Tue 8 Dec', () => {
    // 9 (1), 10 (2), 11 (3), 14 (4), 15 (5), 16 (6), 17 (7), 18 (8), 21 (9), 22 (10), 23 (11), 24 (12),
    // [25, 26-27, 28], 29 (13), 30 (14), Thu 31 Dec (15).
    expect(deadline(list, 'initial-conference')).toMatchObject({
      label: 'Initial child protection conference',
      dueOn: '2026-12-31',
      bookedOn: '2026-12-17',
      status: 'ok',
      rule: '15 working days after the strategy discussion (England, statutory)',
    });
  });

  it('finds the first core group booked on Wed 6 Jan too late (due Tue 5 Jan 2027)', () => {
    expect(deadline(list, 'first-core-group')).toMatchObject({
      label: 'First core group meeting',
      dueOn: '2027-01-05',
      status: 'late',
    });
  });

  it('counts the decision letter, minutes and first review', () => {
    expect(deadline(list, 'decision-letter').dueOn).toBe('2026-12-18');
    // 10 working days is Tue 5 Jan; then 6 (11), 7 (12), 8 (13), 11 (14), Tue 12 Jan (15).
    expect(deadline(list, 'full-minutes').dueOn).toBe('2027-01-12');
    expect(deadline(list, 'reports-to-family').dueOn).toBe('2026-12-14'); // 16 (1), 15 (2), Mon 14 (3)
    expect(deadline(list, 'next-review')).toMatchObject({
      label: 'First review child protection conference',
      dueOn: '2027-03-17',
      rule: '3 months after this conference (England, statutory)',
    });
  });

  it('starts a new plan’s clock on the day of the conference', () => {
    expect(deadline(list, 'plan-escalation:c1')).toMatchObject({ dueOn: '2028-06-17', from: { on: '2026-12-17' } });
  });

  it('asks for the strategy discussion date when it is missing', () => {
    const withoutDate = conferenceWith({ details: { type: 'initial', nation: 'england', date: '2026-12-17' } });
    expect(deadline(conferenceDeadlines(withoutDate), 'initial-conference')).toMatchObject({
      status: 'needs-information',
      note: 'Record the date of the strategy discussion to work this out.',
    });
    expect(deadline(conferenceDeadlines(withoutDate), 'initial-conference').dueOn).toBeUndefined();
  });

  it('has no core group or review when no child needs a plan', () => {
    const noPlan = conferenceWith({
      details: { type: 'initial', nation: 'england', date: '2026-12-17', strategyDiscussionOn: '2026-12-08' },
      children: [{ id: 'c1', givenName: 'Ava' }],
      decisions: [{ childId: 'c1', outcome: 'plan-not-needed', alternative: 'child-in-need-plan' }],
    });
    const noPlanList = conferenceDeadlines(noPlan);
    expect(deadline(noPlanList, 'first-core-group').status).toBe('not-applicable');
    expect(deadline(noPlanList, 'next-review').status).toBe('not-applicable');
    expect(deadline(noPlanList, 'decision-letter').status).toBe('due');
    expect(noPlanList.some((d) => d.key.startsWith('plan-'))).toBe(false);
  });

  it('uses the organisation’s minutes timescale and refuses to move the statutory core group', () => {
    const overridden = conferenceDeadlines(conference, {
      'full-minutes': { amount: 10, unit: 'working-days' },
      'first-core-group': { amount: 20, unit: 'working-days' },
    });
    expect(deadline(overridden, 'full-minutes')).toMatchObject({
      dueOn: '2027-01-05',
      rule: '10 working days after the conference (England, local, set by your organisation)',
    });
    expect(deadline(overridden, 'first-core-group')).toMatchObject({ dueOn: '2027-01-05', basis: 'statutory' });
  });
});

describe('Northern Ireland: a first review that lands on St Patrick’s Day', () => {
  const list = conferenceDeadlines(
    conferenceWith({
      details: { type: 'initial', nation: 'northern-ireland', date: '2026-12-17', strategyDiscussionOn: '2026-12-08' },
    }),
  );

  it('brings the review forward to Tue 16 Mar 2027 and says why', () => {
    expect(deadline(list, 'next-review')).toMatchObject({
      label: 'First review child protection case conference',
      nominalDueOn: '2027-03-17',
      dueOn: '2027-03-16',
      note: 'Wed 17 Mar 2027 is a bank holiday (St Patrick’s Day), so the limit is the working day before it, Tue 16 Mar 2027.',
      rule: '3 months after this conference (Northern Ireland, statutory)',
    });
  });

  it('uses local defaults elsewhere, over Christmas', () => {
    expect(deadline(list, 'initial-conference')).toMatchObject({ dueOn: '2026-12-31', basis: 'local' });
    expect(deadline(list, 'decision-letter')).toMatchObject({ label: 'Record of decisions', dueOn: '2026-12-24' });
    expect(deadline(list, 'first-core-group').dueOn).toBe('2027-01-05');
    expect(deadline(list, 'full-minutes').dueOn).toBe('2027-01-12');
  });

  it('lets an organisation add a core group interval the region leaves to local practice', () => {
    const withInterval = conferenceDeadlines(
      conferenceWith({
        details: { type: 'initial', nation: 'northern-ireland', date: '2026-12-17' },
        coreGroup: { firstMeetingOn: '2027-01-05', cadence: 'six-weekly' },
      }),
      { 'core-group-interval': { amount: 4, unit: 'weeks' } },
    );
    // Tue 5 Jan 2027 + 4 weeks = Tue 2 Feb; six-weekly would mean Tue 16 Feb.
    expect(deadline(withInterval, 'core-group-interval')).toMatchObject({
      dueOn: '2027-02-02',
      bookedOn: '2027-02-16',
      status: 'late',
    });
  });
});

describe('Scotland: Child Protection Planning Meetings', () => {
  const cppm = (ird: string, date: string) =>
    conferenceWith({ details: { type: 'initial', nation: 'scotland', date, strategyDiscussionOn: ird } });

  it('holds the initial CPPM within 28 calendar days of the IRD, brought forward off Boxing Day', () => {
    // Mon 30 Nov 2026 + 28 days = Mon 28 Dec (Boxing Day substitute); 25-27 are holiday and weekend → Thu 24 Dec.
    const list = conferenceDeadlines(cppm('2026-11-30', '2026-12-17'));
    expect(deadline(list, 'initial-conference')).toMatchObject({
      label: 'Initial child protection planning meeting',
      nominalDueOn: '2026-12-28',
      dueOn: '2026-12-24',
      status: 'ok',
      basis: 'statutory',
      rule: '28 calendar days after the inter-agency referral discussion (IRD) (Scotland, statutory)',
    });
  });

  it('does not allow a 28th day that is Scotland’s 4 January holiday', () => {
    // Mon 7 Dec 2026 + 28 days = Mon 4 Jan 2027 (substitute for 2 Jan); 1-3 Jan are holiday and weekend → 31 Dec.
    const list = conferenceDeadlines(cppm('2026-12-07', '2027-01-05'));
    expect(deadline(list, 'initial-conference')).toMatchObject({
      nominalDueOn: '2027-01-04',
      dueOn: '2026-12-31',
      bookedOn: '2027-01-05',
      status: 'late',
    });
  });

  it('counts key decisions, core group, record and review in Scottish working days', () => {
    const list = conferenceDeadlines(cppm('2026-11-30', '2026-12-17'));
    expect(deadline(list, 'decision-letter')).toMatchObject({
      label: 'Summary of key decisions',
      dueOn: '2026-12-21', // Fri 18 (1), Mon 21 (2)
    });
    // 10 working days is Wed 6 Jan (4 Jan is a holiday in Scotland); then 7 (11), 8 (12), 11 (13), 12 (14), 13 (15).
    expect(deadline(list, 'first-core-group').dueOn).toBe('2027-01-13');
    expect(deadline(list, 'full-minutes')).toMatchObject({ label: 'Record of the meeting', dueOn: '2027-01-06' });
    // Scotland's first review is within 6 months of an initial CPPM, not 3.
    expect(deadline(list, 'next-review')).toMatchObject({
      label: 'First review child protection planning meeting',
      dueOn: '2027-06-17',
    });
    expect(list.some((d) => d.key === 'core-group-interval')).toBe(false);
  });

  it('brings a 6-month review that lands on Sun 28 Feb 2027 forward to Fri 26 Feb', () => {
    // Mon 31 Aug 2026 is a working day in Scotland (its August holiday was Mon 3 Aug).
    const list = conferenceDeadlines(
      conferenceWith({
        details: {
          type: 'review',
          nation: 'scotland',
          date: '2026-08-31',
          previousConference: { type: 'review', date: '2026-03-02' },
        },
      }),
    );
    expect(deadline(list, 'this-review')).toMatchObject({ dueOn: '2026-09-02', status: 'ok' });
    expect(deadline(list, 'next-review')).toMatchObject({
      nominalDueOn: '2027-02-28',
      dueOn: '2027-02-26',
      note: 'Sun 28 Feb 2027 is a weekend, so the limit is the working day before it, Fri 26 Feb 2027.',
    });
  });

  it('allows 21 working days for a transfer from written notice', () => {
    // Mon 7 Dec 2026: 8 (1) … 24 (13), 29 (14), 30 (15), 31 (16), [1 Jan, 4 Jan], 5 (17), 6 (18), 7 (19), 8 (20),
    // Mon 11 Jan 2027 (21).
    const list = conferenceDeadlines(
      conferenceWith({
        details: {
          type: 'transfer-in',
          nation: 'scotland',
          date: '2027-01-12',
          transferNotifiedOn: '2026-12-07',
          sendingAuthority: 'Fife Council',
        },
      }),
    );
    expect(deadline(list, 'transfer-in-conference')).toMatchObject({
      dueOn: '2027-01-11',
      status: 'late',
      basis: 'local',
      rule: '21 working days after written notice of the move from Fife Council (Scotland, local)',
    });
  });
});

describe('Wales', () => {
  const conference = (coreGroup?: string) =>
    conferenceWith({
      details: { type: 'initial', nation: 'wales', date: '2026-12-17', strategyDiscussionOn: '2026-12-08' },
      ...(coreGroup ? { coreGroup: { firstMeetingOn: coreGroup, cadence: 'six-weekly' as const } } : {}),
    });

  it('sends the summary and outline plan within 5 working days, or by an earlier first core group', () => {
    // Fri 18 (1), 21 (2), 22 (3), 23 (4), Thu 24 Dec (5).
    expect(deadline(conferenceDeadlines(conference()), 'decision-letter')).toMatchObject({
      label: 'Summary of decisions and outline plan',
      dueOn: '2026-12-24',
      rule: '5 working days after the conference, or by the first core group if sooner (Wales, statutory)',
    });
    expect(deadline(conferenceDeadlines(conference('2026-12-22')), 'decision-letter')).toMatchObject({
      dueOn: '2026-12-22',
      note: 'The first core group meets on Tue 22 Dec 2026, before Thu 24 Dec 2026.',
    });
  });

  it('gives 20 working days for the record and 10 more for corrections', () => {
    const list = conferenceDeadlines(conference());
    // 24 Dec (5), 29 (6), 30 (7), 31 (8), 4 Jan (9), 5 (10), 6 (11), 7 (12), 8 (13), 11 (14), 12 (15), 13 (16),
    // 14 (17), 15 (18), 18 (19), Tue 19 Jan (20).
    expect(deadline(list, 'full-minutes')).toMatchObject({ dueOn: '2027-01-19', basis: 'statutory' });
    // 20 (1), 21 (2), 22 (3), 25 (4), 26 (5), 27 (6), 28 (7), 29 (8), 1 Feb (9), Tue 2 Feb (10).
    expect(deadline(list, 'minutes-corrections')).toMatchObject({
      dueOn: '2027-02-02',
      rule: '10 working days after receiving the minutes (Wales, statutory)',
    });
  });

  it('keeps core groups no more than 6 weeks apart', () => {
    // Tue 5 Jan 2027 + 6 weeks = Tue 16 Feb 2027; a six-weekly cadence lands on it exactly.
    expect(deadline(conferenceDeadlines(conference('2027-01-05')), 'core-group-interval')).toMatchObject({
      dueOn: '2027-02-16',
      bookedOn: '2027-02-16',
      status: 'ok',
    });
  });

  it('says there is no national pre-birth week rather than inventing one', () => {
    const list = conferenceDeadlines(
      conferenceWith({
        details: { type: 'pre-birth', nation: 'wales', date: '2026-12-01' },
        children: [{ id: 'b', givenName: '', unborn: true, expectedDeliveryDate: '2027-03-01' }],
      }),
    );
    expect(deadline(list, 'pre-birth-latest')).toMatchObject({ status: 'not-applicable' });
    expect(deadline(list, 'pre-birth-latest').note).toMatch(/Wales sets no week of pregnancy/);
  });
});

describe('pre-birth conferences', () => {
  const preBirth = (date: string, edd: string, extra: { dateOfBirth?: string; nextReviewOn?: string } = {}) =>
    conferenceWith({
      details: { type: 'pre-birth', nation: 'england', date },
      children: [
        {
          id: 'baby',
          givenName: '',
          unborn: true,
          expectedDeliveryDate: edd,
          ...(extra.dateOfBirth ? { dateOfBirth: extra.dateOfBirth } : {}),
        },
      ],
      ...(extra.nextReviewOn ? { review: { nextReviewOn: extra.nextReviewOn } } : {}),
    });

  it('works out gestation from the due date', () => {
    // EDD Mon 1 Mar 2027; 1 Dec 2026 is 90 days before it: 280 - 90 = 190 days = 27 weeks 1 day.
    expect(gestationAt('2027-03-01', '2026-12-01')).toEqual({ weeks: 27, days: 1, totalDays: 190 });
    expect(gestationAt('2027-03-01', '2026-12-07')).toEqual({ weeks: 28, days: 0, totalDays: 196 });
    expect(gestationAt('2027-03-01', '2027-03-01')).toEqual({ weeks: 40, days: 0, totalDays: 280 });
    expect(gestationAt('2027-03-01', '2027-03-10')).toEqual({ weeks: 41, days: 2, totalDays: 289 });
    expect(dateAtGestation('2027-03-01', 12)).toBe('2026-08-17'); // 28 weeks before the EDD
    expect(dateAtGestation('2027-03-01', 34)).toBe('2027-01-18'); // 6 weeks before
  });

  it('checks England’s window: not before 12 weeks, ideally by 28, at the latest by 34', () => {
    const list = conferenceDeadlines(preBirth('2026-12-01', '2027-03-01'));
    expect(deadline(list, 'pre-birth-earliest')).toMatchObject({
      label: 'Pre-birth child protection conference: earliest date',
      limit: 'no-earlier-than',
      dueOn: '2026-08-17',
      status: 'ok',
      rule: 'not before 12 weeks of pregnancy (England, local)',
    });
    expect(deadline(list, 'pre-birth-ideal')).toMatchObject({ dueOn: '2026-12-07', status: 'ok' });
    expect(deadline(list, 'pre-birth-latest')).toMatchObject({ dueOn: '2027-01-18', status: 'ok' });
  });

  it('flags a conference booked too late or too early', () => {
    const late = conferenceDeadlines(preBirth('2027-01-20', '2027-03-01'));
    expect(deadline(late, 'pre-birth-ideal').status).toBe('late');
    expect(deadline(late, 'pre-birth-latest').status).toBe('late');
    const early = conferenceDeadlines(preBirth('2026-08-14', '2027-03-01'));
    expect(deadline(early, 'pre-birth-earliest').status).toBe('too-early');
  });

  it('brings a gestation limit that falls on a Saturday back to the Friday', () => {
    // EDD Sat 6 Mar 2027: 28 weeks is Sat 12 Dec 2026, 34 weeks is Sat 23 Jan 2027.
    const list = conferenceDeadlines(preBirth('2026-12-01', '2027-03-06'));
    expect(deadline(list, 'pre-birth-ideal')).toMatchObject({ nominalDueOn: '2026-12-12', dueOn: '2026-12-11' });
    expect(deadline(list, 'pre-birth-latest')).toMatchObject({ nominalDueOn: '2027-01-23', dueOn: '2027-01-22' });
  });

  it('asks for the due date when it is missing', () => {
    const list = conferenceDeadlines(
      conferenceWith({
        details: { type: 'pre-birth', nation: 'england', date: '2026-12-01' },
        children: [{ id: 'baby', givenName: '', unborn: true }],
      }),
    );
    expect(deadline(list, 'pre-birth-ideal')).toMatchObject({
      status: 'needs-information',
      note: 'Record the expected date of delivery.',
    });
  });

  it('reviews within 3 months, or within 10 working days of the birth if that is sooner', () => {
    const unborn = conferenceDeadlines(preBirth('2026-12-01', '2027-03-01'));
    expect(deadline(unborn, 'next-review').dueOn).toBe('2027-03-01'); // 1 Dec + 3 months, a Monday
    expect(deadline(unborn, 'post-birth-review')).toMatchObject({ status: 'needs-information' });

    // Born Wed 10 Feb 2027: 11 (1), 12 (2), 15 (3), 16 (4), 17 (5), 18 (6), 19 (7), 22 (8), 23 (9), Wed 24 Feb (10).
    const born = conferenceDeadlines(
      preBirth('2026-12-01', '2027-03-01', { dateOfBirth: '2027-02-10', nextReviewOn: '2027-03-01' }),
    );
    expect(deadline(born, 'next-review')).toMatchObject({ dueOn: '2027-03-01', status: 'ok' });
    expect(deadline(born, 'post-birth-review')).toMatchObject({
      dueOn: '2027-02-24',
      bookedOn: '2027-03-01',
      status: 'late',
      rule: '10 working days after the birth (England, local)',
    });
  });

  it('checks the review after the birth against both limits when it is held', () => {
    const review = conferenceDeadlines(
      conferenceWith({
        details: {
          type: 'review',
          nation: 'england',
          date: '2027-02-23',
          previousConference: { type: 'pre-birth', date: '2026-12-01' },
        },
        children: [
          {
            id: 'baby',
            givenName: 'Rosie',
            unborn: true,
            expectedDeliveryDate: '2027-03-01',
            dateOfBirth: '2027-02-10',
          },
        ],
      }),
    );
    expect(deadline(review, 'this-review')).toMatchObject({ dueOn: '2027-03-01', status: 'ok' });
    expect(deadline(review, 'post-birth-review')).toMatchObject({ dueOn: '2027-02-24', status: 'ok' });
  });

  it('uses Scotland’s single limit of 28 weeks, set nationally', () => {
    const list = conferenceDeadlines(
      conferenceWith({
        details: { type: 'pre-birth', nation: 'scotland', date: '2026-12-01' },
        children: [{ id: 'baby', givenName: '', unborn: true, expectedDeliveryDate: '2027-03-01' }],
      }),
    );
    expect(deadline(list, 'pre-birth-latest')).toMatchObject({ dueOn: '2026-12-07', basis: 'statutory' });
    expect(list.some((d) => d.key === 'pre-birth-ideal' || d.key === 'pre-birth-earliest')).toBe(false);
    expect(list.some((d) => d.key === 'post-birth-review')).toBe(false);
  });
});

describe('transfer-in and later reviews', () => {
  it('holds an English transfer-in conference within 15 working days of written notice', () => {
    // Mon 7 Dec 2026: 8 (1) … 24 (13), 29 (14), Wed 30 Dec (15).
    const list = conferenceDeadlines(
      conferenceWith({
        details: { type: 'transfer-in', nation: 'england', date: '2026-12-30', transferNotifiedOn: '2026-12-07' },
      }),
    );
    expect(deadline(list, 'transfer-in-conference')).toMatchObject({ dueOn: '2026-12-30', status: 'ok' });
    expect(deadline(list, 'next-review')).toMatchObject({ dueOn: '2027-03-30', basis: 'local' });
  });

  it('asks for the notice date when it is missing', () => {
    const list = conferenceDeadlines(
      conferenceWith({ details: { type: 'transfer-in', nation: 'england', date: '2026-12-30' } }),
    );
    expect(deadline(list, 'transfer-in-conference').status).toBe('needs-information');
  });

  it('gives a review after 31 Aug 2027 until 29 Feb 2028 (leap year)', () => {
    const list = conferenceDeadlines(
      conferenceWith({
        details: {
          type: 'review',
          nation: 'england',
          date: '2027-08-31',
          previousConference: { type: 'review', date: '2027-03-02' },
        },
      }),
    );
    expect(deadline(list, 'next-review')).toMatchObject({ dueOn: '2028-02-29' });
    expect(deadline(list, 'next-review').nominalDueOn).toBeUndefined();
  });

  it('asks for the previous conference when a review does not record it', () => {
    const list = conferenceDeadlines(
      conferenceWith({ details: { type: 'review', nation: 'england', date: '2026-12-01' } }),
    );
    expect(deadline(list, 'this-review')).toMatchObject({
      status: 'needs-information',
      note: 'Record the date of the previous conference to check this review is in time.',
    });
  });

  it('says when a plan has reached 18 months, and when it will pass 2 years before the next review', () => {
    const list = conferenceDeadlines(
      westbrookReview({
        details: {
          type: 'review',
          nation: 'england',
          date: '2028-03-08',
          previousConference: { type: 'review', date: '2027-09-08' },
        },
        review: { nextReviewOn: '2028-09-12' },
      }),
    );
    expect(deadline(list, 'plan-escalation:mia')).toMatchObject({ dueOn: '2028-03-08', status: 'reached' });
    expect(deadline(list, 'plan-long:mia')).toMatchObject({
      dueOn: '2028-09-08',
      status: 'due',
      note: 'The plan passes 24 months before the next review on Tue 12 Sep 2028.',
    });
  });

  it('asks when a plan started if nothing says', () => {
    const list = conferenceDeadlines(
      conferenceWith({
        details: {
          type: 'review',
          nation: 'wales',
          date: '2027-06-01',
          previousConference: { type: 'review', date: '2026-12-01' },
        },
        children: [{ id: 'c1', givenName: 'Osian' }],
        decisions: [{ childId: 'c1', outcome: 'plan-continues', categories: ['neglect'] }],
      }),
    );
    expect(deadline(list, 'plan-escalation:c1')).toMatchObject({
      status: 'needs-information',
      note: 'Record when Osian’s plan started.',
    });
  });
});
