import fc from 'fast-check';
import { agendaItemKeys } from '@shared/agenda';
import type { AudienceLevel, DistributedDocument } from '@shared/model/audience';
import {
  Agency,
  AlternativeSupport,
  ChildDecisionOutcome,
  ChildVoiceMethod,
  JoinedBy,
  Conference,
  ConferenceType,
  Nation,
  NoteKind,
  RestrictedRecordKind,
  SCHEMA_VERSION,
  type AttendanceStatus,
  type ConferenceInput,
  type ParticipantKind,
} from '@shared/model/conference';

/**
 * Generated conferences with a distinct canary planted in every free-text field, and the audience of each canary
 * worked out here, from what the generator chose, by the rules of issue #10 as written in the issue —
 * never by asking shared/audience. The property test (canaries.property.test.ts) exports the whole distribution set
 * and renders the shared screen for each, and checks each canary against this oracle in both directions.
 *
 * Every string in the generated file is either planted or named below as not free text (identifiers, choices from a
 * list, dates and times, and the identity and logistics every reader sees: names, roles, the venue). A string field
 * added to the model later is therefore planted automatically, and the test fails until capturedTexts lists it.
 */

// ---------------------------------------------------------------------------------------------------------------
// Time: minutes after 10:00 on the UK clock of the conference day

/** A winter day (the UK clock is UTC) and a summer day (British Summer Time, UTC+1). */
export const DAYS = [
  { date: '2027-01-12', offset: '+00:00' },
  { date: '2027-07-13', offset: '+01:00' },
] as const;
export type Day = (typeof DAYS)[number];

/** The meeting runs from minute 0 (10:00) to minute 120 (12:00). */
export const MEETING_END = 120;

export const instantAt = (day: Day, minute: number): number =>
  Date.parse(`${day.date}T10:00:00${day.offset}`) + minute * 60_000;
