import { andList, childNameById, lowerFirst, possessive } from '../wording/sentences';
import { formatDate } from '../format/dates';
import type {
  Child,
  ChildDecision,
  Conference,
  ConferenceType,
  Nation,
  Report,
  ReportVersion,
} from '../model/conference';
import { isPlanOutcome } from '../model/conference';
import { conferenceTypeLabel } from '../wording/labels';
import { addCalendarDays, addMonths, dayOfWeek, isAfter, isBefore, isWeekend } from './calendar';
import {
  PROCEDURE_PROFILES,
  describeAmount,
  describeTimescale,
  effectiveTimescales,
  type EffectiveTimescale,
  type ProcedureProfile,
  type RuleBasis,
  type TimescaleKey,
  type TimescaleOverrides,
} from './profiles';
import {
  familySideParticipants,
  judgeReportSharing,
  reportName,
  type RecipientSharing,
  type ReportRecipients,
  type ReportSharingRule,
} from './report-sharing';
import { dateAtGestation } from './pregnancy';
import { addWorkingDays, bankHolidayOn, isWorkingDay, workingDayOnOrBefore, workingDaysBetween } from './working-days';

export { dateAtGestation, gestationAt } from './pregnancy';

/**
 * The statutory and local dates that follow from one conference, each checked against what has been booked.
 *
 * Conventions, chosen so that the app never shows a later date than the rule allows:
 * - Working days never count the day they start from: 10 working days after Tue 1 Dec 2026 is Tue 15 Dec 2026.
 * - A limit in calendar days, weeks or months that lands on a weekend or bank holiday is brought forward to the
 *   working day before it (the meeting cannot be held on the day itself); `nominalDueOn` keeps the date the rule
 *   gives and `note` says why it moved.
 * - Months keep the day of the month and clamp at month end (see `addMonths`).
 */

export type DeadlineStatus =
  /** Booked or done on or before the limit (or, for an earliest date, on or after it). */
  | 'ok'
  /** Booked or done after the limit. */
  | 'late'
  /** Booked before the earliest date a rule allows (a pre-birth conference before 12 weeks of pregnancy). */
  | 'too-early'
  /** A length a plan has already reached on the conference date (18 months, 2 years). */
  | 'reached'
  /** The conference file has a place for this date and it is empty. */
  | 'missing-booking'
  /** The file does not record when this is done: the date is what the chair and minute-taker must meet. */
  | 'due'
  /** The date it counts from is not recorded yet; `note` says what to record. */
  | 'needs-information'
  /** No rule applies: no child is on a plan, or the nation leaves this to local procedure and none is set. */
  | 'not-applicable';

export type Deadline = {
  /** Stable key; per-child deadlines end in `:<childId>`. */
  key: string;
  label: string;
  /** The rule's key, for a link to the setting behind it. */
  timescale?: TimescaleKey;
  /** The limit, always a working day for a "no later than" limit. Absent when it cannot be worked out. */
  dueOn?: string;
  /** The date the rule itself gives, when `dueOn` had to move off a weekend or bank holiday. */
  nominalDueOn?: string;
  limit: 'no-later-than' | 'no-earlier-than';
  /** The rule in words with its number and unit: "10 working days after the conference (England, statutory)". */
  rule: string;
  /** Whose rule it is. */
  source: string;
  basis: RuleBasis;
  from: { what: string; on?: string };
  bookedOn?: string;
  status: DeadlineStatus;
  /** A plain sentence that explains a moved date, a missing date or a problem. */
  note?: string;
  /** The count of working days, where the rule is in working days and a date is known (see `WorkingDayCount`). */
  workingDay?: WorkingDayCount;
  childId?: string;
};

/**
 * Where a rule counts working days, how far along the count a date falls, because "working day 13 of 15" tells a
 * chair more than two dates do.
 * - `counting: 'after'`: the booking (or the conference, for an assessment) falls on working day `n` after the date
 *   the rule counts from (the start day not counted, as the rule counts); `of` is the rule's number.
 * - `counting: 'before'`: reports reached a family member `n` working days before the conference (the least notice
 *   anyone had); `of` is the rule's number.
 */
export type WorkingDayCount = {
  n: number;
  of: number;
  counting: 'after' | 'before';
  /** The count in a plain sentence: "Held on working day 13 of 15." */
  words: string;
};

// ---------------------------------------------------------------------------------------------------------------
// Counting

type Counted = { dueOn: string; nominalDueOn?: string };

function movedNote(nation: Nation, counted: Counted): string | undefined {
  if (!counted.nominalDueOn) return undefined;
  const holiday = bankHolidayOn(nation, counted.nominalDueOn);
  const why = holiday ? `a bank holiday (${holiday})` : 'a weekend';
  return (
    `${formatDate(counted.nominalDueOn)} is ${why}, so the limit is the working day before it, ` +
    `${formatDate(counted.dueOn)}.`
  );
}

