import type { AgendaItemKey } from '../agenda/types';
import { childVoiceRecord } from './child-voice';
import { complaintDeadline, correctionsDeadline } from './challenge';
import { agendaItemKeys } from '../agenda/types';
import type { HiddenWhy, ItemPresence } from '../audience/visibility';
import { calendarDate, formatDateLong, isoOf } from '../format/dates';
import { isTakingPart, quorum } from '../meeting/attendance';
import { formatHealthNumber, healthNumberName } from '../meeting/health-number';
import type { Child, ChildDecision, Conference, Note, Participant, PlanAction } from '../model/conference';
import { actionOnlyForChildrenWithoutPlan } from '../plan/plan-checks';
import { actionOwners, named } from '../plan/owners';
import { pregnancyDates, workDueWords } from '../procedure/pregnancy';
import {
  agencyLabel,
  attendanceLabel,
  conferenceTypeLabel,
  exclusionCriterionLabel,
  joinedByLabel,
  joinModeLabel,
  legalPlanningLabel,
  nationLabel,
  referralLabel,
  reporterReferralLabel,
  reportVersionLabel,
} from '../wording/labels';
import {
  cadenceWords,
  capitalise,
  childVoiceMethodWords,
  continueSentence,
  lowerFirst,
  dueWords,
  progressLabel,
  rightToChallengeWords,
  scaleWords,
} from '../wording/sentences';
import {
  agencyViewLabel,
  alternativeSupportWords,
  categoryHeading,
  categoryWords,
  outcomeWords,
  planInPlace,
} from '../plan/decision-words';
import { leadProfessionalTitle, procedureProfile } from '../procedure/profiles';
import {
  conferenceDeadlines,
  reportSharingByRecipient,
  reportSharingDeadline,
  type Deadline,
  reviewStillHeld,
} from '../procedure/deadlines';
import type { RecipientSharing } from '../procedure/report-sharing';
import {
  DRAFT_LINE,
  NONE_RECORDED,
  actionContinues,
  coreGroupVenue,
  deadline,
  deadlineStatusWords,
  neutralClosedSessionReason,
  timeSpan,
  withRule,
  yesNo,
  type DocumentContext,
} from './context';
import { familyDistribution, professionalDistribution, type DistributionRow, type NamedRow } from './distribution';
import { withoutHiddenLead } from './family-plan';
import type { Gate } from './gate';
import { itemTitle } from './context';
import { byTime, noteBlock, notesByItem } from './notes';
import { adultFullName, andList, roleAndWhere } from './people';
import type { Block, Fact } from './types';
import type { DocumentView } from './types';
import { ukClock } from '../format/uk-time';

/**
 * The minutes: the usual sections of a child protection conference minute in order, each with the notes of the agenda items it covers. One builder
 * writes every copy, for one reader at a time, asking the reader's view about each text as it goes (issue #10):
 *
 * - the professional minute (`minute.docx`) has everything but restricted text, which is held in the restricted
 *   annex; a professional from whom the chair withheld something has a copy of their own without it;
 * - a family member's copy has only what they may see: text for everyone, less what is withheld from them, and of the
 *   record of what was said, only what was said while they were in the room ("Family members get no
 *   record of parts they were excluded from"). Each part they were out for says so in plain words; where the app
 *   cannot tell whether they were in the room it leaves the record out and says that too. It never holds a closed
 *   session's content or reason, restricted text or where the restricted annex is, and its distribution list gives
 *   no reasons.
 */

/** Which agenda items' notes each section of the minute carries. Every agenda item key is owned by one section. */
export const MINUTE_SECTION_ITEMS = {
  attendance: ['welcome', 'attendance-and-exclusions'],
  reports: ['reports'],
  quorum: ['apologies-and-quorum'],
  purpose: ['purpose-and-confidentiality'],
  facts: ['reason-for-conference', 'why-the-plan-started', 'transfer-from', 'expected-date-and-birth', 'new-incidents'],
  agencies: ['agency-information'],
  progress: ['plan-progress'],
  // A separate session (a parent heard apart from the other) is where that parent's views were heard.
  family: ['family-views', 'separate-session'],
  children: ['childs-voice'],
  analysis: ['analysis', 'scaling'],
  otherChildren: ['risk-to-other-children'],
  decisions: ['decision', 'category', 'step-down', 'support-without-a-plan'],
  plan: ['support-before-birth', 'outline-plan', 'lead-professional'],
  contingency: ['contingency'],
  coreGroup: ['core-group', 'review-date'],
  other: ['childrens-reporter', 'order-at-birth', 'transfer-arrangements', 'other-decisions'],
  complaints: ['complaints'],
  distribution: ['distribution', 'close'],
} as const satisfies Record<string, readonly AgendaItemKey[]>;

type SectionKey = keyof typeof MINUTE_SECTION_ITEMS;

/** Sections whose content is mostly what the meeting agreed (shown to every parent) rather than what was said. */
const AGREED_SECTIONS: ReadonlySet<SectionKey> = new Set([
  'analysis',
  'decisions',
  'plan',
  'contingency',
  'coreGroup',
  'other',
]);

/**
 * Sections made only of what was said. Elsewhere (the reports received, the quorum, the distribution list) the facts
 * are printed whatever the reader's presence, and only what was said is left out.
 */
const NOTES_ONLY_SECTIONS: ReadonlySet<SectionKey> = new Set(['agencies', 'family']);

/** Reasons that follow time (the record), as against audience. */
const TIME_REASONS: ReadonlySet<HiddenWhy> = new Set(['out-of-room', 'closed-session', 'time-unknown']);

/** Kinds of text the minute lists (notes, entries, rows); a single field says in its own place that it is not here. */
const LISTED_KINDS = new Set([
  'note',
  'worry',
  'strength',
  'safetyGoal',
  'childVoice',
  'scaling',
  'agencyView',
  'familyView',
  'dissent',
  'outcome',
  'action',
  'support',
  'contingency',
  'coreGroup.return',
  'referral',
  'assessment',
]);
const refKind = (ref: string) => ref.split(':')[0] ?? '';
/** `report:<id>`, a report's line; not the reasons under it (`report:<id>:sharing:<participantId>`). */
const isReportRef = (ref: string) => /^report:[^:]+$/.test(ref);

const IN_ANNEX = 'Held in the restricted annex';

/**
 * The minute writes every date one way, in full ("Tuesday 2 February 2027"), as the actions' due dates are written
 * (issue 12): a record agencies file should not mix "Tue 2 Feb 2027" with "By Tuesday 9 February 2027".
 */
function dateInFull(iso: string | undefined, missing = 'Not recorded'): string {
  return iso ? formatDateLong(iso) : missing;
}

const SHORT_DATE =
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})\b/g;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The app's own sentences made elsewhere for the screens (a deadline's note, a report's sharing message) write dates
 * short ("Tue 24 Nov 2026"); in the minute they are written in full like every other date. Only for the app's own
 * words: what people typed is printed as they typed it.
 */
function datesInFull(text: string): string {
  return text.replace(SHORT_DATE, (found: string, day: string, month: string, year: string) => {
    const date = calendarDate(`${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`);
    return Number.isNaN(date.getTime()) ? found : formatDateLong(isoOf(date));
  });
}

/** One copy of the minutes: who receives it and how it is read. */
export type MinuteCopy = {
  fileName: string;
  recipients: Participant[];
  reading: 'professional' | 'family';
  /** A copy for particular people (a family member, or a professional the chair withheld something from). */
  own: boolean;
  /** The reader's view, asked about every text while the copy is written. */
  gate: Gate;
};

/** What a builder needs to know about the rest of the distribution set. */
export type MinuteSetting = {
  rows: readonly DistributionRow[];
  /** The chair, the minute-taker and the team manager, where they are not participants: the professional list has them. */
  named?: readonly NamedRow[];
  annexWritten: boolean;
};

/** A minute being written: the context, the copy, and the words for what is not in it. */
type Writing = DocumentContext & {
  copy: MinuteCopy;
  g: Gate;
  family: boolean;
  /** What to print in place of a single field this reader may not see. */
  notHere: (ref: string) => string;
  /** What to print for a list with nothing in this copy: "None recorded." only when nothing was recorded. */
  noneShown: (recorded: number, nothing?: string) => string;
};

