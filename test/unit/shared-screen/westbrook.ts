import { readFileSync } from 'node:fs';
import { Conference } from '@shared/model/conference';
import type { ConferenceInput } from '@shared/model/conference';

/** The public Westbrook worked example, part-way through the meeting (after scaling). */
export function loadWestbrook(): Conference {
  const raw: unknown = JSON.parse(
    readFileSync(new URL('../../fixtures/westbrook-review.json', import.meta.url), 'utf8'),
  );
  return Conference.parse(raw);
}

/** Re-validates after a change, so every test conference is a file the app could really hold. */
export function amend(conference: Conference, change: (draft: ConferenceInput) => void): Conference {
  const draft = structuredClone(conference) as ConferenceInput;
  change(draft);
  return Conference.parse(draft);
}

/**
 * The Westbrook review (the public worked example) at the end of the meeting: Jayden's plan ends with a step-down to a Child in
 * Need plan led by Rhys Morgan; Mia's continues under neglect; three new actions with owners, dates and how we will
 * know; Mia's core group monthly from Tue 15 Dec 2026; next review Tue 1 Jun 2027.
 *
 * The fixture's six actions from the last plan are plan.actions[0..5]; the new ones are [6] dental, [7] attendance
 * meeting, [8] health review.
 */
export function westbrookDecided(): Conference {
  return amend(loadWestbrook(), (c) => {
    c.decisions = [
      {
        childId: 'child-jayden',
        outcome: 'plan-ends',
        previousCategories: ['physical-abuse'],
        planStartedOn: '2026-09-08',
        alternative: 'child-in-need-plan',
        alternativeLead: 'Rhys Morgan',
      },
      {
        childId: 'child-mia',
        outcome: 'plan-continues',
        categories: ['neglect'],
        previousCategories: ['neglect'],
        planStartedOn: '2026-09-08',
      },
    ];
    c.plan!.actions!.push(
      {
        id: 'action-dental-booking',
        outcomeId: 'outcome-mia-needs',
        childIds: ['child-mia'],
        what: 'Book Mia’s dental appointment, with help from Sam.',
        ownerParticipantId: 'p-jade',
        due: { kind: 'by', date: '2026-12-18' },
        howWeWillKnow: 'Jade shows Rhys the dentist’s appointment letter.',
      },
      {
        id: 'action-attendance-meeting',
        outcomeId: 'outcome-mia-needs',
        childIds: ['child-mia'],
        what: 'Hold a meeting at school with Jade and Kieran about getting Mia to school on time.',
        ownerParticipantId: 'p-nadia',
        due: { kind: 'by', date: '2026-12-11' },
        howWeWillKnow: 'Nadia shares what was agreed at the next core group.',
      },
      {
        id: 'action-health-review',
        outcomeId: 'outcome-mia-needs',
        childIds: ['child-mia'],
        what: 'Review Mia’s health, including her teeth.',
        ownerParticipantId: 'p-ellen',
        due: { kind: 'by', date: '2027-01-15' },
        howWeWillKnow: 'Ellen sends her health review to Rhys and the core group.',
      },
    );
    c.coreGroup = {
      childIds: ['child-mia'],
      memberParticipantIds: ['p-jade', 'p-kieran', 'p-rhys', 'p-nadia', 'p-ellen', 'p-sam'],
      convenorParticipantId: 'p-rhys',
      firstMeetingOn: '2026-12-15',
      firstMeetingTime: '10:00',
      cadence: 'monthly',
    };
    c.review = { nextReviewOn: '2027-06-01', nextReviewTime: '14:00' };
  });
}
