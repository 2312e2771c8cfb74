import type { Conference } from '@shared/model/conference';
import { OrganisationSettings } from '@shared/model/settings';
import { amend, westbrookDecided } from '../shared-screen/westbrook';

/**
 * The Westbrook review (the public worked example) at the end of the meeting, with everything the documents print: the decisions
 * and new actions (from westbrookDecided), each agency's view, the family's views, the meeting's end, and the
 * restricted referrer record the canary test hunts for ("Delia Pell", "22 Orchard Rise").
 */
export function westbrookForDocuments(): Conference {
  return amend(westbrookDecided(), (c) => {
    c.agenda!.meetingEndedAt = '2026-12-01T15:45:00.000Z';
    // Kieran finished the parenting course: the chair retires it from the new plan.
    c.plan!.actions!.find((a) => a.id === 'action-parenting-course')!.retired = true;
    const views = (childView: 'plan' | 'no-plan') =>
      ['p-rhys', 'p-ellen', 'p-tom', 'p-nadia', 'p-sam'].map((participantId) => ({
        participantId,
        view: childView,
        reason: childView === 'plan' ? 'Attendance and dental care still need to improve.' : 'Jayden is safe now.',
      }));
    c.decisions![0]!.agencyViews = views('no-plan');
    c.decisions![0]!.agencyViews.push({
      participantId: 'p-laura',
      view: 'no-plan',
      reason: 'No further incidents known to the police.',
      givenHow: 'in-writing',
    });
    c.decisions![0]!.chairReasons = 'All agencies agree Jayden is no longer likely to suffer significant harm.';
    c.decisions![0]!.stepDownPlan = 'Child in Need plan led by Rhys Morgan; first review in 3 months.';
    c.decisions![1]!.agencyViews = views('plan');
    c.decisions![1]!.chairReasons = 'Mia’s attendance and dental care have not yet improved enough.';
    c.decisions![1]!.familyViews = [
      { participantId: 'p-jade', text: 'Jade accepts Mia’s plan should continue and wants help with mornings.' },
    ];
    c.plan!.support!.push({
      id: 'support-dental',
      text: 'Help to book and get to Mia’s dental appointments',
      providedBy: 'Sam Whitlock, family support worker',
    });
    c.plan!.contactArrangements = 'Stacey will keep taking Mia to school twice a week.';
    c.coreGroup!.recorderParticipantId = 'p-sam';
    c.coreGroup!.returnToConferenceWhen = ['Mia’s attendance falls below 85%', 'Any new injury to either child'];
    c.review!.invitees = 'Everyone invited to this review.';
  });
}

export const westbrookSettings: OrganisationSettings = OrganisationSettings.parse({
  authorityName: 'Westbrook City Council',
  teamName: 'Westbrook Children’s Social Work Team (East)',
  teamPhone: '01632 960000',
  outOfHoursPhone: '01632 960999',
  complaintsContact:
    'Write to the Conference and Review Service, Westbrook City Council, within 28 days of the conference, or email conference.complaints@westbrook.example.',
  complaintsTimeLimitDays: 28,
  advocacyContact: 'Family Rights Group advice line: 0808 801 0366 (free), Monday to Friday.',
});

export const RESTRICTED_CANARIES = ['Delia Pell', '22 Orchard Rise'] as const;