export const isoAt = (day: Day, minute: number): string => new Date(instantAt(day, minute)).toISOString();
export function clockAt(minute: number): string {
  const total = 600 + minute;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------------------------
// The people

export const PROFESSIONALS = [
  { id: 'p-sw', name: 'Hannah Okafor', agency: 'childrens-social-care', role: 'Social worker' },
  { id: 'p-police', name: 'DC Mark Tully', agency: 'police', role: 'Detective constable' },
  { id: 'p-hv', name: 'Sarah Lind', agency: 'health-visiting', role: 'Health visitor' },
  { id: 'p-school', name: 'Joanne Pryce', agency: 'school', role: 'Designated safeguarding lead' },
  { id: 'p-dv', name: 'Aisha Rahman', agency: 'domestic-abuse-service', role: 'IDVA' },
] as const satisfies readonly { id: string; name: string; agency: Agency; role: string }[];

/** Family-side slots: the mother always takes part; the others are chosen per run. */
/** Each household adult's date of birth, distinct so that one is never taken for another. */
export const BIRTH_DATES: Record<string, string> = {
  'p-mother': '1991-03-14',
  'p-father': '1988-11-02',
  'p-gran': '1962-06-25',
};

export const FAMILY = [
  { id: 'p-mother', name: 'Leanne Fenwick', adultId: 'adult-mother', pr: true },
  { id: 'p-father', name: 'Dean Marsh', adultId: 'adult-father', pr: true },
  { id: 'p-gran', name: 'Pauline Fenwick', adultId: 'adult-gran', pr: false },
  { id: 'p-advocate', name: 'Jo Advocate', adultId: undefined, pr: false },
  { id: 'p-young', name: 'Riley Fenwick', adultId: undefined, pr: false },
] as const;

// ---------------------------------------------------------------------------------------------------------------
// What the generator chooses

const minute = fc.integer({ min: -30, max: MEETING_END + 30 });
const inMeeting = fc.integer({ min: 0, max: MEETING_END });

/** Attendance, as the chair records it: whole, part (with one or both times), separately, never, or not recorded. */
const attendanceChoice = fc.oneof(
  fc.record({ status: fc.constantFrom('present', 'remote') }),
  fc.record({
    status: fc.constantFrom('part', 'left-early', 'excluded-part'),
    times: fc.tuple(inMeeting, inMeeting),
    known: fc.constantFrom('both', 'arrived', 'left', 'neither'),
  }),
  fc.record({
    status: fc.constant('attended-separately'),
    times: fc.tuple(inMeeting, inMeeting),
    known: fc.constantFrom('both', 'both', 'both', 'arrived'),
    joinedBy: fc.option(fc.constantFrom(...JoinedBy.options)),
  }),
  fc.record({
    status: fc.constantFrom('excluded-whole', 'apologies-no-report', 'invited-absent', 'not-invited', 'expected'),
  }),
  // A child or young person whose views reached the meeting another way (issue 11).
  fc.record({
    status: fc.constant('child-not-attending'),
    viewsGatheredBy: fc.option(fc.constantFrom(...ChildVoiceMethod.options)),
  }),
);
type AttendanceChoice = {
  status: AttendanceStatus;
  times?: [number, number];
  known?: 'both' | 'arrived' | 'left' | 'neither';
  joinedBy?: JoinedBy | null;
  viewsGatheredBy?: ChildVoiceMethod | null;
};

/** Who may see a text, when it was typed, and whether it belongs to a closed session. One is used per reference. */
const stampChoice = fc.record({
  audience: fc.option(
    fc.record({
      level: fc.constantFrom<AudienceLevel>('everyone', 'everyone', 'everyone', 'professionals', 'restricted'),
      withheld: fc.oneof(
        { weight: 2, arbitrary: fc.constant<number[]>([]) },
        { weight: 2, arbitrary: fc.uniqueArray(fc.nat({ max: 9 }), { minLength: 1, maxLength: 3 }) },
      ),
    }),
    { freq: 3 },
  ),
  /** One text in ten has no time (typed before the meeting, or in a file from before times were kept). */
  untimed: fc.nat({ max: 9 }).map((n) => n === 0),
  minute,
  session: fc.constantFrom('auto', 'auto', 'auto', 'none', 'force'),
  forced: fc.nat({ max: 1 }),
  item: fc.nat({ max: 5 }),
});
export type StampChoice = {
  audience: { level: AudienceLevel; withheld: number[] } | null;
  untimed: boolean;
  minute: number;
  session: 'auto' | 'none' | 'force';
  forced: number;
  item: number;
};

/** Agenda items with recorded visits, and one without, for texts that carry an item but no time. */
export const VISITED_ITEMS = ['reason-for-conference', 'agency-information', 'analysis', 'outline-plan', 'decision'];
const STAMP_ITEMS = [...VISITED_ITEMS, 'family-views'];
/** An agenda item the chair skipped, with a reason. */
export const SKIPPED_ITEM = 'risk-to-other-children';

const familyDocuments = fc.subarray<DistributedDocument>(['decision-letter', 'family-plan', 'minutes']);

export const shapeArbitrary = fc.record({
  day: fc.constantFrom(0, 1),
  type: fc.constantFrom<ConferenceType>(...ConferenceType.options),
  nation: fc.constantFrom<Nation>(...Nation.options),
  family: fc.tuple(fc.constant(true), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean()),
  grandparentKind: fc.constantFrom<ParticipantKind>('supporter', 'family'),
  attendance: fc.tuple(attendanceChoice, attendanceChoice, attendanceChoice, attendanceChoice, attendanceChoice),
  addressRestricted: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
  children: fc.integer({ min: 1, max: 2 }),
  unborn: fc.boolean(),
  sessions: fc.array(
    fc.record({
      start: fc.integer({ min: 0, max: 100 }),
      length: fc.integer({ min: 5, max: 30 }),
      open: fc.boolean(),
      excluded: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean()),
    }),
    { maxLength: 2 },
  ),
  openSession: fc.nat({ max: 7 }),
  notes: fc.array(
    fc.record({
      item: fc.constantFrom(...agendaItemKeys),
      kind: fc.constantFrom(...NoteKind.options),
      by: fc.option(fc.nat({ max: 9 })),
      // Said by the chair or the minute-taker, who are not participants (issue 11).
      speaker: fc.option(fc.constantFrom('chair' as const, 'minute-taker' as const)),
    }),
    { minLength: 2, maxLength: 5 },
  ),
  restrictedRecords: fc.array(fc.constantFrom(...RestrictedRecordKind.options), { maxLength: 2 }),
  otherChild: fc.boolean(),
  worries: fc.array(fc.constantFrom('harm', 'danger-statement', 'complicating-factor'), {
    minLength: 1,
    maxLength: 2,
  }),
  strengths: fc.array(fc.constantFrom('strength', 'existing-safety'), { minLength: 1, maxLength: 2 }),
  goals: fc.integer({ min: 1, max: 2 }),
  scaling: fc.array(fc.option(fc.nat({ max: 2 })), { minLength: 10, maxLength: 10 }),
  outcomes: fc.tuple(
    fc.option(fc.constantFrom(...ChildDecisionOutcome.options), { freq: 6 }),
    fc.option(fc.constantFrom(...ChildDecisionOutcome.options), { freq: 6 }),
    fc.option(fc.constantFrom(...ChildDecisionOutcome.options), { freq: 6 }),
  ),
  agencyViews: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
  familyViews: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
  dissent: fc.option(fc.nat({ max: 4 })),
  alternatives: fc.tuple(
    fc.option(fc.constantFrom(...AlternativeSupport.options)),
    fc.option(fc.constantFrom(...AlternativeSupport.options)),
    fc.option(fc.constantFrom(...AlternativeSupport.options)),
  ),
  reporterReferral: fc.constantFrom('not-considered', 'referral-made', 'not-needed'),
  planOutcomes: fc.integer({ min: 1, max: 2 }),
  actions: fc.array(
    fc.record({
      owner: fc.option(fc.nat({ max: 9 })),
      progress: fc.boolean(),
      carried: fc.boolean(),
      // Others who share it and people who help (issue 11): a participant, or (null) someone by name only.
      alsoBy: fc.array(fc.option(fc.nat({ max: 9 })), { maxLength: 2 }),
      supportedBy: fc.array(fc.option(fc.nat({ max: 9 })), { maxLength: 2 }),
      // Only for the first child, who may not be on a plan (a pre-birth assessment for a baby without one).
      firstChildOnly: fc.boolean(),
      cadence: fc.boolean(),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  support: fc.integer({ min: 1, max: 2 }),
  contingency: fc.integer({ min: 1, max: 2 }),
  returns: fc.integer({ min: 1, max: 2 }),
  referrals: fc.array(fc.constantFrom('marac', 'mash-other-children', 'family-group-conference', 'other'), {
    minLength: 1,
    maxLength: 2,
  }),
  assessment: fc.boolean(),
  reports: fc.array(fc.constantFrom(...Agency.options), { minLength: 1, maxLength: 2 }),
  sharingVersions: fc.array(fc.constantFrom('full', 'summary', 'not-shared'), { minLength: 5, maxLength: 5 }),
  distribution: fc.tuple(
    fc.option(familyDocuments, { freq: 4 }),
    fc.option(familyDocuments, { freq: 4 }),
    fc.option(familyDocuments, { freq: 4 }),
    fc.option(familyDocuments, { freq: 4 }),
    fc.option(familyDocuments, { freq: 4 }),
  ),
  annex: fc.array(fc.option(fc.boolean(), { freq: 3 }), { minLength: 5, maxLength: 5 }),
  // A professional ticked to receive the family plan gets the family's general copy, never a professional one.
  planToProfessional: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
  visits: fc.array(fc.array(fc.tuple(inMeeting, fc.integer({ min: 1, max: 30 })), { maxLength: 2 }), {
    minLength: VISITED_ITEMS.length,
    maxLength: VISITED_ITEMS.length,
  }),
  stamps: fc.array(stampChoice, { minLength: 40, maxLength: 40 }),
});
export type Shape = typeof shapeArbitrary extends fc.Arbitrary<infer T> ? T : never;

// ---------------------------------------------------------------------------------------------------------------
// What is not free text

/** Keys whose strings are identifiers, choices from a list, dates or times: never planted. */
const STRUCTURAL_KEYS = new Set([
  'id',
  'childId',
  'participantId',
  'adultId',
  'outcomeId',
  'closedSessionId',
  'ownerParticipantId',
  'leadSocialWorkerParticipantId',
  'convenorParticipantId',
  'chairParticipantId',
  'recorderParticipantId',
  'childIds',
  'memberParticipantIds',
  'excludedParticipantIds',
  'withheldFrom',
  'receives',
  'categories',
  'previousCategories',
  'kind',
  'status',
  'agency',
  'method',
  'view',
  'givenHow',
  'outcome',
  'alternative',
  'type',
  'nation',
  'joinMode',
  'exclusionCriterion',
  'joinedBy',
  'viewsGatheredBy',
  'speaker',
  'reconsider',
  'notesOnlyParticipantIds',
  'referralOn',
  'version',
  'rag',
  'interval',
  'reporterReferral',
  'legalPlanning',
  'cadence',
  'level',
  'createdAt',
  'updatedAt',
  'date',
  'startTime',
  'endTime',
  'dateOfBirth',
  'expectedDeliveryDate',
  'arrivedAt',
  'leftAt',
  'receivedOn',
  'sharedOn',
  'planStartedOn',
  'dueOn',
  'startsOn',
  'firstMeetingOn',
  'firstMeetingTime',
  'nextReviewOn',
  'nextReviewTime',
  'strategyDiscussionOn',
  'transferNotifiedOn',
  'meetingStartedAt',
  'meetingEndedAt',
  'currentItemKey',
  'itemKey',
  'startedAt',
  'endedAt',
  'from',
  'to',
  'at',
]);

/**
 * Identity and logistics every reader of a conference sees by design (who is who, where and when, the case
 * reference), and the chair's working text about the agenda and the distribution. Not captured text: it has no
 * audience of its own. Keyed by the path with indices and record keys replaced by `[]` and `{}`.
 */
const NOT_CAPTURED = new Set([
  'details.venue',
  'details.chair',
  'details.minuteTaker',
  'details.reference',
  'details.localAuthority',
  'details.sendingAuthority',
  'children[].givenName',
  'children[].familyName',
  'children[].knownAs',
  'children[].gender',
  'children[].ethnicity',
  'children[].nhsNumber',
  'children[].legalStatus',
  'adults[].givenName',
  'adults[].familyName',
  'adults[].relationship',
  'adults[].language',
  'participants[].name',
  'participants[].organisation',
  'participants[].role',
  'participants[].interpreterLanguage',
  'participants[].attendance.decidedBy',
  'plan.teamManager',
  'plan.visitingFrequency',
  'distribution.byParticipant.{}.why',
  'distribution.annexKeptWith',
]);

type Segment = string | number;
const genericPath = (path: readonly Segment[]) =>
  path
    .map((s, i) =>
      typeof s === 'number' ? '[]' : path[i - 1] === 'items' || path[i - 1] === 'byParticipant' ? '.{}' : `.${s}`,
    )
    .join('')
    .replace(/^\./, '');
const concretePath = (path: readonly Segment[]) =>
  path
    .map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))
    .join('')
    .replace(/^\./, '');

// ---------------------------------------------------------------------------------------------------------------
// Building one conference

export type Planted = {
  token: string;
  /** Where it was planted, e.g. `plan.actions[1].howWeWillKnow`. */
  path: string;
  /** The reference this test expects capturedTexts to give it; undefined for a field this test does not know. */
  ref: string | undefined;
  nature: 'record' | 'outcome';
  level: AudienceLevel;
  /** Everyone it is withheld from: the chosen list and everyone its closed session excluded. */
  withheldFrom: string[];
  /** When it was typed (ms), if known. */
  at?: number;
  itemKey?: string;
  closedSessionId?: string;
};

export type Generated = {
  conference: Conference;
  planted: Planted[];
  day: Day;
  /** Participants by id, with whether they are on the family side. */
  familySide: ReadonlySet<string>;
  professionals: readonly string[];
  /** A closed session was still open when the documents were made. */
  sessionOpen: boolean;
};

const token = (n: number) => `CNRY${String(n).padStart(3, '0')}Z`;

export function generate(shape: Shape): Generated {
  const day = DAYS[shape.day] ?? DAYS[0];
  const family = FAMILY.filter((_, i) => shape.family[i]);
  const everyone = [...PROFESSIONALS.map((p) => p.id), ...family.map((f) => f.id)];
  const pick = (n: number) => everyone[n % everyone.length]!;
  const childIds = Array.from({ length: shape.children }, (_, i) => `child-${i + 1}`);
  if (shape.unborn) childIds.push('child-unborn');

  const attendance = (choice: AttendanceChoice) => {
    if (!choice.times || !choice.known)
      return { status: choice.status, ...(choice.viewsGatheredBy ? { viewsGatheredBy: choice.viewsGatheredBy } : {}) };
    const [a, b] = [...choice.times].sort((x, y) => x - y) as [number, number];
    const left = b > a ? b : a + 1;
    return {
      status: choice.status,
      ...(choice.joinedBy ? { joinedBy: choice.joinedBy } : {}),
      ...(choice.known === 'both' || choice.known === 'arrived' ? { arrivedAt: clockAt(a) } : {}),
      ...(choice.known === 'both' || choice.known === 'left' ? { leftAt: clockAt(left) } : {}),
    };
  };

  const sessions = shape.sessions.map((s, i) => {
    const excluded = family.filter((f) => shape.sessions[i]!.excluded[FAMILY.indexOf(f)]).map((f) => f.id);
    // Only the last session can still be open, and only now and then.
    const open = s.open && i === shape.sessions.length - 1 && shape.openSession === 0;
    return {
      id: `closed-${i + 1}`,
      startedAt: isoAt(day, s.start),
      ...(open ? {} : { endedAt: isoAt(day, s.start + s.length) }),
      reason: '',
      excludedParticipantIds: excluded.length ? excluded : ['p-mother'],
      start: s.start,
      end: open ? Number.POSITIVE_INFINITY : s.start + s.length,
    };
  });

  const decisions = childIds.map((childId, i) => ({
    childId,
    ...(shape.outcomes[i] ? { outcome: shape.outcomes[i] } : {}),
    categories: ['neglect'],
    agencyViews: PROFESSIONALS.filter((_, k) => shape.agencyViews[k]).map((p) => ({
      participantId: p.id,
      view: 'plan' as const,
      reason: '',
    })),
    familyViews: family
      .filter((f) => shape.familyViews[FAMILY.indexOf(f)])
      .map((f) => ({
        participantId: f.id,
        text: '',
      })),
    dissent: shape.dissent === null ? [] : [{ participantId: PROFESSIONALS[shape.dissent]!.id, text: '' }],
    chairReasons: '',
    ...(shape.alternatives[i] ? { alternative: shape.alternatives[i] } : {}),
    alternativeLead: '',
    stepDownPlan: '',
  }));

  const input: ConferenceInput = {
    schemaVersion: SCHEMA_VERSION,
    id: 'conf-planted',
    createdAt: isoAt(day, -2000),
    updatedAt: isoAt(day, MEETING_END + 10),
    details: {
      type: shape.type,
      nation: shape.nation,
      date: day.date,
      startTime: '10:00',
      endTime: '12:00',
      venue: 'Marlbridge Civic Centre',
      chair: 'Gwen Harcourt',
      minuteTaker: 'Imran Sheikh',
      reference: 'MBC-0001',
      localAuthority: 'Marlbridge Borough Council',
      reason: '',
    },
    children: childIds.map((id, i) =>
      id === 'child-unborn'
        ? { id, givenName: '', familyName: 'Fenwick', unborn: true, expectedDeliveryDate: '2027-10-01' }
        : { id, givenName: ['Riley', 'Maisie'][i] ?? 'Sam', familyName: 'Fenwick', dateOfBirth: '2016-05-04' },
    ),
    adults: family
      .filter((f) => f.adultId !== undefined)
      .map((f) => ({
        id: f.adultId!,
        givenName: f.name.split(' ')[0]!,
        familyName: f.name.split(' ')[1]!,
        parentalResponsibility: f.pr,
        // A date of birth is a date, not planted: checked on its own (checks.ts, birthDateProblems).
        dateOfBirth: BIRTH_DATES[f.id],
        address: '',
        addressRestricted: shape.addressRestricted[FAMILY.indexOf(f)] ?? false,
        contactRestrictions: '',
      })),
    otherChildren: shape.otherChild ? [{ id: 'other-1', name: '' }] : [],
    participants: [
      ...PROFESSIONALS.map((p) => ({
        id: p.id,
        name: p.name,
        kind: 'professional' as const,
        agency: p.agency,
        role: p.role,
        email: `${p.id}@example.org`,
        phone: '01632 960000',
        attendance: { status: 'present' as const, reason: '' },
      })),
      ...family.map((f) => {
        const slot = FAMILY.indexOf(f);
        const kind: ParticipantKind =
          f.id === 'p-gran'
            ? shape.grandparentKind
            : f.id === 'p-advocate'
              ? 'advocate'
              : f.id === 'p-young'
                ? 'child'
                : 'family';
        return {
          id: f.id,
          name: f.name,
          kind,
          ...(f.adultId ? { adultId: f.adultId } : {}),
          ...(f.id === 'p-young' ? { childId: 'child-1' } : {}),
          email: '',
          phone: '',
          attendance: { ...attendance(shape.attendance[slot] as AttendanceChoice), reason: '' },
        };
      }),
    ],
    reports: shape.reports.map((agency, i) => ({
      id: `report-${i + 1}`,
      agency,
      sharing: family.map((f) => ({
        participantId: f.id,
        version: shape.sharingVersions[FAMILY.indexOf(f)],
        ...(shape.sharingVersions[FAMILY.indexOf(f)] === 'not-shared' ? {} : { sharedOn: '2027-01-07' }),
        reason: '',
      })),
    })),
    agenda: {
      currentItemKey: 'close',
      meetingStartedAt: isoAt(day, 0),
      meetingEndedAt: isoAt(day, MEETING_END),
      items: Object.fromEntries([
        ...VISITED_ITEMS.map((key, i) => [
          key,
          {
            status: 'done' as const,
            visits: (shape.visits[i] ?? []).map(([from, length]) => ({
              from: isoAt(day, from),
              to: isoAt(day, from + length),
            })),
          },
        ]),
        // An item the chair did not take: the minutes print why.
        [SKIPPED_ITEM, { status: 'skipped' as const }],
      ]),
    },
    notes: shape.notes.map((n, i) => ({
      id: `note-${i + 1}`,
      itemKey: n.item,
      kind: n.kind,
      text: '',
      ...(n.by !== null ? { participantId: pick(n.by) } : n.speaker !== null ? { speaker: n.speaker } : {}),
      createdAt: isoAt(day, 0),
    })),
    closedSessions: sessions.map(({ start: _start, end: _end, ...s }) => s),
    childVoices: childIds.map((childId, i) => ({ id: `voice-${i + 1}`, childId, method: 'direct-work' as const })),
    restrictedRecords: shape.restrictedRecords.map((kind, i) => ({ id: `restricted-${i + 1}`, kind, text: '' })),
    analysis: {
      worries: shape.worries.map((kind, i) => ({ id: `worry-${i + 1}`, kind, text: '', childIds: [childIds[0]!] })),
      strengths: shape.strengths.map((kind, i) => ({ id: `strength-${i + 1}`, kind, text: '', childIds: [] })),
      safetyGoals: Array.from({ length: shape.goals }, (_, i) => ({ id: `goal-${i + 1}`, text: '', childIds: [] })),
      scaling: everyone.flatMap((participantId, i) => {
        const choice = shape.scaling[i];
        if (choice === null || choice === undefined) return [];
        const childId = childIds[choice - 1];
        return [{ participantId, score: 5, comment: '', ...(childId ? { childId } : {}) }];
      }),
    },
    decisions,
    plan: {
      outcomes: Array.from({ length: shape.planOutcomes }, (_, i) => ({
        id: `outcome-${i + 1}`,
        text: '',
        why: '',
        childIds: i === 0 ? [] : [childIds[0]!],
      })),
      actions: shape.actions.map((a, i) => ({
        id: `action-${i + 1}`,
        childIds: a.firstChildOnly ? [childIds[0]!] : [],
        what: '',
        howWeWillKnow: '',
        ownerName: '',
        ...(a.owner === null ? {} : { ownerParticipantId: pick(a.owner) }),
        alsoBy: a.alsoBy.map((n) => (n === null ? {} : { participantId: pick(n) })),
        supportedBy: a.supportedBy.map((n) => (n === null ? {} : { participantId: pick(n) })),
        due: a.cadence
          ? { kind: 'every' as const, interval: 'fortnight' as const, startsOn: '2027-09-01' }
          : { kind: 'by' as const, date: '2027-09-01' },
        carriedForward: a.carried,
        ...(a.progress ? { progress: { rag: 'amber' as const, note: '' } } : {}),
      })),
      support: Array.from({ length: shape.support }, (_, i) => ({ id: `support-${i + 1}`, text: '' })),
      contingency: Array.from({ length: shape.contingency }, (_, i) => ({
        id: `contingency-${i + 1}`,
        if: '',
        then: '',
      })),
      contactArrangements: '',
      leadSocialWorkerParticipantId: 'p-sw',
      teamManager: 'Rachel Ives',
      visitingFrequency: 'Every 10 working days',
    },
    coreGroup: {
      childIds,
      memberParticipantIds: ['p-sw', ...family.map((f) => f.id)],
      convenorParticipantId: 'p-sw',
      firstMeetingOn: '2027-09-10',
      cadence: 'monthly',
      returnToConferenceWhen: Array.from({ length: shape.returns }, () => ''),
    },
    review: { nextReviewOn: '2027-10-12', invitees: '' },
    otherDecisions: {
      reporterReferral: shape.reporterReferral,
      referrals: shape.referrals.map((kind, i) => ({ id: `referral-${i + 1}`, kind, detail: '' })),
      assessments: shape.assessment ? [{ id: 'assessment-1', what: '', by: '' }] : [],
    },
    distribution: {
      byParticipant: Object.fromEntries([
        ...family.flatMap((f) => {
          const receives = shape.distribution[FAMILY.indexOf(f)];
          return receives ? [[f.id, { receives, why: '' }]] : [];
        }),
        ...PROFESSIONALS.flatMap((p, i) => {
          const annex = shape.annex[i];
          if (annex === null || annex === undefined) return [];
          const receives: DistributedDocument[] = [
            'decision-letter',
            ...(shape.planToProfessional[i] ? ['family-plan' as const] : []),
            'minutes',
            ...(annex ? ['restricted-annex' as const] : []),
          ];
          return [[p.id, { receives, why: '' }]];
        }),
      ]),
    },
  };

  // Parse first, so that every default the model fills in (every string it adds) is planted too.
  const conference = Conference.parse(input);
  const plantedPaths: { path: Segment[]; token: string }[] = [];
  let n = 0;
  const walk = (value: unknown, path: Segment[]): unknown => {
    if (typeof value === 'string') {
      const key = path.at(-1);
      if (typeof key === 'string' && STRUCTURAL_KEYS.has(key)) return value;
      const parent = path.at(-2);
      if (typeof key === 'number' && typeof parent === 'string' && STRUCTURAL_KEYS.has(parent)) return value;
      if (NOT_CAPTURED.has(genericPath(path))) return value;
      if (isProfessionalContact(conference, path)) return value;
      const t = token(++n);
      plantedPaths.push({ path, token: t });
      return `Text ${t}`;
    }
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, i]));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        // The captures are the audiences being tested, filled in below.
        out[k] = path.length === 0 && k === 'captures' ? v : walk(v, [...path, k]);
      }
      return out;
    }
    return value;
  };
  const plantedConference = walk(conference, []) as Conference;

  // Audiences, times and closed sessions, one stamp per reference.
  const refs = new Map<string, { nature: Planted['nature']; paths: { path: Segment[]; token: string }[] }>();
  const unknown: Planted[] = [];
  for (const p of plantedPaths) {
    const mapped = refOf(plantedConference, p.path);
    if (!mapped) {
      unknown.push({
        token: p.token,
        path: concretePath(p.path),
        ref: undefined,
        nature: 'outcome',
        level: 'everyone',
        withheldFrom: [],
      });
      continue;
    }
    const entry = refs.get(mapped.ref) ?? { nature: mapped.nature, paths: [] };
    entry.paths.push(p);
    refs.set(mapped.ref, entry);
  }

  const sessionAt = (m: number) => sessions.find((s) => m >= s.start && m < s.end);
  const captures: Conference['captures'] = {};
  const planted: Planted[] = [...unknown];
  [...refs.entries()].forEach(([ref, { nature, paths }], i) => {
    const stamp = shape.stamps[i % shape.stamps.length] as StampChoice;
    const chosen = stamp.audience
      ? { level: stamp.audience.level, withheldFrom: [...new Set(stamp.audience.withheld.map(pick))] }
      : undefined;
    const fixed = ref.startsWith('restrictedRecord:') || ref.startsWith('closedSession:');
    // A text with no time (typed before the meeting, or a migrated file) still carries its agenda item.
    const timed = !stamp.untimed && !ref.startsWith('closedSession:');
    const linked =
      stamp.session === 'none'
        ? undefined
        : stamp.session === 'force'
          ? sessions[stamp.forced % Math.max(sessions.length, 1)]
          : timed
            ? sessionAt(stamp.minute)
            : undefined;

    let at: number | undefined;
    let itemKey: string | undefined;
    let closedSessionId: string | undefined;
    if (ref.startsWith('note:')) {
      const note = plantedConference.notes.find((x) => `note:${x.id}` === ref)!;
      note.createdAt = isoAt(day, stamp.minute);
      if (linked) note.closedSessionId = linked.id;
      else delete note.closedSessionId;
      at = instantAt(day, stamp.minute);
      closedSessionId = linked?.id;
      if (chosen) captures[ref] = { audience: chosen };
    } else if (ref.startsWith('closedSession:')) {
      const id = ref.split(':')[1]!;
      const session = sessions.find((s) => s.id === id)!;
      at = instantAt(day, session.start);
      closedSessionId = id;
      if (chosen) captures[ref] = { audience: chosen };
    } else {
      itemKey = STAMP_ITEMS[stamp.item % STAMP_ITEMS.length]!;
      at = timed ? instantAt(day, stamp.minute) : undefined;
      closedSessionId = linked?.id;
      captures[ref] = {
        ...(chosen ? { audience: chosen } : {}),
        ...(timed ? { at: isoAt(day, stamp.minute) } : {}),
        itemKey,
        ...(linked ? { closedSessionId: linked.id } : {}),
      };
    }

    const base = fixed
      ? { level: 'restricted' as const, withheldFrom: [] }
      : (chosen ?? defaultAudience(plantedConference, ref, closedSessionId));
    const session = closedSessionId ? sessions.find((s) => s.id === closedSessionId) : undefined;
    const withheldFrom = [...new Set([...base.withheldFrom, ...(session?.excludedParticipantIds ?? [])])];
    for (const p of paths) {
      planted.push({
        token: p.token,
        path: concretePath(p.path),
        ref,
        nature,
        level: base.level,
        withheldFrom,
        ...(at !== undefined ? { at } : {}),
        ...(itemKey !== undefined ? { itemKey } : {}),
        ...(closedSessionId !== undefined ? { closedSessionId } : {}),
      });
    }
  });

  // A text about another item (how an action has gone, why a report was kept from someone) is printed beside it, so
  // it reaches no one the item does not: the narrower level, and everyone either is withheld from.
  const levels: readonly AudienceLevel[] = ['everyone', 'professionals', 'restricted'];
  for (const text of planted) {
    const item =
      /^(action:[^:]+):progress$/.exec(text.ref ?? '')?.[1] ?? /^(report:[^:]+):sharing:/.exec(text.ref ?? '')?.[1];
    const about = item === undefined ? undefined : planted.find((x) => x.ref === item);
    if (!about) continue;
    text.level = levels[Math.max(levels.indexOf(text.level), levels.indexOf(about.level))]!;
    text.withheldFrom = [...new Set([...text.withheldFrom, ...about.withheldFrom])];
  }

  const final = Conference.parse({ ...plantedConference, captures });
  return {
    conference: final,
    planted,
    day,
    familySide: new Set(family.map((f) => f.id)),
    professionals: PROFESSIONALS.map((p) => p.id),
    sessionOpen: sessions.some((s) => s.end === Number.POSITIVE_INFINITY),
  };
}

