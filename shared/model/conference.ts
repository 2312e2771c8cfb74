import { z } from 'zod';
import { Capture, Distribution } from './audience';
import { ClockTime, EntityId, Instant, IsoDate, ShortText, Text } from './primitives';

/**
 * The conference file, version 1. It holds the whole mission from the start (setup, the live meeting, the
 * decisions, the plan) so later work fills screens rather than reshaping data. Arrays default to empty so that a
 * hand-written or older file that leaves a section out still opens.
 *
 * Who may see each piece of text is recorded where it is captured (`captures`, model/audience.ts), never inferred
 * later: the shared screen and every document are computed for one recipient from those audiences.
 */

export const SCHEMA_VERSION = 2 as const;

export const ConferenceType = z.enum(['initial', 'review', 'pre-birth', 'transfer-in']);
export type ConferenceType = z.infer<typeof ConferenceType>;

export const Nation = z.enum(['england', 'wales', 'scotland', 'northern-ireland']);
export type Nation = z.infer<typeof Nation>;

export const JoinMode = z.enum(['in-person', 'video', 'hybrid']);
export type JoinMode = z.infer<typeof JoinMode>;

const list = <T extends z.ZodType>(item: T) => z.array(item).default([]);

// ---------------------------------------------------------------------------------------------------------------
// Household

export const Child = z.object({
  id: EntityId,
  givenName: ShortText,
  familyName: ShortText.default(''),
  knownAs: ShortText.default(''),
  /** An unborn child has an expected date of delivery instead of a date of birth. */
  unborn: z.boolean().default(false),
  dateOfBirth: IsoDate.optional(),
  expectedDeliveryDate: IsoDate.optional(),
  gender: ShortText.default(''),
  ethnicity: ShortText.default(''),
  school: ShortText.default(''),
  gp: ShortText.default(''),
  /**
   * The child's health number in the conference's nation: the NHS number (England, Wales), the CHI number (Scotland)
   * or the Health and Care number (Northern Ireland); see shared/meeting/health-number.ts. The name stays
   * `nhsNumber` because saved files already use it: renaming it would need a migration for no gain.
   */
  nhsNumber: ShortText.default(''),
  legalStatus: ShortText.default(''),
});
export type Child = z.infer<typeof Child>;

export const Adult = z.object({
  id: EntityId,
  givenName: ShortText,
  familyName: ShortText.default(''),
  /** Relationship to the children in words, e.g. "Mother of Jayden and Mia". */
  relationship: ShortText.default(''),
  dateOfBirth: IsoDate.optional(),
  parentalResponsibility: z.boolean().default(false),
  livesInHousehold: z.boolean().default(true),
  address: Text.default(''),
  /** A refuge or undisclosed address: never shown on the shared screen or in a family document. */
  addressRestricted: z.boolean().default(false),
  contactRestrictions: Text.default(''),
  language: ShortText.default(''),
});
export type Adult = z.infer<typeof Adult>;

/** Children outside the household whom the adults care for or live with (agenda: risk to other children). */
export const OtherChild = z.object({
  id: EntityId,
  name: ShortText,
  dateOfBirth: IsoDate.optional(),
  whereTheyLive: Text.default(''),
  connection: Text.default(''),
  conclusion: Text.default(''),
});
export type OtherChild = z.infer<typeof OtherChild>;

// ---------------------------------------------------------------------------------------------------------------
// Participants and attendance

export const ParticipantKind = z.enum(['family', 'professional', 'child', 'advocate', 'interpreter', 'supporter']);
export type ParticipantKind = z.infer<typeof ParticipantKind>;

/** Agencies, so that quorum (social care plus at least two other agencies) can be judged. */
export const Agency = z.enum([
  'childrens-social-care',
  'police',
  'health-visiting',
  'school-nursing',
  'midwifery',
  'gp',
  'paediatrics',
  'school',
  'early-years',
  'adult-substance-misuse',
  'adult-mental-health',
  'probation',
  'housing',
  'domestic-abuse-service',
  'family-support',
  'legal',
  'other',
]);
export type Agency = z.infer<typeof Agency>;

