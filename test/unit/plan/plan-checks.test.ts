import { describe, expect, it } from 'vitest';
import type { ConferenceInput } from '@shared/model/conference';
import {
  allDecisionAndPlanProblems,
  coreGroupProblems,
  decisionProblems,
  planProblems,
  reviewProblems,
} from '@shared/plan/plan-checks';
import { amend, fields, loadWestbrook, westbrookDecided } from './fixtures';

/** The decided Westbrook review with one change. */
const decided = (change: (draft: ConferenceInput) => void) => amend(westbrookDecided(), change);

describe('the Westbrook review as decided (the public worked example)', () => {
  it('has no problems: decisions, plan, core group and review date all complete', () => {
    expect(allDecisionAndPlanProblems(westbrookDecided())).toEqual([]);
  });

  it('before the decisions are recorded, asks for each child’s decision and nothing else', () => {
    // The fixture stops after scaling: both children have a decision entry without an outcome.
    const problems = allDecisionAndPlanProblems(loadWestbrook());
    expect(fields(problems)).toEqual(['decisions[0].outcome', 'decisions[1].outcome']);
    expect(problems[0]?.message).toBe('Record the decision for Jayden: whether the plan continues or ends.');
  });
});

describe('plan actions', () => {
  it('an action with nobody to do it (a blank typed name counts as nobody)', () => {
    const problems = planProblems(
      decided((c) => {
        delete c.plan!.actions![6]!.ownerParticipantId;
        c.plan!.actions![6]!.ownerName = '  ';
      }),
    );
    expect(problems).toEqual([
      {
        field: 'plan.actions[6].owner',
        message: 'Say who will do this: choose someone at the meeting, or type the name of someone else.',
      },
    ]);
  });

  it('an owner named in words (not a participant) is an owner', () => {
    const problems = planProblems(
      decided((c) => {
        delete c.plan!.actions![6]!.ownerParticipantId;
        c.plan!.actions![6]!.ownerName = 'Jade and Kieran Ashdown';
      }),
    );
    expect(problems).toEqual([]);
  });

  it('an owner who is no longer a participant', () => {
    const problems = planProblems(decided((c) => void (c.plan!.actions![7]!.ownerParticipantId = 'p-gone')));
    expect(fields(problems)).toEqual(['plan.actions[7].owner']);
    expect(problems[0]?.message).toMatch(/is not in the list of participants \(they may have been removed\)/);
  });

  it('an action without a date', () => {
    const problems = planProblems(decided((c) => void delete c.plan!.actions![7]!.due));
    expect(problems).toEqual([
      {
        field: 'plan.actions[7].due',
        message: 'Give a date, or how often it happens: actions without a date drift and cannot be checked.',
      },
    ]);
  });

  it('a date before the conference (Tue 1 Dec 2026); the day itself is allowed for steps taken at once', () => {
    const before = planProblems(decided((c) => void (c.plan!.actions![6]!.due = { kind: 'by', date: '2026-11-30' })));
    expect(before).toEqual([
      {
        field: 'plan.actions[6].due',
        message: 'The date is before the conference (Tue 1 Dec 2026). Choose a date on or after it.',
      },
    ]);
    const sameDay = planProblems(decided((c) => void (c.plan!.actions![6]!.due = { kind: 'by', date: '2026-12-01' })));
    expect(sameDay).toEqual([]);
  });

  it('a repeating action that starts before the conference', () => {
    const problems = planProblems(
      decided(
        (c) => void (c.plan!.actions![8]!.due = { kind: 'every', interval: 'fortnight', startsOn: '2026-11-24' }),
      ),
    );
    expect(fields(problems)).toEqual(['plan.actions[8].due.startsOn']);
  });

  it('an empty “what” and a missing “how we will know”, which says why it matters', () => {
    const problems = planProblems(
      decided((c) => {
        c.plan!.actions![8]!.what = ' ';
        c.plan!.actions![8]!.howWeWillKnow = '';
      }),
    );
    expect(fields(problems)).toEqual(['plan.actions[8].what', 'plan.actions[8].howWeWillKnow']);
    expect(problems[1]?.message).toBe(
      'Say how everyone will know it has been done (for example “the dentist’s letter”). Without it, the next meeting ' +
        'cannot tell whether things have changed.',
    );
  });

  it('an action from the last plan keeps its old date, but its progress must be reported', () => {
    // action-parenting-course was due on Fri 20 Nov 2026, before this review: that is not a problem.
    const problems = planProblems(decided((c) => void delete c.plan!.actions![0]!.progress));
    expect(problems).toEqual([
      {
        field: 'plan.actions[0].progress',
        message: 'Record how this action from the last plan has gone: done, some progress, or not done.',
      },
    ]);
  });

  it('a contingency line with an empty “if” or “then”', () => {
    const problems = planProblems(
      decided((c) => {
        c.plan!.contingency!.push({ id: 'half', if: 'Mia misses school again', then: '' });
        c.plan!.contingency![0]!.if = '';
      }),
    );
    expect(fields(problems)).toEqual(['plan.contingency[0].if', 'plan.contingency[1].then']);
  });

  it('a plan that continues needs actions, a contingency, a lead social worker and visits', () => {
    const problems = planProblems(
      decided((c) => {
        c.plan!.actions = [];
        c.plan!.contingency = [];
        delete c.plan!.leadSocialWorkerParticipantId;
        c.plan!.visitingFrequency = '';
      }),
    );
    expect(fields(problems)).toEqual([
      'plan.actions',
      'plan.contingency',
      'plan.leadSocialWorkerParticipantId',
      'plan.visitingFrequency',
    ]);
  });

  it('when every plan ends, the plan-wide requirements fall away but each action is still checked', () => {
    const problems = planProblems(
      decided((c) => {
        c.decisions![1] = { ...c.decisions![1]!, outcome: 'plan-ends', alternative: 'early-help' };
        c.plan!.contingency = [];
        c.plan!.visitingFrequency = '';
        delete c.plan!.actions![6]!.due;
      }),
    );
    expect(fields(problems)).toEqual(['plan.actions[6].due']);
  });
});