export function minuteView(ctx: DocumentContext, copy: MinuteCopy, setting: MinuteSetting): DocumentView {
  const { conference } = ctx;
  const { details } = conference;
  const g = copy.gate;
  const family = copy.reading === 'family';
  const w: Writing = {
    ...ctx,
    // Every name in this copy follows the reader's view of who each person is (people.ts).
    people: ctx.people.forReader(g),
    copy,
    g,
    family,
    notHere: (ref) => {
      const why = g.view.sees(ref);
      if (family) return 'Not in your copy';
      return !why.shown && why.why === 'restricted' ? IN_ANNEX : 'Not in this copy';
    },
    noneShown: (recorded, nothing = NONE_RECORDED) =>
      recorded === 0 ? nothing : family ? 'None in your copy.' : 'None in this copy.',
  };
  const none = (text = NONE_RECORDED): Block => ({ kind: 'paragraph', text });
  const h3 = (text: string): Block => ({ kind: 'heading', level: 3, text });
  // Notes are asked about in the section that owns their agenda item, so what is left out is said there.
  const notesOn = (keys: readonly string[]) => conference.notes.filter((n) => keys.includes(n.itemKey));
  const sectionNotes = (key: SectionKey): Block[] => {
    const keys = MINUTE_SECTION_ITEMS[key];
    return notesByItem(
      w,
      notesOn(keys).filter((n) => g.shows(`note:${n.id}`)),
      keys,
    );
  };
  /** A section made only of notes: "None recorded." only when there were none. */
  const notesOrNone = (key: SectionKey): Block[] => {
    const blocks = sectionNotes(key);
    return blocks.length ? blocks : [none(w.noneShown(notesOn(MINUTE_SECTION_ITEMS[key]).length))];
  };
  const blocks: Block[] = [];
  /** A section: built first (the reader's view is asked as it goes), then said to be incomplete where it is. */
  const section = (title: string, key: SectionKey | undefined, build: () => Block[]) => {
    g.section = key ?? title;
    const body = build();
    const note = key ? (family ? familySectionNote(w, key) : professionalSectionNote(w, key)) : [];
    blocks.push({ kind: 'heading', level: 2, text: title }, ...note, ...body);
  };

  section('Children', undefined, () =>
    conference.children.length
      ? conference.children.flatMap((c) => [h3(ctx.people.childFullName(c.id)), childFacts(w, c)])
      : [none()],
  );
  section('Adults', undefined, () =>
    conference.adults.length
      ? conference.adults.flatMap((a): Block[] => [h3(adultFullName(a)), adultFacts(w, a)])
      : [none()],
  );
  section('Attendance', 'attendance', () => [...attendance(w), ...sectionNotes('attendance')]);
  section('Closed sessions', undefined, () => (family ? familyClosedSessions(w) : closedSessions(w)));
  section('Reports', 'reports', () => [...(family ? familyReports(w) : reports(w)), ...sectionNotes('reports')]);
  section('Quorum', 'quorum', () => [...quorumBlocks(w), ...sectionNotes('quorum')]);
  section('Purpose of the conference', 'purpose', () => [
    { kind: 'paragraph', text: purpose(ctx) },
    ...sectionNotes('purpose'),
  ]);
  section('Reason for the conference and significant facts', 'facts', () => [
    ...significantFacts(w),
    ...sectionNotes('facts'),
  ]);
  section('Information from agencies', 'agencies', () => agencyInformation(w, notesOn(MINUTE_SECTION_ITEMS.agencies)));
  // Written too when notes were taken under the item, which are kept, never dropped (an initial conference can still
  // hear how the help so far has gone).
  if (
    details.type === 'review' ||
    details.type === 'transfer-in' ||
    conference.plan.actions.some(isReported) ||
    notesOn(MINUTE_SECTION_ITEMS.progress).length > 0
  )
    section('Progress on the plan', 'progress', () => [...progress(w), ...sectionNotes('progress')]);
  section('The family’s views', 'family', () => notesOrNone('family'));
  section('The children’s views', 'children', () => [...childrensViews(w), ...sectionNotes('children')]);
  section('Analysis', 'analysis', () => [...analysis(w), ...sectionNotes('analysis')]);
  section('Risk to other children', 'otherChildren', () => [...otherChildren(w), ...sectionNotes('otherChildren')]);
  section('Decisions', 'decisions', () => [
    ...(conference.children.length ? conference.children.flatMap((c) => decision(w, c)) : [none()]),
    ...sectionNotes('decisions'),
  ]);
  section('The plan', 'plan', () => [...plan(w), ...sectionNotes('plan')]);
  section('Contingency plan', 'contingency', () => {
    const lines = conference.plan.contingency.filter((c) => g.shows(`contingency:${c.id}`));
    return [
      lines.length
        ? {
            kind: 'table',
            columns: [
              { title: 'If', width: 45 },
              { title: 'Then', width: 55 },
            ],
            rows: lines.map((c) => [c.if, c.then]),
          }
        : none(w.noneShown(conference.plan.contingency.length)),
      ...sectionNotes('contingency'),
    ];
  });
  section('Core group and next review', 'coreGroup', () => [...coreGroupAndReview(w), ...sectionNotes('coreGroup')]);
  section('Dates and the rules behind them', undefined, () => dates(w));
  section('Other decisions', 'other', () => [...otherDecisions(w), ...sectionNotes('other')]);
  const complainBy = complaintDeadline(ctx);
  section('Complaints and the right to challenge', 'complaints', () => [
    { kind: 'paragraph', text: rightToChallengeWords(details.nation) },
    {
      kind: 'facts',
      facts: [
        {
          label: 'How to complain',
          value: ctx.settings.complaintsContact || 'Not set: Settings → How families reach us.',
        },
        // The family's papers give the same date and window (challenge.ts).
        {
          label: 'Complain by',
          value: complainBy
            ? `${formatDateLong(complainBy)} (${ctx.settings.complaintsTimeLimitDays} days from the meeting, to a working day)`
            : 'No time limit set: Settings → How families reach us.',
        },
        { label: 'Corrections to the chair by', value: formatDateLong(correctionsDeadline(ctx)) },
        { label: 'Advice and advocacy', value: ctx.settings.advocacyContact || 'Not recorded in settings.' },
      ],
    },
    ...sectionNotes('complaints'),
  ]);
  g.section = 'Other notes';
  blocks.push(
    ...unplacedNotes(
      w,
      conference.notes.filter((n) => g.shows(`note:${n.id}`)),
    ),
  );
  g.section = 'Agenda items not taken';
  blocks.push(...skippedItems(w));
  section('Approval', undefined, () => approval(ctx));
  section('Distribution', 'distribution', () => [
    ...(family
      ? familyDistribution(setting.rows, g.view.participant, w.people)
      : // The minute prints the reason without the app's instructions to the chair ("link them to … to check").
        professionalDistribution(
          w,
          setting.rows.map((r) => ({ ...r, line: { ...r.line, why: r.line.minuteWhy } })),
          setting.named,
        )),
    ...sectionNotes('distribution'),
  ]);

  const reference = details.reference || formatDateLong(details.date);
  const names = andList(copy.recipients.map((p) => p.name.trim() || 'a recipient'));
  const own = copy.own;
  const forWhom = own && names ? ` – copy for ${names}` : '';
  return {
    kind: 'minute',
    recipients: copy.recipients,
    reading: copy.reading,
    fileName: copy.fileName,
    title: `${ctx.draft ? 'DRAFT ' : ''}Minutes: ${ctx.meetingName}, ${formatDateLong(details.date)}${forWhom}`,
    subject: `Minutes of the ${continueSentence(ctx.meetingName)}`,
    audience: family ? 'family' : 'professional',
    intendedFor: family
      ? `${names} only: their own copy of the minutes, of the parts they were in the room for and without what is not for them.`
      : own
        ? `${names} only: the professional minute, without what the chair withheld from them.`
        : 'Professionals: the full minute, without the restricted annex.',
    header: [
      ctx.marking,
      [ctx.authority, reference].filter(Boolean).join(' · '),
      ...(own && names ? [`Copy for ${names}`] : []),
      ...(ctx.draft ? [DRAFT_LINE] : []),
    ],
    // One line at the family's 12 pt: the reference is in the header, the footer only has to say whose copy it is.
    footer: own && names ? `${ctx.marking} · Minutes${forWhom}` : `${ctx.marking} · Minutes, ${reference}`,
    author: ctx.authority,
    ...(ctx.logo ? { logo: ctx.logo } : {}),
    blocks: (
      [
        { kind: 'heading', level: 1, text: `Minutes of the ${continueSentence(ctx.meetingName)}` },
        ...(ctx.draft ? [{ kind: 'banner', text: DRAFT_LINE } as const] : []),
        ...(family ? familyOpening(w) : own ? professionalOpening(w) : []),
        // After the note about their copy, the family's reader needs a signpost back to the meeting itself.
        ...(family ? [{ kind: 'heading', level: 2, text: 'The meeting' } as const] : []),
        { kind: 'facts', facts: headerFacts(w, setting.annexWritten) },
        ...blocks,
      ] satisfies Block[]
    ).map((b) => (b.kind === 'facts' ? missingTogether(b, ctx.draft) : b)),
  };
}

const NOT_RECORDED = 'Not recorded';

/**
 * The details of one record (a child, an adult, the core group) with nothing recorded, in one line: "Not recorded
 * yet: gender, ethnicity, NHS number" in a draft, "Not recorded: …" in the final minute, where each had a line of its
 * own ("Gender: Not recorded", and a draft of a new conference had seventeen of them). It stands where the first of
 * them stood; a single missing detail keeps its own line.
 */
function missingTogether(block: Extract<Block, { kind: 'facts' }>, draft: boolean): Block {
  const missing = block.facts.filter((f) => f.value === NOT_RECORDED);
  if (missing.length < 2) return block;
  const first = block.facts.indexOf(missing[0]!);
  const line: Fact = {
    label: draft ? 'Not recorded yet' : NOT_RECORDED,
    value: missing.map((f) => lowerFirst(f.label)).join(', '),
  };
  const rest = block.facts.filter((f) => f.value !== NOT_RECORDED);
  return { ...block, facts: [...rest.slice(0, first), line, ...rest.slice(first)] };
}

function isReported(action: PlanAction): boolean {
  return action.carriedForward || action.progress !== undefined;
}

/** "3 things", "1 thing": what was said, counted for the person reading. */
function things(n: number): string {
  return `${n} ${n === 1 ? 'thing' : 'things'}`;
}

/**
 * The top of a family member's copy: that it is theirs, and in general terms what is not in it. The record left out
 * for time is counted by reason; what is left out for its audience is said once, without a count, so that the copy
 * does not hint at how much there is about someone else.
 */