function onWorkingDayOrBefore(nation: Nation, nominal: string): Counted {
  const dueOn = workingDayOnOrBefore(nation, nominal);
  return dueOn === nominal ? { dueOn } : { dueOn, nominalDueOn: nominal };
}

function countFrom(nation: Nation, from: string, rule: EffectiveTimescale, direction: 1 | -1): Counted {
  const n = rule.amount * direction;
  switch (rule.unit) {
    case 'working-days':
      return { dueOn: addWorkingDays(nation, from, n) };
    case 'calendar-days':
      return onWorkingDayOrBefore(nation, addCalendarDays(from, n));
    case 'weeks':
      return onWorkingDayOrBefore(nation, addCalendarDays(from, n * 7));
    case 'months':
      return onWorkingDayOrBefore(nation, addMonths(from, n));
    case 'weeks-of-pregnancy':
      // Settings refuse this unit outside pre-birth rules; reaching here is a programming error.
      throw new RangeError('Weeks of pregnancy are counted from the due date, not from another date.');
  }
}

const workingDays = (n: number) => `${n} working day${n === 1 ? '' : 's'}`;

/**
 * How far along a working-day rule `on` falls: "Held on working day 13 of 15." Only for a rule in working days and a
 * working day after the start: a booking on a weekend is already flagged by its status and would count misleadingly.
 */
function countAfter(
  nation: Nation,
  rule: Pick<EffectiveTimescale, 'amount' | 'unit'>,
  from: string,
  on: string,
  verb: string,
): WorkingDayCount | undefined {
  if (rule.unit !== 'working-days' || !isWorkingDay(nation, on)) return undefined;
  const n = workingDaysBetween(nation, from, on);
  if (n < 1) return undefined;
  const words =
    n <= rule.amount
      ? `${verb} working day ${n} of ${rule.amount}.`
      : `${verb} working day ${n}, ${workingDays(n - rule.amount)} after the ${rule.amount} allowed.`;
  return { n, of: rule.amount, counting: 'after', words };
}

function judge(limit: Deadline['limit'], dueOn: string, bookedOn: string | undefined): DeadlineStatus | undefined {
  if (bookedOn === undefined) return undefined;
  if (limit === 'no-earlier-than') return isBefore(bookedOn, dueOn) ? 'too-early' : 'ok';
  return isAfter(bookedOn, dueOn) ? 'late' : 'ok';
}

// ---------------------------------------------------------------------------------------------------------------
// Building deadlines

type Context = {
  conference: Conference;
  nation: Nation;
  type: ConferenceType;
  date: string;
  profile: ProcedureProfile;
  timescales: Partial<Record<TimescaleKey, EffectiveTimescale>>;
  planMayContinue: boolean;
  reviewHeld: boolean;
};

function ruleText(ctx: Context, key: TimescaleKey, rule: EffectiveTimescale, from?: string, extra = ''): string {
  const basis = rule.setLocally ? 'local, set by your organisation' : rule.basis;
  return `${describeTimescale(key, rule, from)}${extra} (${ctx.profile.name}, ${basis})`;
}

type Spec = {
  key: string;
  label: string;
  timescale: TimescaleKey;
  from: { what: string; on?: string };
  /** Whether the file has a field for this date, so that an empty one is worth a prompt. */
  bookable: boolean;
  bookedOn?: string;
  /** How the rule names its starting point, where that differs from `from.what`. */
  ruleFrom?: string;
  /** Words added to the rule after its number, e.g. "or by the first core group if sooner". */
  ruleExtra?: string;
  missingFromNote?: string;
  childId?: string;
};

function notApplicable(ctx: Context, spec: Pick<Spec, 'key' | 'label' | 'timescale' | 'from'>, note: string): Deadline {
  return {
    key: spec.key,
    label: spec.label,
    timescale: spec.timescale,
    limit: 'no-later-than',
    rule: `No ${ctx.profile.name} timescale applies`,
    source: '',
    basis: 'local',
    from: spec.from,
    status: 'not-applicable',
    note,
  };
}

/** A "no later than" limit counted from a date in the file. */
function limitFrom(ctx: Context, spec: Spec): Deadline | undefined {
  const rule = ctx.timescales[spec.timescale];
  if (!rule) return undefined;
  const base = {
    key: spec.key,
    label: spec.label,
    timescale: spec.timescale,
    limit: 'no-later-than' as const,
    rule: ruleText(ctx, spec.timescale, rule, spec.ruleFrom ?? spec.from.what, spec.ruleExtra),
    source: rule.source,
    basis: rule.basis,
    from: spec.from,
    ...(spec.bookedOn ? { bookedOn: spec.bookedOn } : {}),
    ...(spec.childId ? { childId: spec.childId } : {}),
  };
  if (!spec.from.on) {
    return {
      ...base,
      status: 'needs-information',
      note: spec.missingFromNote ?? `Record the date of ${spec.from.what} to work this out.`,
    };
  }
  const counted = countFrom(ctx.nation, spec.from.on, rule, 1);
  const status = judge('no-later-than', counted.dueOn, spec.bookedOn) ?? (spec.bookable ? 'missing-booking' : 'due');
  const note = movedNote(ctx.nation, counted);
  const count = spec.bookedOn
    ? countAfter(ctx.nation, rule, spec.from.on, spec.bookedOn, spec.bookedOn === ctx.date ? 'Held on' : 'Booked for')
    : undefined;
  return {
    ...base,
    dueOn: counted.dueOn,
    ...(counted.nominalDueOn ? { nominalDueOn: counted.nominalDueOn } : {}),
    status,
    ...(note ? { note } : {}),
    ...(count ? { workingDay: count } : {}),
  };
}

