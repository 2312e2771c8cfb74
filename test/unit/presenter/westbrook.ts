import { readFileSync } from 'node:fs';
import { Conference } from '../../../shared/model/conference';
import type { ConferenceInput } from '../../../shared/model/conference';

/** The public worked example of domain.md §7, part-way through the meeting (after scaling). */
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

/** The Westbrook review with the outcome of domain.md §7 recorded, as the chair would at the end. */
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
        childIds: ['child-mia'],
        what: 'Book Mia’s dental appointment, with help from Sam.',
        ownerParticipantId: 'p-jade',
        due: { kind: 'by', date: '2026-12-18' },
        howWeWillKnow: 'The dentist’s appointment letter.',
      },
      {
        id: 'action-attendance-meeting',
        childIds: ['child-mia'],
        what: 'Hold an attendance meeting at school with Jade and Kieran.',
        ownerParticipantId: 'p-nadia',
        due: { kind: 'by', date: '2026-12-11' },
      },
      {
        id: 'action-health-review',
        childIds: ['child-mia'],
        what: 'Review Mia’s health, including her teeth.',
        ownerParticipantId: 'p-ellen',
        due: { kind: 'by', date: '2027-01-15' },
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