function familyOpening(w: Writing): Block[] {
  const reader = w.g.view.participant;
  const words = roomWords(w);
  const left = w.g.leftOut();
  const count = (why: HiddenWhy) => left.filter((l) => l.why === why).length;
  const out = count('out-of-room');
  const closed = count('closed-session');
  const unknown = count('time-unknown');
  const byAudience = left.some((l) => !TIME_REASONS.has(l.why));
  const presence = w.g.view.presence;
  const whole = presence?.known === true && presence.wholeMeeting;
  const leadId = w.conference.plan.leadSocialWorkerParticipantId;
  const lead = w.people.knows(leadId) ? w.people.familyLabel(leadId) : undefined;
  const missing = [
    ...(out ? [`${things(out)} said ${words.whileOut}.`] : []),
    ...(closed ? [`${things(closed)} said in a closed session you were not in.`] : []),
    ...(unknown
      ? [
          `${things(unknown)} said when the app cannot tell whether you were ${words.there}, because no time was ` +
            `recorded for ${unknown === 1 ? 'it' : 'them'}. ${unknown === 1 ? 'It is' : 'They are'} left out rather than guessed.`,
        ]
      : []),
    ...(byAudience ? ['Anything that is only for the professionals, or private to someone else.'] : []),
  ];
  // The decisions themselves are always here; what was said about them (an agency's view, the chair's reasons, a
  // note) follows its own audience, and the copy says so only where something was left out.
  const decisionsWhole = w.g.leftOut('decisions').length === 0;
  return [
    {
      kind: 'paragraph',
      emphasis: 'strong',
      text:
        `This is your own copy of the minutes, ${reader ? w.people.firstNameOf(reader) : 'for you'}. ` +
        (whole
          ? 'It is the record of the meeting.'
          : `It is the record of the parts of the meeting ${words.youWereIn}.`),
    },
    ...(missing.length
      ? [{ kind: 'paragraph', text: 'Not in your copy:' } as const, { kind: 'list', items: missing } as const]
      : []),
    {
      kind: 'paragraph',
      text:
        (decisionsWhole
          ? 'Each child’s decision is in your copy in full. '
          : 'Each child’s decision is in your copy, though some of the views and reasons given are not. ') +
        `If you have questions about the minutes, ask ${lead ?? 'your social worker'} or the chair, ${w.conference.details.chair.trim() || 'who ran the meeting'}.`,
    },
  ];
}

/**
 * How a family member's copy speaks of the times they were not there. Someone who attended separately (on their own,
 * often by video, because of bail conditions or domestic abuse) was never "out of the room": they had a part of the
 * meeting of their own.
 */
function roomWords(w: Writing) {
  const separately = w.g.view.participant?.attendance.status === 'attended-separately';
  return separately
    ? {
        youWereIn: 'you took part in',
        whileOut: 'in the parts of the meeting you were not in',
        there: 'there',
        notInPart: 'You were not in this part of the meeting',
        inSomeOf: 'You were in only some of this part of the meeting. What was said while you were not there',
      }
    : {
        youWereIn: 'you were in the room for',
        whileOut: 'while you were out of the room',
        there: 'in the room',
        notInPart: 'You were not in the room for this part of the meeting',
        inSomeOf: 'You were out of the room for some of this part of the meeting. What was said while you were out',
      };
}

/** A professional from whom the chair withheld something has their own copy, and is told so. */
function professionalOpening(w: Writing): Block[] {
  const names = andList(w.copy.recipients.map((p) => p.name.trim() || 'a recipient'));
  return [
    {
      kind: 'paragraph',
      emphasis: 'strong',
      text: `This copy of the minutes is for ${names || 'one recipient'}. The chair has withheld some information from you, so it is not in this copy.`,
    },
  ];
}

/** Whether a family reader was in the room for a section's agenda items: the items this conference took. */
function sectionPresence(w: Writing, key: SectionKey): ItemPresence {
  const onAgenda = new Set(w.agenda.map((i) => i.key));
  const items = (MINUTE_SECTION_ITEMS[key] as readonly string[]).filter(
    (k) => onAgenda.has(k as AgendaItemKey) && w.conference.agenda.items[k]?.status !== 'skipped',
  );
  const found = items.map((k) => w.g.view.itemPresence(k));
  if (!found.length || found.every((p) => p === 'present')) return 'present';
  if (found.every((p) => p === 'out')) return 'out';
  if (found.some((p) => p === 'out' || p === 'part')) return 'part';
  return 'unknown';
}

/**
 * A plain line at the top of a part of a family member's copy that is not complete, saying why. A part with nothing
 * left out has no line, even if the reader was not there for it: the reports received, the quorum, the complaints
 * route and the distribution list are printed whole, and "the record of it is not in your copy" above them would be
 * untrue.
 */
function familySectionNote(w: Writing, key: SectionKey): Block[] {
  const left = w.g.leftOut(key).filter((l) => TIME_REASONS.has(l.why));
  if (!left.length) return [];
  const presence = sectionPresence(w, key);
  const words = roomWords(w);
  const say = (text: string): Block[] => [{ kind: 'paragraph', emphasis: 'quiet', text }];
  if (presence === 'out')
    return say(
      AGREED_SECTIONS.has(key)
        ? `${words.notInPart}. What the meeting agreed is below; what was said is not in your copy.`
        : NOTES_ONLY_SECTIONS.has(key)
          ? `${words.notInPart}, so the record of it is not in your copy.`
          : `${words.notInPart}, so what was said in it is not in your copy.`,
    );
  if (presence === 'part') return say(`${words.inSomeOf} is not in your copy.`);
  if (left.some((l) => l.why === 'time-unknown'))
    return say(
      `Some of what was said in this part is not in your copy: no time was recorded for it, so the app cannot tell whether you were ${words.there}.`,
    );
  if (left.some((l) => l.why === 'out-of-room'))
    return say(`Some of this part was said ${words.whileOut}, so it is not in your copy.`);
  if (left.some((l) => l.why === 'closed-session'))
    return say('Some of this part was said in a closed session you were not in, so it is not in your copy.');
  return [];
}

/** Where restricted notes and entries of a section are, in the professional minute. */
function professionalSectionNote(w: Writing, key: SectionKey): Block[] {
  const left = w.g.leftOut(key).filter((l) => LISTED_KINDS.has(refKind(l.text.ref)) || isReportRef(l.text.ref));
  const restricted = left.filter((l) => l.why === 'restricted').length;
  const withheld = left.length - restricted;
  const blocks: Block[] = [];
  if (restricted)
    blocks.push({
      kind: 'paragraph',
      emphasis: 'quiet',
      text: `${restricted === 1 ? 'One restricted item' : `${restricted} restricted items`} of this part ${restricted === 1 ? 'is' : 'are'} held in the restricted annex.`,
    });
  if (withheld)
    blocks.push({
      kind: 'paragraph',
      emphasis: 'quiet',
      text: `${withheld === 1 ? 'One item' : `${withheld} items`} of this part ${withheld === 1 ? 'is' : 'are'} not in this copy.`,
    });
  return blocks;
}

function headerFacts(w: Writing, annexWritten: boolean): Fact[] {
  const { details } = w.conference;
  const previous = details.previousConference;
  return [
    { label: 'Meeting', value: w.meetingName },
    { label: 'Nation', value: nationLabel[details.nation] },
    { label: 'Date', value: formatDateLong(details.date) },
    { label: 'Time', value: timeSpan(details.startTime, details.endTime) || 'Not recorded' },
    { label: 'Venue', value: details.venue || 'Not recorded' },
    {
      label: 'How people joined',
      // The details (a link, who joins from where, when someone arrives) have an audience; how the meeting was held
      // does not.
      value: [joinModeLabel[details.joinMode], w.g.shows('details.joinDetails') ? details.joinDetails.trim() : '']
        .filter(Boolean)
        .join('. '),
    },
    { label: 'Chair', value: details.chair || 'Not recorded' },
    { label: 'Minute-taker', value: details.minuteTaker || 'Not recorded' },
    { label: 'Reference', value: details.reference || 'Not recorded' },
    { label: 'Local authority', value: w.authority || 'Not recorded' },
    ...(previous
      ? [
          {
            label: 'Previous conference',
            value: `${conferenceTypeLabel(previous.type, details.nation)}, ${formatDateLong(previous.date)}`,
          },
        ]
      : []),
    { label: 'Protective marking', value: w.marking },
    // A family member's copy does not say where restricted information is kept.
    ...(w.family
      ? []
      : [
          {
            label: 'Restricted annex',
            value: annexWritten ? 'Held separately; professionals only' : 'None: nothing restricted was recorded',
          },
        ]),
  ];
}

function childFacts(w: Writing, child: Child): Block {
  const unborn = child.unborn || (child.expectedDeliveryDate !== undefined && !child.dateOfBirth);
  const birth: Fact = unborn
    ? { label: 'Expected date of delivery', value: dateInFull(child.expectedDeliveryDate) }
    : { label: 'Date of birth', value: dateInFull(child.dateOfBirth) };
  return {
    kind: 'facts',
    facts: [
      birth,
      ...(unborn ? pregnancyFacts(w, child) : []),
      { label: 'Gender', value: child.gender || 'Not recorded' },
      { label: 'Ethnicity', value: child.ethnicity || 'Not recorded' },
      ...schoolAndGp(w, child, unborn),
      {
        label: healthNumberName(w.conference.details.nation),
        value: formatHealthNumber(w.conference.details.nation, child.nhsNumber) || 'Not recorded',
      },
      { label: 'Legal status', value: child.legalStatus || 'Not recorded' },
    ],
  };
}

/**
 * An unborn baby's pregnancy as the meeting knew it: gestation on the day of the conference, and the dates of 28, 30
 * and 34 weeks (and any other week a pre-birth rule uses) with what the procedure expects by then. A due date that
 * gives an impossible gestation prints no weeks: the setup form asks for it to be checked.
 */
function pregnancyFacts(w: Writing, child: Child): Fact[] {
  const dates = pregnancyDates(w.conference, w.settings.procedure.timescales).find((d) => d.childId === child.id);
  if (!dates || dates.problem) return [];
  return [
    { label: 'Gestation at the conference', value: `${dates.gestation.text} (${dates.gestation.words})` },
    ...dates.milestones
      .filter((m) => m.weeks < 40)
      .map((m) => ({
        label: m.label,
        value: datesInFull(
          [formatDateLong(m.on), ...m.rules.map((r) => workDueWords(r, m.on, formatDateLong))].join(' – '),
        ),
      })),
  ];
}

/**
 * A child's school and GP (`child:<id>:school`): a school one parent has not been told of is withheld from them. A
 * family member's copy then leaves both lines out, as it does for a baby not yet born with neither recorded; a
 * professional's own copy says where they are.
 */