describe('core group', () => {
  it('a member who is not a participant', () => {
    const problems = coreGroupProblems(decided((c) => void c.coreGroup!.memberParticipantIds!.push('p-gone')));
    expect(problems).toEqual([
      {
        field: 'coreGroup.memberParticipantIds[6]',
        message: 'This member is no longer in the list of participants. Remove them, or add them as a participant.',
      },
    ]);
  });

  it('a convenor who is not a member, and a recorder who is not a participant', () => {
    const problems = coreGroupProblems(
      decided((c) => {
        c.coreGroup!.convenorParticipantId = 'p-tom';
        c.coreGroup!.recorderParticipantId = 'p-gone';
      }),
    );
    expect(problems).toEqual([
      {
        field: 'coreGroup.convenorParticipantId',
        message: 'Tom Haddad convenes the core group but is not a member. Add them to the members.',
      },
      {
        field: 'coreGroup.recorderParticipantId',
        message: 'The person who takes notes at the core group is no longer in the list of participants. Choose again.',
      },
    ]);
  });

  it('a first meeting before the conference', () => {
    const problems = coreGroupProblems(decided((c) => void (c.coreGroup!.firstMeetingOn = '2026-11-30')));
    expect(problems).toEqual([
      {
        field: 'coreGroup.firstMeetingOn',
        message: 'The core group meeting is before the conference (Tue 1 Dec 2026). Choose a date after it.',
      },
    ]);
  });

  it('a meeting later than 10 working days after the conference', () => {
    // 10 working days after Tue 1 Dec 2026: 2, 3, 4, 7, 8, 9, 10, 11, 14, 15 Dec. Fri 18 Dec is late; a month after
    // it (Mon 18 Jan 2027) keeps the monthly rule, so only the first date is flagged.
    const problems = coreGroupProblems(decided((c) => void (c.coreGroup!.firstMeetingOn = '2026-12-18')));
    expect(problems).toEqual([
      {
        field: 'coreGroup.firstMeetingOn',
        message:
          'The core group meeting must be by Tue 15 Dec 2026: the rule is 10 working days after the conference ' +
          '(England, statutory). Fri 18 Dec 2026 is too late; choose an earlier date.',
      },
    ]);
  });

  it('six-weekly meetings break England’s monthly default; monthly ones landing on a weekend do not', () => {
    // Tue 15 Dec 2026 + 6 weeks = Tue 26 Jan 2027, after Fri 15 Jan 2027 (one month).
    const sixWeekly = coreGroupProblems(decided((c) => void (c.coreGroup!.cadence = 'six-weekly')));
    expect(fields(sixWeekly)).toEqual(['coreGroup.cadence']);
    expect(sixWeekly[0]?.message).toMatch(
      /^Meeting six-weekly puts the meeting after that on Tue 26 Jan 2027, but it must be by Fri 15 Jan 2027/,
    );
    // Wed 16 Dec 2026 is late on its own, but "monthly" gives Sat 16 Jan 2027, the rule's own date, so the cadence is
    // fine even though the limit moves back to Fri 15 Jan.
    const monthly = coreGroupProblems(decided((c) => void (c.coreGroup!.firstMeetingOn = '2026-12-16')));
    expect(fields(monthly)).toEqual(['coreGroup.firstMeetingOn']);
  });

  it('a plan with no core group members, convenor, date or cadence', () => {
    const problems = coreGroupProblems(decided((c) => void (c.coreGroup = {})));
    expect(fields(problems)).toEqual([
      'coreGroup.memberParticipantIds',
      'coreGroup.convenorParticipantId',
      'coreGroup.firstMeetingOn',
      'coreGroup.cadence',
    ]);
  });

  it('a child on a plan left out of the core group, and a child no longer in the household', () => {
    const problems = coreGroupProblems(decided((c) => void (c.coreGroup!.childIds = ['child-jayden', 'child-gone'])));
    expect(problems).toEqual([
      {
        field: 'coreGroup.childIds[1]',
        message: 'This child is no longer in the household. Remove them from the core group.',
      },
      {
        field: 'coreGroup.childIds',
        message: 'Mia has a plan but is not among the core group’s children. Add Mia.',
      },
    ]);
  });

  it('no core group is asked for when no child stays on a plan', () => {
    const problems = coreGroupProblems(
      decided((c) => {
        c.decisions![1] = { ...c.decisions![1]!, outcome: 'plan-ends', alternative: 'no-further-action' };
        c.coreGroup = {};
      }),
    );
    expect(problems).toEqual([]);
  });
});