function isProfessionalContact(conference: Conference, path: readonly Segment[]): boolean {
  const [list, index, key] = path;
  if (list !== 'participants' || typeof index !== 'number' || (key !== 'phone' && key !== 'email')) return false;
  // A professional's work phone and email are how the family reaches them: printed for everyone, not captured.
  return conference.participants[index]?.kind === 'professional';
}

/**
 * The reference of the text at a path, and whether it is a record of what was said (which follows time) or an
 * outcome (which follows audience only), as issue #10 describes each kind of text. Written here, not taken from
 * shared/audience, so that the two are checked against each other.
 */
function refOf(c: Conference, path: readonly Segment[]): { ref: string; nature: Planted['nature'] } | undefined {
  const g = genericPath(path);
  const i = typeof path[1] === 'number' ? path[1] : -1;
  const record = (ref: string) => ({ ref, nature: 'record' as const });
  const outcome = (ref: string) => ({ ref, nature: 'outcome' as const });
  switch (g) {
    case 'details.reason':
      return record('details.reason');
    case 'details.joinDetails':
      return outcome('details.joinDetails');
    case 'children[].school':
    case 'children[].gp':
      return outcome(`child:${c.children[i]!.id}:school`);
    case 'reports[].author':
    case 'reports[].organisation':
      return outcome(`report:${c.reports[i]!.id}`);
    case 'agenda.items.{}.skippedReason':
      return record(`agenda:${String(path[2])}:skipped`);
    case 'adults[].address':
      return outcome(`adult:${c.adults[i]!.id}:address`);
    case 'adults[].contactRestrictions':
      return outcome(`adult:${c.adults[i]!.id}:contactRestrictions`);
    case 'otherChildren[].name':
    case 'otherChildren[].whereTheyLive':
    case 'otherChildren[].connection':
    case 'otherChildren[].conclusion':
      return record(`otherChild:${c.otherChildren[i]!.id}`);
    case 'participants[].attendance.reason':
      return record(`participant:${c.participants[i]!.id}:attendanceReason`);
    case 'participants[].phone':
    case 'participants[].email':
      return outcome(`participant:${c.participants[i]!.id}:contact`);
    case 'reports[].sharing[].reason': {
      const report = c.reports[i]!;
      return record(`report:${report.id}:sharing:${report.sharing[path[3] as number]!.participantId}`);
    }
    case 'notes[].text':
      return record(`note:${c.notes[i]!.id}`);
    case 'closedSessions[].reason':
      return record(`closedSession:${c.closedSessions[i]!.id}:reason`);
    case 'childVoices[].summary':
    case 'childVoices[].response':
      return record(`childVoice:${c.childVoices[i]!.id}`);
    case 'restrictedRecords[].text':
    case 'restrictedRecords[].source':
      return record(`restrictedRecord:${c.restrictedRecords[i]!.id}`);
  }
  const j = typeof path[2] === 'number' ? path[2] : -1;
  const k = typeof path[3] === 'number' ? path[3] : -1;
  switch (g) {
    case 'analysis.worries[].text':
      return outcome(`worry:${c.analysis.worries[j]!.id}`);
    case 'analysis.strengths[].text':
      return outcome(`strength:${c.analysis.strengths[j]!.id}`);
    case 'analysis.safetyGoals[].text':
      return outcome(`safetyGoal:${c.analysis.safetyGoals[j]!.id}`);
    case 'analysis.scaling[].comment': {
      const s = c.analysis.scaling[j]!;
      return record(`scaling:${s.participantId}:${s.childId ?? 'all'}`);
    }
    case 'decisions[].chairReasons':
      return outcome(`decision:${c.decisions[i]!.childId}:chairReasons`);
    case 'decisions[].alternativeLead':
    case 'decisions[].stepDownPlan':
      return outcome(`decision:${c.decisions[i]!.childId}:alternative`);
    case 'decisions[].agencyViews[].reason':
      return record(`agencyView:${c.decisions[i]!.childId}:${c.decisions[i]!.agencyViews[k]!.participantId}`);
    case 'decisions[].familyViews[].text':
      return record(`familyView:${c.decisions[i]!.childId}:${c.decisions[i]!.familyViews[k]!.participantId}`);
    case 'decisions[].dissent[].text':
    case 'decisions[].dissent[].escalationRoute':
      return record(`dissent:${c.decisions[i]!.childId}:${c.decisions[i]!.dissent[k]!.participantId}`);
    case 'plan.outcomes[].text':
    case 'plan.outcomes[].why':
      return outcome(`outcome:${c.plan.outcomes[j]!.id}`);
    // The names typed for people sharing or helping with an action go where the action goes.
    case 'plan.actions[].what':
    case 'plan.actions[].howWeWillKnow':
    case 'plan.actions[].ownerName':
    case 'plan.actions[].alsoBy[].name':
    case 'plan.actions[].supportedBy[].name':
      return outcome(`action:${c.plan.actions[j]!.id}`);
    case 'plan.actions[].progress.note':
      return record(`action:${c.plan.actions[j]!.id}:progress`);
    case 'plan.support[].text':
    case 'plan.support[].providedBy':
      return outcome(`support:${c.plan.support[j]!.id}`);
    case 'plan.contingency[].if':
    case 'plan.contingency[].then':
      return outcome(`contingency:${c.plan.contingency[j]!.id}`);
    case 'plan.contactArrangements':
      return outcome('plan.contactArrangements');
    case 'coreGroup.returnToConferenceWhen[]':
      return outcome(`coreGroup.return:${j}`);
    case 'coreGroup.venue':
      return outcome('coreGroup.venue');
    case 'review.invitees':
      return outcome('review.invitees');
    case 'otherDecisions.reporterReason':
    case 'otherDecisions.emergencyMeasures':
    case 'otherDecisions.legalPlanningDetail':
    case 'otherDecisions.otherServices':
    case 'otherDecisions.orderAtBirth':
      return outcome(g);
    case 'otherDecisions.referrals[].detail':
      return outcome(`referral:${c.otherDecisions.referrals[j]!.id}`);
    case 'otherDecisions.assessments[].what':
    case 'otherDecisions.assessments[].by':
      return outcome(`assessment:${c.otherDecisions.assessments[j]!.id}`);
  }
  return undefined;
}