function schoolAndGp(w: Writing, child: Child, unborn: boolean): Fact[] {
  const ref = `child:${child.id}:school`;
  if (unborn && !child.school.trim() && !child.gp.trim()) return [];
  if (!w.g.shows(ref)) {
    if (w.family) return [];
    const notHere = w.notHere(ref);
    return [
      { label: 'School or nursery', value: child.school.trim() ? notHere : 'Not recorded' },
      { label: 'GP', value: child.gp.trim() ? notHere : 'Not recorded' },
    ];
  }
  return [
    { label: 'School or nursery', value: child.school || 'Not recorded' },
    { label: 'GP', value: child.gp || 'Not recorded' },
  ];
}

function adultFacts(w: Writing, a: Conference['adults'][number]): Block {
  const addressRef = `adult:${a.id}:address`;
  const restrictionsRef = `adult:${a.id}:contactRestrictions`;
  // A parent attending separately (bail conditions, domestic abuse) is not given where anyone else in the family
  // lives, whatever the address's audience (their copy is without the other parent's contact details).
  const reader = w.g.view.participant;
  // The reader's own address and contact restrictions, where their audience keeps them out of the reader's copy (an
  // address in a refuge is restricted; bail conditions are for the professionals): the reader knows them, so the
  // line is left out rather than telling them their own address is "not in your copy".
  const own = w.family && reader?.adultId !== undefined && reader.adultId === a.id;
  const separately =
    w.family && reader?.attendance.status === 'attended-separately' && reader.adultId !== a.id && a.address.trim();
  const ownHidden = (ref: string, text: string) => own && text.trim() !== '' && !w.g.shows(ref);
  const address = !a.address.trim()
    ? a.addressRestricted && !w.family
      ? 'Address withheld (not recorded)'
      : 'Not recorded'
    : separately
      ? 'Not in your copy'
      : w.g.shows(addressRef)
        ? a.address
        : w.notHere(addressRef) === IN_ANNEX
          ? 'Address withheld (see restricted annex)'
          : w.notHere(addressRef);
  // A date of birth is an identity fact (`adult:<id>:dateOfBirth`): the professional minute has it, a family member's
  // copy only their own. Where it is not in this copy, the line is left out rather than said to be missing.
  const birthRef = `adult:${a.id}:dateOfBirth`;
  const birth: Fact[] = !a.dateOfBirth
    ? w.family
      ? []
      : [{ label: 'Date of birth', value: 'Not recorded' }]
    : w.g.shows(birthRef)
      ? [{ label: 'Date of birth', value: formatDateLong(a.dateOfBirth) }]
      : w.family
        ? []
        : [{ label: 'Date of birth', value: w.notHere(birthRef) }];
  return {
    kind: 'facts',
    facts: [
      ...birth,
      { label: 'Relationship', value: a.relationship || 'Not recorded' },
      { label: 'Parental responsibility', value: yesNo(a.parentalResponsibility) },
      { label: 'Lives in the household', value: yesNo(a.livesInHousehold) },
      ...(ownHidden(addressRef, a.address) ? [] : [{ label: 'Address', value: address }]),
      { label: 'Language', value: a.language || 'Not recorded' },
      ...(ownHidden(restrictionsRef, a.contactRestrictions)
        ? []
        : [
            {
              label: 'Contact restrictions',
              value: !a.contactRestrictions.trim()
                ? 'None recorded'
                : w.g.shows(restrictionsRef)
                  ? a.contactRestrictions
                  : w.notHere(restrictionsRef),
            },
          ]),
    ],
  };
}

function roleAndOrganisation(p: Participant): string {
  const kindWords = {
    family: 'Family',
    professional: 'Professional',
    child: 'Child',
    advocate: 'Advocate',
    interpreter: 'Interpreter',
    supporter: 'Supporter',
  } as const;
  return roleAndWhere(p) || kindWords[p.kind];
}

function attendance(w: Writing): Block[] {
  // Someone this reader may not know of is left out of the list, not described: a row would say they were there.
  const participants = w.conference.participants.filter((p) => w.people.knows(p.id));
  if (!participants.length) return [{ kind: 'paragraph', text: NONE_RECORDED }];
  const reader = w.g.view.participant;
  const rows = participants.map((p) => {
    const a = p.attendance;
    const separately = a.status === 'attended-separately';
    // Someone heard apart from the others (bail conditions, domestic abuse) was kept apart from them: when, how and
    // why they were heard is for them and the professionals, so another family member's copy says only that they
    // attended separately.
    const someoneElsesSession = w.family && separately && p.id !== reader?.id;
    const reason = !someoneElsesSession && w.g.shows(`participant:${p.id}:attendanceReason`) ? a.reason : '';
    const notes = [
      // Joined with ". " below: a reason typed with its own full stop must not end up with two.
      reason.trim().replace(/[.\s]+$/, ''),
      separately && a.joinedBy && !someoneElsesSession ? joinedByLabel[a.joinedBy] : '',
      a.status === 'child-not-attending' ? childViewsGathered(w, p) : '',
      // Why someone was excluded, and who decided, are for the professionals' record.
      !w.family && a.exclusionCriterion ? `Reason for exclusion: ${exclusionCriterionLabel[a.exclusionCriterion]}` : '',
      !w.family && a.decidedBy ? `Decided by ${a.decidedBy}` : '',
      a.status === 'left-early'
        ? a.viewGivenBeforeLeaving
          ? 'Gave their view before leaving'
          : 'Left before giving a view'
        : '',
      p.interpreterLanguage ? `Interpreter: ${p.interpreterLanguage}` : '',
      p.needsAdvocate ? 'Needs an advocate' : '',
    ].filter(Boolean);
    const times = someoneElsesSession ? '' : timeSpan(a.arrivedAt, a.leftAt);
    return [
      p.name || 'Name not recorded',
      roleAndOrganisation(p),
      attendanceLabel[a.status],
      // A separate session's times are what its record follows: said to be missing, not left as a dash.
      times || (separately && !someoneElsesSession ? 'Not recorded' : '–'),
      notes.join('. ') || '–',
    ];
  });
  // In the family's larger type, a column with nothing in it only squeezes the others.
  if (w.family && rows.every((r) => r[4] === '–'))
    return [
      {
        kind: 'table',
        columns: [
          { title: 'Name', width: 24 },
          { title: 'Role and organisation', width: 36 },
          { title: 'Attendance', width: 22 },
          { title: 'Times', width: 18 },
        ],
        rows: rows.map((r) => r.slice(0, 4)),
      },
    ];
  return [
    {
      kind: 'table',
      // Wide enough for "Attendance" and "separately" in the family's larger type, and "Not recorded" under Times.
      columns: [
        { title: 'Name', width: 18 },
        { title: 'Role and organisation', width: 26 },
        { title: 'Attendance', width: 20 },
        { title: 'Times', width: 16 },
        { title: 'Notes', width: 20 },
      ],
      rows,
    },
  ];
}

/**
 * How the meeting heard a child who did not attend: from their attendance, else from their views as recorded under
 * the child's voice.
 */
function childViewsGathered(w: Writing, p: Participant): string {
  const method =
    p.attendance.viewsGatheredBy ??
    (p.childId !== undefined ? w.conference.childVoices.find((v) => v.childId === p.childId)?.method : undefined);
  return method ? `Views: ${childVoiceMethodWords(method)}` : 'How their views were gathered is not recorded';
}

function closedSessions(w: Writing): Block[] {
  const { closedSessions: sessions } = w.conference;
  if (!sessions.length) return [{ kind: 'paragraph', text: 'No closed session was held.' }];
  return sessions.map((session): Block => {
    const out = session.excludedParticipantIds.map((id) => w.people.participant(id));
    const names = session.excludedParticipantIds
      .filter((id) => w.people.knows(id))
      .map((id) => w.people.participant(id)?.name || 'someone no longer in the attendance list');
    const span = timeSpan(ukClock(session.startedAt), ukClock(session.endedAt));
    const reason = neutralClosedSessionReason(out.map((p) => p?.attendance.exclusionCriterion));
    return {
      kind: 'paragraph',
      text:
        `A closed session was held${span ? ` ${span}` : ''}, ${reason}.` +
        (names.length ? ` Not present: ${names.join(', ')}.` : '') +
        ' What was discussed is recorded in the restricted annex, which is held separately and goes to professionals only.',
    };
  });
}

/**
 * Closed sessions in a family member's copy: when they were, and whether this reader was out for them. Never why,
 * what was said, or who else was asked to leave.
 */
function familyClosedSessions(w: Writing): Block[] {
  const sessions = w.conference.closedSessions;
  if (!sessions.length) return [{ kind: 'paragraph', text: 'No closed session was held.' }];
  const excluded = w.g.view.presence?.closedSessionIds ?? new Set<string>();
  return sessions.map((session): Block => {
    const span = timeSpan(ukClock(session.startedAt), ukClock(session.endedAt));
    const when = span ? ` (${span})` : '';
    return {
      kind: 'paragraph',
      text: excluded.has(session.id)
        ? `Part of the meeting${when} went on without you. What was said then is not in your copy.`
        : `Part of the meeting${when} was held without some of the people invited. The record of it is kept by the professionals.`,
    };
  });
}

/** An agency in words, for its part of the minute: its name from the agency list, or the organisation for "other". */
function agencyWords(p: Participant): string {
  return p.agency === 'other' && p.organisation.trim() ? p.organisation.trim() : p.agency ? agencyLabel[p.agency] : '';
}

/**
 * Information from agencies: a part for each professional agency invited (whatever their attendance, short of not
 * being invited), titled with the agency and the person ("Police – PC Laura Finch"), holding what they said under the
 * item. An agency with nothing recorded says so, so that its information cannot vanish without a trace: a draft asks
 * for it, a final minute records that there was none. Notes on the item said by anyone else (the chair, a parent, a
 * professional without an agency), or by someone this reader may not know of, follow under the item's own heading.
 * Each note is asked about as before (`note:<id>`), so what this reader may not see is left out and counted.
 */
