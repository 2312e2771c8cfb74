/**
 * Every key an agenda item can have, across all conference types and nations. Notes in the conference file are
 * attached to these keys (`Note.itemKey`) and progress is recorded under them (`AgendaProgress.items`), so a key,
 * once released, must never be renamed: add a new one and migrate instead.
 */
export const agendaItemKeys = [
  'welcome',
  'purpose-and-confidentiality',
  'apologies-and-quorum',
  'attendance-and-exclusions',
  'reports',
  'reason-for-conference',
  'why-the-plan-started',
  'transfer-from',
  'expected-date-and-birth',
  'agency-information',
  'plan-progress',
  'new-incidents',
  'family-views',
  'separate-session',
  'childs-voice',
  'analysis',
  'scaling',
  'risk-to-other-children',
  'support-before-birth',
  'decision',
  'category',
  'childrens-reporter',
  'order-at-birth',
  'step-down',
  'support-without-a-plan',
  'transfer-arrangements',
  'outline-plan',
  'contingency',
  'lead-professional',
  'core-group',
  'review-date',
  'other-decisions',
  'complaints',
  'distribution',
  'close',
] as const;
export type AgendaItemKey = (typeof agendaItemKeys)[number];

/**
 * What the capture pane offers while the item is open. Each names the part of the conference file the item fills,
 * so the pane can show the right form; 'notes' means free notes only.
 */
export type CaptureKind =
  | 'notes'
  | 'attendance'
  | 'reports'
  | 'transfer'
  | 'pregnancy'
  | 'agency-information'
  | 'plan-progress'
  | 'family-views'
  | 'childs-voice'
  | 'analysis'
  | 'scaling'
  | 'other-children'
  | 'decision'
  | 'category'
  | 'alternative-support'
  | 'plan'
  | 'contingency'
  | 'lead-professional'
  | 'core-group'
  | 'review'
  | 'other-decisions';

/**
 * The boards the shared screen may show under an item's title. The shared screen fills only the boards an
 * item names, so the family sees the analysis while it is being built and the plan while it is being agreed, and
 * nothing else competes for the screen.
 */
export type SharedScreenPanel =
  'plan-history' | 'plan-progress' | 'child-voices' | 'analysis' | 'scaling' | 'decisions' | 'plan' | 'arrangements';

/** Why an item is on this agenda when it is not on every agenda. */
export type AgendaItemOrigin = 'review' | 'pre-birth' | 'transfer-in' | 'scotland';

export type AgendaItemDefinition = {
  key: AgendaItemKey;
  /** What the chair sees: the professional name of the item. */
  title: string;
  /** What the shared screen shows: words a parent understands. */
  publicTitle: string;
  /** One plain line on the shared screen: what we are talking about now. */
  publicSummary: string;
  /** What the chair must cover. Chair-only: never reaches the shared screen. */
  chairPrompts: string[];
  /** Default time budget. Local practice varies, so the chair may overrun; the timer only flags it. */
  minutes: number;
  capture: CaptureKind;
  /** Boards the shared screen shows while this item is open. */
  shows: SharedScreenPanel[];
  /** The item is taken child by child (a decision, a category, a child's views). */
  perChild: boolean;
  /** Agencies may need to share confidential information here, so the chair may hold a closed session. */
  familyMayBeExcluded: boolean;
  /** Present only on some agendas: why it is on this one. Absent for items common to every conference. */
  addedFor?: AgendaItemOrigin;
};
