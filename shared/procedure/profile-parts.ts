import type { Nation } from '../model/conference';
import type { CategoryOption, TimescaleKey, TimescaleUnit } from '../model/procedure-settings';
import type { HolidayRegion } from './bank-holidays';

/**
 * How each UK nation runs child protection conferences: its words, its categories (or Scotland's areas of concern)
 * and its timescales. Every number is a rule with a basis and a source, because a chair who is told
 * "the core group is late" needs to know whose rule says so, and an organisation may change only its own rules.
 *
 * `statutory` here means set nationally (Working Together 2023 in England, the Wales Safeguarding Procedures, the
 * National Guidance for Child Protection in Scotland, the Northern Ireland regional procedures): settings cannot
 * change it. `local` means a local-procedure default that an organisation may set for itself.
 */

export type RuleBasis = 'statutory' | 'local';

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

export const physicalAbuse: CategoryOption = {
  key: 'physical-abuse',
  label: 'Physical abuse',
  explanation:
    'Someone has hurt the child’s body, or is likely to. This could be hitting, shaking, burning or poisoning. ' +
    'It can also mean making up an illness, or making a child ill.',
};
export const emotionalAbuse: CategoryOption = {
  key: 'emotional-abuse',
  label: 'Emotional abuse',
  explanation:
    'The way the child is treated is harming how they feel and grow. This could be shouting, frightening, ' +
    'putting them down or ignoring them. It includes seeing or hearing abuse between adults at home. It does not ' +
    'mean the child is not loved.',
};
export const sexualAbuse: CategoryOption = {
  key: 'sexual-abuse',
  label: 'Sexual abuse',
  explanation:
    'The child has been made or encouraged to take part in sexual activity, or is likely to be. This includes ' +
    'online, and being shown sexual pictures. A child can never agree to this.',
};
export const neglect: CategoryOption = {
  key: 'neglect',
  label: 'Neglect',
  explanation:
    'The child’s basic needs are not being met, again and again. These needs include food, warmth and a safe, ' +
    'clean home. They also include health and dental care, being looked after, and going to school.',
};
export const financialAbuse: CategoryOption = {
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

export const rule = (amount: number, unit: TimescaleUnit, basis: RuleBasis, source: string): TimescaleRule => ({
  amount,
  unit,
  basis,
  source,
});

/** Plans drifting past 18–24 months is a known pitfall; each nation expects a plan usually to end within two years. */
export const longPlanRules = (nationName: string) => ({
  'plan-escalation': rule(
    18,
    'months',
    'local',
    `Local practice (${nationName}): senior oversight of a plan that has lasted 18 months; some areas use 15.`,
  ),
  'plan-long': rule(24, 'months', 'local', `${nationName} guidance: a plan usually ends within two years.`),
});