/** A baby not made subject to a plan now, whose need for one is looked at again at the review conference. */
export function reconsideredAtReview(d: Pick<ChildDecision, 'outcome' | 'reconsider'>): boolean {
  return d.outcome === 'plan-not-needed' && d.reconsider === 'at-review';
}

/**
 * Whether this conference books a review: a child may stay on a plan, or an unborn baby's need for one is to be
 * looked at again there. The dates panel and every document ask this one question, so none of them says "there is
 * no review" while another gives its date.
 */
export function reviewStillHeld(conference: Conference): boolean {
  return planMayContinue(conference) || conference.decisions.some(reconsideredAtReview);
}

function planMayContinue(conference: Conference): boolean {
  const { decisions } = conference;
  // Before the decisions are recorded, the dates still matter for planning the meeting.
  if (decisions.length === 0) return true;
  return decisions.some((d) => d.outcome === undefined || isPlanOutcome(d.outcome));
}

function unbornChild(conference: Conference): Child | undefined {
  return conference.children.find((c) => c.unborn || c.expectedDeliveryDate !== undefined);
}

const REVIEW_RULE_AFTER: Record<ConferenceType, TimescaleKey> = {
  initial: 'first-review',
  'pre-birth': 'review-after-pre-birth',
  'transfer-in': 'review-after-transfer-in',
  review: 'later-reviews',
};

function timingOfThisConference(ctx: Context): Deadline[] {
  const { conference, type, date, profile } = ctx;
  const { details } = conference;
  const label = conferenceTypeLabel(type, ctx.nation);
  const out: (Deadline | undefined)[] = [];

  if (type === 'initial' || (type === 'pre-birth' && details.strategyDiscussionOn)) {
    out.push(
      limitFrom(ctx, {
        key: 'initial-conference',
        label,
        timescale: 'initial-conference',
        from: { what: `the ${profile.words.strategyDiscussion}`, on: details.strategyDiscussionOn },
        bookable: true,
        bookedOn: date,
      }),
    );
  }

  if (type === 'transfer-in') {
    out.push(
      limitFrom(ctx, {
        key: 'transfer-in-conference',
        label,
        timescale: 'transfer-in-conference',
        from: {
          what: details.sendingAuthority
            ? `written notice of the move from ${details.sendingAuthority}`
            : 'written notice of the move',
          on: details.transferNotifiedOn,
        },
        bookable: true,
        bookedOn: date,
        missingFromNote: 'Record the date the sending authority told you of the move in writing to work this out.',
      }),
    );
  }

  if (type === 'pre-birth') out.push(...preBirthTiming(ctx, label));

  if (type === 'review') {
    const previous = details.previousConference;
    const timescale = REVIEW_RULE_AFTER[previous?.type ?? 'review'];
    out.push(
      limitFrom(ctx, {
        key: 'this-review',
        label,
        timescale,
        from: {
          what: `the previous ${previous ? lowerFirst(conferenceTypeLabel(previous.type, ctx.nation)) : 'conference'}`,
          on: previous?.date,
        },
        bookable: true,
        bookedOn: date,
        missingFromNote: 'Record the date of the previous conference to check this review is in time.',
      }),
    );
    if (previous?.type === 'pre-birth') out.push(postBirthReview(ctx, date));
  }
  return out.filter((d): d is Deadline => d !== undefined);
}

const PRE_BIRTH_LABELS = {
  'pre-birth-earliest': 'earliest date',
  'pre-birth-ideal': 'ideally by',
  'pre-birth-latest': 'at the latest',
} as const;

