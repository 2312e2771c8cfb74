import { childName, lowerFirst } from '../wording/sentences';
import { formatDate } from '../format/dates';
import { conferenceTypeLabel } from '../wording/labels';
import type { Child, Conference, Nation } from '../model/conference';
import type { FieldProblem } from '../model/validation';
import { addCalendarDays, calendarDaysBetween, isAfter } from './calendar';
import {
  PREGNANCY_KEYS,
  PROCEDURE_PROFILES,
  TIMESCALE_MEANINGS,
  describeAmount,
  describeTimescale,
  effectiveTimescales,
  type EffectiveTimescale,
  type RuleBasis,
  type TimescaleKey,
  type TimescaleOverrides,
} from './profiles';
import { bankHolidayOn, workingDayOnOrBefore } from './working-days';

/**
 * The dates of a pregnancy as the conference sees them: gestation on the day of the conference (never "today", so
 * that a minute written a week later still says what the meeting knew), the due date, and the weeks at which
 * procedures hang work on the pregnancy (a pre-birth assessment by 30 weeks, a pre-birth conference by 28 or 34
 * weeks, a review after the birth). Each nation's numbers come from its profile and the organisation's settings
 * (profiles.ts); a week no rule uses is still shown, with no rule beside it.
 */

const FULL_TERM_DAYS = 280;
/** A pregnancy past 42 weeks is induced; a due date that gives more at the conference is a typing slip or a birth. */
export const LONGEST_PREGNANCY_WEEKS = 42;
/** The weeks the issue asks to see, whether or not the nation hangs a rule on them. */
const WEEKS_SHOWN = [28, 30, 34] as const;

export type Gestation = { weeks: number; days: number; totalDays: number };

/**
 * Gestation on `onDate` counted back from the expected date of delivery, as midwives date a pregnancy from the
 * dating scan: 40 weeks at the EDD, so gestation = 40 weeks − (EDD − date). Past the EDD it keeps counting (41+2).
 */
export function gestationAt(edd: string, onDate: string): Gestation {
  const totalDays = FULL_TERM_DAYS - calendarDaysBetween(onDate, edd);
  const weeks = Math.floor(totalDays / 7);
  return { weeks, days: totalDays - weeks * 7, totalDays };
}

/** The date on which the pregnancy reaches `weeks`+`days`, given the EDD. */
export function dateAtGestation(edd: string, weeks: number, days = 0): string {
  return addCalendarDays(edd, weeks * 7 + days - FULL_TERM_DAYS);
}

/** "24+3", as midwives write it. */
export function gestationText(g: Gestation): string {
  return `${g.weeks}+${g.days}`;
}

/** "24 weeks and 3 days", "28 weeks", "1 week and 1 day". */
export function gestationWords(g: Gestation): string {
  const weeks = `${g.weeks} week${g.weeks === 1 ? '' : 's'}`;
  return g.days === 0 ? weeks : `${weeks} and ${g.days} day${g.days === 1 ? '' : 's'}`;
}

/**
 * Whether the child was still to be born on the conference day: marked unborn, or with a due date and no date of
 * birth, or born after the conference (a pre-birth minute finished after the birth still speaks of the pregnancy).
 */
export function unbornAtConference(child: Child, conferenceDate: string): boolean {
  if (!child.expectedDeliveryDate) return false;
  return child.unborn || !child.dateOfBirth || isAfter(child.dateOfBirth, conferenceDate);
}

// ---------------------------------------------------------------------------------------------------------------
// What hangs on each week

export type PregnancyRule = {
  timescale?: TimescaleKey;
  /** What the procedure expects at this point, in plain words: "Pre-birth assessment finished". */
  what: string;
  limit: 'no-later-than' | 'no-earlier-than';
  /**
   * The working day on or before the date for a "by" rule that lands on a weekend or bank holiday (a meeting cannot
   * be held on the day itself); the date itself otherwise, and for an earliest date.
   */
  dueOn: string;
  /** Why `dueOn` differs from the week's date, when it does. */
  note?: string;
  /** "by 30 weeks of pregnancy (England, local)". */
  rule: string;
  basis: RuleBasis;
  setLocally: boolean;
  source: string;
};

