import type { Conference, ConferenceInput } from '@shared/model/conference';
import { OrganisationSettings } from '@shared/model/settings';
import { conferenceWith } from '../procedure/fixtures';

/**
 * An initial conference as it really runs (issue 11), for the documents and the shared screen: Sam, Ella and an unborn
 * baby; the mother, Chloe, in the room; the father, Ryan, heard on his own by phone before the main meeting because
 * of bail conditions; a child not attending whose views came through an advocate; notes said by the chair and the
 * minute-taker; the baby not made subject to a plan and to be reconsidered at the review, with a pre-birth assessment
 * under a Child in Need plan; actions shared by two owners, with support and a cadence, serving an outcome; a core
 * group venue and a GP who receives the notes; a team manager consulted before the conference.
 */

export const RYAN_TIMES = '09:00 to 09:40';
export const RYAN_REASON = 'Bail conditions: no contact with Chloe Harlow';
export const CHLOE_BORN = '1996-04-17';
export const RYAN_BORN = '1993-09-30';
export const SEPARATE_NOTE = 'Ryan says he will go to the Caring Dads course and wants to see Sam and Ella again.';
export const CHAIR_NOTE = 'The chair explained the purpose of the meeting and how the minutes are shared.';
export const MINUTE_TAKER_NOTE = 'The minute-taker read back the list of reports received.';
export const VENUE = 'Ashworth Family Centre, Room 3';
export const BABY_ACTION = 'Complete a pre-birth assessment with Chloe.';
export const SHARED_ACTION = 'Go to the Freedom Programme together.';