function preBirthTiming(ctx: Context, label: string): Deadline[] {
  const child = unbornChild(ctx.conference);
  const edd = child?.expectedDeliveryDate;
  const keys = ['pre-birth-earliest', 'pre-birth-ideal', 'pre-birth-latest'] as const;
  const from = { what: 'the expected date of delivery', ...(edd ? { on: edd } : {}) };
  if (keys.every((k) => !ctx.timescales[k])) {
    return [
      notApplicable(
        ctx,
        { key: 'pre-birth-latest', label, timescale: 'pre-birth-latest', from },
        `${ctx.profile.name} sets no week of pregnancy for a pre-birth conference; your organisation can set one in ` +
          'settings.',
      ),
    ];
  }
  return keys.flatMap((key) => {
    const rule = ctx.timescales[key];
    if (!rule) return [];
    const earliest = key === 'pre-birth-earliest';
    const base = {
      key,
      label: `${label}: ${PRE_BIRTH_LABELS[key]}`,
      timescale: key,
      limit: earliest ? ('no-earlier-than' as const) : ('no-later-than' as const),
      rule: ruleText(ctx, key, rule),
      source: rule.source,
      basis: rule.basis,
      from,
      bookedOn: ctx.date,
      ...(child ? { childId: child.id } : {}),
    };
    if (!edd) return [{ ...base, status: 'needs-information', note: 'Record the expected date of delivery.' }];
    const nominal = dateAtGestation(edd, rule.amount);
    // An earliest date needs no moving: nobody books a conference for the weekend before it.
    const counted: Counted = earliest ? { dueOn: nominal } : onWorkingDayOrBefore(ctx.nation, nominal);
    const note = movedNote(ctx.nation, counted);
    const deadline: Deadline = {
      ...base,
      dueOn: counted.dueOn,
      ...(counted.nominalDueOn ? { nominalDueOn: counted.nominalDueOn } : {}),
      status: judge(base.limit, counted.dueOn, ctx.date) ?? 'due',
      ...(note ? { note } : {}),
    };
    return [deadline];
  });
}

/** England: a review within 10 working days of the birth, or by the 3-month review if that is sooner. */
function postBirthReview(ctx: Context, bookedOn: string | undefined): Deadline | undefined {
  const child = unbornChild(ctx.conference);
  return limitFrom(ctx, {
    key: 'post-birth-review',
    label: 'Review after the birth',
    timescale: 'post-birth-review',
    from: { what: 'the birth', ...(child?.dateOfBirth ? { on: child.dateOfBirth } : {}) },
    bookable: true,
    ...(bookedOn ? { bookedOn } : {}),
    missingFromNote:
      'Record the baby’s date of birth when the baby is born: the review is due within this time of the birth, or ' +
      'by the 3-month review date if that is sooner.',
    ...(child ? { childId: child.id } : {}),
  });
}

/** Lists (report, family member) pairs by report: "Police report by PC Laura Finch to Jade Ashdown and Kieran Ashdown". */
function pairList(pairs: ReadonlyArray<{ report: Report; recipient: RecipientSharing }>): string {
  const byReport = new Map<Report, string[]>();
  for (const { report, recipient } of pairs) byReport.set(report, [...(byReport.get(report) ?? []), recipient.name]);
  return [...byReport].map(([report, names]) => `${reportName(report)} to ${andList(names)}`).join('; ');
}

/**
 * Reports to the family, judged per family member: a report that reached the mother in time and the
 * father late is late, and one kept from a parent for a recorded reason is not waited for.
 */
function reportsToFamily(ctx: Context): Deadline | undefined {
  const timescale: TimescaleKey = ctx.type === 'review' ? 'reports-before-review' : 'reports-before-initial';
  const rule = reportsRule(ctx.timescales, timescale);
  const counted = countFrom(ctx.nation, ctx.date, rule, -1);
  const pairs = judgeReportSharing(ctx.conference, { amount: rule.amount, unit: rule.unit, dueOn: counted.dueOn })
    .flatMap(({ report, recipients }) => recipients.map((recipient) => ({ report, recipient })))
    // Someone whom reports need not reach (a supporter, say) counts only where something was recorded for them.
    .filter(({ recipient }) => recipient.expected || recipient.status !== 'not-recorded');
  const judged = pairs.filter(({ recipient }) => recipient.status !== 'not-shared');
  const late = judged.filter(({ recipient }) => recipient.late);
  const unrecorded = judged.filter(({ recipient }) => recipient.status === 'not-recorded');
  const unexplained = pairs.filter(({ recipient }) => recipient.status === 'not-shared' && !recipient.reason.trim());
  const lastShared = judged
    .flatMap(({ recipient }) => (recipient.sharedOn ? [recipient.sharedOn] : []))
    .sort()
    .at(-1);

  const least = leastNotice(judged, rule);

  const notes: string[] = [];
  const moved = movedNote(ctx.nation, counted);
  if (moved) notes.push(moved);
  if (late.length) notes.push(`Reached a family member after ${formatDate(counted.dueOn)}: ${pairList(late)}.`);
  if (unrecorded.length) notes.push(`No date recorded: ${pairList(unrecorded)}.`);
  if (unexplained.length) notes.push(`Not shared, with no reason recorded: ${pairList(unexplained)}.`);
  if (ctx.conference.reports.length && !familySideParticipants(ctx.conference).length) {
    notes.push('Add the family members to the participants to record when each report reached them.');
  }

  const status: DeadlineStatus = late.length
    ? 'late'
    : unrecorded.length
      ? 'missing-booking'
      : judged.length
        ? 'ok'
        : 'due';
  return {
    key: 'reports-to-family',
    label: 'Reports shared with the family',
    timescale,
    dueOn: counted.dueOn,
    ...(counted.nominalDueOn ? { nominalDueOn: counted.nominalDueOn } : {}),
    limit: 'no-later-than',
    rule: ruleText(ctx, timescale, rule),
    source: rule.source,
    basis: rule.basis,
    from: { what: 'the conference', on: ctx.date },
    ...(lastShared ? { bookedOn: lastShared } : {}),
    status,
    ...(notes.length ? { note: notes.join(' ') } : {}),
    ...(least ? { workingDay: least } : {}),
  };
}