/** The audience a text has when the chair chose none, as issue #10 sets it. */
function defaultAudience(
  c: Conference,
  ref: string,
  closedSessionId: string | undefined,
): { level: AudienceLevel; withheldFrom: string[] } {
  const level = (l: AudienceLevel) => ({ level: l, withheldFrom: [] });
  // The reason for the conference and the referrer, contact details and restrictions, why a report was not shared,
  // MARAC and legal advice: professionals only.
  if (ref === 'details.reason' || ref === 'otherDecisions.legalPlanningDetail') return level('professionals');
  if (/^participant:.*:(attendanceReason|contact)$/.test(ref)) return level('professionals');
  if (/^adult:.*:contactRestrictions$/.test(ref)) return level('professionals');
  if (/^report:[^:]+:sharing:/.test(ref)) return level('professionals');
  if (ref.startsWith('referral:')) {
    const referral = c.otherDecisions.referrals.find((r) => `referral:${r.id}` === ref);
    return level(referral?.kind === 'marac' ? 'professionals' : 'everyone');
  }
  // An address flagged not to share is restricted.
  if (/^adult:.*:address$/.test(ref)) {
    const adult = c.adults.find((a) => `adult:${a.id}:address` === ref);
    return level(adult?.addressRestricted ? 'restricted' : 'everyone');
  }
  // A note taken in a closed session is restricted unless the chair decides otherwise.
  if (ref.startsWith('note:') && closedSessionId !== undefined) return level('restricted');
  // A note taken in a separate session is kept from the family-side participants not heard separately, and what a
  // person heard separately says, wherever it is typed, from every other family-side participant (issue 11).
  const note = c.notes.find((n) => `note:${n.id}` === ref);
  const speaker = saidByRef(c, ref);
  const heardApart = c.participants.find((p) => p.id === speaker && p.kind !== 'professional')?.attendance.status;
  const kept = new Set<string>();
  if (note?.itemKey === 'separate-session') {
    for (const p of c.participants) {
      if (p.kind !== 'professional' && p.attendance.status !== 'attended-separately') kept.add(p.id);
    }
  }
  if (heardApart === 'attended-separately') {
    for (const p of c.participants) if (p.kind !== 'professional') kept.add(p.id);
  }
  if (speaker !== undefined) kept.delete(speaker);
  return { level: 'everyone', withheldFrom: [...kept] };
}