function agencyInformation(w: Writing, recorded: readonly Note[]): Block[] {
  const shown = recorded.filter((n) => w.g.shows(`note:${n.id}`));
  const agencies = w.conference.participants.filter(
    (p) => p.kind === 'professional' && p.agency && p.attendance.status !== 'not-invited' && w.people.knows(p.id),
  );
  const reported = new Set(reportsKnown(w).map((r) => r.participantId));
  const blocks: Block[] = [];
  for (const p of agencies) {
    const agency = agencyWords(p);
    const theirs = shown.filter((n) => n.participantId === p.id).sort(byTime);
    const said = recorded.filter((n) => n.participantId === p.id).length;
    const report = reported.has(p.id) ? ' Their written report is listed under Reports.' : '';
    blocks.push({ kind: 'heading', level: 3, text: `${agency} – ${p.name.trim() || 'name not recorded'}` });
    if (theirs.length) blocks.push(...theirs.map((n) => noteBlock(w, n, { speakerInHeading: true })));
    else if (said) blocks.push({ kind: 'paragraph', text: w.noneShown(said) });
    else
      blocks.push({
        kind: 'paragraph',
        // The prompt is for whoever finishes the minute; a family member's draft copy is only told there is nothing yet.
        text: !w.draft
          ? `No information from ${agency} was recorded.${report}`
          : w.family
            ? `Nothing recorded yet from ${agency}.${report}`
            : `Nothing recorded yet from ${agency}: add what they shared.${report}`,
      });
  }
  const inParts = new Set(agencies.map((p) => p.id));
  const others = shown.filter((n) => n.participantId === undefined || !inParts.has(n.participantId));
  blocks.push(...notesByItem(w, others, MINUTE_SECTION_ITEMS.agencies));
  return blocks.length ? blocks : [{ kind: 'paragraph', text: w.noneShown(recorded.length) }];
}

/**
 * Reports this reader may know of: a report from someone's recovery worker says they have one. A report withheld from
 * the reader (`report:<id>`: "Substance misuse report by …") is left out whole, its author and the agency with it.
 */
function reportsKnown(w: Writing): Conference['reports'] {
  return w.conference.reports.filter(
    (r) =>
      w.g.shows(`report:${r.id}`) &&
      w.people.knows(r.participantId) &&
      !w.people.namesSomeoneHidden(r.author) &&
      !w.people.namesSomeoneHidden(r.organisation),
  );
}

/** The reports in a family member's copy: whose reports the meeting had. What each person was given is theirs. */
function familyReports(w: Writing): Block[] {
  const list = reportsKnown(w);
  if (!list.length)
    return [{ kind: 'paragraph', text: w.noneShown(w.conference.reports.length, 'No written reports were recorded.') }];
  return [
    { kind: 'paragraph', text: 'The meeting had written reports from:' },
    {
      kind: 'list',
      items: list.map((r) =>
        [[agencyLabel[r.agency], r.organisation].filter(Boolean).join(', '), r.author ? `by ${r.author}` : '']
          .filter(Boolean)
          .join(', '),
      ),
    },
  ];
}

/**
 * Reports, one row per report and family member (reports are shared with each parent separately and
 * lateness is judged per recipient): what each was given and when, and whether that met the local rule, or that it
 * was kept from them and why. Supporters, advocates and children appear where something was recorded for them.
 *
 * Why a report was kept from a parent, or what their summary leaves out, has its own audience
 * (`report:<reportId>:sharing:<participantId>`, professionals only by default): it is often about the other parent.
 * Where this reader may not see it the row stays, without the reason; a restricted reason is in the annex.
 */
function reports(w: Writing): Block[] {
  const { conference } = w;
  const { nation, type, date } = conference.details;
  const overrides = w.settings.procedure.timescales;
  const known = reportsKnown(w);
  if (!known.length)
    return [{ kind: 'paragraph', text: w.noneShown(conference.reports.length, 'No written reports were recorded.') }];
  const lastDay = reportSharingDeadline(nation, type, date, overrides);
  // The sentences are made from the entries with each hidden reason taken out, so no reason is ever in them.
  const reasonRef = (reportId: string, participantId: string) => `report:${reportId}:sharing:${participantId}`;
  const hidden = new Map<string, 'annex' | 'withheld'>();
  const asRead = known.map((r) => ({
    ...r,
    sharing: r.sharing.map((entry) => {
      const ref = reasonRef(r.id, entry.participantId);
      if (!entry.reason.trim() || w.g.shows(ref)) return entry;
      const seen = w.g.view.sees(ref);
      hidden.set(ref, !seen.shown && seen.why === 'restricted' ? 'annex' : 'withheld');
      return { ...entry, reason: '' };
    }),
  }));
  const rows = reportSharingByRecipient({ ...conference, reports: asRead }, overrides).flatMap(
    ({ report: r, recipients }) => {
      // When the report came in belongs to the report, so it is in the report's cell rather than a column of its own.
      const what = [
        [agencyLabel[r.agency], r.organisation].filter(Boolean).join(', '),
        r.author ? `by ${r.author}` : 'Author not recorded',
        `Received: ${dateInFull(r.receivedOn)}`,
      ].join('\n');
      const recorded = recipients.filter((x) => x.expected || x.entry !== undefined);
      const shown = recorded.filter((x) => w.people.knows(x.participantId));
      if (!shown.length) {
        return [
          recorded.length
            ? [what, w.noneShown(recorded.length), '', '', '']
            : [what, NONE_RECORDED, '', 'Not recorded', 'Not recorded as shared with any family member.'],
        ];
      }
      return shown.map((x) => [
        what,
        x.name,
        x.version ? reportVersionLabel[x.version] : 'Not recorded',
        x.status === 'not-shared' ? 'Not shared' : dateInFull(x.sharedOn),
        datesInFull(sharingNote(x, hidden.get(reasonRef(r.id, x.participantId)))),
      ]);
    },
  );
  return [
    ...(lastDay
      ? [
          {
            kind: 'paragraph',
            text: `Reports were due with each family member by ${formatDateLong(lastDay)}; lateness is judged for each.`,
          } as const,
        ]
      : []),
    {
      kind: 'table',
      columns: [
        // Five columns, with room to spare for a font wider than Arial: "Wednesday" and "September" under Shared,
        // "Summary" under Version, an agency's long word ("Intervention") in the report's cell.
        { title: 'Report', width: 25 },
        { title: 'Family member', width: 16 },
        { title: 'Version', width: 14 },
        { title: 'Shared', width: 18 },
        { title: 'Note', width: 27 },
      ],
      rows,
    },
  ];
}

/**
 * The note on one report for one family member. `hidden` says the reason was taken out for this reader: a restricted
 * one is said to be in the annex (which holds it); one withheld from the reader is simply not there.
 */
function sharingNote(x: RecipientSharing, hidden: 'annex' | 'withheld' | undefined): string {
  if (!hidden) return x.message;
  if (x.status === 'not-shared')
    return `Not shared with ${x.name}${hidden === 'annex' ? ': the reason is held in the restricted annex.' : '.'}`;
  if (hidden === 'withheld') return x.message;
  return `${x.message} ${x.version === 'summary' ? 'What the summary leaves out' : 'A note about it'} is held in the restricted annex.`;
}

function quorumBlocks(w: Writing): Block[] {
  const all = w.conference.participants;
  const q = quorum(all);
  const known = all.filter((p) => w.people.knows(p.id));
  const agencies = (people: readonly Participant[]) =>
    new Set(people.filter((p) => p.kind === 'professional' && p.agency && isTakingPart(p)).map((p) => p.agency!));
  const taking = [...agencies(known)];
  const written = known
    .filter((p) => p.attendance.status === 'apologies-with-report' || p.attendance.status === 'report-only')
    .map((p) => `${p.name || 'Name not recorded'}${p.agency ? ` (${agencyLabel[p.agency]})` : ''}`);
  // Whether the meeting was quorate is a fact for everyone; how many agencies took part is not, where it would count
  // an agency this reader may not know was there (the mother's domestic abuse service, in the father's copy).
  const countsSomeoneHidden = agencies(all).size !== taking.length;
  const summary = !countsSomeoneHidden
    ? q.summary
    : q.quorate
      ? 'Quorate: children’s social care and at least two other agencies.'
      : q.socialCarePresent
        ? 'Not quorate: children’s social care and fewer than two other agencies; at least two are needed.'
        : q.summary;
  return [
    { kind: 'paragraph', text: summary },
    {
      kind: 'facts',
      facts: [
        { label: 'Agencies taking part', value: taking.map((a) => agencyLabel[a]).join(', ') || 'None' },
        { label: 'Written reports or views from people not taking part', value: written.join(', ') || 'None' },
      ],
    },
  ];
}

function purpose(ctx: DocumentContext): string {
  const item = ctx.agenda.find((i) => i.key === 'purpose-and-confidentiality');
  const first = item?.chairPrompts[0]?.replace(/^Purpose:\s*/, '');
  return first ? capitalise(first) : 'To share information and decide how to keep the children safe.';
}

function significantFacts(w: Writing): Block[] {
  const { conference, people } = w;
  const { details } = conference;
  const nation = details.nation;
  const facts: Fact[] = [
    {
      label: 'Reason for the conference',
      value: !details.reason.trim()
        ? 'Not recorded'
        : w.g.shows('details.reason')
          ? details.reason
          : w.family
            ? reasonToAsk(w)
            : w.notHere('details.reason'),
    },
  ];
  if (details.strategyDiscussionOn)
    facts.push({
      label: capitalise(procedureProfile(nation).words.strategyDiscussion),
      value: formatDateLong(details.strategyDiscussionOn),
    });
  if (details.type === 'transfer-in')
    facts.push(
      { label: 'Sending authority', value: details.sendingAuthority || 'Not recorded' },
      { label: 'Told of the move in writing', value: dateInFull(details.transferNotifiedOn) },
    );
  const history = conference.decisions
    .filter((d) => d.previousCategories.length || d.planStartedOn)
    .map((d) => {
      const cats = d.previousCategories.map((k) => categoryWords(k, nation).label).join(', ');
      return (
        `${capitalise(people.childFirstName(d.childId))}: ` +
        [d.planStartedOn ? `plan since ${formatDateLong(d.planStartedOn)}` : '', cats ? `under ${cats}` : '']
          .filter(Boolean)
          .join(' ')
      );
    });
  return [
    { kind: 'facts', facts },
    ...(history.length
      ? [{ kind: 'paragraph', lead: 'Plans before this conference: ', text: history.join('; ') } as const]
      : []),
  ];
}