/**
 * Reports to the family are a local rule in every nation ("Local", "shared where proportionate"), and
 * every profile sets a default. Should a profile ever leave one out, the usual local defaults apply, labelled as
 * local so that the chair knows it is the organisation's to set: 3 working days before an initial, pre-birth or
 * transfer-in conference, 5 before a review.
 */
const REPORTS_LOCAL_DEFAULT: Record<'reports-before-initial' | 'reports-before-review', EffectiveTimescale> = {
  'reports-before-initial': {
    amount: 3,
    unit: 'working-days',
    basis: 'local',
    source: 'Local default: 3 working days before the conference; your organisation can set its own in settings.',
    setLocally: false,
  },
  'reports-before-review': {
    amount: 5,
    unit: 'working-days',
    basis: 'local',
    source: 'Local default: 5 working days before a review; your organisation can set its own in settings.',
    setLocally: false,
  },
};

function reportsRule(
  timescales: Context['timescales'],
  key: 'reports-before-initial' | 'reports-before-review',
): EffectiveTimescale {
  return timescales[key] ?? REPORTS_LOCAL_DEFAULT[key];
}

/**
 * The least notice any family member had of a report, against a rule in working days: "Least notice: Police report by
 * PC Laura Finch reached Jade Ashdown 3 working days before the conference (rule: 5)." Undefined when no report has
 * a date yet or the rule is not in working days.
 */
function leastNotice(
  pairs: ReadonlyArray<{ report: Report; recipient: RecipientSharing }>,
  rule: Pick<EffectiveTimescale, 'amount' | 'unit'>,
): WorkingDayCount | undefined {
  if (rule.unit !== 'working-days') return undefined;
  const dated = pairs.filter(({ recipient }) => recipient.workingDaysBefore !== undefined);
  if (!dated.length) return undefined;
  const n = Math.min(...dated.map(({ recipient }) => recipient.workingDaysBefore ?? 0));
  const byReport = new Map<Report, string[]>();
  for (const { report, recipient } of dated.filter(({ recipient }) => recipient.workingDaysBefore === n)) {
    const names = byReport.get(report) ?? [];
    if (!names.includes(recipient.name)) byReport.set(report, [...names, recipient.name]);
  }
  const parts = [...byReport].map(([report, names]) => `${reportName(report)} reached ${andList(names)}`);
  const when =
    n === 0
      ? 'on the day of the conference'
      : `${workingDays(Math.abs(n))} ${n > 0 ? 'before' : 'after'} the conference`;
  // Past two reports a list stops helping: the chair needs the number, and the notes name anyone who was late.
  const words =
    parts.length === 1
      ? `Least notice: ${parts[0]} ${when} (rule: ${rule.amount}).`
      : parts.length === 2
        ? `Least notice, ${when} (rule: ${rule.amount}): ${parts.join('; ')}.`
        : `Least notice: ${parts.length} reports reached the family ${when} (rule: ${rule.amount}).`;
  return { n, of: rule.amount, counting: 'before', words };
}

function decisionRecord(ctx: Context): Deadline | undefined {
  const byCoreGroup = ctx.profile.decisionRecordByFirstCoreGroup;
  const deadline = limitFrom(ctx, {
    key: 'decision-letter',
    label: ctx.profile.words.decisionRecord,
    timescale: 'decision-letter',
    from: { what: 'the conference', on: ctx.date },
    bookable: false,
    ...(byCoreGroup ? { ruleExtra: ', or by the first core group if sooner' } : {}),
  });
  const firstCoreGroup = ctx.conference.coreGroup.firstMeetingOn;
  if (!deadline?.dueOn || !byCoreGroup || !firstCoreGroup || !isBefore(firstCoreGroup, deadline.dueOn)) {
    return deadline;
  }
  return {
    ...deadline,
    dueOn: firstCoreGroup,
    note: `The first core group meets on ${formatDate(firstCoreGroup)}, before ${formatDate(deadline.dueOn)}.`,
  };
}