export const AttendanceStatus = z.enum([
  'expected',
  'present',
  'part',
  'left-early',
  'remote',
  'attended-separately',
  'apologies-with-report',
  'apologies-no-report',
  'report-only',
  'invited-absent',
  'not-invited',
  'excluded-part',
  'excluded-whole',
  /** A child or young person who is not at the meeting; their views reach it another way (`viewsGatheredBy`). */
  'child-not-attending',
]);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

export const ExclusionCriterion = z.enum([
  'risk-of-violence',
  'prejudicial-to-child',
  'child-wishes',
  'confidential-police-or-legal-information',
  'family-conflict',
  'other',
]);
export type ExclusionCriterion = z.infer<typeof ExclusionCriterion>;

/** How someone joined: a separate session may be by phone while the main meeting is in a room. */
export const JoinedBy = z.enum(['in-person', 'video', 'phone']);
export type JoinedBy = z.infer<typeof JoinedBy>;

export const ChildVoiceMethod = z.enum(['attended', 'advocate', 'direct-work', 'observation', 'letter', 'other']);
export type ChildVoiceMethod = z.infer<typeof ChildVoiceMethod>;

export const Attendance = z.object({
  status: AttendanceStatus.default('expected'),
  arrivedAt: ClockTime.optional(),
  leftAt: ClockTime.optional(),
  /** Why not invited, why excluded, or why they left. */
  reason: Text.default(''),
  exclusionCriterion: ExclusionCriterion.optional(),
  decidedBy: ShortText.default(''),
  /** For someone who left early: did they give their view on the decision first? */
  viewGivenBeforeLeaving: z.boolean().default(false),
  /**
   * How they joined, where it is not the meeting's own way: chiefly a separate session (a parent seen apart from the
   * other because of bail conditions or domestic abuse), whose times are `arrivedAt` and `leftAt` and whose reason is
   * `reason`.
   */
  joinedBy: JoinedBy.optional(),
  /** A child not attending: how their views were gathered for the meeting. */
  viewsGatheredBy: ChildVoiceMethod.optional(),
});
export type Attendance = z.infer<typeof Attendance>;

export const Participant = z.object({
  id: EntityId,
  /** May be empty while being typed: a missing name is flagged beside the field, never a reason to refuse a save. */
  name: ShortText,
  kind: ParticipantKind,
  /** Links a family participant to a household adult or child, where they are one. */
  adultId: EntityId.optional(),
  childId: EntityId.optional(),
  agency: Agency.optional(),
  /** The organisation's own name, e.g. "Westbrook Academy". */
  organisation: ShortText.default(''),
  role: ShortText.default(''),
  email: ShortText.default(''),
  phone: ShortText.default(''),
  attendance: Attendance.default({
    status: 'expected',
    reason: '',
    decidedBy: '',
    viewGivenBeforeLeaving: false,
  }),
  interpreterLanguage: ShortText.default(''),
  needsAdvocate: z.boolean().default(false),
});
export type Participant = z.infer<typeof Participant>;

/** What a family member was given: the whole report, a summary (e.g. without a restricted section), or nothing. */
export const ReportVersion = z.enum(['full', 'summary', 'not-shared']);
export type ReportVersion = z.infer<typeof ReportVersion>;

/**
 * One report for one family member (reports are shared with each parent separately, and lateness is
 * judged per recipient). `participantId` names a family-side participant: kind family, supporter, advocate or
 * child.
 */
export const ReportSharing = z.object({
  participantId: EntityId,
  sharedOn: IsoDate.optional(),
  version: ReportVersion.default('full'),
  /** Why it was not shared, or what the summary leaves out ("her health information"). */
  reason: Text.default(''),
});
export type ReportSharing = z.infer<typeof ReportSharing>;

