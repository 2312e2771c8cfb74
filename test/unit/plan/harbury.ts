import { conferenceWith } from '../procedure/fixtures';

/** A conference file's contents before parsing, without the bookkeeping fields a test does not care about. */
export type HarburyInput = Parameters<typeof conferenceWith>[0];

/**
 * An invented initial conference (Harbury, England, Tue 5 Jan 2027): Sam and Ella go onto plans; their mother is
 * expecting, and the baby does not need a plan now but is to be reconsidered at the review, with a pre-birth
 * assessment under a Child in Need plan meanwhile.
 */
export function harbury(change: (c: HarburyInput) => void = () => undefined) {
  const input: HarburyInput = {
    details: { type: 'initial', nation: 'england', date: '2027-01-05' },
    children: [
      { id: 'c-sam', givenName: 'Sam', familyName: 'Reed' },
      { id: 'c-ella', givenName: 'Ella', familyName: 'Reed' },
      { id: 'c-baby', givenName: '', unborn: true, expectedDeliveryDate: '2027-04-20' },
    ],
    participants: [
      { id: 'p-kim', name: 'Kim Reed', kind: 'family', role: 'Mother' },
      { id: 'p-nan', name: 'Rose Reed', kind: 'family', role: 'Grandmother' },
      { id: 'p-sw', name: 'Dan Fox', kind: 'professional', agency: 'childrens-social-care', role: 'Social Worker' },
      { id: 'p-mw', name: 'Ada Low', kind: 'professional', agency: 'midwifery', role: 'Community midwife' },
      {
        id: 'p-rw',
        name: 'Lee Marsh',
        kind: 'professional',
        agency: 'adult-substance-misuse',
        role: 'Recovery worker',
      },
      { id: 'p-gp', name: 'Dr Iqbal', kind: 'professional', agency: 'gp', role: 'GP' },
    ],
    decisions: [
      { childId: 'c-sam', outcome: 'plan-needed', categories: ['neglect'] },
      { childId: 'c-ella', outcome: 'plan-needed', categories: ['neglect'] },
      {
        childId: 'c-baby',
        outcome: 'plan-not-needed',
        alternative: 'child-in-need-plan',
        alternativeLead: 'Dan Fox',
        reconsider: 'at-review',
      },
    ],
    plan: {
      outcomes: [{ id: 'o-safe', text: 'Sam and Ella are safe at home', childIds: ['c-sam', 'c-ella'] }],
      actions: [
        {
          id: 'a-home',
          what: 'Keep the house free of drugs',
          ownerParticipantId: 'p-kim',
          alsoBy: [{ participantId: 'p-nan' }],
          supportedBy: [{ participantId: 'p-rw' }],
          outcomeId: 'o-safe',
          due: { kind: 'every', interval: 'fortnight', startsOn: '2027-01-08' },
          howWeWillKnow: 'Tests shared with the core group',
        },
        {
          id: 'a-prebirth',
          what: 'Complete the pre-birth assessment',
          childIds: ['c-baby'],
          ownerParticipantId: 'p-sw',
          alsoBy: [{ participantId: 'p-mw' }],
          due: { kind: 'by', date: '2027-02-26' },
          howWeWillKnow: 'The assessment is shared with Kim',
        },
      ],
      contingency: [{ id: 'k1', if: 'Drugs are found at home', then: 'A legal planning meeting is held' }],
      leadSocialWorkerParticipantId: 'p-sw',
      visitingFrequency: 'Every 10 working days',
    },
    coreGroup: {
      memberParticipantIds: ['p-kim', 'p-nan', 'p-sw', 'p-mw', 'p-rw'],
      convenorParticipantId: 'p-sw',
      firstMeetingOn: '2027-01-14',
      cadence: 'monthly',
      venue: 'Harbury family centre',
      notesOnlyParticipantIds: ['p-gp'],
    },
    review: { nextReviewOn: '2027-03-30', invitees: '' },
  };
  change(input);
  return conferenceWith(input);
}
