import { nationLabel } from '../../wording/labels';
import { HOLIDAY_REGIONS } from '../bank-holidays';
import { type ProcedureProfile, rule, longPlanRules, SCOTTISH_AREAS_OF_CONCERN } from '../profile-parts';

/** Scotland: child protection planning meetings, areas of concern instead of categories, and the Reporter. */
const NGS = 'National Guidance for Child Protection in Scotland 2021 (updated 2023)';

export const scotland: ProcedureProfile = {
  nation: 'scotland',
  name: nationLabel.scotland,
  words: {
    meeting: 'Child Protection Planning Meeting',
    meetingAbbreviation: 'CPPM',
    strategyDiscussion: 'inter-agency referral discussion (IRD)',
    plan: 'child protection plan',
    planMade: 'placed on the child protection register, with a child protection plan',
    planEnded: 'removed from the child protection register',
    registers: true,
    decisionRecord: 'Summary of key decisions',
    minutes: 'Record of the meeting',
    leadProfessional: 'Lead professional',
  },
  categories: {
    kind: 'area-of-concern',
    heading: 'Areas of concern',
    severalAllowed: true,
    requiredWhenPlanMade: true,
    localListAllowed: true,
    guidance: 'No category of abuse is needed in Scotland; record each area of concern.',
    options: [...SCOTTISH_AREAS_OF_CONCERN],
  },
  considersReporterReferral: true,
  decisionRecordByFirstCoreGroup: false,
  holidayRegion: HOLIDAY_REGIONS.scotland,
  timescales: {
    'initial-conference': rule(
      28,
      'calendar-days',
      'statutory',
      `${NGS}: within 28 calendar days of the decision to progress the investigation (counted here from the IRD), ` +
        'with at least 5 calendar days’ notice.',
    ),
    'transfer-in-conference': rule(
      21,
      'working-days',
      'local',
      'Local procedures (e.g. Highland): the receiving authority convenes within 21 working days at most.',
    ),
    'decision-letter': rule(
      2,
      'working-days',
      'local',
      'Local procedures (e.g. NHS Highland): a summary of key decisions within about 48 hours.',
    ),
    'first-core-group': rule(
      15,
      'working-days',
      'statutory',
      `${NGS}: the first core group within 15 working days of the planning meeting (2023 timescales table).`,
    ),
    'full-minutes': rule(
      10,
      'working-days',
      'statutory',
      `${NGS}: the record of the meeting to participants within 10 working days.`,
    ),
    'reports-before-initial': rule(
      3,
      'working-days',
      'local',
      `${NGS}: reports are shared with the family where proportionate; the number of days is set locally.`,
    ),
    'reports-before-review': rule(
      5,
      'working-days',
      'local',
      `${NGS}: reports are shared with the family where proportionate; the number of days is set locally.`,
    ),
    'first-review': rule(
      6,
      'months',
      'statutory',
      `${NGS}: a review planning meeting within 6 months of the initial meeting.`,
    ),
    'review-after-pre-birth': rule(
      3,
      'months',
      'statutory',
      `${NGS}: a review within 3 months of a pre-birth planning meeting (timing around the birth is a judgement).`,
    ),
    'review-after-transfer-in': rule(
      6,
      'months',
      'local',
      'Local procedures: the transfer meeting is followed by the usual 6-monthly reviews.',
    ),
    'later-reviews': rule(6, 'months', 'statutory', `${NGS}: reviews at intervals of no more than 6 months.`),
    'pre-birth-latest': rule(
      28,
      'weeks-of-pregnancy',
      'statutory',
      `${NGS}: a pre-birth planning meeting within 28 days of the concern and by 28 weeks of pregnancy.`,
    ),
    ...longPlanRules('Scotland'),
  },
};