export const Report = z.object({
  id: EntityId,
  agency: Agency,
  organisation: ShortText.default(''),
  author: ShortText.default(''),
  participantId: EntityId.optional(),
  receivedOn: IsoDate.optional(),
  /** One entry per family member it reached or was kept from; a family member with no entry is not recorded yet. */
  sharing: z.array(ReportSharing).default([]),
});
export type Report = z.infer<typeof Report>;

// ---------------------------------------------------------------------------------------------------------------
// The live meeting

export const AgendaItemStatus = z.enum(['pending', 'done', 'skipped']);
export type AgendaItemStatus = z.infer<typeof AgendaItemStatus>;
export const AgendaItemProgress = z.object({
  status: AgendaItemStatus.default('pending'),
  skippedReason: Text.default(''),
  /** Seconds spent on the item so far (the item timer accumulates across visits). */
  elapsedSeconds: z.number().int().min(0).default(0),
  /**
   * When the item was on screen: each time the chair opened it, until they moved on. A family member's minutes leave
   * out an item discussed while they were out of the room, so the record needs to know when each item ran.
   */
  visits: list(z.object({ from: Instant, to: Instant.optional() })),
});
export type AgendaItemProgress = z.infer<typeof AgendaItemProgress>;

export const AgendaProgress = z.object({
  currentItemKey: ShortText.optional(),
  items: z.record(z.string(), AgendaItemProgress).default({}),
  meetingStartedAt: Instant.optional(),
  meetingEndedAt: Instant.optional(),
});
export type AgendaProgress = z.infer<typeof AgendaProgress>;

export const NoteKind = z.enum(['note', 'agency-information', 'family-view', 'decision', 'action']);
export type NoteKind = z.infer<typeof NoteKind>;
export const Note = z.object({
  id: EntityId,
  itemKey: ShortText,
  kind: NoteKind.default('note'),
  text: Text,
  participantId: EntityId.optional(),
  /** Said by the chair or the minute-taker, who are named in the details rather than listed as participants. */
  speaker: z.enum(['chair', 'minute-taker']).optional(),
  /** Taken while family members were out of the room: withheld from them, and restricted unless the chair decides otherwise. */
  closedSessionId: EntityId.optional(),
  createdAt: Instant,
  updatedAt: Instant.optional(),
});
export type Note = z.infer<typeof Note>;

export const ClosedSession = z.object({
  id: EntityId,
  startedAt: Instant,
  endedAt: Instant.optional(),
  reason: Text.default(''),
  excludedParticipantIds: list(EntityId),
});
export type ClosedSession = z.infer<typeof ClosedSession>;

export const ChildVoice = z.object({
  id: EntityId,
  childId: EntityId,
  method: ChildVoiceMethod,
  summary: Text.default(''),
  /**
   * What the plan does about what the child said, where it answers it: the family plan and the child's letter say
   * "You told us …, so …". Empty where the plan does not answer it.
   */
  response: Text.default(''),
});
export type ChildVoice = z.infer<typeof ChildVoice>;

/** Restricted records kept only for the restricted annex: the referrer, third parties, police intelligence. */
export const RestrictedRecordKind = z.enum([
  'referrer-identity',
  'third-party',
  'undisclosed-address',
  'police-intelligence',
  'health-of-another-adult',
  'sub-judice',
  'other',
]);
export type RestrictedRecordKind = z.infer<typeof RestrictedRecordKind>;
export const RestrictedRecord = z.object({
  id: EntityId,
  kind: RestrictedRecordKind,
  text: Text,
  source: ShortText.default(''),
});
export type RestrictedRecord = z.infer<typeof RestrictedRecord>;

// ---------------------------------------------------------------------------------------------------------------
// Analysis (Signs of Safety columns and scaling)

const AnalysisEntry = z.object({
  id: EntityId,
  text: Text,
  childIds: list(EntityId),
});

