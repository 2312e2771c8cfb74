/**
 * What the shared screen shows. The shared-screen window never receives the conference: it receives a
 * `PresenterView`, plain serialisable data built field by field from what is safe for everyone in the room to see.
 * Every string here is already in the words the family reads; the window only lays it out.
 */

export type PresenterMode = 'welcome' | 'agenda' | 'holding' | 'read-back';

/** What the chair controls from the chair's window. */
export type PresenterScreen = {
  mode: PresenterMode;
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
   * wall itself ignores one (design.md, "Audiences").
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
  /** First names (or the name a child is known by); "The baby" for an unborn child not yet named. */
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
export type CategoryWords = { label: string; meaning: string };

export type PlanHistoryLine = {
  childName: string;
  /** "Tuesday 8 September 2026", or '' when not recorded. */
  planSince: string;
  categoryHeading: string;
  categories: CategoryWords[];
};

export type ProgressStatus = 'green' | 'amber' | 'red' | 'not-reported';

export type ActionLine = {
  who: string;
  what: string;
  /** "By Friday 18 December 2026", "Every week from …", or "No date set yet". */
  when: string;
  howWeWillKnow: string;
  /** First names of the children the action is for; empty when it is for all of them. */
  children: string[];
  /** Carried forward from the previous conference's plan. */
  fromLastPlan: boolean;
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
  /** "Mia’s child protection plan will carry on.", or "Not decided yet." */
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
  /** "Tuesday 15 December 2026 at 10am", or "Date to be agreed". */
  firstMeeting: string;
  howOften: string;
  members: string[];
};

export type Arrangements = {
  leadSocialWorker?: string;
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
  rightToChallenge: string;
  checkQuestion: string;
};

export type PresenterView = WelcomeView | HoldingView | AgendaView | ReadBackView;