/**
 * In place of the reason for the conference in a family member's copy, where it is not for them (it can name the
 * referrer): a plain offer rather than "Not in your copy" against why their family was brought to a conference.
 */
function reasonToAsk(w: Writing): string {
  const leadId = w.conference.plan.leadSocialWorkerParticipantId;
  const lead = w.people.knows(leadId) ? w.people.familyLabel(leadId) : undefined;
  return `${lead ? capitalise(lead) : 'Your social worker'} can go through it with you.`;
}

/**
 * Who does an action: every owner, in order (shared/plan/owners.ts), and anyone helping ("Jade Ashdown (Mother) and
 * Maureen Ashdown; with help from Sam Lee (Recovery worker)"). The action is in this copy; who does it may not be (the
 * mother's IDVA, in the father's copy), and is then described.
 */
function actionWho(ctx: DocumentContext, action: PlanAction): string {
  const owners = actionOwners(action);
  const helpers = action.supportedBy.filter(named);
  const who = owners.length ? ctx.people.actionPeopleForRecord(owners) : 'Not agreed yet';
  return helpers.length ? `${who}; with help from ${ctx.people.actionPeopleForRecord(helpers)}` : who;
}

/**
 * What an action is, as the minute lists it: for whom, what, the outcome it serves (where this reader may see it),
 * and, for an action only for children without a plan (a pre-birth assessment under a Child in Need plan), that it is
 * not part of the plan.
 */
function actionWhat(w: Writing, action: PlanAction): string {
  const outcome = w.conference.plan.outcomes.find((o) => o.id === action.outcomeId);
  const serves = outcome && outcome.text.trim() && w.g.shows(`outcome:${outcome.id}`) ? outcome.text.trim() : '';
  const without = actionOnlyForChildrenWithoutPlan(w.conference, action);
  const plan = procedureProfile(w.conference.details.nation).words.plan;
  const apart = without.length
    ? without.every((c) => c.unborn)
      ? `Help before the birth: not part of the ${plan}.`
      : `Not part of the ${plan}.`
    : '';
  return [`${forWhom(w, action.childIds)}${action.what}`, serves ? `Outcome: ${serves}` : '', apart]
    .filter(Boolean)
    .join('\n');
}

/** "For Mia: " before an entry about some of the children; nothing before one about all of them. */
function forWhom(ctx: DocumentContext, ids: readonly string[]): string {
  const names = ctx.people.childFirstNames(ids);
  return names.length ? `For ${andList(names)}: ` : '';
}

/**
 * How an action has gone. The note said about it at the review has its own audience and time
 * (`action:<id>:progress`): "relapsed twice" can be for the professionals while the action stays in the parent's
 * copy, and a parent out of the room when it was said does not have it. Without the note, the rating stays.
 */
function progressText(w: Writing, action: PlanAction): string {
  if (!action.progress) return action.carriedForward ? 'Not reported' : 'New';
  const typed = action.progress.note.trim();
  const note = typed && w.g.shows(`action:${action.id}:progress`) ? typed : '';
  return `${progressLabel(action.progress.rag)}${note ? `. ${note}` : ''}`;
}

/**
 * How the actions of the last plan went. Each action is printed once, with its progress: one that carries on into
 * the new plan is in the plan's table of actions, which has a column for it, and only the actions finished or no
 * longer needed are listed here (a review minute printed every action twice, issue 12).
 */
function progress(w: Writing): Block[] {
  const all = w.conference.plan.actions.filter(isReported);
  const reported = all.filter((a) => w.g.shows(`action:${a.id}`));
  if (!reported.length)
    return [{ kind: 'paragraph', text: w.noneShown(all.length, 'No progress on earlier actions was recorded.') }];
  const ended = reported.filter((a) => !actionContinues(a));
  const going = reported.length - ended.length;
  const pointer: Block[] = going
    ? [
        {
          kind: 'paragraph',
          text:
            `${going === 1 ? 'One action' : `${going} actions`} from the last plan ${going === 1 ? 'carries' : 'carry'} on ` +
            `into the new plan: see The plan, where ${going === 1 ? 'it is' : 'each is'} listed with how it has gone.`,
        },
      ]
    : [];
  if (!ended.length) return pointer;
  return [
    ...pointer,
    { kind: 'heading', level: 3, text: 'Actions finished or no longer needed' },
    {
      kind: 'table',
      columns: [
        { title: 'Who', width: 24 },
        { title: 'Action', width: 30 },
        { title: 'When', width: 18 },
        { title: 'Progress', width: 28 },
      ],
      rows: ended.map((a) => [actionWho(w, a), actionWhat(w, a), dueWords(a.due), progressText(w, a)]),
    },
  ];
}

function childrensViews(w: Writing): Block[] {
  const all = w.conference.childVoices;
  const voices = all.filter((v) => w.g.shows(`childVoice:${v.id}`));
  if (!voices.length) return [{ kind: 'paragraph', text: w.noneShown(all.length) }];
  return voices.flatMap((v) => childVoiceRecord(w.people, v));
}

function analysis(w: Writing): Block[] {
  const { conference } = w;
  const { worries, strengths, safetyGoals } = conference.analysis;
  const entries = <T extends { id: string; text: string; childIds: string[] }>(
    label: string,
    prefix: string,
    list: readonly T[],
  ): Block[] => {
    const shown = list.filter((e) => w.g.shows(`${prefix}:${e.id}`));
    return [
      // A part of "What are we worried about?" and the like: a heading a screen reader can jump to.
      { kind: 'heading', level: 4, text: label },
      shown.length
        ? { kind: 'list', items: shown.map((e) => `${forWhom(w, e.childIds)}${e.text}`) }
        : { kind: 'paragraph', text: w.noneShown(list.length) },
    ];
  };
  // A score and its comment were given together: the row follows the comment's audience and time.
  const scaling = conference.analysis.scaling.filter((s) =>
    w.g.shows(`scaling:${s.participantId}:${s.childId ?? 'all'}`),
  );
  const scale = scaleWords(conference.details.type === 'pre-birth');
  const scores = scaling.map((s) => [
    w.people.recordLabel(s.participantId),
    s.childId ? capitalise(w.people.childFirstName(s.childId)) : 'All the children',
    String(s.score),
    s.comment || '–',
  ]);
  const sorted = scaling.map((s) => s.score).sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  const middle = sorted.length % 2 ? sorted[half] : ((sorted[half - 1] ?? 0) + (sorted[half] ?? 0)) / 2;
  return [
    { kind: 'heading', level: 3, text: 'What are we worried about?' },
    ...entries(
      'Harm',
      'worry',
      worries.filter((x) => x.kind === 'harm'),
    ),
    ...entries(
      'Danger statements',
      'worry',
      worries.filter((x) => x.kind === 'danger-statement'),
    ),
    ...entries(
      'Complicating factors',
      'worry',
      worries.filter((x) => x.kind === 'complicating-factor'),
    ),
    { kind: 'heading', level: 3, text: 'What is working well?' },
    ...entries(
      'Strengths',
      'strength',
      strengths.filter((s) => s.kind === 'strength'),
    ),
    ...entries(
      'Existing safety',
      'strength',
      strengths.filter((s) => s.kind === 'existing-safety'),
    ),
    { kind: 'heading', level: 3, text: 'What needs to happen?' },
    ...entries('Safety goals', 'safetyGoal', safetyGoals),
    { kind: 'heading', level: 3, text: 'Scaling' },
    {
      kind: 'paragraph',
      text: `On a scale of 0 to 10: 0 means ${continueSentence(scale.zeroMeans)}; 10 means ${continueSentence(scale.tenMeans)}.`,
    },
    ...(scores.length
      ? [
          {
            kind: 'paragraph',
            text: scoresSummary(w, sorted, middle, conference.analysis.scaling.length),
          } as const,
          {
            kind: 'table',
            // "Score" must fit on one line in the family's larger type.
            columns: [
              { title: 'Who', width: 35 },
              { title: 'About', width: 18 },
              { title: 'Score', width: 12 },
              { title: 'Comment', width: 35 },
            ],
            rows: scores,
          } as const,
        ]
      : [
          {
            kind: 'paragraph',
            text: w.noneShown(conference.analysis.scaling.length, 'No scores were recorded.'),
          } as const,
        ]),
  ];
}

/**
 * The spread of the scores in this copy. Where some are not in it, the sentence counts only those the reader can see
 * and says so: "1 score was given" would misstate the meeting, and the spread of every score could give away a
 * score kept from them.
 */
function scoresSummary(w: Writing, sorted: readonly number[], middle: number | undefined, recorded: number): string {
  const n = sorted.length;
  const spread = n === 1 ? `${sorted[0]}` : `from ${sorted[0]} to ${sorted[n - 1]}; the middle score is ${middle}`;
  if (n === recorded)
    return n === 1
      ? `One score was given: ${sorted[0]}.`
      : `${n} scores were given, from ${sorted[0]} to ${sorted[n - 1]}; the middle score was ${middle}.`;
  const copy = w.family ? 'your copy' : 'this copy';
  return n === 1 ? `One score is in ${copy}: ${spread}.` : `${n} scores are in ${copy}, ${spread}.`;
}