export function asRunConference(extra: (c: ConferenceInput) => void = () => {}): Conference {
  const input: ConferenceInput = {
    schemaVersion: 2,
    id: 'conf_as_run',
    createdAt: '2027-01-05T09:00:00.000Z',
    updatedAt: '2027-01-12T13:00:00.000Z',
    details: {
      type: 'initial',
      nation: 'england',
      date: '2027-01-12',
      startTime: '10:00',
      endTime: '12:30',
      venue: 'Ashworth House, Meeting Room 2',
      chair: 'Helen Marsh',
      minuteTaker: 'Owen Price',
      reference: 'ASH-2027-0007',
      localAuthority: 'Ashworth County Council',
      strategyDiscussionOn: '2026-12-21',
    },
    children: [
      {
        id: 'child-sam',
        givenName: 'Sam',
        familyName: 'Harlow',
        dateOfBirth: '2019-05-02',
        gender: 'Boy',
        ethnicity: 'White British',
      },
      {
        id: 'child-ella',
        givenName: 'Ella',
        familyName: 'Harlow',
        dateOfBirth: '2022-08-19',
        gender: 'Girl',
        ethnicity: 'White British',
      },
      { id: 'child-baby', givenName: '', familyName: 'Harlow', unborn: true, expectedDeliveryDate: '2027-05-01' },
    ],
    adults: [
      {
        id: 'adult-chloe',
        givenName: 'Chloe',
        familyName: 'Harlow',
        relationship: 'Mother',
        dateOfBirth: CHLOE_BORN,
        parentalResponsibility: true,
      },
      {
        id: 'adult-ryan',
        givenName: 'Ryan',
        familyName: 'Dacre',
        relationship: 'Father',
        dateOfBirth: RYAN_BORN,
        parentalResponsibility: true,
        livesInHousehold: false,
      },
      { id: 'adult-maureen', givenName: 'Maureen', familyName: 'Harlow', relationship: 'Maternal grandmother' },
    ],
    participants: [
      {
        id: 'p-sw',
        name: 'Priya Nair',
        kind: 'professional',
        agency: 'childrens-social-care',
        role: 'Social Worker (lead)',
        organisation: 'Ashworth Children’s Services',
        attendance: { status: 'present' },
      },
      {
        id: 'p-dh',
        name: 'Tom Reilly',
        kind: 'professional',
        agency: 'school',
        role: 'Deputy Head',
        organisation: 'Ashworth Primary',
        attendance: { status: 'present' },
      },
      {
        id: 'p-mw',
        name: 'Gail Fenn',
        kind: 'professional',
        agency: 'midwifery',
        role: 'Midwife',
        attendance: { status: 'present' },
      },
      {
        id: 'p-gp',
        name: 'Dr Ravi Shah',
        kind: 'professional',
        agency: 'gp',
        role: 'GP',
        attendance: { status: 'report-only' },
      },
      {
        id: 'p-rw',
        name: 'Jo Banks',
        kind: 'professional',
        agency: 'adult-substance-misuse',
        role: 'Recovery worker',
        attendance: { status: 'present' },
      },
      {
        id: 'p-chloe',
        name: 'Chloe Harlow',
        kind: 'family',
        adultId: 'adult-chloe',
        attendance: { status: 'present' },
      },
      {
        id: 'p-ryan',
        name: 'Ryan Dacre',
        kind: 'family',
        adultId: 'adult-ryan',
        attendance: {
          status: 'attended-separately',
          arrivedAt: '09:00',
          leftAt: '09:40',
          reason: RYAN_REASON,
          joinedBy: 'phone',
        },
      },
      {
        id: 'p-sam',
        name: 'Sam Harlow',
        kind: 'child',
        childId: 'child-sam',
        attendance: { status: 'child-not-attending', viewsGatheredBy: 'advocate' },
      },
    ],
    notes: [
      {
        id: 'note-chair',
        itemKey: 'purpose-and-confidentiality',
        text: CHAIR_NOTE,
        speaker: 'chair',
        createdAt: '2027-01-12T10:05:00.000Z',
      },
      {
        id: 'note-taker',
        itemKey: 'reports',
        text: MINUTE_TAKER_NOTE,
        speaker: 'minute-taker',
        createdAt: '2027-01-12T10:10:00.000Z',
      },
      {
        id: 'note-ryan',
        itemKey: 'separate-session',
        text: SEPARATE_NOTE,
        participantId: 'p-ryan',
        createdAt: '2027-01-12T09:20:00.000Z',
      },
    ],
    analysis: {
      worries: [
        {
          id: 'worry-sam',
          kind: 'danger-statement',
          text: 'Everyone is worried that Sam could be hurt if there is more violence at home.',
          childIds: ['child-sam'],
        },
        {
          id: 'worry-ella',
          kind: 'danger-statement',
          text: 'Everyone is worried that Ella will be frightened by shouting at bedtime.',
          childIds: ['child-ella'],
        },
      ],
      safetyGoals: [{ id: 'goal-ella', text: 'Ella sleeps in a calm home.', childIds: ['child-ella'] }],
    },
    decisions: [
      { childId: 'child-sam', outcome: 'plan-needed', categories: ['emotional-abuse'] },
      { childId: 'child-ella', outcome: 'plan-needed', categories: ['emotional-abuse'] },
      {
        childId: 'child-baby',
        outcome: 'plan-not-needed',
        alternative: 'child-in-need-plan',
        alternativeLead: 'Priya Nair',
        reconsider: 'at-review',
      },
    ],
    plan: {
      outcomes: [{ id: 'outcome-safe', text: 'Sam and Ella live in a home without violence.', childIds: [] }],
      actions: [
        {
          id: 'action-shared',
          outcomeId: 'outcome-safe',
          childIds: ['child-sam', 'child-ella'],
          what: SHARED_ACTION,
          ownerParticipantId: 'p-chloe',
          alsoBy: [{ name: 'Maureen Harlow' }],
          supportedBy: [{ participantId: 'p-rw' }],
          due: { kind: 'every', interval: 'fortnight', startsOn: '2027-01-26' },
          howWeWillKnow: 'Jo tells the core group how many sessions they went to.',
        },
        {
          id: 'action-school',
          childIds: ['child-sam'],
          what: 'Check in with Sam every morning.',
          ownerParticipantId: 'p-dh',
          alsoBy: [{ participantId: 'p-sw' }],
          due: { kind: 'by', date: '2027-02-05' },
        },
        {
          id: 'action-baby',
          childIds: ['child-baby'],
          what: BABY_ACTION,
          ownerParticipantId: 'p-sw',
          alsoBy: [{ participantId: 'p-mw' }],
          due: { kind: 'by', date: '2027-03-16' },
        },
      ],
      contingency: [{ id: 'cont-1', if: 'Chloe lets Ryan into the house', then: 'Early review conference' }],
      leadSocialWorkerParticipantId: 'p-sw',
      teamManager: 'Karen Holt',
    },
    coreGroup: {
      childIds: ['child-sam', 'child-ella'],
      memberParticipantIds: ['p-sw', 'p-dh', 'p-chloe'],
      notesOnlyParticipantIds: ['p-gp'],
      venue: VENUE,
      firstMeetingOn: '2027-01-26',
      firstMeetingTime: '10:00',
      cadence: 'four-weekly',
    },
    review: { nextReviewOn: '2027-04-06', nextReviewTime: '10:00' },
    agenda: {
      meetingStartedAt: '2027-01-12T09:00:00.000Z',
      meetingEndedAt: '2027-01-12T12:30:00.000Z',
      items: {},
    },
  };
  extra(input);
  return conferenceWith(input as Parameters<typeof conferenceWith>[0]);
}

export const asRunSettings = OrganisationSettings.parse({
  authorityName: 'Ashworth County Council',
  teamName: 'Ashworth Children’s Social Work Team',
  teamPhone: '01632 960100',
});
