import { nationLabel } from '../../wording/labels';
import { HOLIDAY_REGIONS } from '../bank-holidays';
import { type ProcedureProfile, rule, physicalAbuse, emotionalAbuse, sexualAbuse, neglect } from '../profile-parts';

/** England: Working Together to Safeguard Children 2023. No register since April 2008. */
const WT = 'Working Together to Safeguard Children 2023';

export const england: ProcedureProfile = {
  nation: 'england',
  name: nationLabel.england,
  words: {
    meeting: 'child protection conference',
    meetingAbbreviation: 'CPC',
    strategyDiscussion: 'strategy discussion',
    plan: 'child protection plan',
    planMade: 'subject to a child protection plan',
    planEnded: 'no longer subject to a child protection plan',
    registers: false,
    decisionRecord: 'Chair’s decision letter',
    minutes: 'Full minutes',
    leadProfessional: 'Lead social worker',
  },
  categories: {
    kind: 'category',
    heading: 'Category of abuse or neglect',
    severalAllowed: true,
    requiredWhenPlanMade: true,
    localListAllowed: false,
    guidance:
      'Choose the main category. Where more than one applies, choose each; the Department for Education return ' +
      'records this as "multiple".',
    options: [physicalAbuse, emotionalAbuse, sexualAbuse, neglect],
  },
  considersReporterReferral: false,
  decisionRecordByFirstCoreGroup: false,
  holidayRegion: HOLIDAY_REGIONS.england,
  timescales: {
    'child-and-family-assessment': rule(
      45,
      'working-days',
      'statutory',
      `${WT}: the child and family assessment concludes no later than 45 working days from the point of referral.`,
    ),
    'initial-conference': rule(
      15,
      'working-days',
      'statutory',
      `${WT}: within 15 working days of the strategy discussion at which the section 47 enquiry began.`,
    ),
    'transfer-in-conference': rule(
      15,
      'working-days',
      'local',
      'Local procedures (e.g. Norfolk, Tees): within 15 working days of written notice; the sending authority keeps ' +
        'responsibility until then.',
    ),
    'decision-letter': rule(
      1,
      'working-days',
      'local',
      'Local procedures (e.g. Sussex): the chair’s decision letter, with the outline plan, core group and review ' +
        'dates and how to complain, within 1 working day.',
    ),
    'first-core-group': rule(
      10,
      'working-days',
      'statutory',
      `${WT}: the first core group meets within 10 working days of the initial conference.`,
    ),
    'core-group-interval': rule(
      1,
      'months',
      'local',
      'Local procedures (e.g. Sefton): core groups then meet usually every 4 weeks or monthly.',
    ),
    'full-minutes': rule(
      15,
      'working-days',
      'local',
      'Local procedures (e.g. safeguardingchildren.co.uk standards): full minutes within 15 working days.',
    ),
    'reports-before-initial': rule(
      3,
      'working-days',
      'local',
      'Local procedures (e.g. Sussex): reports shared with the family at least 3 working days before an initial ' +
        'conference; some areas use 2.',
    ),
    'reports-before-review': rule(
      5,
      'working-days',
      'local',
      'Local procedures (e.g. Sussex): reports shared with the family at least 5 working days before a review.',
    ),
    'first-review': rule(
      3,
      'months',
      'statutory',
      `${WT}: the first review within 3 months of the initial conference.`,
    ),
    'review-after-pre-birth': rule(
      3,
      'months',
      'statutory',
      `${WT}: a pre-birth conference is an initial conference, so the first review is within 3 months.`,
    ),
    'review-after-transfer-in': rule(
      3,
      'months',
      'local',
      'Local procedures: a review within 3 months of the transfer-in conference.',
    ),
    'later-reviews': rule(6, 'months', 'statutory', `${WT}: further reviews at intervals of no more than 6 months.`),
    'post-birth-review': rule(
      10,
      'working-days',
      'local',
      'Local procedures (e.g. Tees): a review within 10 working days of the birth or by the 3-month review, ' +
        'whichever is sooner; some areas use 20 working days or 4 weeks.',
    ),
    'pre-birth-earliest': rule(
      12,
      'weeks-of-pregnancy',
      'local',
      'Local procedures (e.g. Nottinghamshire): not before 12 weeks of pregnancy.',
    ),
    'pre-birth-ideal': rule(
      28,
      'weeks-of-pregnancy',
      'local',
      'Local procedures (e.g. Sussex): ideally by 28 weeks of pregnancy, about 3 months before the due date.',
    ),
    'pre-birth-assessment': rule(
      30,
      'weeks-of-pregnancy',
      'local',
      'Local practice: the pre-birth assessment finished by 30 weeks of pregnancy, in time for a conference by 34 ' +
        'weeks; check your local procedure and set your own week in settings.',
    ),
    'pre-birth-latest': rule(
      34,
      'weeks-of-pregnancy',
      'local',
      'Local procedures (e.g. Sefton): at the latest by 34 weeks of pregnancy.',
    ),
    'plan-escalation': rule(
      18,
      'months',
      'local',
      'Local practice: senior oversight of a plan that has lasted 18 months; some areas escalate at 15.',
    ),
    'plan-long': rule(
      24,
      'months',
      'statutory',
      'Department for Education children in need census: plans lasting 2 years or more are counted nationally.',
    ),
  },
};
