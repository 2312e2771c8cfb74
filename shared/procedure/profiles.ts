import { z } from 'zod';
import type { Conference, Nation } from '../model/conference';
import { nationLabel } from '../model/labels';
import type { FieldProblem } from '../model/validation';
import { HOLIDAY_REGIONS, type HolidayRegion } from './bank-holidays';

/**
 * How each UK nation runs child protection conferences: its words, its categories (or Scotland's areas of concern)
 * and its timescales (domain.md §1). Every number is a rule with a basis and a source, because a chair who is told
 * "the core group is late" needs to know whose rule says so, and an organisation may change only its own rules.
 *
 * `statutory` here means set nationally (Working Together 2023 in England, the Wales Safeguarding Procedures, the
 * National Guidance for Child Protection in Scotland, the Northern Ireland regional procedures): settings cannot
 * change it. `local` means a local-procedure default that an organisation may set for itself.
 */

export type RuleBasis = 'statutory' | 'local';

export const TimescaleKey = z.enum([
  'child-and-family-assessment',
  'initial-conference',
  'transfer-in-conference',
  'decision-letter',
  'first-core-group',
  'core-group-interval',
  'full-minutes',
  'minutes-corrections',
  'reports-before-initial',
  'reports-before-review',
  'first-review',
  'review-after-pre-birth',
  'review-after-transfer-in',
  'later-reviews',
  'post-birth-review',
  'pre-birth-earliest',
  'pre-birth-ideal',
  'pre-birth-assessment',
  'pre-birth-latest',
  'plan-escalation',
  'plan-long',
]);
export type TimescaleKey = z.infer<typeof TimescaleKey>;

export const TimescaleUnit = z.enum(['working-days', 'calendar-days', 'weeks', 'months', 'weeks-of-pregnancy']);
export type TimescaleUnit = z.infer<typeof TimescaleUnit>;

export type TimescaleRule = {
  amount: number;
  unit: TimescaleUnit;
  basis: RuleBasis;
  /** Whose rule this is, in a line a chair can quote. */
  source: string;
};

/** What each timescale counts from, for sentences such as "10 working days after the conference". */
export type TimescaleMeaning = {
  label: string;
  /** `by`/`not-before` are points in a pregnancy rather than a distance from a date. */
  direction: 'after' | 'before' | 'by' | 'not-before';
  from: string;
};

export const TIMESCALE_MEANINGS: Record<TimescaleKey, TimescaleMeaning> = {
  'child-and-family-assessment': {
    label: 'Child and family assessment',
    direction: 'after',
    from: 'the referral',
  },
  'initial-conference': { label: 'Initial conference', direction: 'after', from: 'the strategy discussion' },
  'transfer-in-conference': {
    label: 'Transfer-in conference',
    direction: 'after',
    from: 'written notice of the move',
  },
  'decision-letter': { label: 'Record of the decisions', direction: 'after', from: 'the conference' },
  'first-core-group': { label: 'First core group meeting', direction: 'after', from: 'the conference' },
  'core-group-interval': {
    label: 'Time between core group meetings',
    direction: 'after',
    from: 'the previous core group meeting',
  },
  'full-minutes': { label: 'Full minutes', direction: 'after', from: 'the conference' },
  'minutes-corrections': {
    label: 'Corrections to the minutes',
    direction: 'after',
    from: 'receiving the minutes',
  },
  'reports-before-initial': {
    label: 'Reports shared with the family (initial, pre-birth and transfer-in)',
    direction: 'before',
    from: 'the conference',
  },
  'reports-before-review': {
    label: 'Reports shared with the family (review)',
    direction: 'before',
    from: 'the conference',
  },
  'first-review': { label: 'First review', direction: 'after', from: 'the initial conference' },
  'review-after-pre-birth': {
    label: 'Review after a pre-birth conference',
    direction: 'after',
    from: 'the pre-birth conference',
  },
  'review-after-transfer-in': {
    label: 'Review after a transfer-in conference',
    direction: 'after',
    from: 'the transfer-in conference',
  },
  'later-reviews': { label: 'Later reviews', direction: 'after', from: 'the previous review' },
  'post-birth-review': { label: 'Review after the birth', direction: 'after', from: 'the birth' },
  'pre-birth-earliest': { label: 'Earliest pre-birth conference', direction: 'not-before', from: 'the due date' },
  'pre-birth-ideal': { label: 'Pre-birth conference, ideally', direction: 'by', from: 'the due date' },
  'pre-birth-assessment': { label: 'Pre-birth assessment finished', direction: 'by', from: 'the due date' },
  'pre-birth-latest': { label: 'Pre-birth conference, at the latest', direction: 'by', from: 'the due date' },
  'plan-escalation': { label: 'Long plan: senior oversight', direction: 'after', from: 'the plan started' },
  'plan-long': { label: 'Long plan: two years', direction: 'after', from: 'the plan started' },
};