// ---------------------------------------------------------------------------------------------------------------
// When each family member was in the room, by their attendance and the closed sessions that excluded them

type Window = { from: number; to: number };
export type RoomTime = { known: false } | { known: true; windows: Window[]; whole: boolean; sessions: Set<string> };

export function roomTime(g: Generated, participantId: string): RoomTime {
  const person = g.conference.participants.find((p) => p.id === participantId)!;
  const clock = (hhmm: string | undefined) =>
    hhmm === undefined ? undefined : instantAt(g.day, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)) - 600);
  const { status, arrivedAt, leftAt } = person.attendance;
  const arrived = clock(arrivedAt);
  const left = clock(leftAt);
  let windows: Window[];
  let whole = false;
  switch (status) {
    case 'present':
    case 'remote':
      windows = [{ from: -Infinity, to: Infinity }];
      whole = true;
      break;
    case 'part':
    case 'left-early':
    case 'excluded-part':
      if (arrived === undefined && left === undefined) return { known: false };
      windows = [{ from: arrived ?? -Infinity, to: left ?? Infinity }];
      break;
    case 'attended-separately':
      if (arrived === undefined || left === undefined) return { known: false };
      windows = [{ from: arrived, to: left }];
      break;
    case 'expected':
      return { known: false };
    default:
      windows = [];
  }
  const excludedBy = g.conference.closedSessions.filter((s) => s.excludedParticipantIds.includes(participantId));
  for (const s of excludedBy) {
    const from = Date.parse(s.startedAt);
    const to = s.endedAt ? Date.parse(s.endedAt) : instantAt(g.day, MEETING_END);
    windows = windows.flatMap((w) =>
      to <= w.from || from >= w.to
        ? [w]
        : [...(from > w.from ? [{ from: w.from, to: from }] : []), ...(to < w.to ? [{ from: to, to: w.to }] : [])],
    );
    whole = false;
  }
  return { known: true, windows, whole, sessions: new Set(excludedBy.map((s) => s.id)) };
}

