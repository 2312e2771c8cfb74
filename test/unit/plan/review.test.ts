import { describe, expect, it } from 'vitest';
import type { Conference } from '@shared/model/conference';
import { allDecisionAndPlanProblems } from '@shared/plan/plan-checks';
import { startReviewFrom } from '@shared/plan/review';
import { conferenceDeadlines } from '@shared/procedure/deadlines';
import { amend, fields, loadGlenmor, westbrookDecided } from './fixtures';

const now = new Date('2027-05-10T09:00:00.000Z');

describe('start the next Westbrook review from the decided review of Tue 1 Dec 2026', () => {
  const previous = westbrookDecided();
  const review = startReviewFrom(previous, { date: '2027-06-01', now });

  it('is a new review conference in the same nation, linked to the one before', () => {
    expect(review.id).not.toBe(previous.id);
    expect(review.id).toMatch(/^conf_[0-9a-f]{24}$/);
    expect(review.createdAt).toBe('2027-05-10T09:00:00.000Z');
    expect(review.updatedAt).toBe('2027-05-10T09:00:00.000Z');
    expect(review.details).toMatchObject({
      type: 'review',
      nation: 'england',
      date: '2027-06-01',
      localAuthority: 'Westbrook City Council',
      reference: 'WCC-CP-2026-0412',
      chair: 'Priya Nandakumar',
      previousConference: { id: 'conf-westbrook-review', type: 'review', date: '2026-12-01' },
    });
    expect(review.details.startTime).toBeUndefined();
    expect(review.details.venue).toBe('');
    expect(review.details.minuteTaker).toBe('');
  });

  it('carries the household unchanged', () => {
    expect(review.children).toEqual(previous.children);
    expect(review.adults).toEqual(previous.adults);
    expect(review.children.map((c) => c.givenName)).toEqual(['Jayden', 'Mia']);
  });

  it('carries the participants with attendance reset to expected', () => {
    expect(review.participants.map((p) => p.id)).toEqual(previous.participants.map((p) => p.id));
    for (const p of review.participants) {
      expect(p.attendance).toEqual({ status: 'expected', reason: '', decidedBy: '', viewGivenBeforeLeaving: false });
    }
    expect(review.participants.find((p) => p.id === 'p-rhys')).toMatchObject({
      name: 'Rhys Morgan',
      role: 'Social worker (lead)',
      agency: 'childrens-social-care',
    });
  });

  it('gives Mia, whose plan continued, a decision to make; Jayden, whose plan ended, has none', () => {
    expect(review.decisions).toEqual([
      {
        childId: 'child-mia',
        categories: [],
        previousCategories: ['neglect'],
        planStartedOn: '2026-09-08',
        agencyViews: [],
        familyViews: [],
        chairReasons: '',
        dissent: [],
        alternativeLead: '',
        stepDownPlan: '',
      },
    ]);
  });

  it('carries every action for Mia or the whole family, with its id, marked as from the last plan, progress unset', () => {
    // Dropped: action-parenting-course (Jayden only). Kept: the no-chastisement action names Mia as well.
    expect(review.plan.actions.map((a) => a.id)).toEqual([
      'action-no-chastisement',
      'action-mia-attendance',
      'action-mia-dental',
      'action-family-support',
      'action-jade-gp',
      'action-dental-booking',
      'action-attendance-meeting',
      'action-health-review',
    ]);
    expect(review.plan.actions.every((a) => a.carriedForward && a.progress === undefined)).toBe(true);
    expect(review.plan.actions.find((a) => a.id === 'action-dental-booking')).toMatchObject({
      what: 'Book Mia’s dental appointment, with help from Sam.',
      ownerParticipantId: 'p-jade',
      due: { kind: 'by', date: '2026-12-18' },
      howWeWillKnow: 'Jade shows Rhys the dentist’s appointment letter.',
    });
  });

  it('carries the rest of the plan: Mia’s outcome, support, contingency, lead social worker and visits', () => {
    expect(review.plan.outcomes.map((o) => o.id)).toEqual(['outcome-mia-needs']);
    expect(review.plan.support).toEqual(previous.plan.support);
    expect(review.plan.contingency).toEqual(previous.plan.contingency);
    expect(review.plan).toMatchObject({
      leadSocialWorkerParticipantId: 'p-rhys',
      teamManager: 'Olu Bankole',
      visitingFrequency: 'At least every 10 working days, seeing each child alone',
    });
  });

  it('carries the core group without the date of its last meeting', () => {
    expect(review.coreGroup).toEqual({
      childIds: ['child-mia'],
      memberParticipantIds: ['p-jade', 'p-kieran', 'p-rhys', 'p-nadia', 'p-ellen', 'p-sam'],
      convenorParticipantId: 'p-rhys',
      cadence: 'monthly',
      venue: '',
      notesOnlyParticipantIds: [],
      returnToConferenceWhen: [],
    });
  });

  it('carries where the core group meets and who receives its notes without being a member', () => {
    const withVenue = amend(previous, (c) => {
      c.coreGroup = {
        ...c.coreGroup!,
        venue: 'Westbrook family centre',
        memberParticipantIds: ['p-jade', 'p-rhys'],
        notesOnlyParticipantIds: ['p-ellen'],
      };
    });
    expect(startReviewFrom(withVenue, { date: '2027-06-01', now }).coreGroup).toMatchObject({
      venue: 'Westbrook family centre',
      memberParticipantIds: ['p-jade', 'p-rhys'],
      notesOnlyParticipantIds: ['p-ellen'],
    });
  });

  it('carries shared owners and support, and an action’s outcome only while that outcome is carried', () => {
    const linked = amend(previous, (c) => {
      const mia = c.plan!.actions!.find((a) => a.childIds?.includes('child-mia'))!;
      mia.alsoBy = [{ name: 'Grandmother Pat' }];
      mia.supportedBy = [{ participantId: 'p-sam' }];
      c.plan!.outcomes = [
        { id: 'o-mia', text: 'Mia is at school every day', childIds: ['child-mia'] },
        { id: 'o-jayden', text: 'Jayden sleeps in his own bed', childIds: ['child-jayden'] },
      ];
      mia.outcomeId = 'o-mia';
      const forAll = c.plan!.actions!.find((a) => (a.childIds ?? []).length === 0 && a !== mia)!;
      forAll.outcomeId = 'o-jayden';
    });
    const carried = startReviewFrom(linked, { date: '2027-06-01', now });
    expect(carried.plan.outcomes.map((o) => o.id)).toEqual(['o-mia']);
    const mia = carried.plan.actions.find((a) => a.outcomeId === 'o-mia')!;
    expect(mia).toMatchObject({
      alsoBy: [{ name: 'Grandmother Pat' }],
      supportedBy: [{ participantId: 'p-sam', name: '' }],
    });
    expect(carried.plan.actions.filter((a) => a.outcomeId !== undefined)).toHaveLength(1);
    expect(allDecisionAndPlanProblems(carried).filter((p) => p.field.endsWith('outcomeId'))).toEqual([]);
  });

  it('starts the meeting’s own record empty: notes, voices, analysis, agenda, reports, review date, other decisions', () => {
    expect(review.notes).toEqual([]);
    expect(review.closedSessions).toEqual([]);
    expect(review.childVoices).toEqual([]);
    expect(review.analysis).toEqual({ worries: [], strengths: [], safetyGoals: [], scaling: [] });
    expect(review.agenda).toEqual({ items: {} });
    expect(review.reports).toEqual([]);
    expect(review.review).toEqual({ invitees: '' });
    expect(review.otherDecisions.reporterReferral).toBe('not-considered');
  });

  it('keeps the restricted record of the referrer, and the referrer appears nowhere else', () => {
    expect(review.restrictedRecords).toEqual(previous.restrictedRecords);
    const { restrictedRecords: _kept, ...rest } = review;
    expect(JSON.stringify(rest)).not.toContain('Delia Pell');
    expect(JSON.stringify(rest)).not.toContain('Orchard Rise');
  });

  it('is a separate copy: changing the review does not touch the conference it came from', () => {
    const copy = startReviewFrom(previous, { date: '2027-06-01', now });
    copy.children[0]!.givenName = 'Changed';
    copy.plan.actions[0]!.what = 'Changed';
    copy.participants[0]!.attendance.status = 'present';
    copy.restrictedRecords[0]!.text = 'Changed';
    expect(previous.children[0]!.givenName).toBe('Jayden');
    expect(previous.plan.actions[1]!.what).toBe(
      'No physical punishment; follow the family safety plan agreed on 8 September.',
    );
    expect(previous.participants[0]!.attendance.status).toBe('present');
    expect(previous.restrictedRecords[0]!.text).toMatch(/^The referral on 2 September 2026/);
  });

  it('asks for what a review must do: a decision for each child and progress on each carried action', () => {
    expect(fields(allDecisionAndPlanProblems(review))).toEqual([
      'children[0].decision',
      'decisions[0].outcome',
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `plan.actions[${i}].progress`),
    ]);
  });
});

