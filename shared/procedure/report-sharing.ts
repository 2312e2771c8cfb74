import { agencyLabel } from '../wording/labels';
import type {
  Conference,
  Participant,
  ParticipantKind,
  Report,
  ReportSharing,
  ReportVersion,
} from '../model/conference';
import { isAfter } from './calendar';
import { describeAmount, type TimescaleUnit } from './profiles';
import { workingDayOnOrAfter, workingDaysBetween } from './working-days';

/**
 * Reports shared with each family member separately: a report may go to one parent only, or as a
 * summary without a restricted section, and lateness is judged per recipient. This module says, for each report and
 * each family member, what they were given, when, and whether that met the local rule; the rule's last day is
 * counted in deadlines.ts (`reportSharingByRecipient`), which hands it in here.
 */

/** Participants on the family's side of the table, who may be given reports. */
export const FAMILY_SIDE_KINDS: ReadonlySet<ParticipantKind> = new Set(['family', 'supporter', 'advocate', 'child']);

export function familySideParticipants(conference: Pick<Conference, 'participants'>): Participant[] {
  return conference.participants.filter((p) => FAMILY_SIDE_KINDS.has(p.kind));
}

/**
 * Who every report should reach, or say why not: the family members with parental responsibility (through their
 * household adult) who were invited; where the file records none, every participant of kind 'family'. Supporters,
 * advocates and children get reports only where someone records that they did, so a gap for them is not flagged.
 */
export function expectedReportRecipients(conference: Pick<Conference, 'participants' | 'adults'>): Participant[] {
  const family = conference.participants.filter((p) => p.kind === 'family');
  const parents = family.filter(
    (p) =>
      p.attendance.status !== 'not-invited' &&
      conference.adults.some((a) => a.id === p.adultId && a.parentalResponsibility),
  );
  return parents.length ? parents : family;
}

/** The rule a report is judged by: its length, and the last day a report may reach a family member. */
export type ReportSharingRule = { amount: number; unit: TimescaleUnit; dueOn: string };

export type RecipientSharingStatus =
  /** Reached them on or before the rule's last day. */
  | 'in-time'
  /** Reached them after the rule's last day. */
  | 'late'
  /** Reached them, and no rule applies to judge it by. */
  | 'shared'
  /** Deliberately kept from them; `reason` says why. */
  | 'not-shared'
  /** Nothing recorded for them yet, or a version with no date. */
  | 'not-recorded';

export type RecipientSharing = {
  participantId: string;
  /** The participant's name, or words saying who they were when they are no longer listed. */
  name: string;
  /** Someone every report should reach or say why not (see `expectedReportRecipients`): a gap here needs filling. */
  expected: boolean;
  /** What was recorded, when anything was. */
  entry?: ReportSharing;
  version?: ReportVersion;
  sharedOn?: string;
  /**
   * Working days from the day it reached them to the conference, the conference day counted and the day it reached
   * them not (as the rule counts): 5 for Tue 24 Nov before Tue 1 Dec 2026. A report that arrived on a weekend or
   * bank holiday is counted from the next working day, when it could be read. Negative when it came after.
   */
  workingDaysBefore?: number;
  /** The rule's number of days (or weeks or months, see `ruleWords`). */
  ruleAmount?: number;
  /** The rule's length in words: "3 working days". */
  ruleWords?: string;
  /** The last day a report may reach a family member. */
  dueOn?: string;
  late: boolean;
  /** Why it was not shared, or what the summary leaves out. */
  reason: string;
  status: RecipientSharingStatus;
  /** One sentence for the form and the minute: "Late: reached Gary Kerr 1 working day before the conference; …". */
  message: string;
};

export type ReportRecipients = { report: Report; recipients: RecipientSharing[] };

/** "Police report by PC Laura Finch": how notes name a report. */
export function reportName(report: Pick<Report, 'agency' | 'author'>): string {
  return `${agencyLabel[report.agency]} report${report.author ? ` by ${report.author}` : ''}`;
}

const NO_LONGER_LISTED = 'a family member no longer in the participant list';