export type PregnancyMilestone = {
  /** Weeks of pregnancy; the due date is 40. */
  weeks: number;
  /** "28 weeks", "Due date (40 weeks)". */
  label: string;
  on: string;
  /** The pregnancy had reached this point by the conference day. */
  reachedByConference: boolean;
  /** Empty where no rule of the nation or the organisation uses this week. */
  rules: PregnancyRule[];
};

export type UnbornDates = {
  childId: string;
  /** The child's name, or "the baby". */
  name: string;
  edd: string;
  conferenceOn: string;
  gestation: Gestation & { text: string; words: string };
  /** 28, 30 and 34 weeks, any other week a rule uses (12 weeks, say), and the due date, in date order. */
  milestones: PregnancyMilestone[];
  /** Sentences about the dates as a whole: a nation with no pre-birth weeks, a review booked after the due date. */
  notes: string[];
  /** A due date that gives under 0 or over 42 weeks at the conference, with the fix (see `pregnancyProblems`). */
  problem?: string;
};

function whatFor(key: TimescaleKey, nation: Nation): string {
  const preBirth = conferenceTypeLabel('pre-birth', nation);
  switch (key) {
    case 'pre-birth-earliest':
      return `Earliest date for a ${lowerFirst(preBirth)}`;
    case 'pre-birth-ideal':
      return `${preBirth} ideally held by now`;
    case 'pre-birth-assessment':
      return 'Pre-birth assessment finished';
    case 'pre-birth-latest':
      return `${preBirth} held by now at the latest`;
    default:
      return TIMESCALE_MEANINGS[key].label;
  }
}

function basisWords(nationName: string, rule: EffectiveTimescale): string {
  return `${nationName}, ${rule.setLocally ? 'local, set by your organisation' : rule.basis}`;
}

function pregnancyRule(nation: Nation, key: TimescaleKey, rule: EffectiveTimescale, on: string): PregnancyRule {
  const limit = key === 'pre-birth-earliest' ? 'no-earlier-than' : 'no-later-than';
  // An earliest date needs no moving: nobody books a conference for the weekend before it.
  const dueOn = limit === 'no-earlier-than' ? on : workingDayOnOrBefore(nation, on);
  const holiday = bankHolidayOn(nation, on);
  const note =
    dueOn === on
      ? undefined
      : `${formatDate(on)} is ${holiday ? `a bank holiday (${holiday})` : 'a weekend'}, so the working day before ` +
        `it, ${formatDate(dueOn)}.`;
  const profile = PROCEDURE_PROFILES[nation];
  return {
    timescale: key,
    what: whatFor(key, nation),
    limit,
    dueOn,
    ...(note ? { note } : {}),
    rule: `${describeTimescale(key, rule)} (${basisWords(profile.name, rule)})`,
    basis: rule.basis,
    setLocally: rule.setLocally,
    source: rule.source,
  };
}

/** What happens around the birth, where the nation says: England's review after the birth, Scotland's pre-discharge meeting. */
function birthRules(nation: Nation, timescales: Partial<Record<TimescaleKey, EffectiveTimescale>>, edd: string) {
  const profile = PROCEDURE_PROFILES[nation];
  const rules: PregnancyRule[] = [];
  const review = timescales['post-birth-review'];
  if (review) {
    rules.push({
      timescale: 'post-birth-review',
      what:
        `Review after the birth: within ${describeAmount(review.amount, review.unit)} of the birth, or by the ` +
        '3-month review if that is sooner',
      limit: 'no-later-than',
      dueOn: edd,
      rule: `${describeTimescale('post-birth-review', review)} (${basisWords(profile.name, review)})`,
      basis: review.basis,
      setLocally: review.setLocally,
      source: review.source,
    });
  }
  if (nation === 'scotland') {
    // The Scottish national guidance expects this meeting but gives it no number of days, so it is not a timescale
    // setting.
    rules.push({
      what: 'A pre-discharge planning meeting before the baby leaves hospital',
      limit: 'no-later-than',
      dueOn: edd,
      rule: `before the baby leaves hospital (${profile.name}, statutory)`,
      basis: 'statutory',
      setLocally: false,
      source: 'National Guidance for Child Protection in Scotland 2021 (updated 2023): a pre-discharge meeting.',
    });
  }
  return rules;
}

