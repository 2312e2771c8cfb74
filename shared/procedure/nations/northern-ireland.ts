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
} from '../profile-parts';

/** Northern Ireland: the regional child protection procedures (SBNI), case conferences and a register. */
const NIRP = 'Northern Ireland regional child protection procedures (SBNI)';

export const northernIreland: ProcedureProfile = {
  nation: 'northern-ireland',
  name: nationLabel['northern-ireland'],
  words: {
    meeting: 'child protection case conference',
    meetingAbbreviation: 'CPCC',
    strategyDiscussion: 'strategy discussion',
    plan: 'child protection plan',
    planMade: 'placed on the Trust’s child protection register',
    planEnded: 'removed from the child protection register',
    registers: true,
    decisionRecord: 'Record of decisions',
    minutes: 'Full minutes',
    leadProfessional: 'Lead social worker',
  },
  categories: {
    kind: 'category',
    heading: 'Category of abuse or neglect',
    severalAllowed: true,
    requiredWhenPlanMade: true,
    localListAllowed: false,
    guidance: 'Register under one category or a combination; the family may appeal the category.',
    options: [physicalAbuse, emotionalAbuse, sexualAbuse, neglect],
  },
  considersReporterReferral: false,
  decisionRecordByFirstCoreGroup: false,
  holidayRegion: HOLIDAY_REGIONS['northern-ireland'],
  timescales: {
    'initial-conference': rule(
      15,
      'working-days',
      'local',
      'No national timescale found for Northern Ireland: local default of 15 working days from the strategy ' +
        'discussion.',
    ),
    'transfer-in-conference': rule(
      15,
      'working-days',
      'local',
      'No national timescale found for Northern Ireland: local default of 15 working days from written notice.',
    ),
    'decision-letter': rule(
      5,
      'working-days',
      'local',
      'No national timescale found for Northern Ireland: local default of 5 working days.',
    ),
    'first-core-group': rule(
      10,
      'working-days',
      'local',
      'No national timescale found for Northern Ireland: local default of 10 working days.',
    ),
    'full-minutes': rule(
      15,
      'working-days',
      'local',
      'No national timescale found for Northern Ireland: local default of 15 working days.',
    ),
    'reports-before-initial': rule(3, 'working-days', 'local', 'Local default: 3 working days before the conference.'),
    'reports-before-review': rule(5, 'working-days', 'local', 'Local default: 5 working days before the conference.'),
    'first-review': rule(3, 'months', 'statutory', `${NIRP}: the first review after 3 months.`),
    'review-after-pre-birth': rule(3, 'months', 'statutory', `${NIRP}: the first review after 3 months.`),
    'review-after-transfer-in': rule(
      3,
      'months',
      'local',
      'Local default: a review within 3 months of the transfer-in conference.',
    ),
    'later-reviews': rule(6, 'months', 'statutory', `${NIRP}: then at least every 6 months.`),
    ...longPlanRules('Northern Ireland'),
  },
};