const CADENCE_NEXT: Record<string, (iso: string) => string> = {
  weekly: (iso) => addCalendarDays(iso, 7),
  fortnightly: (iso) => addCalendarDays(iso, 14),
  'four-weekly': (iso) => addCalendarDays(iso, 28),
  monthly: (iso) => addMonths(iso, 1),
  'six-weekly': (iso) => addCalendarDays(iso, 42),
};

function coreGroup(ctx: Context): Deadline[] {
  const { coreGroup: group } = ctx.conference;
  const label = ctx.type === 'review' ? 'Next core group meeting' : 'First core group meeting';
  const from = { what: 'the conference', on: ctx.date };
  if (!ctx.planMayContinue) {
    return [
      notApplicable(
        ctx,
        { key: 'first-core-group', label, timescale: 'first-core-group', from },
        'No child is on a plan after this conference, so there is no core group.',
      ),
    ];
  }
  const out: (Deadline | undefined)[] = [
    limitFrom(ctx, {
      key: 'first-core-group',
      label,
      timescale: 'first-core-group',
      from,
      bookable: true,
      ...(group.firstMeetingOn ? { bookedOn: group.firstMeetingOn } : {}),
    }),
  ];
  const interval = ctx.timescales['core-group-interval'];
  if (interval && group.firstMeetingOn) {
    const planned = group.cadence ? CADENCE_NEXT[group.cadence]?.(group.firstMeetingOn) : undefined;
    const deadline = limitFrom(ctx, {
      key: 'core-group-interval',
      label: 'Core group meeting after that',
      timescale: 'core-group-interval',
      from: { what: 'the first core group meeting', on: group.firstMeetingOn },
      bookable: false,
      ...(planned ? { bookedOn: planned } : {}),
    });
    if (
      deadline &&
      planned &&
      deadline.status === 'late' &&
      deadline.nominalDueOn &&
      planned <= deadline.nominalDueOn
    ) {
      // A cadence is a rhythm, not a booking: "monthly" meets a one-month rule even when the month-on date falls at
      // a weekend, where the limit itself moved to the Friday before. The chair books a working day at booking time.
      deadline.status = 'ok';
    }
    if (deadline && planned && group.cadence) {
      const weekend = isWeekend(planned)
        ? ` That is a ${dayOfWeek(planned) === 0 ? 'Sunday' : 'Saturday'}: book a working day no later than ${formatDate(deadline.dueOn ?? planned)}.`
        : '';
      const cadence = `The core group is set to meet ${group.cadence}, so the next meeting would be ${formatDate(planned)}.${weekend}`;
      deadline.note = [deadline.note, cadence].filter(Boolean).join(' ');
    }
    out.push(deadline);
  }
  return out.filter((d): d is Deadline => d !== undefined);
}

function minutes(ctx: Context): Deadline[] {
  const full = limitFrom(ctx, {
    key: 'full-minutes',
    label: ctx.profile.words.minutes,
    timescale: 'full-minutes',
    from: { what: 'the conference', on: ctx.date },
    bookable: false,
  });
  if (!full?.dueOn) return full ? [full] : [];
  const corrections = limitFrom(ctx, {
    key: 'minutes-corrections',
    label: 'Corrections to the minutes back to the chair',
    timescale: 'minutes-corrections',
    from: { what: 'the latest date the minutes are due', on: full.dueOn },
    ruleFrom: 'receiving the minutes',
    bookable: false,
  });
  if (corrections) {
    corrections.note = [
      corrections.note,
      'Counted from the latest date the minutes are due; if they arrive sooner, corrections are due sooner.',
    ]
      .filter(Boolean)
      .join(' ');
  }
  return corrections ? [full, corrections] : [full];
}

function nextReview(ctx: Context): Deadline[] {
  const timescale = REVIEW_RULE_AFTER[ctx.type];
  const reviewLabel = lowerFirst(conferenceTypeLabel('review', ctx.nation));
  const label = ctx.type === 'review' ? `Next ${reviewLabel}` : `First ${reviewLabel}`;
  const from = { what: 'this conference', on: ctx.date };
  if (!ctx.reviewHeld) {
    return [
      notApplicable(
        ctx,
        { key: 'next-review', label, timescale, from },
        'No child is on a plan after this conference, so there is no review.',
      ),
    ];
  }
  const bookedOn = ctx.conference.review.nextReviewOn;
  const next = limitFrom(ctx, {
    key: 'next-review',
    label,
    timescale,
    from,
    bookable: true,
    ...(bookedOn ? { bookedOn } : {}),
  });
  const out = [next];
  if (ctx.type === 'pre-birth') out.push(postBirthReview(ctx, bookedOn));
  const which = ctx.type === 'review' ? 'next' : 'first';
  out.push(reportsBeforeNextReview(ctx, which, next));
  // The review after that follows only a plan; a baby reconsidered at the review may not have one after it.
  if (ctx.planMayContinue) out.push(followingReview(ctx, which, reviewLabel));
  return out.filter((d): d is Deadline => d !== undefined);
}