export const Worry = AnalysisEntry.extend({
  kind: z.enum(['harm', 'danger-statement', 'complicating-factor']),
});
export type Worry = z.infer<typeof Worry>;

export const Strength = AnalysisEntry.extend({
  kind: z.enum(['strength', 'existing-safety']),
});
export type Strength = z.infer<typeof Strength>;

export const SafetyGoal = AnalysisEntry;
export type SafetyGoal = z.infer<typeof SafetyGoal>;

export const ScalingScore = z.object({
  participantId: EntityId,
  childId: EntityId.optional(),
  score: z
    .number()
    .int({ error: 'A scaling score is a whole number from 0 to 10.' })
    .min(0, { error: 'A scaling score is a whole number from 0 to 10.' })
    .max(10, { error: 'A scaling score is a whole number from 0 to 10.' }),
  comment: Text.default(''),
});
export type ScalingScore = z.infer<typeof ScalingScore>;

export const Analysis = z.object({
  worries: list(Worry),
  strengths: list(Strength),
  safetyGoals: list(SafetyGoal),
  scaling: list(ScalingScore),
});
export type Analysis = z.infer<typeof Analysis>;

// ---------------------------------------------------------------------------------------------------------------
// Decisions

export const AgencyViewChoice = z.enum(['plan', 'no-plan', 'no-view']);
export type AgencyViewChoice = z.infer<typeof AgencyViewChoice>;
export const AgencyView = z.object({
  participantId: EntityId,
  view: AgencyViewChoice,
  reason: Text.default(''),
  givenHow: z.enum(['in-person', 'in-writing']).default('in-person'),
});
export type AgencyView = z.infer<typeof AgencyView>;

export const FamilyView = z.object({
  participantId: EntityId,
  text: Text,
});

export const Dissent = z.object({
  participantId: EntityId,
  text: Text,
  escalationRoute: Text.default(''),
});

export const ChildDecisionOutcome = z.enum(['plan-needed', 'plan-not-needed', 'plan-continues', 'plan-ends']);
export type ChildDecisionOutcome = z.infer<typeof ChildDecisionOutcome>;

/** Whether the outcome leaves the child with a child protection plan: one made now, or one that carries on. */
export function isPlanOutcome(outcome: ChildDecisionOutcome | undefined): boolean {
  return outcome === 'plan-needed' || outcome === 'plan-continues';
}

export const AlternativeSupport = z.enum(['child-in-need-plan', 'early-help', 'no-further-action']);
export type AlternativeSupport = z.infer<typeof AlternativeSupport>;

export const ChildDecision = z.object({
  childId: EntityId,
  outcome: ChildDecisionOutcome.optional(),
  /** Category keys from the nation's procedure profile (England: one main or several; Scotland: areas of concern). */
  categories: list(ShortText),
  /** What the plan was under before this conference (reviews). */
  previousCategories: list(ShortText),
  planStartedOn: IsoDate.optional(),
  agencyViews: list(AgencyView),
  familyViews: list(FamilyView),
  chairReasons: Text.default(''),
  dissent: list(Dissent),
  alternative: AlternativeSupport.optional(),
  alternativeLead: ShortText.default(''),
  stepDownPlan: Text.default(''),
  /**
   * An unborn baby not made subject to a plan now, whose need for one is to be looked at again: at the review
   * conference, or sooner through a strategy discussion if worries grow (often with a pre-birth assessment under a
   * Child in Need plan meanwhile).
   */
  reconsider: z.enum(['at-review', 'strategy-discussion']).optional(),
});
export type ChildDecision = z.infer<typeof ChildDecision>;

// ---------------------------------------------------------------------------------------------------------------
// The plan

export const Rag = z.enum(['red', 'amber', 'green']);
export type Rag = z.infer<typeof Rag>;

export const ActionDue = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('by'), date: IsoDate }),
  z.object({
    kind: z.literal('every'),
    interval: z.enum(['week', 'fortnight', 'four-weeks', 'month']),
    startsOn: IsoDate,
  }),
]);
export type ActionDue = z.infer<typeof ActionDue>;

