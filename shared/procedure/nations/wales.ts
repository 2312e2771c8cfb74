import { nationLabel } from '../../wording/labels';
import { HOLIDAY_REGIONS } from '../bank-holidays';
import {
  type ProcedureProfile,
  rule,
  longPlanRules,
  physicalAbuse,
  emotionalAbuse,
  sexualAbuse,
  neglect,
  financialAbuse,
} from '../profile-parts';

/** Wales: the Wales Safeguarding Procedures. A care and support protection plan, and a register. */
const WSP = 'Wales Safeguarding Procedures';

export const wales: ProcedureProfile = {
  nation: 'wales',
  name: nationLabel.wales,
  words: {
    meeting: 'child protection conference',
    meetingAbbreviation: 'CPC',
    strategyDiscussion: 'strategy discussion',
    plan: 'care and support protection plan',
    planMade: 'placed on the child protection register, with a care and support protection plan',
    planEnded: 'removed from the child protection register',
    registers: true,
    decisionRecord: 'Summary of decisions and outline plan',
    minutes: 'Full record of the conference',
    leadProfessional: 'Lead social worker',
  },
  categories: {
    kind: 'category',
    heading: 'Category of abuse or neglect',
    severalAllowed: true,
    requiredWhenPlanMade: true,
    localListAllowed: false,
    guidance: 'Register under one or more categories.',
    options: [
      physicalAbuse,
      { ...emotionalAbuse, label: 'Emotional or psychological abuse' },
      sexualAbuse,
      neglect,
      financialAbuse,
    ],
  },
  considersReporterReferral: false,
  decisionRecordByFirstCoreGroup: true,
  holidayRegion: HOLIDAY_REGIONS.wales,
  timescales: {
    'initial-conference': rule(
      15,
      'working-days',
      'statutory',
      `${WSP}: within 15 working days of the strategy discussion (national performance measure).`,
    ),
    'transfer-in-conference': rule(
      15,
      'working-days',
      'statutory',
      `${WSP}: within 15 working days of notice of a permanent move; a stay of over 12 weeks also calls for one.`,
    ),
    'decision-letter': rule(
      5,
      'working-days',
      'statutory',
      `${WSP}: the summary of decisions and outline plan within 5 working days, or by the first core group if sooner.`,
    ),
    'first-core-group': rule(
      10,
      'working-days',
      'statutory',
      `${WSP}: the first core group within 10 working days of the conference.`,
    ),
    'core-group-interval': rule(
      6,
      'weeks',
      'statutory',
      `${WSP}: core groups then meet monthly and never more than 6 weeks apart.`,
    ),
    'full-minutes': rule(
      20,
      'working-days',
      'statutory',
      `${WSP}: the full record as soon as possible; good practice is within 20 working days.`,
    ),
    'minutes-corrections': rule(
      10,
      'working-days',
      'statutory',
      `${WSP}: corrections go back to the chair within 10 working days of receiving the record.`,
    ),
    'reports-before-initial': rule(
      3,
      'working-days',
      'local',
      `${WSP}: reports are shared with the family in advance; the number of days is set locally.`,
    ),
    'reports-before-review': rule(
      5,
      'working-days',
      'local',
      `${WSP}: reports are shared with the family in advance; the number of days is set locally.`,
    ),
    'first-review': rule(3, 'months', 'statutory', `${WSP}: the first review within 3 months.`),
    'review-after-pre-birth': rule(3, 'months', 'statutory', `${WSP}: the first review within 3 months.`),
    'review-after-transfer-in': rule(
      3,
      'months',
      'local',
      'Local procedures: a review within 3 months of the transfer-in conference.',
    ),
    'later-reviews': rule(6, 'months', 'statutory', `${WSP}: then at least every 6 months.`),
    ...longPlanRules('Wales'),
  },
};