describe('restricted information keeps its restriction', () => {
  it('restricted addresses and other children stay restricted; open ones stay open', () => {
    const previous = amend(loadGlenmor(), (c) => {
      c.adults![0]!.addressRestricted = true;
      c.otherChildren = [
        {
          id: 'other-1',
          name: 'Lily',
          whereTheyLive: 'With her mother in a refuge',
          conclusion: 'No risk.',
        },
        { id: 'other-2', name: 'Ben', whereTheyLive: 'With his grandparents' },
      ];
      c.captures = { ...c.captures, 'otherChild:other-1': { audience: { level: 'restricted', withheldFrom: [] } } };
      c.plan!.actions!.push({ id: 'act-private', childIds: [], what: 'Shona will see her alcohol worker weekly' });
      c.captures['action:act-private'] = { audience: { level: 'everyone', withheldFrom: ['p-gary'] } };
    });
    const review = startReviewFrom(previous, { date: '2027-07-27', now });
    expect(review.adults.map((a) => [a.id, a.addressRestricted])).toEqual([
      ['adult-shona', true],
      ['adult-gary', false],
    ]);
    const level = (ref: string) => review.captures[ref]?.audience?.level ?? 'default';
    expect(review.otherChildren.map((c) => [c.id, level(`otherChild:${c.id}`), c.whereTheyLive])).toEqual([
      ['other-1', 'restricted', 'With her mother in a refuge'],
      ['other-2', 'default', 'With his grandparents'],
    ]);
    expect(review.captures['action:act-private']).toEqual({
      audience: { level: 'everyone', withheldFrom: ['p-gary'] },
    });
    // Carried texts were captured before this meeting: never stamped with a time in it.
    expect(review.captures['otherChild:other-2']).toEqual({});
    // The review reaches its own view on other children.
    expect(review.otherChildren[0]!.conclusion).toBe('');
  });

  it('the Glenmor canaries: the restricted record comes across, the restricted note does not', () => {
    const previous = loadGlenmor();
    const review = startReviewFrom(previous, { date: '2027-07-27', now });
    expect(review.restrictedRecords).toEqual(previous.restrictedRecords);
    const whole = JSON.stringify(review);
    expect(whole).not.toContain('Morag Canary');
    const { restrictedRecords: _kept, ...rest } = review;
    expect(JSON.stringify(rest)).not.toContain('7 Hidden Lane');
  });
});