/** The rules counted in weeks of pregnancy (from the due date) rather than from another date. */
export const PREGNANCY_KEYS: ReadonlySet<TimescaleKey> = new Set([
  'pre-birth-earliest',
  'pre-birth-ideal',
  'pre-birth-assessment',
  'pre-birth-latest',
]);

export function describeAmount(amount: number, unit: TimescaleUnit): string {
  const plural = amount === 1 ? '' : 's';
  switch (unit) {
    case 'working-days':
      return `${amount} working day${plural}`;
    case 'calendar-days':
      return `${amount} calendar day${plural}`;
    case 'weeks':
      return `${amount} week${plural}`;
    case 'months':
      return `${amount} month${plural}`;
    case 'weeks-of-pregnancy':
      return `${amount} week${plural} of pregnancy`;
  }
}

/** "10 working days after the conference", "by 28 weeks of pregnancy". `from` replaces the usual starting point. */
export function describeTimescale(
  key: TimescaleKey,
  rule: Pick<TimescaleRule, 'amount' | 'unit'>,
  from: string = TIMESCALE_MEANINGS[key].from,
): string {
  const meaning = TIMESCALE_MEANINGS[key];
  const amount = describeAmount(rule.amount, rule.unit);
  switch (meaning.direction) {
    case 'after':
      return `${amount} after ${from}`;
    case 'before':
      return `${amount} before ${from}`;
    case 'by':
      return `by ${amount}`;
    case 'not-before':
      return `not before ${amount}`;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Categories and areas of concern

export const CategoryOption = z.object({
  key: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9-]+$/, { error: 'A key uses lower-case letters, digits and - only.' }),
  label: z.string().min(1).max(200),
  /** For the family plan and the shared screen: what the words mean, kindly and without jargon. */
  explanation: z.string().max(1000),
});
export type CategoryOption = z.infer<typeof CategoryOption>;

export type CategoryScheme = {
  /** Scotland records areas of concern instead of a category of abuse. */
  kind: 'category' | 'area-of-concern';
  heading: string;
  severalAllowed: boolean;
  /** Whether at least one must be chosen when a child is made subject to a plan (or registered). */
  requiredWhenPlanMade: boolean;
  /** Only an area-of-concern list is the organisation's to change; categories are national statistics. */
  localListAllowed: boolean;
  guidance: string;
  options: CategoryOption[];
};

const physicalAbuse: CategoryOption = {
  key: 'physical-abuse',
  label: 'Physical abuse',
  explanation:
    'Someone has hurt the child’s body, or is likely to. This could be hitting, shaking, burning or poisoning. ' +
    'It can also mean making up an illness, or making a child ill.',
};
const emotionalAbuse: CategoryOption = {
  key: 'emotional-abuse',
  label: 'Emotional abuse',
  explanation:
    'The way the child is treated is harming how they feel and grow. This could be shouting, frightening, ' +
    'putting them down or ignoring them. It includes seeing or hearing abuse between adults at home. It does not ' +
    'mean the child is not loved.',
};
const sexualAbuse: CategoryOption = {
  key: 'sexual-abuse',
  label: 'Sexual abuse',
  explanation:
    'The child has been made or encouraged to take part in sexual activity, or is likely to be. This includes ' +
    'online, and being shown sexual pictures. A child can never agree to this.',
};
const neglect: CategoryOption = {
  key: 'neglect',
  label: 'Neglect',
  explanation:
    'The child’s basic needs are not being met, again and again. These needs include food, warmth and a safe, ' +
    'clean home. They also include health and dental care, being looked after, and going to school.',
};
const financialAbuse: CategoryOption = {
  key: 'financial-abuse',
  label: 'Financial abuse',
  explanation:
    'The child’s money or belongings are being taken or misused. Or the child is being used to get money or ' +
    'things. An example is money meant for the child not being spent on them.',
};