function problemFor(g: Gestation, edd: string, conferenceOn: string): string | undefined {
  const on = formatDate(conferenceOn);
  if (g.totalDays < 0) {
    return (
      `This due date, ${formatDate(edd)}, is more than 40 weeks after the conference on ${on}, so the pregnancy ` +
      'would not have begun by then. Check the expected date of delivery, especially the year.'
    );
  }
  if (g.totalDays > LONGEST_PREGNANCY_WEEKS * 7) {
    return (
      `This due date gives ${gestationText(g)} weeks of pregnancy at the conference on ${on}, past 42 weeks. If the ` +
      'baby has been born, untick “unborn” and enter the date of birth; otherwise check the expected date of delivery.'
    );
  }
  return undefined;
}

/**
 * For each child unborn at the conference: the due date, gestation at the conference ("24+3"), and the dates the
 * pregnancy reaches 28, 30 and 34 weeks and any other week a pre-birth rule uses, each with the rules that hang on
 * it in this nation (with the organisation's settings). Empty when no child is unborn.
 */
export function pregnancyDates(conference: Conference, overrides: TimescaleOverrides = {}): UnbornDates[] {
  const { nation, date, type } = conference.details;
  const profile = PROCEDURE_PROFILES[nation];
  const { timescales } = effectiveTimescales(nation, overrides);
  const pregnancyRules = [...PREGNANCY_KEYS].flatMap((key) => {
    const rule = timescales[key];
    return rule ? [{ key, rule }] : [];
  });
  const nextReviewOn = conference.review.nextReviewOn;

  return conference.children
    .filter((child) => unbornAtConference(child, date))
    .map((child) => {
      const edd = child.expectedDeliveryDate!;
      const g = gestationAt(edd, date);
      const weeks = [...new Set<number>([...WEEKS_SHOWN, ...pregnancyRules.map((r) => r.rule.amount)])]
        .filter((w) => w < 40)
        .sort((a, b) => a - b);
      const milestones: PregnancyMilestone[] = weeks.map((w) => {
        const on = dateAtGestation(edd, w);
        return {
          weeks: w,
          label: `${w} weeks`,
          on,
          reachedByConference: !isAfter(on, date),
          rules: pregnancyRules.filter((r) => r.rule.amount === w).map((r) => pregnancyRule(nation, r.key, r.rule, on)),
        };
      });
      milestones.push({
        weeks: 40,
        label: 'Due date (40 weeks)',
        on: edd,
        reachedByConference: !isAfter(edd, date),
        rules: birthRules(nation, timescales, edd),
      });

      const notes: string[] = [];
      if (pregnancyRules.length === 0) {
        notes.push(
          `${profile.name} sets no week of pregnancy for pre-birth work; your organisation can set its own weeks in ` +
            'Settings.',
        );
      }
      if (nextReviewOn && isAfter(nextReviewOn, edd)) {
        const which = type === 'review' ? 'next' : 'first';
        notes.push(
          `The ${which} review, booked for ${formatDate(nextReviewOn)}, is after the due date ` +
            `(${formatDate(edd)}): arrange for ${childName(child)}’s plan to be reviewed after the birth.`,
        );
      }
      const problem = problemFor(g, edd, date);
      return {
        childId: child.id,
        name: childName(child),
        edd,
        conferenceOn: date,
        gestation: { ...g, text: gestationText(g), words: gestationWords(g) },
        milestones,
        notes,
        ...(problem ? { problem } : {}),
      };
    });
}

/**
 * A due date that gives a gestation under 0 or over 42 weeks on the conference day, beside the child's due date
 * field (`children[1].expectedDeliveryDate`), with the fix. A warning, never a block: the conference still saves.
 */
export function pregnancyProblems(conference: Conference): FieldProblem[] {
  const { date } = conference.details;
  return conference.children.flatMap((child, i) => {
    if (!unbornAtConference(child, date)) return [];
    const edd = child.expectedDeliveryDate!;
    const message = problemFor(gestationAt(edd, date), edd, date);
    return message ? [{ field: `children[${i}].expectedDeliveryDate`, message }] : [];
  });
}

/**
 * What a procedure expects at a week of pregnancy, with the working day it falls to when the week itself is a weekend
 * or bank holiday: "Pre-birth assessment finished, in practice by Fri 19 Feb 2027, the working day before".
 */
export function workDueWords(
  rule: { what: string; dueOn: string },
  weekDate: string,
  format: (iso: string) => string,
): string {
  return rule.dueOn === weekDate
    ? rule.what
    : `${rule.what}, in practice by ${format(rule.dueOn)}, the working day before`;
}