function otherChildren(w: Writing): Block[] {
  const all = w.conference.otherChildren;
  const shown = all.filter((c) => w.g.shows(`otherChild:${c.id}`));
  // The professional minute says how many are held in the annex; a family member's copy does not hint at them.
  const inAnnex = w.family
    ? 0
    : all.filter((c) => {
        const seen = w.g.view.sees(`otherChild:${c.id}`);
        return !seen.shown && seen.why === 'restricted';
      }).length;
  const blocks: Block[] = shown.length
    ? [
        {
          kind: 'table',
          columns: [
            { title: 'Name', width: 22 },
            { title: 'Date of birth', width: 18 },
            { title: 'Where they live', width: 19 },
            { title: 'Connection', width: 19 },
            { title: 'Conclusion', width: 22 },
          ],
          rows: shown.map((c) => [
            c.name || 'Not recorded',
            dateInFull(c.dateOfBirth),
            c.whereTheyLive || 'Not recorded',
            c.connection || 'Not recorded',
            c.conclusion || 'Not recorded',
          ]),
        },
      ]
    : [{ kind: 'paragraph', text: w.noneShown(all.length, 'No other children were recorded.') }];
  if (inAnnex)
    blocks.push({
      kind: 'paragraph',
      text: `${inAnnex === 1 ? 'One further child is' : `${inAnnex} further children are`} recorded in the restricted annex.`,
    });
  return blocks;
}

function decision(w: Writing, child: Child): Block[] {
  const { conference, people } = w;
  const nation = conference.details.nation;
  const found: ChildDecision | undefined = conference.decisions.find((x) => x.childId === child.id);
  const name = people.childFirstName(child.id);
  const blocks: Block[] = [{ kind: 'heading', level: 3, text: people.childFullName(child.id) }];
  if (!found) return [...blocks, { kind: 'paragraph', text: 'Not decided yet.' }];
  const d = withoutHiddenLead(found, w.g);
  const reasonsRef = `decision:${d.childId}:chairReasons`;
  const support = alternativeSupportWords(d, nation, name);
  const labels = (keys: readonly string[]) => keys.map((k) => categoryWords(k, nation).label).join(', ');
  const agencyViews = d.agencyViews.filter((v) => w.g.shows(`agencyView:${d.childId}:${v.participantId}`));
  const familyViews = d.familyViews.filter((v) => w.g.shows(`familyView:${d.childId}:${v.participantId}`));
  const dissent = d.dissent.filter((v) => w.g.shows(`dissent:${d.childId}:${v.participantId}`));
  blocks.push({
    kind: 'facts',
    facts: [
      { label: 'Decision', value: outcomeWords(d.outcome, nation, name, d.reconsider) },
      {
        label: categoryHeading(nation),
        value: labels(d.categories) || (planInPlace(d.outcome) && d.outcome ? 'Not recorded' : 'None'),
      },
      ...(d.previousCategories.length
        ? [{ label: `Previous ${continueSentence(categoryHeading(nation))}`, value: labels(d.previousCategories) }]
        : []),
      ...(d.planStartedOn ? [{ label: 'Plan started', value: formatDateLong(d.planStartedOn) }] : []),
      ...(support ? [{ label: 'Help instead of a plan', value: support }] : []),
      ...(d.stepDownPlan ? [{ label: 'Step-down plan', value: d.stepDownPlan }] : []),
      {
        label: 'Chair’s reasons',
        value: !d.chairReasons.trim() ? 'Not recorded' : w.g.shows(reasonsRef) ? d.chairReasons : w.notHere(reasonsRef),
      },
    ],
  });
  // Parts of the child's decision, under the child's own heading.
  blocks.push({ kind: 'heading', level: 4, text: 'Each agency’s view' });
  blocks.push(
    agencyViews.length
      ? {
          kind: 'table',
          columns: [
            { title: 'Who', width: 31 },
            { title: 'View', width: 21 },
            { title: 'Given', width: 16 },
            { title: 'Reason', width: 32 },
          ],
          rows: agencyViews.map((v) => [
            people.recordLabel(v.participantId),
            agencyViewLabel(v.view, w.conference.details.nation),
            v.givenHow === 'in-writing' ? 'In writing' : 'In person',
            v.reason || '–',
          ]),
        }
      : { kind: 'paragraph', text: w.noneShown(d.agencyViews.length, 'No agency views recorded.') },
  );
  blocks.push({ kind: 'heading', level: 4, text: 'The family’s views on the decision' });
  blocks.push(
    ...(familyViews.length
      ? familyViews.map((v): Block => ({
          kind: 'paragraph',
          lead: `${people.recordLabel(v.participantId)}: `,
          text: v.text,
        }))
      : [{ kind: 'paragraph', text: w.noneShown(d.familyViews.length) } as const]),
  );
  blocks.push({ kind: 'heading', level: 4, text: 'Dissent' });
  blocks.push(
    ...(dissent.length
      ? dissent.map((x): Block => ({
          kind: 'paragraph',
          lead: `${people.recordLabel(x.participantId)} disagreed: `,
          text: `${x.text}${x.escalationRoute ? `\nEscalation route: ${x.escalationRoute}` : ''}`,
        }))
      : [{ kind: 'paragraph', text: w.noneShown(d.dissent.length, 'No dissent recorded.') } as const]),
  );
  return blocks;
}

function plan(w: Writing): Block[] {
  const { plan: p } = w.conference;
  const lead = w.people.participant(p.leadSocialWorkerParticipantId);
  const outcomes = p.outcomes.filter((o) => w.g.shows(`outcome:${o.id}`));
  const actions = p.actions.filter((a) => w.g.shows(`action:${a.id}`));
  const current = actions.filter(actionContinues);
  const finished = actions.length - current.length;
  const support = p.support.filter((s) => w.g.shows(`support:${s.id}`));
  return [
    { kind: 'heading', level: 3, text: 'Outcomes' },
    outcomes.length
      ? {
          kind: 'list',
          items: outcomes.map((o) => `${forWhom(w, o.childIds)}${o.text}${o.why ? ` Why: ${o.why}` : ''}`),
        }
      : { kind: 'paragraph', text: w.noneShown(p.outcomes.length) },
    { kind: 'heading', level: 3, text: 'Actions' },
    ...(finished
      ? [
          {
            kind: 'paragraph',
            text: `${finished === 1 ? 'One action' : `${finished} actions`} from the last plan ${finished === 1 ? 'is' : 'are'} finished or no longer needed, and not repeated here: see Progress on the plan.`,
          } as const,
        ]
      : []),
    current.length
      ? actionsTable(w, current)
      : { kind: 'paragraph', text: w.noneShown(p.actions.filter(actionContinues).length) },
    { kind: 'heading', level: 3, text: 'Support offered' },
    support.length
      ? {
          kind: 'list',
          items: support.map((s) =>
            // Who provides it is left off where it names someone this reader may not know of.
            s.providedBy && !w.people.namesSomeoneHidden(s.providedBy) ? `${s.text} (${s.providedBy})` : s.text,
          ),
        }
      : { kind: 'paragraph', text: w.noneShown(p.support.length) },
    { kind: 'heading', level: 3, text: 'Contact arrangements' },
    {
      kind: 'paragraph',
      text: !p.contactArrangements.trim()
        ? NONE_RECORDED
        : w.g.shows('plan.contactArrangements')
          ? p.contactArrangements
          : w.notHere('plan.contactArrangements'),
    },
    { kind: 'heading', level: 3, text: 'Lead professional' },
    {
      kind: 'facts',
      facts: [
        {
          label: leadProfessionalTitle(w.conference.details.nation, w.settings.leadProfessionalTitle),
          value: lead ? w.people.recordLabel(lead.id) : 'Not recorded',
        },
        { label: 'Team manager', value: p.teamManager || 'Not recorded' },
        { label: 'Visits', value: p.visitingFrequency || 'Not recorded' },
      ],
    },
  ];
}

/**
 * The plan's actions. How everyone will know an action is done is a line of the action's own cell, under its outcome,
 * rather than a column of its own: five columns left each a few letters wide, and words were broken across lines
 * ("professiona l"). Widths are set so that the longest word of each column's usual content fits: a name with a role
 * in brackets, a long date ("Wednesday", "September"), a progress note.
 */
function actionsTable(w: Writing, actions: readonly PlanAction[]): Block {
  const rows = actions.map((a) => [
    actionWho(w, a),
    `${actionWhat(w, a)}\nHow we will know: ${a.howWeWillKnow.trim() || 'Not recorded'}`,
    dueWords(a.due),
    progressText(w, a),
  ]);
  // In the family's larger type, a Progress column saying "New" on every line (a first plan) only squeezes the words
  // of the actions into a few letters a line.
  if (w.family && actions.every((a) => !a.progress && !a.carriedForward))
    return {
      kind: 'table',
      columns: [
        { title: 'Who', width: 30 },
        { title: 'What', width: 50 },
        { title: 'When', width: 20 },
      ],
      rows: rows.map((r) => r.slice(0, 3)),
    };
  return {
    kind: 'table',
    columns: w.family
      ? [
          { title: 'Who', width: 29 },
          { title: 'What', width: 30 },
          { title: 'When', width: 20 },
          { title: 'Progress', width: 21 },
        ]
      : [
          { title: 'Who', width: 26 },
          { title: 'What', width: 38 },
          { title: 'When', width: 17 },
          { title: 'Progress', width: 19 },
        ],
    rows,
  };
}