/** Whether a family member was in the room when this was said: what their copy of the minutes may record. */
/** The participant whose own position a text is: a view's, a disagreement's or a score's giver (not a note's). */
export function positionOf(ref: string | undefined): string | undefined {
  const said = /^(?:familyView|dissent):[^:]+:(.+)$/.exec(ref ?? '') ?? /^scaling:([^:]+):/.exec(ref ?? '');
  return said?.[1];
}

/** Whose words a text is: a position's giver, or a note's speaker. */
function saidByRef(c: Conference, ref: string | undefined): string | undefined {
  return positionOf(ref) ?? c.notes.find((n) => `note:${n.id}` === ref)?.participantId;
}

export function wasInRoom(g: Generated, participantId: string, text: Planted): boolean {
  // Their own position is in their copy, whatever the time says (it is often typed after their separate session).
  if (positionOf(text.ref) === participantId) return true;
  const time = roomTime(g, participantId);
  if (!time.known) return false;
  if (text.closedSessionId !== undefined && time.sessions.has(text.closedSessionId)) return false;
  if (text.at !== undefined) return time.windows.some((w) => text.at! >= w.from && text.at! < w.to);
  if (time.whole) return true;
  // No time: the record of the item it was said under, if they were in the room for every visit of that item.
  const visits = g.conference.agenda.items[text.itemKey ?? '']?.visits ?? [];
  return (
    visits.length > 0 &&
    visits.every((v) => {
      const from = Date.parse(v.from);
      const to = Math.max(Date.parse(v.to ?? ''), from + 1);
      return time.windows.some((w) => from >= w.from && to <= w.to);
    })
  );
}
