import type { CategoryWords } from '../plan/decision-words';

/**
 * What the shared screen shows. The shared-screen window never receives the conference: it receives a
 * `SharedScreenView`, plain serialisable data built field by field from what is safe for everyone in the room to see.
 * Every string here is already in the words the family reads; the window only lays it out.
 */

export type SharedScreenMode = 'welcome' | 'agenda' | 'holding' | 'read-back';

/** What the chair controls from the chair's window. */
export type SharedScreenChoice = {
  mode: SharedScreenMode;
  /** Agenda mode: the item to show; defaults to the item the chair has open. */
  itemKey?: string;
  /** Read-back mode: the child whose decision and plan are read back; defaults to the first child. */
  readBackChildId?: string;
  /** Text size for the room (1 = normal). */
  zoom?: number;
};

type ViewBase = {
  /**
   * The conference this view was computed from. The shared screen belongs to one conference: main keeps the id of
   * the conference open in the chair's window and neither keeps nor passes on a view tagged with any other, and the
   * shared screen itself ignores one (design.md, "Audiences").
   */
  conferenceId: string;
  /** The meeting's name in the nation's own words, e.g. "Review child protection conference". */
  meetingName: string;
  zoom: number;
};

export type WelcomeView = ViewBase & {
  mode: 'welcome';
  localAuthority: string;
  /** "Tuesday 1 December 2026". */
  dateInWords: string;
  /** "2pm", or '' when no start time is set. */
  startTimeInWords: string;
  /**
   * First names (or the name a child is known by), as read in a list in a sentence ("For Sam, Ella and the baby"):
   * "the baby" for an unborn child not yet named.
   */
  childrenNames: string[];
  message: string;
};

/**
 * A holding screen shows nothing about the family. Main publishes one whenever the chair's window opens, switches or
 * closes a conference: tagged with the conference now open, or with none (neutral) when none is; its
 * `meetingName` is then empty.
 */
export type HoldingView = Omit<ViewBase, 'conferenceId'> & {
  conferenceId?: string;
  mode: 'holding';
  message: string;
};

export type OutlineMarker = 'done' | 'skipped' | 'current' | 'next' | 'to-come';
export type OutlineEntry = { key: string; title: string; marker: OutlineMarker };

/** A category (or, in Scotland, an area of concern) with what it means in everyday words. */
export type { CategoryWords };

export type PlanHistoryLine = {
  childName: string;
  /** "Tuesday 8 September 2026", or '' when not recorded. */
  planSince: string;
  categoryHeading: string;
  categories: CategoryWords[];
};

export type ProgressStatus = 'green' | 'amber' | 'red' | 'not-reported';

export type ActionLine = {
  /**
   * Everyone who owns it, in order, and anyone helping: "Jade and Maureen, with help from Sam Lee, recovery worker".
   * Someone the room may not know of is described ("A worker supporting the family").
   */
  who: string;
  what: string;
  /** "By Friday 18 December 2026", "First by Friday 8 January 2027, then every two weeks", or "No date set yet". */
  when: string;
  howWeWillKnow: string;
  /** First names of the children the action is for, as read in a list ("Sam, the baby"); empty when for all. */
  children: string[];
  /** Carried forward from the previous conference's plan. */
  fromLastPlan: boolean;
  /** The outcome of the plan it serves, in the words typed for it, where the room may see it. */
  outcome?: string;
};

export type ProgressLine = ActionLine & { status: ProgressStatus; statusInWords: string };

export type ChildVoiceLine = { childName: string; how: string; summary: string };

export type BoardEntry = { text: string; children: string[] };

export type AnalysisBoard = {
  worries: { harm: BoardEntry[]; dangerStatements: BoardEntry[]; complicatingFactors: BoardEntry[] };
  workingWell: { strengths: BoardEntry[]; existingSafety: BoardEntry[] };
  needsToHappen: { safetyGoals: BoardEntry[] };
};

/** One group of scores: everyone's overall score, or the scores given about one child. */
export type ScalingGroup = {
  /** "All the children" or a child's first name. */
  about: string;
  count: number;
  lowest: number;
  highest: number;
  /** The median: half the scores are at or below it. May be a half (6.5) when the count is even. */
  middle: number;
};

export type ScalingSummary = { zeroMeans: string; tenMeans: string; groups: ScalingGroup[] };

export type DecisionLine = {
  childId: string;
  childName: string;
  decided: boolean;
  /**
   * "Mia’s child protection plan will carry on.", or "Not decided yet."; for an unborn baby without a plan whose need
   * for one will be looked at again, that too ("… will be looked at again at the review child protection conference").
   */
  outcome: string;
  categoryHeading: string;
  categories: CategoryWords[];
  /** What help replaces a plan that ends or is not needed, and who leads it. */
  support?: string;
};

export type DraftPlan = {
  outcomes: { text: string; why: string; children: string[] }[];
  actions: ActionLine[];
  support: { text: string; providedBy: string }[];
  contingency: { if: string; then: string }[];
};

export type CoreGroupLine = {
  /** "Tuesday 15 December 2026 at 10am", with where it meets when that is recorded ("…, at Ashworth House"). */
  firstMeeting: string;
  /** Read after "then": "every four weeks", "at times still to be agreed". */
  howOften: string;
  members: string[];
  /** Where it meets, when recorded and for everyone (also in `firstMeeting`). */
  venue?: string;
};

export type Arrangements = {
  /** Who leads the plan, by name and role; `leadTitle` is what they are called here. */
  leadSocialWorker?: string;
  /** "Lead social worker", "Lead professional", or the organisation's own title (settings). */
  leadTitle?: string;
  coreGroup?: CoreGroupLine;
  /** "Tuesday 1 June 2027 at 2pm". */
  nextReview?: string;
};

/** The boards an agenda item shows under its title (see `AgendaItemDefinition.shows`). */
export type AgendaPanels = {
  planHistory?: PlanHistoryLine[];
  planProgress?: ProgressLine[];
  childVoices?: ChildVoiceLine[];
  analysis?: AnalysisBoard;
  scaling?: ScalingSummary;
  decisions?: DecisionLine[];
  plan?: DraftPlan;
  arrangements?: Arrangements;
};

export type AgendaView = ViewBase & {
  mode: 'agenda';
  item: { key: string; title: string; summary: string; number: number; count: number };
  outline: OutlineEntry[];
  panels: AgendaPanels;
};

export type ReadBackView = ViewBase & {
  mode: 'read-back';
  childId: string;
  childName: string;
  dateInWords: string;
  decision: DecisionLine;
  /** Only while the child has (or may have) a plan: a plan that ends has no actions to read back. */
  plan?: DraftPlan;
  arrangements?: Arrangements;
  /**
   * A child without a plan for whom help was still agreed (a pre-birth assessment for a baby under a Child in Need
   * plan): "Help for the baby before birth", said not to be part of the plan, with its actions.
   */
  helpWithoutPlan?: { title: string; note: string; actions: ActionLine[] };
  rightToChallenge: string;
  checkQuestion: string;
  /**
   * How far down the chair has scrolled the shared screen, in screenfuls (0 = the top): the read-back is longer than a
   * screen.
   */
  page?: number;
};

export type SharedScreenView = WelcomeView | HoldingView | AgendaView | ReadBackView;