/** From the areas of concern the Scottish Government counts at child protection planning meetings. */
export const SCOTTISH_AREAS_OF_CONCERN: readonly CategoryOption[] = [
  {
    key: 'neglect',
    label: 'Neglect',
    explanation: neglect.explanation,
  },
  {
    key: 'physical-harm',
    label: 'Physical harm',
    explanation: 'Someone has hurt the child’s body, or is likely to.',
  },
  {
    key: 'emotional-harm',
    label: 'Emotional harm',
    explanation:
      'The way the child is treated is harming how they feel and grow. This could be frightening them, putting them ' +
      'down or ignoring them.',
  },
  {
    key: 'sexual-harm',
    label: 'Sexual harm',
    explanation: 'The child has been, or is likely to be, involved in sexual activity or shown sexual material.',
  },
  {
    key: 'domestic-abuse',
    label: 'Domestic abuse',
    explanation: 'Abuse between adults at home – hurting, frightening or controlling – which harms the child too.',
  },
  {
    key: 'parental-alcohol-use',
    label: 'Parental alcohol use',
    explanation: 'A parent’s or carer’s drinking makes it hard to keep the child safe and cared for.',
  },
  {
    key: 'parental-drug-use',
    label: 'Parental drug use',
    explanation: 'A parent’s or carer’s drug use makes it hard to keep the child safe and cared for.',
  },
  {
    key: 'parental-mental-health',
    label: 'Parental mental health',
    explanation: 'A parent or carer is unwell in their mental health and needs support so that the child is kept safe.',
  },
  {
    key: 'non-engaging-family',
    label: 'Family not engaging with services',
    explanation: 'The people trying to help have not been able to work with the family, so worries cannot be checked.',
  },
  {
    key: 'child-sexual-exploitation',
    label: 'Child sexual exploitation',
    explanation: 'Someone is using the child for sex, sometimes in return for things like money, gifts or attention.',
  },
  {
    key: 'child-criminal-exploitation',
    label: 'Child criminal exploitation',
    explanation: 'Someone is using the child to commit crime, for example carrying drugs or money.',
  },
  {
    key: 'child-trafficking',
    label: 'Child trafficking',
    explanation: 'The child has been moved or kept somewhere so that others can use them.',
  },
  {
    key: 'child-placing-themselves-at-risk',
    label: 'Child placing themselves at risk',
    explanation: 'The child is doing things that put them in danger, for example going missing.',
  },
  {
    key: 'other-concern',
    label: 'Another concern',
    explanation: 'A worry not listed here; the minutes say what it is.',
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Profiles

export type ProcedureWords = {
  /** What the meeting is called: Scotland holds Child Protection Planning Meetings, not conferences. */
  meeting: string;
  meetingAbbreviation: string;
  /** The multi-agency discussion that starts an enquiry: Scotland's is the inter-agency referral discussion. */
  strategyDiscussion: string;
  plan: string;
  /** Completes "Mia is …" when a plan is made. England has had no register since April 2008. */
  planMade: string;
  planEnded: string;
  registers: boolean;
  decisionRecord: string;
  minutes: string;
  /** Who leads the plan day to day; an organisation may name it otherwise (settings.leadProfessionalTitle). */
  leadProfessional: string;
};

export type ProcedureProfile = {
  nation: Nation;
  name: string;
  words: ProcedureWords;
  categories: CategoryScheme;
  /** Scotland: the meeting must consider referring the child to the Principal (Children's) Reporter. */
  considersReporterReferral: boolean;
  /** Wales: the summary and outline plan go out within 5 working days or by the first core group, if sooner. */
  decisionRecordByFirstCoreGroup: boolean;
  holidayRegion: HolidayRegion;
  timescales: Partial<Record<TimescaleKey, TimescaleRule>>;
};

const WT = 'Working Together to Safeguard Children 2023';
const WSP = 'Wales Safeguarding Procedures';
const NGS = 'National Guidance for Child Protection in Scotland 2021 (updated 2023)';
const NIRP = 'Northern Ireland regional child protection procedures (SBNI)';

const rule = (amount: number, unit: TimescaleUnit, basis: RuleBasis, source: string): TimescaleRule => ({
  amount,
  unit,
  basis,
  source,
});

/** Plans drifting past 18–24 months is a known pitfall; each nation expects a plan usually to end within two years. */
const longPlanRules = (nationName: string) => ({
  'plan-escalation': rule(
    18,
    'months',
    'local',
    `Local practice (${nationName}): senior oversight of a plan that has lasted 18 months; some areas use 15.`,
  ),
  'plan-long': rule(24, 'months', 'local', `${nationName} guidance: a plan usually ends within two years.`),
});

const england: ProcedureProfile = {
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

const wales: ProcedureProfile = {
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

const scotland: ProcedureProfile = {
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

const northernIreland: ProcedureProfile = {
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

export const PROCEDURE_PROFILES: Record<Nation, ProcedureProfile> = {
  england,
  wales,
  scotland,
  'northern-ireland': northernIreland,
};

/** England is the default where a nation has not been chosen (most users, and the model's first nation). */
export const DEFAULT_NATION: Nation = 'england';

export function procedureProfile(nation: Nation = DEFAULT_NATION): ProcedureProfile {
  return PROCEDURE_PROFILES[nation];
}

// ---------------------------------------------------------------------------------------------------------------
// Local settings

export const TimescaleSetting = z.object({
  amount: z
    .number()
    .int({ error: 'A timescale is a whole number.' })
    .min(0, { error: 'A timescale cannot be negative.' })
    .max(366, { error: 'A timescale of more than 366 is not a real timescale.' }),
  unit: TimescaleUnit,
});
export type TimescaleSetting = z.infer<typeof TimescaleSetting>;

/** An organisation's own values for local timescales, by key. Statutory ones are refused when applied. */
export const TimescaleOverrides = z.partialRecord(TimescaleKey, TimescaleSetting);
export type TimescaleOverrides = z.infer<typeof TimescaleOverrides>;

export const CategoryOverrides = z.object({
  /** Some English areas record one main category only. */
  oneCategoryOnly: z.boolean().default(false),
  /** Scotland: the organisation's own list of areas of concern, replacing the national list. */
  areasOfConcern: z.array(CategoryOption).min(1).optional(),
});
export type CategoryOverrides = z.infer<typeof CategoryOverrides>;

/** Everything an organisation may set for itself about procedure; what settings store and hand to the engine. */
export const ProcedureOverrides = z.object({
  timescales: TimescaleOverrides.default({}),
  categories: CategoryOverrides.default({ oneCategoryOnly: false }),
});
export type ProcedureOverrides = z.infer<typeof ProcedureOverrides>;

export type EffectiveTimescale = TimescaleRule & {
  /** True when the organisation's own value replaced (or supplied) the default. */
  setLocally: boolean;
  /** The nation's default that a local value replaced, for "(default 15 working days)". */
  replaced?: TimescaleRule;
};

export type EffectiveTimescales = {
  nation: Nation;
  timescales: Partial<Record<TimescaleKey, EffectiveTimescale>>;
  /** Overrides that were not applied, with the reason, keyed `timescales.<key>` for the settings form. */
  refused: FieldProblem[];
};

/**
 * The nation's timescales with the organisation's local values applied. A statutory rule keeps its national value
 * and the attempt is reported, so settings can say why the number did not change; setting a statutory rule to its
 * own value is not an error. A local value may also supply a rule the nation leaves wholly to local procedure
 * (for example a Northern Ireland core group interval).
 */
export function effectiveTimescales(nation: Nation, overrides: TimescaleOverrides = {}): EffectiveTimescales {
  const profile = PROCEDURE_PROFILES[nation];
  const timescales: Partial<Record<TimescaleKey, EffectiveTimescale>> = {};
  for (const key of TimescaleKey.options) {
    const base = profile.timescales[key];
    if (base) timescales[key] = { ...base, setLocally: false };
  }
  const refused: FieldProblem[] = [];

  for (const key of TimescaleKey.options) {
    const setting = overrides[key];
    if (!setting) continue;
    const field = `timescales.${key}`;
    const label = TIMESCALE_MEANINGS[key].label;
    const base = profile.timescales[key];

    if (PREGNANCY_KEYS.has(key) !== (setting.unit === 'weeks-of-pregnancy')) {
      refused.push({
        field,
        message: PREGNANCY_KEYS.has(key)
          ? `${label}: give this as weeks of pregnancy.`
          : `${label}: weeks of pregnancy only apply to pre-birth timing; use working days, calendar days, weeks or months.`,
      });
      continue;
    }
    if (base?.basis === 'statutory') {
      if (base.amount === setting.amount && base.unit === setting.unit) continue;
      refused.push({
        field,
        message:
          `${label}: ${describeTimescale(key, base)} is set nationally in ${profile.name} and cannot be changed in ` +
          `local settings (${base.source})`,
      });
      continue;
    }
    timescales[key] = {
      amount: setting.amount,
      unit: setting.unit,
      basis: 'local',
      source: base
        ? `Set by your organisation (the ${profile.name} default is ${describeAmount(base.amount, base.unit)}).`
        : `Set by your organisation (no national timescale in ${profile.name}).`,
      setLocally: true,
      ...(base ? { replaced: base } : {}),
    };
  }
  return { nation, timescales, refused };
}

export type EffectiveCategoryScheme = CategoryScheme & { refused: FieldProblem[] };

/** The nation's categories with the organisation's choices applied (one category only; Scotland's own list). */
export function categoryScheme(nation: Nation, overrides?: Partial<CategoryOverrides>): EffectiveCategoryScheme {
  const base = PROCEDURE_PROFILES[nation].categories;
  const refused: FieldProblem[] = [];
  let options = base.options;
  if (overrides?.areasOfConcern) {
    if (base.localListAllowed) options = overrides.areasOfConcern;
    else
      refused.push({
        field: 'categories.areasOfConcern',
        message:
          `${nationLabel[nation]} uses the national categories of abuse and neglect, which are counted nationally; ` +
          'a local list cannot replace them.',
      });
  }
  return {
    ...base,
    options: [...options],
    severalAllowed: base.severalAllowed && !overrides?.oneCategoryOnly,
    refused,
  };
}

const listInWords = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;

/**
 * Problems with the categories (or areas of concern) chosen for one child, each naming the field and saying what to
 * do. `planMade` is whether the child is made or stays subject to a plan: only then must something be chosen.
 */
export function validateCategories(
  nation: Nation,
  categories: readonly string[],
  options: { planMade?: boolean; overrides?: Partial<CategoryOverrides> } = {},
): FieldProblem[] {
  const { planMade = true, overrides } = options;
  const scheme = categoryScheme(nation, overrides);
  const noun = scheme.kind === 'area-of-concern' ? 'area of concern' : 'category';
  const known = new Map(scheme.options.map((o) => [o.key, o]));
  const problems: FieldProblem[] = [];

  categories.forEach((key, index) => {
    if (!known.has(key)) {
      problems.push({
        field: `categories[${index}]`,
        message:
          `“${key}” is not ${noun === 'category' ? 'a category' : 'an area of concern'} used in ${nationLabel[nation]}. ` +
          `Choose from: ${listInWords(scheme.options.map((o) => o.label.toLowerCase()))}.`,
      });
    } else if (categories.indexOf(key) !== index) {
      problems.push({
        field: `categories[${index}]`,
        message: `${known.get(key)?.label ?? key} is chosen twice; remove one.`,
      });
    }
  });

  if (!scheme.severalAllowed && new Set(categories).size > 1) {
    problems.push({
      field: 'categories',
      message: `Choose one main ${noun} only: your organisation records a single ${noun} for each child.`,
    });
  }
  if (planMade && scheme.requiredWhenPlanMade && categories.length === 0) {
    problems.push({
      field: 'categories',
      message:
        scheme.kind === 'area-of-concern'
          ? 'Choose at least one area of concern for a child placed on the register.'
          : `Choose the ${noun} of abuse or neglect for a child ${PROCEDURE_PROFILES[nation].words.planMade}.`,
    });
  }
  return problems;
}

/**
 * Category problems for every child's decision in a conference, with the field path the decision form uses
 * (`decisions[1].categories`). A child whose outcome is not yet recorded is not asked for a category.
 */
export function validateConferenceCategories(
  conference: Conference,
  overrides?: Partial<CategoryOverrides>,
): FieldProblem[] {
  return conference.decisions.flatMap((decision, index) => {
    const planMade = decision.outcome === 'plan-needed' || decision.outcome === 'plan-continues';
    return validateCategories(conference.details.nation, decision.categories, {
      planMade,
      ...(overrides ? { overrides } : {}),
    }).map((problem) => ({ field: `decisions[${index}].${problem.field}`, message: problem.message }));
  });
}

/**
 * What the person who leads the plan day to day is called: the organisation's own title where it set one (England's
 * "lead child protection practitioner" in a multi-agency child protection team), else the nation's word. Used by the
 * plan editor, the shared screen and every document, so that one meeting never calls the same person two things.
 */
export function leadProfessionalTitle(nation: Nation, localTitle = ''): string {
  return localTitle.trim() || PROCEDURE_PROFILES[nation].words.leadProfessional;
}