function coreGroupAndReview(w: Writing): Block[] {
  const { coreGroup: g, review, decisions } = w.conference;
  const label = (id: string | undefined) => (id ? w.people.recordLabel(id) : 'Not recorded');
  const anyPlan = decisions.length === 0 || decisions.some((d) => planInPlace(d.outcome));
  // An unborn baby without a plan whose need for one is looked at again at the review keeps the review.
  const reviewHeld = reviewStillHeld(w.conference);
  const recorded = g.memberParticipantIds.length > 0 || g.firstMeetingOn !== undefined || g.cadence !== undefined;
  const venue = !g.venue.trim() ? 'Not recorded' : coreGroupVenue(w.conference, w.g) || w.notHere('coreGroup.venue');
  const notesOnly = g.notesOnlyParticipantIds.filter((id) => w.people.knows(id)).map((id) => w.people.recordLabel(id));
  const returnWhen = g.returnToConferenceWhen.filter((_, i) => w.g.shows(`coreGroup.return:${i}`));
  const blocks: Block[] = [];
  if (!recorded && !anyPlan) {
    blocks.push({ kind: 'paragraph', text: 'No core group: no child is on a plan after this conference.' });
  } else {
    blocks.push({
      kind: 'facts',
      facts: [
        {
          label: 'Core group for',
          value: capitalise(w.people.childFirstNames(g.childIds).join(', ')) || 'All the children on a plan',
        },
        {
          label: 'Members',
          value:
            g.memberParticipantIds
              .filter((id) => w.people.knows(id))
              .map((id) => w.people.recordLabel(id))
              .join('; ') || w.noneShown(g.memberParticipantIds.length, 'Not recorded'),
        },
        { label: 'Convenor', value: label(g.convenorParticipantId) },
        { label: 'Chair', value: label(g.chairParticipantId) },
        { label: 'Recorder', value: label(g.recorderParticipantId) },
        {
          label: 'First meeting',
          value: g.firstMeetingOn
            ? `${formatDateLong(g.firstMeetingOn)}${g.firstMeetingTime ? ` at ${g.firstMeetingTime}` : ''}`
            : 'Not booked',
        },
        { label: 'How often', value: cadenceWords(g.cadence) },
        { label: 'Where it meets', value: venue },
        {
          label: 'Sent the notes, not members',
          value: notesOnly.join('; ') || w.noneShown(g.notesOnlyParticipantIds.length, 'Nobody'),
        },
      ],
    });
  }
  blocks.push({
    kind: 'facts',
    facts: [
      {
        label: 'Next review',
        value: review.nextReviewOn
          ? `${formatDateLong(review.nextReviewOn)}${review.nextReviewTime ? ` at ${review.nextReviewTime}` : ''}`
          : reviewHeld
            ? 'Not booked'
            : 'No review: no child is on a plan',
      },
      {
        label: 'Invited to the review',
        value: !review.invitees.trim()
          ? 'Not recorded'
          : w.g.shows('review.invitees')
            ? review.invitees
            : w.notHere('review.invitees'),
      },
    ],
  });
  // A part of its own, after the review's date: directly under the section's heading, so the next level down.
  if (recorded || anyPlan)
    blocks.push(
      { kind: 'heading', level: 3, text: 'Back to conference early if' },
      returnWhen.length
        ? { kind: 'list', items: returnWhen }
        : { kind: 'paragraph', text: w.noneShown(g.returnToConferenceWhen.length) },
    );
  return blocks;
}

/**
 * The deadlines as this reader may read them. The note on reports to the family lists reports by author and family
 * member ("Domestic abuse service report by Priya Shah to …"): for a reader who may not know of someone, or of a
 * report, it is worked out again from the reports and people they may know of. The date and status stay those of the whole meeting.
 */
function deadlinesFor(w: Writing): Deadline[] {
  const { conference } = w;
  const knownReports = reportsKnown(w);
  if (conference.participants.every((p) => w.people.knows(p.id)) && knownReports.length === conference.reports.length)
    return w.deadlines;
  const participants = conference.participants.filter((p) => w.people.knows(p.id));
  const known = new Set(participants.map((p) => p.id));
  const reports = knownReports.map((r) => ({ ...r, sharing: r.sharing.filter((e) => known.has(e.participantId)) }));
  const theirs = conferenceDeadlines({ ...conference, participants, reports }, w.settings.procedure.timescales);
  return w.deadlines.map((d) => {
    if (d.key !== 'reports-to-family') return d;
    const note = theirs.find((t) => t.key === d.key)?.note;
    const { note: _whole, ...rest } = d;
    return note ? { ...rest, note } : rest;
  });
}

function dates(w: Writing): Block[] {
  const deadlines = deadlinesFor(w);
  if (!deadlines.length) return [{ kind: 'paragraph', text: NONE_RECORDED }];
  return [
    {
      kind: 'table',
      columns: [
        { title: 'What', width: 22 },
        { title: 'Date', width: 19 },
        { title: 'Rule', width: 32 },
        { title: 'Status', width: 27 },
      ],
      rows: deadlines.map((d) => [
        d.label,
        d.dueOn
          ? `${d.limit === 'no-earlier-than' ? 'Not before ' : 'By '}${formatDateLong(d.dueOn)}`
          : 'Not worked out',
        d.rule,
        datesInFull(deadlineStatusWords(d)),
      ]),
    },
  ];
}

function otherDecisions(w: Writing): Block[] {
  const { otherDecisions: o, details } = w.conference;
  const profile = procedureProfile(details.nation);
  /** A typed detail, or what to say in its place; '' when there is none. */
  const detail = (ref: string, text: string) => (!text.trim() ? '' : w.g.shows(ref) ? text : w.notHere(ref));
  const facts: Fact[] = [];
  if (profile.considersReporterReferral || o.reporterReferral !== 'not-considered')
    facts.push({
      label: 'Referral to the Children’s Reporter',
      value: [reporterReferralLabel[o.reporterReferral], detail('otherDecisions.reporterReason', o.reporterReason)]
        .filter(Boolean)
        .join('. '),
    });
  facts.push({
    label: 'Emergency measures',
    value: detail('otherDecisions.emergencyMeasures', o.emergencyMeasures) || 'None',
  });
  // Legal advice on proceedings is privileged until the family is told by letter: a family member's copy says
  // nothing of legal planning unless the chair opened its detail to them.
  if (!w.family || w.g.shows('otherDecisions.legalPlanningDetail'))
    facts.push({
      label: 'Legal planning',
      value: [legalPlanningLabel[o.legalPlanning], detail('otherDecisions.legalPlanningDetail', o.legalPlanningDetail)]
        .filter(Boolean)
        .join('. '),
    });
  facts.push({ label: 'Other services', value: detail('otherDecisions.otherServices', o.otherServices) || 'None' });
  if (details.type === 'pre-birth' || o.orderAtBirth)
    facts.push({ label: 'Order at birth', value: detail('otherDecisions.orderAtBirth', o.orderAtBirth) || 'None' });
  // A referral the reader may not see is left out whole: that it was made can itself be the secret (MARAC).
  const referrals = o.referrals.filter((r) => w.g.shows(`referral:${r.id}`));
  const assessments = o.assessments.filter((a) => w.g.shows(`assessment:${a.id}`));
  return [
    { kind: 'facts', facts },
    // Directly under the section's heading, so the next level down: no level is skipped.
    { kind: 'heading', level: 3, text: 'Referrals' },
    referrals.length
      ? {
          kind: 'list',
          items: referrals.map((r) => (r.detail ? `${referralLabel[r.kind]}: ${r.detail}` : referralLabel[r.kind])),
        }
      : { kind: 'paragraph', text: w.noneShown(o.referrals.length, 'None') },
    { kind: 'heading', level: 3, text: 'Assessments commissioned' },
    assessments.length
      ? {
          kind: 'table',
          columns: [
            { title: 'Assessment', width: 50 },
            { title: 'By', width: 25 },
            { title: 'Due', width: 25 },
          ],
          rows: assessments.map((a) => [a.what, a.by || 'Not recorded', dateInFull(a.dueOn)]),
        }
      : { kind: 'paragraph', text: w.noneShown(o.assessments.length, 'None') },
  ];
}

/**
 * Agenda items the chair did not take, each with the reason given: the minute must show what was not covered. The
 * reason was said in the meeting (`agenda:<itemKey>:skipped`) and can be about someone: where this reader may not
 * see it, the item is still listed, without the reason.
 */
function skippedItems(w: Writing): Block[] {
  const skipped = Object.entries(w.conference.agenda.items).filter(([, progress]) => progress.status === 'skipped');
  if (skipped.length === 0) return [];
  const reason = (key: string, typed: string) => {
    const ref = `agenda:${key}:skipped`;
    if (!typed.trim()) return 'No reason recorded';
    if (w.g.shows(ref)) return typed;
    return w.family ? 'Not taken at this meeting' : w.notHere(ref);
  };
  return [
    { kind: 'heading', level: 2, text: 'Agenda items not taken' },
    {
      kind: 'facts',
      facts: skipped.map(([key, progress]) => ({
        label: itemTitle(w, key),
        value: reason(key, progress.skippedReason),
      })),
    },
  ];
}

/** Notes on items this build does not know (a newer file, a removed item): kept, never dropped. */
function unplacedNotes(ctx: DocumentContext, notes: readonly Note[]): Block[] {
  const owned = new Set<string>(Object.values(MINUTE_SECTION_ITEMS).flat());
  const known = new Set<string>(agendaItemKeys);
  const stray = notes.filter((n) => !owned.has(n.itemKey) || !known.has(n.itemKey));
  if (!stray.length) return [];
  return [{ kind: 'heading', level: 2, text: 'Other notes' }, ...notesByItem(ctx, stray)];
}

function approval(ctx: DocumentContext): Block[] {
  const full = deadline(ctx, 'full-minutes');
  const corrections = deadline(ctx, 'minutes-corrections');
  const chair = ctx.conference.details.chair || 'the chair';
  return [
    {
      kind: 'facts',
      facts: [
        ...(full?.dueOn
          ? [{ label: `${full.label} due`, value: withRule(`By ${formatDateLong(full.dueOn)}`, full.rule) }]
          : []),
        ...(corrections?.dueOn
          ? [
              {
                label: 'Corrections to the chair',
                value: withRule(`By ${formatDateLong(corrections.dueOn)}`, corrections.rule),
              },
            ]
          : []),
      ],
    },
    { kind: 'signature', lines: [`Approved by ${chair}, chair`, 'Signed', 'Date'] },
  ];
}