export const PlanOutcome = z.object({
  id: EntityId,
  text: Text,
  why: Text.default(''),
  childIds: list(EntityId),
});
export type PlanOutcome = z.infer<typeof PlanOutcome>;

/** Someone named on an action: a participant, or a person by name when they are not one (the grandmother). */
export const ActionPerson = z.object({
  participantId: EntityId.optional(),
  name: ShortText.default(''),
});
export type ActionPerson = z.infer<typeof ActionPerson>;

export const PlanAction = z.object({
  id: EntityId,
  outcomeId: EntityId.optional(),
  childIds: list(EntityId),
  what: Text,
  /** Who does it: a participant, or a family member by name when they are not a participant. */
  ownerParticipantId: EntityId.optional(),
  ownerName: ShortText.default(''),
  /**
   * Others who share the action with the first owner ("the mother and the grandmother", "the social worker and the
   * midwife"). The owners in order are the first owner then these (shared/plan/owners.ts).
   */
  alsoBy: list(ActionPerson),
  /** Who helps without owning it: "with help from the recovery worker". */
  supportedBy: list(ActionPerson),
  /** `by`: a date. `every`: a cadence whose first date is `startsOn` ("first by 8 January, then every fortnight"). */
  due: ActionDue.optional(),
  howWeWillKnow: Text.default(''),
  /** Progress reported at a review conference. */
  progress: z.object({ rag: Rag, note: Text.default('') }).optional(),
  /** Carried from the previous conference's plan. */
  carriedForward: z.boolean().default(false),
  /**
   * At a review, an action from the last plan that is finished or no longer needed: reported on (progress), but
   * not part of the new plan the family receives.
   */
  retired: z.boolean().default(false),
});
export type PlanAction = z.infer<typeof PlanAction>;

export const SupportOffered = z.object({ id: EntityId, text: Text, providedBy: ShortText.default('') });
export const ContingencyLine = z.object({ id: EntityId, if: Text, then: Text });

export const Plan = z.object({
  outcomes: list(PlanOutcome),
  actions: list(PlanAction),
  support: list(SupportOffered),
  contingency: list(ContingencyLine),
  contactArrangements: Text.default(''),
  leadSocialWorkerParticipantId: EntityId.optional(),
  teamManager: ShortText.default(''),
  visitingFrequency: ShortText.default(''),
});
export type Plan = z.infer<typeof Plan>;

export const CoreGroupCadence = z.enum(['weekly', 'fortnightly', 'four-weekly', 'monthly', 'six-weekly']);
export type CoreGroupCadence = z.infer<typeof CoreGroupCadence>;
export const CoreGroup = z.object({
  childIds: list(EntityId),
  memberParticipantIds: list(EntityId),
  convenorParticipantId: EntityId.optional(),
  chairParticipantId: EntityId.optional(),
  recorderParticipantId: EntityId.optional(),
  firstMeetingOn: IsoDate.optional(),
  firstMeetingTime: ClockTime.optional(),
  cadence: CoreGroupCadence.optional(),
  /** Where the core group meets (a place, or "by video"). */
  venue: Text.default(''),
  /** People who receive the core group's notes without being members (a GP, a school nurse who cannot attend). */
  notesOnlyParticipantIds: list(EntityId),
  returnToConferenceWhen: list(Text),
});
export type CoreGroup = z.infer<typeof CoreGroup>;

export const ReviewArrangements = z.object({
  nextReviewOn: IsoDate.optional(),
  nextReviewTime: ClockTime.optional(),
  invitees: Text.default(''),
});

export const Referral = z.object({
  id: EntityId,
  kind: z.enum(['mash-other-children', 'marac', 'family-group-conference', 'childrens-reporter', 'other']),
  detail: Text.default(''),
});
export const AssessmentCommissioned = z.object({
  id: EntityId,
  what: Text,
  by: ShortText.default(''),
  dueOn: IsoDate.optional(),
});