/**
 * Reports to the family before the review this conference books: counted back from its date, or, until it is
 * booked, from the latest date it may be held, so the chair can tell report writers the date in the decision letter.
 */
function reportsBeforeNextReview(ctx: Context, which: string, next: Deadline | undefined): Deadline | undefined {
  const timescale = 'reports-before-review' as const;
  const rule = reportsRule(ctx.timescales, timescale);
  const bookedOn = ctx.conference.review.nextReviewOn;
  const countedFrom = bookedOn ?? next?.dueOn;
  const base = {
    key: 'reports-before-next-review',
    label: `Reports shared with the family before the ${which} review`,
    timescale,
    limit: 'no-later-than' as const,
    rule: ruleText(ctx, timescale, rule, 'the review'),
    source: rule.source,
    basis: rule.basis,
    from: { what: `the ${which} review`, ...(countedFrom ? { on: countedFrom } : {}) },
  };
  if (!countedFrom) {
    return { ...base, status: 'needs-information', note: `Book the ${which} review to work this out.` };
  }
  const counted = countFrom(ctx.nation, countedFrom, rule, -1);
  const notes = [
    movedNote(ctx.nation, counted),
    bookedOn
      ? undefined
      : `Counted back from ${formatDate(countedFrom)}, the latest date for the review; once the review is booked, ` +
        'it is counted from the booked date.',
  ].filter(Boolean);
  return {
    ...base,
    dueOn: counted.dueOn,
    ...(counted.nominalDueOn ? { nominalDueOn: counted.nominalDueOn } : {}),
    status: 'due',
    ...(notes.length ? { note: notes.join(' ') } : {}),
  };
}

/** The review after the one this conference books: the later-review interval counted from the booked date. */
function followingReview(ctx: Context, which: string, reviewLabel: string): Deadline | undefined {
  return limitFrom(ctx, {
    key: 'following-review',
    label: `Following ${reviewLabel}`,
    timescale: 'later-reviews',
    from: { what: `the ${which} review`, on: ctx.conference.review.nextReviewOn },
    bookable: false,
    missingFromNote: `Book the ${which} review to work out when the one after it is due.`,
  });
}

/**
 * The child and family assessment, counted from the referral (England: 45 working days, Working Together 2023).
 * A nation that sets no national timescale gets a line saying so, never a number of our own; its organisation may
 * set one in settings. Shown at an initial or pre-birth conference, and at any conference with a referral date.
 */
function childAndFamilyAssessment(ctx: Context): Deadline | undefined {
  const referralOn = ctx.conference.details.referralOn;
  if (!referralOn && ctx.type !== 'initial' && ctx.type !== 'pre-birth') return undefined;
  const key = 'child-and-family-assessment' as const;
  const label = 'Child and family assessment';
  const from = { what: 'the referral', ...(referralOn ? { on: referralOn } : {}) };
  const rule = ctx.timescales[key];
  if (!rule) {
    return notApplicable(
      ctx,
      { key, label, timescale: key, from },
      `${ctx.profile.name} sets no national timescale for finishing the assessment; your organisation can set one ` +
        'in settings.',
    );
  }
  const deadline = limitFrom(ctx, {
    key,
    label,
    timescale: key,
    from,
    bookable: false,
    missingFromNote: 'Record the date the referral was received (Setup, conference details) to work this out.',
  });
  if (!deadline || !referralOn) return deadline;
  // The conference is not the assessment's end, but where it falls in the count tells the chair how long is left.
  const count = countAfter(ctx.nation, rule, referralOn, ctx.date, 'The conference is on');
  if (!count) return deadline;
  const words =
    count.n <= count.of
      ? `The conference is on working day ${count.n} of the ${count.of} for the assessment.`
      : `The conference is on working day ${count.n}, after the ${count.of} for the assessment.`;
  return { ...deadline, workingDay: { ...count, words } };
}

function planStart(ctx: Context, decision: ChildDecision): string | undefined {
  if (decision.planStartedOn) return decision.planStartedOn;
  if (decision.outcome === 'plan-needed') return ctx.date;
  const previous = ctx.conference.details.previousConference;
  // Only a plan made at the previous conference started on its date; after a review it started earlier.
  if (ctx.type === 'review' && previous && (previous.type === 'initial' || previous.type === 'pre-birth')) {
    return previous.date;
  }
  return undefined;
}