describe('start the Glenmor review from the initial planning meeting of Tue 2 Feb 2027', () => {
  const previous = loadGlenmor();
  const review = startReviewFrom(previous, { date: '2027-07-27', now });

  it('the plan started at the initial meeting, which had no start date of its own to carry', () => {
    expect(review.decisions.map((d) => [d.childId, d.previousCategories, d.planStartedOn])).toEqual([
      ['child-ailsa', ['domestic-abuse', 'parental-alcohol-use'], '2027-02-02'],
      ['child-callum', ['domestic-abuse', 'parental-alcohol-use'], '2027-02-02'],
    ]);
    expect(review.details.previousConference).toEqual({
      id: 'conf-glenmor-initial',
      type: 'initial',
      date: '2027-02-02',
    });
    expect(review.plan.actions).toHaveLength(6);
  });

  it('is in time: within 6 months of the initial meeting', () => {
    // Tue 2 Feb 2027 + 6 months = Mon 2 Aug 2027, the Scottish summer bank holiday, so the limit is Fri 30 Jul 2027.
    expect(conferenceDeadlines(review).find((d) => d.key === 'this-review')).toMatchObject({
      dueOn: '2027-07-30',
      bookedOn: '2027-07-27',
      status: 'ok',
    });
  });

  it('once the chair has recorded progress and decisions, nothing is left to fix', () => {
    const done: Conference = amend(review, (c) => {
      for (const action of c.plan!.actions!) action.progress = { rag: 'green', note: 'Done.' };
      c.decisions = c.decisions!.map((d) => ({
        ...d,
        outcome: 'plan-continues' as const,
        categories: ['domestic-abuse'],
      }));
      c.otherDecisions = {
        reporterReferral: 'not-needed',
        reporterReason: 'The Reporter is already arranging a hearing.',
      };
      // 15 working days after Tue 27 Jul 2027, skipping Mon 2 Aug (Scottish summer bank holiday): Wed 18 Aug 2027.
      c.coreGroup!.firstMeetingOn = '2027-08-10';
      c.review = { nextReviewOn: '2028-01-25' };
    });
    expect(allDecisionAndPlanProblems(done)).toEqual([]);
    expect(conferenceDeadlines(done).find((d) => d.key === 'first-core-group')).toMatchObject({
      dueOn: '2027-08-18',
      status: 'ok',
    });
  });
});
