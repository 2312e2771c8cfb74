import { agendaForConference } from '../agenda/definitions';
import { CapturedIndex } from '../audience/captured';
import type { ReaderView } from '../audience/visibility';
import type { AgendaItemDefinition } from '../agenda/types';
import { formatDate } from '../format/dates';
import type { Conference, ExclusionCriterion, PlanAction } from '../model/conference';
import { conferenceTypeLabel } from '../wording/labels';
import type { OrganisationSettings } from '../model/settings';
import type { Deadline, DeadlineStatus } from '../procedure/deadlines';
import { logoFromDataUrl } from './logo';
import { People } from './people';
import type { DocumentOptions, Logo } from './types';

/** Everything the view-model step reads, worked out once for all the documents of one export. */
export type DocumentContext = {
  conference: Conference;
  settings: OrganisationSettings;
  deadlines: Deadline[];
  people: People;
  /** Every piece of captured text with its audience, worked out once and shared by every reader's view. */
  index: CapturedIndex;
  /** This conference's agenda, in running order. */
  agenda: AgendaItemDefinition[];
  draft: boolean;
  issuedOn: string;
  /** The organisation's name: settings first, else the local authority typed on the conference. */
  authority: string;
  /** "Review child protection conference", in the nation's words. */
  meetingName: string;
  marking: string;
  logo?: Logo;
};

export function documentContext(
  conference: Conference,
  settings: OrganisationSettings,
  deadlines: Deadline[],
  options: DocumentOptions & { today: string },
): DocumentContext {
  const authority = settings.authorityName.trim() || conference.details.localAuthority.trim();
  const logo = logoFromDataUrl(settings.logoDataUrl, authority ? `${authority} logo` : 'Logo');
  return {
    conference,
    settings,
    deadlines,
    people: new People(conference),
    index: new CapturedIndex(conference),
    agenda: agendaForConference(conference),
    // Until the chair ends the meeting, anything printed is a draft of what may still change.
    draft: options.draft ?? conference.agenda.meetingEndedAt === undefined,
    // A letter is never dated before its meeting: a draft printed beforehand carries the meeting's date.
    issuedOn: options.issuedOn ?? (options.today > conference.details.date ? options.today : conference.details.date),
    authority,
    meetingName: conferenceTypeLabel(conference.details.type, conference.details.nation),
    marking: settings.protectiveMarking.trim() || 'OFFICIAL-SENSITIVE',
    ...(logo ? { logo } : {}),
  };
}

export function deadline(ctx: DocumentContext, key: string): Deadline | undefined {
  return ctx.deadlines.find((d) => d.key === key);
}

export const DRAFT_LINE = 'DRAFT – made during the meeting; may change before it is approved';

export const NONE_RECORDED = 'None recorded.';

/** "14:00 to 15:45", "from 14:00", or '' when no time is set. */
export function timeSpan(from: string | undefined, to: string | undefined): string {
  if (from && to) return `${from} to ${to}`;
  if (from) return `from ${from}`;
  if (to) return `until ${to}`;
  return '';
}

/**
 * Why a closed session was held, in words that can sit in a minute the family may read: the free-text reason can
 * name a third party or what the police know, so it is kept for the restricted annex and the minute says only this.
 */
export function neutralClosedSessionReason(criteria: readonly (ExclusionCriterion | undefined)[]): string {
  const known = criteria.filter((c): c is ExclusionCriterion => c !== undefined && c !== 'other');
  const first = known[0];
  switch (first) {
    case 'confidential-police-or-legal-information':
      return 'to share information that could not be shared with everyone present';
    case 'risk-of-violence':
      return 'for the safety of the people at the meeting';
    case 'prejudicial-to-child':
    case 'child-wishes':
      return 'in the child’s interests';
    case 'family-conflict':
      return 'so that family members could each take part safely';
    case undefined:
      return 'to share information that could not be shared with everyone present';
  }
  return 'to share information that could not be shared with everyone present';
}

export function deadlineStatusWords(d: Deadline): string {
  const booked = d.bookedOn ? formatDate(d.bookedOn) : '';
  const words: Record<DeadlineStatus, string> = {
    ok: booked ? `In time (${booked})` : 'In time',
    late: booked ? `Late: ${booked} is after the limit` : 'Late',
    'too-early': booked ? `Too early: ${booked} is before the earliest date` : 'Too early',
    reached: 'Reached on the conference date',
    'missing-booking': 'Not booked yet',
    due: 'Due',
    'needs-information': 'Cannot be worked out yet',
    'not-applicable': 'Does not apply',
  };
  return [words[d.status], d.note ?? ''].filter(Boolean).join('. ');
}

export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

export function orNone(text: string, none = NONE_RECORDED): string {
  return text.trim() ? text : none;
}

/** Makes sure a sentence written from typed text ends with a full stop (or its own punctuation). */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '';
  return /[.!?…:;)"”’]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** An agenda item's professional title on this conference's agenda, or the key in words when it is not on it. */
export function itemTitle(ctx: DocumentContext, key: string): string {
  const found = ctx.agenda.find((item) => item.key === key);
  if (found) return found.title;
  const words = key.replace(/[-_]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Notes';
}

/**
 * Whether an action is part of the plan from now on. The chair retires an action from the last plan that is finished
 * or no longer needed: it is reported on, but is not in the new plan (recorded, never guessed from its progress).
 */
export function actionContinues(action: PlanAction): boolean {
  return !action.retired;
}

/** A date with the rule behind it, without brackets inside brackets: "Tue 22 Dec 2026 – 15 working days after …". */
export function withRule(date: string, rule: string): string {
  return rule ? `${date} – ${rule}` : date;
}

/**
 * Where the core group meets, as one reader's copy may give it ('' when it may not). Its text has an audience of its
 * own (`coreGroup.venue`); and a family member heard apart from the others (bail conditions, domestic abuse) who is not
 * in the core group is not told where it meets: it says where and when the rest of the family will be.
 */
export function coreGroupVenue(
  conference: Conference,
  gate: { shows(ref: string): boolean; view: ReaderView },
): string {
  const venue = conference.coreGroup.venue.trim();
  if (!venue || !gate.shows('coreGroup.venue')) return '';
  const reader = gate.view.reader.kind === 'family' ? gate.view.reader.participant : undefined;
  const apart = reader?.attendance.status === 'attended-separately';
  return apart && !conference.coreGroup.memberParticipantIds.includes(reader.id) ? '' : venue;
}