/** Ends a sentence with a full stop unless the text already ends in one. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function whenWords(days: number): string {
  if (days === 0) return 'on the day of the conference';
  const n = Math.abs(days);
  return `${n} working day${n === 1 ? '' : 's'} ${days > 0 ? 'before' : 'after'} the conference`;
}

function describeRecipient(
  nation: Conference['details']['nation'],
  conferenceDate: string,
  rule: ReportSharingRule | undefined,
  participantId: string,
  name: string,
  expected: boolean,
  entry: ReportSharing | undefined,
): RecipientSharing {
  const label = name || 'an unnamed family member';
  const base = {
    participantId,
    name: label,
    expected,
    ...(entry ? { entry, version: entry.version } : {}),
    reason: entry?.reason ?? '',
    late: false,
  };
  if (entry?.version === 'not-shared') {
    const why = entry.reason.trim() ? sentence(entry.reason) : 'no reason recorded.';
    return { ...base, status: 'not-shared', message: `Not shared with ${label}: ${why}` };
  }
  // What the summary leaves out; on a full copy, any note the chair added, so that nothing typed is dropped.
  const reasonText = entry?.reason.trim() ?? '';
  const extra = !reasonText
    ? ''
    : entry?.version === 'summary'
      ? ` The summary leaves out: ${sentence(reasonText)}`
      : ` Note: ${sentence(reasonText)}`;
  if (!entry?.sharedOn) {
    return { ...base, status: 'not-recorded', message: `Not yet recorded as shared with ${label}.${extra}` };
  }
  const sharedOn = entry.sharedOn;
  const workingDaysBefore = workingDaysBetween(nation, workingDayOnOrAfter(nation, sharedOn), conferenceDate);
  const what = entry.version === 'summary' ? 'a summary reached' : 'reached';
  const shared = { ...base, sharedOn, workingDaysBefore };
  if (!rule) {
    const message = `${capitalise(what)} ${label} ${whenWords(workingDaysBefore)}.${extra}`;
    return { ...shared, status: 'shared', message };
  }
  const ruleWords = describeAmount(rule.amount, rule.unit);
  const late = isAfter(sharedOn, rule.dueOn);
  const said = `${what} ${label} ${whenWords(workingDaysBefore)}; the rule is ${ruleWords}.${extra}`;
  return {
    ...shared,
    ruleAmount: rule.amount,
    ruleWords,
    dueOn: rule.dueOn,
    late,
    status: late ? 'late' : 'in-time',
    message: late ? `Late: ${said}` : capitalise(said),
  };
}

/**
 * For one report, every family member it concerns: each family-side participant in the order of the participant
 * list (recorded or not), then anyone with an entry who is no longer a family-side participant.
 */
export function judgeReportRecipients(
  conference: Pick<Conference, 'participants' | 'adults' | 'details'>,
  report: Report,
  rule: ReportSharingRule | undefined,
): RecipientSharing[] {
  const { nation, date } = conference.details;
  const expected = new Set(expectedReportRecipients(conference).map((p) => p.id));
  const side = familySideParticipants(conference);
  const entryFor = (participantId: string) => report.sharing.find((s) => s.participantId === participantId);
  const listed = side.map((p) =>
    describeRecipient(nation, date, rule, p.id, p.name, expected.has(p.id), entryFor(p.id)),
  );
  const others = report.sharing
    .filter((s) => !side.some((p) => p.id === s.participantId))
    .filter((s, i, all) => all.findIndex((t) => t.participantId === s.participantId) === i)
    .map((s) => {
      const participant = conference.participants.find((p) => p.id === s.participantId);
      return describeRecipient(nation, date, rule, s.participantId, participant?.name || NO_LONGER_LISTED, false, s);
    });
  return [...listed, ...others];
}

/** Every report with every family member it concerns, judged against `rule` (see deadlines.ts). */
export function judgeReportSharing(
  conference: Pick<Conference, 'participants' | 'adults' | 'details' | 'reports'>,
  rule: ReportSharingRule | undefined,
): ReportRecipients[] {
  return conference.reports.map((report) => ({ report, recipients: judgeReportRecipients(conference, report, rule) }));
}