export const OtherDecisions = z.object({
  /** Scotland: must consider referral to the Principal Reporter. */
  reporterReferral: z.enum(['not-considered', 'referral-made', 'not-needed']).default('not-considered'),
  reporterReason: Text.default(''),
  emergencyMeasures: Text.default(''),
  legalPlanning: z.enum(['none', 'legal-planning-meeting', 'pre-proceedings', 'proceedings']).default('none'),
  legalPlanningDetail: Text.default(''),
  referrals: list(Referral),
  assessments: list(AssessmentCommissioned),
  otherServices: Text.default(''),
  /** Pre-birth: whether an order is to be sought at birth. */
  orderAtBirth: Text.default(''),
});

// ---------------------------------------------------------------------------------------------------------------
// The conference

export const ConferenceDetails = z.object({
  type: ConferenceType,
  nation: Nation,
  date: IsoDate,
  startTime: ClockTime.optional(),
  endTime: ClockTime.optional(),
  venue: Text.default(''),
  joinMode: JoinMode.default('in-person'),
  joinDetails: Text.default(''),
  chair: ShortText.default(''),
  minuteTaker: ShortText.default(''),
  reference: ShortText.default(''),
  localAuthority: ShortText.default(''),
  reason: Text.default(''),
  /** When the referral was received: the child and family assessment is due 45 working days after it (England). */
  referralOn: IsoDate.optional(),
  /** Initial: the strategy discussion at which the enquiry (s47 / IRD) began. */
  strategyDiscussionOn: IsoDate.optional(),
  /** Review: the conference that made or last reviewed the plan. */
  previousConference: z.object({ id: EntityId.optional(), type: ConferenceType, date: IsoDate }).optional(),
  /** Transfer-in: who is sending the case and when we were told in writing. */
  sendingAuthority: ShortText.default(''),
  transferNotifiedOn: IsoDate.optional(),
});
export type ConferenceDetails = z.infer<typeof ConferenceDetails>;

export const Conference = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: EntityId,
  createdAt: Instant,
  updatedAt: Instant,
  details: ConferenceDetails,
  children: list(Child),
  adults: list(Adult),
  otherChildren: list(OtherChild),
  participants: list(Participant),
  reports: list(Report),
  agenda: AgendaProgress.default({ items: {} }),
  notes: list(Note),
  closedSessions: list(ClosedSession),
  childVoices: list(ChildVoice),
  restrictedRecords: list(RestrictedRecord),
  analysis: Analysis.default({ worries: [], strengths: [], safetyGoals: [], scaling: [] }),
  decisions: list(ChildDecision),
  plan: Plan.default({
    outcomes: [],
    actions: [],
    support: [],
    contingency: [],
    contactArrangements: '',
    teamManager: '',
    visitingFrequency: '',
  }),
  coreGroup: CoreGroup.default(() => ({
    childIds: [],
    memberParticipantIds: [],
    venue: '',
    notesOnlyParticipantIds: [],
    returnToConferenceWhen: [],
  })),
  review: ReviewArrangements.default({ invitees: '' }),
  /** The audience, time and agenda item of each piece of captured text, by reference (see model/audience.ts). */
  captures: z.record(z.string(), Capture).default(() => ({})),
  /** The chair's changes to who receives which document. */
  distribution: Distribution.default(() => ({ byParticipant: {}, annexKeptWith: 'The children’s social care record' })),
  otherDecisions: OtherDecisions.default({
    reporterReferral: 'not-considered',
    reporterReason: '',
    emergencyMeasures: '',
    legalPlanning: 'none',
    legalPlanningDetail: '',
    referrals: [],
    assessments: [],
    otherServices: '',
    orderAtBirth: '',
  }),
});
export type Conference = z.infer<typeof Conference>;
/** What a file or a caller may hand in: defaults not yet applied. */
export type ConferenceInput = z.input<typeof Conference>;