function planLength(ctx: Context): Deadline[] {
  const out: Deadline[] = [];
  const nextReviewOn = ctx.conference.review.nextReviewOn;
  for (const decision of ctx.conference.decisions) {
    const planGoesOn = isPlanOutcome(decision.outcome) || (decision.outcome === undefined && ctx.type === 'review');
    if (!planGoesOn) continue;
    const whose = possessive(childNameById(ctx.conference, decision.childId));
    const start = planStart(ctx, decision);
    for (const key of ['plan-escalation', 'plan-long'] as const) {
      const rule = ctx.timescales[key];
      if (!rule) continue;
      const length = describeAmount(rule.amount, rule.unit);
      const base = {
        key: `${key}:${decision.childId}`,
        label: `${whose.charAt(0).toUpperCase()}${whose.slice(1)} plan reaches ${length}`,
        timescale: key,
        limit: 'no-later-than' as const,
        rule: ruleText(ctx, key, rule),
        source: rule.source,
        basis: rule.basis,
        from: { what: 'the start of the plan', ...(start ? { on: start } : {}) },
        childId: decision.childId,
      };
      if (!start) {
        out.push({ ...base, status: 'needs-information', note: `Record when ${whose} plan started.` });
        continue;
      }
      // A length of plan is a fact about a date, not a meeting to hold, so it is not moved off weekends.
      const dueOn =
        rule.unit === 'months' ? addMonths(start, rule.amount) : countFrom(ctx.nation, start, rule, 1).dueOn;
      const reached = !isBefore(ctx.date, dueOn);
      const passesBeforeReview = !reached && nextReviewOn !== undefined && isAfter(nextReviewOn, dueOn);
      out.push({
        ...base,
        dueOn,
        status: reached ? 'reached' : 'due',
        ...(passesBeforeReview
          ? { note: `The plan passes ${length} before the next review on ${formatDate(nextReviewOn)}.` }
          : {}),
      });
    }
  }
  return out;
}

/**
 * Every deadline that follows from the conference, in the order a chair meets them: this meeting's own timing, the
 * child and family assessment, reports, the decision record, core group, minutes, the next review (with the reports
 * before it and the review after it), and the length of each child's plan.
 */
export function conferenceDeadlines(conference: Conference, overrides: TimescaleOverrides = {}): Deadline[] {
  const { nation, type, date } = conference.details;
  const ctx: Context = {
    conference,
    nation,
    type,
    date,
    profile: PROCEDURE_PROFILES[nation],
    timescales: effectiveTimescales(nation, overrides).timescales,
    planMayContinue: planMayContinue(conference),
    reviewHeld: reviewStillHeld(conference),
  };
  return [
    ...timingOfThisConference(ctx),
    childAndFamilyAssessment(ctx),
    reportsToFamily(ctx),
    decisionRecord(ctx),
    ...coreGroup(ctx),
    ...minutes(ctx),
    ...nextReview(ctx),
    ...planLength(ctx),
  ].filter((d): d is Deadline => d !== undefined);
}

// ---------------------------------------------------------------------------------------------------------------
// Reports, one family member at a time

/**
 * The local rule for reports reaching the family before this conference ('reports-before-initial' or
 * 'reports-before-review', counted back from the conference in working days without that nation's bank holidays).
 * Every nation has one: where a profile sets none, the local default applies (see `REPORTS_LOCAL_DEFAULT`).
 */
export function reportSharingRule(
  nation: Nation,
  type: ConferenceType,
  conferenceDate: string,
  overrides: TimescaleOverrides = {},
): ReportSharingRule | undefined {
  const timescale = type === 'review' ? 'reports-before-review' : 'reports-before-initial';
  const rule = reportsRule(effectiveTimescales(nation, overrides).timescales, timescale);
  return { amount: rule.amount, unit: rule.unit, dueOn: countFrom(nation, conferenceDate, rule, -1).dueOn };
}

/** The last day a report may be shared with a family member for the conference, or undefined where no rule applies. */
export function reportSharingDeadline(
  nation: Nation,
  type: ConferenceType,
  conferenceDate: string,
  overrides: TimescaleOverrides = {},
): string | undefined {
  return reportSharingRule(nation, type, conferenceDate, overrides)?.dueOn;
}

/**
 * Whether one report reached one family member too late to read before the conference (flag it beside that
 * person's date and in the minutes). Never late where it was not shared or has no date, or where the nation and
 * organisation set no rule.
 */
export function isReportLate(
  nation: Nation,
  type: ConferenceType,
  conferenceDate: string,
  sharing: { sharedOn?: string | undefined; version?: ReportVersion | undefined },
  overrides: TimescaleOverrides = {},
): boolean {
  if (sharing.version === 'not-shared' || !sharing.sharedOn) return false;
  const latest = reportSharingDeadline(nation, type, conferenceDate, overrides);
  return latest !== undefined && isAfter(sharing.sharedOn, latest);
}

/**
 * For each report, each family member: what they were given and when, how many working days before the conference
 * it reached them, the rule's number of days, and whether it was late; or that it was not shared and why. Each comes
 * with a sentence: "Late: reached Gary Kerr 1 working day before the conference; the rule is 3 working days." or
 * "Not shared with Gary Kerr: her health information."
 */
export function reportSharingByRecipient(
  conference: Conference,
  overrides: TimescaleOverrides = {},
): ReportRecipients[] {
  const { nation, type, date } = conference.details;
  return judgeReportSharing(conference, reportSharingRule(nation, type, date, overrides));
}