describe('review date', () => {
  it('on or before the conference date', () => {
    for (const date of ['2026-12-01', '2026-11-01']) {
      expect(reviewProblems(decided((c) => void (c.review = { nextReviewOn: date })))).toEqual([
        {
          field: 'review.nextReviewOn',
          message: 'The next review must be after this conference (Tue 1 Dec 2026). Check the date.',
        },
      ]);
    }
  });

  it('missing while Mia’s plan continues', () => {
    expect(fields(reviewProblems(decided((c) => void (c.review = {}))))).toEqual(['review.nextReviewOn']);
  });

  it('later than 6 months after a review', () => {
    expect(reviewProblems(decided((c) => void (c.review = { nextReviewOn: '2027-06-02' })))).toEqual([
      {
        field: 'review.nextReviewOn',
        message:
          'The next review must be by Tue 1 Jun 2027: the rule is 6 months after this conference (England, ' +
          'statutory). Wed 2 Jun 2027 is too late; choose an earlier date.',
      },
    ]);
  });

  it('booked when every plan has ended; not asked for either', () => {
    const ended = (review: ConferenceInput['review']) =>
      reviewProblems(
        decided((c) => {
          c.decisions![1] = { ...c.decisions![1]!, outcome: 'plan-ends', alternative: 'early-help' };
          c.review = review;
        }),
      );
    expect(fields(ended({ nextReviewOn: '2027-06-01' }))).toEqual(['review.nextReviewOn']);
    expect(ended({})).toEqual([]);
  });
});

describe('decisions', () => {
  it('a child with no decision entry at all is named by their place in the household', () => {
    const problems = decisionProblems(decided((c) => void c.decisions!.pop()));
    expect(problems).toEqual([
      {
        field: 'children[1].decision',
        message:
          'Record the decision for Mia: whether the plan continues or ends (or, if Mia was not on a plan, whether one is needed).',
      },
    ]);
  });

  it('a decision for a child who has left the household', () => {
    const problems = decisionProblems(
      decided(
        (c) =>
          void c.decisions!.push({
            childId: 'child-gone',
            outcome: 'plan-not-needed',
            alternative: 'early-help',
            alternativeLead: 'Sam',
          }),
      ),
    );
    expect(fields(problems)).toEqual(['decisions[2].childId']);
  });

  it('a review cannot make a new plan for a child already on one, nor say one is not needed', () => {
    const needed = decisionProblems(decided((c) => void (c.decisions![1]!.outcome = 'plan-needed')));
    expect(needed).toEqual([
      {
        field: 'decisions[1].outcome',
        message: 'Mia is already on a plan (since Tue 8 Sep 2026). Choose whether it continues or ends.',
      },
    ]);
    const notNeeded = decisionProblems(
      decided(
        (c) =>
          void (c.decisions![1] = {
            ...c.decisions![1]!,
            outcome: 'plan-not-needed',
            alternative: 'early-help',
            alternativeLead: 'Sam Whitlock',
          }),
      ),
    );
    expect(fields(notNeeded)).toEqual(['decisions[1].outcome']);
  });

  it('a review can decide on a child who was not on a plan (a new baby) as an initial conference would', () => {
    const problems = decisionProblems(
      decided((c) => {
        c.children!.push({ id: 'child-baby', givenName: 'Rosie', familyName: 'Ashdown', dateOfBirth: '2026-11-02' });
        c.decisions!.push({ childId: 'child-baby', outcome: 'plan-needed', categories: ['neglect'] });
      }),
    );
    expect(problems).toEqual([]);
  });

  it('a review that continues a plan it has no record of asks for the previous category', () => {
    const problems = decisionProblems(
      decided((c) => {
        c.decisions![1]!.previousCategories = [];
        delete c.decisions![1]!.planStartedOn;
      }),
    );
    expect(problems).toEqual([
      {
        field: 'decisions[1].previousCategories',
        message:
          'Record the category Mia’s plan was under before this meeting, so the minutes can say why it began. If Mia was ' +
          'not on a plan, choose whether they need one instead.',
      },
    ]);
  });

  it('an initial conference cannot continue or end a plan', () => {
    const initial = (outcome: 'plan-continues' | 'plan-ends') =>
      decisionProblems(
        decided((c) => {
          c.details!.type = 'initial';
          delete c.details!.previousConference;
          c.decisions![1]!.outcome = outcome;
        }),
      );
    expect(initial('plan-continues')).toEqual([
      {
        field: 'decisions[0].outcome',
        message: 'Only a review can continue or end a plan. Choose whether Jayden needs a child protection plan.',
      },
      {
        field: 'decisions[1].outcome',
        message: 'Only a review can continue or end a plan. Choose whether Mia needs a child protection plan.',
      },
    ]);
  });

  it('a transfer-in can end a plan in England but not in Scotland', () => {
    const transfer = (nation: 'england' | 'scotland') =>
      decisionProblems(
        decided((c) => {
          c.details!.type = 'transfer-in';
          c.details!.nation = nation;
          c.details!.sendingAuthority = 'Eastmoor Council';
          // Mia's neglect is both an English category and a Scottish area of concern: only Jayden's outcome differs.
          c.otherDecisions = {
            reporterReferral: 'not-needed',
            reporterReason: 'The family is already known to the Reporter.',
          };
        }),
      );
    expect(transfer('england')).toEqual([]);
    expect(transfer('scotland')).toEqual([
      {
        field: 'decisions[0].outcome',
        message:
          'A transfer meeting in Scotland cannot remove Jayden from the register: the plan continues here, and a review ' +
          'meeting decides whether it ends.',
      },
    ]);
  });

  it('a plan that ends or is not needed must say what happens instead, and who leads it', () => {
    const none = decisionProblems(decided((c) => void delete c.decisions![0]!.alternative));
    expect(none).toEqual([
      {
        field: 'decisions[0].alternative',
        message: 'Say what happens instead for Jayden: a Child in Need plan, early help, or no further action.',
      },
    ]);
    const noLead = decisionProblems(decided((c) => void (c.decisions![0]!.alternativeLead = '')));
    expect(fields(noLead)).toEqual(['decisions[0].alternativeLead']);
    const nothingFurther = decisionProblems(
      decided(
        (c) => void (c.decisions![0] = { ...c.decisions![0]!, alternative: 'no-further-action', alternativeLead: '' }),
      ),
    );
    expect(nothingFurther).toEqual([]);
  });

  it('dissent without its text, or from someone not listed', () => {
    const problems = decisionProblems(
      decided(
        (c) =>
          void (c.decisions![1]!.dissent = [
            { participantId: 'p-kieran', text: ' ' },
            { participantId: 'p-gone', text: 'Mia should come off the plan.' },
          ]),
      ),
    );
    expect(fields(problems)).toEqual(['decisions[1].dissent[0].text', 'decisions[1].dissent[1].participantId']);
  });

  it('categories come from the nation’s rules: none chosen, one England does not use, one only Wales uses', () => {
    expect(fields(decisionProblems(decided((c) => void (c.decisions![1]!.categories = []))))).toEqual([
      'decisions[1].categories',
    ]);
    const financial = decisionProblems(decided((c) => void (c.decisions![1]!.categories = ['financial-abuse'])));
    expect(fields(financial)).toEqual(['decisions[1].categories[0]']);
    expect(financial[0]?.message).toMatch(/is not a category used in England/);
    const wales = decisionProblems(
      decided((c) => {
        c.details!.nation = 'wales';
        c.decisions![1]!.categories = ['financial-abuse'];
      }),
    );
    expect(wales).toEqual([]);
  });

  it('an organisation that records one main category only', () => {
    const problems = decisionProblems(
      decided((c) => void (c.decisions![1]!.categories = ['neglect', 'emotional-abuse'])),
      { overrides: { categories: { oneCategoryOnly: true } } },
    );
    expect(fields(problems)).toEqual(['decisions[1].categories']);
  });

  it('Scotland: the Children’s Reporter must be considered, and the reason recorded', () => {
    const scottish = (other: ConferenceInput['otherDecisions']) =>
      decisionProblems(
        decided((c) => {
          c.details!.nation = 'scotland';
          c.otherDecisions = other;
        }),
      );
    expect(fields(scottish({}))).toEqual(['otherDecisions.reporterReferral']);
    expect(scottish({ reporterReferral: 'referral-made' })).toEqual([
      {
        field: 'otherDecisions.reporterReason',
        message: 'Record why the children are being referred to the Children’s Reporter.',
      },
    ]);
    expect(scottish({ reporterReferral: 'not-needed', reporterReason: 'Voluntary measures are working.' })).toEqual([]);
  });
});
