import { formatDate } from '../format/dates';
import type { Conference } from '../model/conference';
import type { FieldProblem } from '../model/validation';
import { isAfter } from './calendar';
import { pregnancyProblems } from './pregnancy';

/**
 * Checks on the dates the deadlines are counted from, beside the field that holds each one. Warnings, never blocks:
 * the conference still saves, because losing typed work is worse than a wrong date the chair can see.
 */

/** A referral received after the conference cannot be right: the assessment is counted from it. */
export function referralProblems(conference: Conference): FieldProblem[] {
  const { referralOn, date } = conference.details;
  if (!referralOn || !isAfter(referralOn, date)) return [];
  return [
    {
      field: 'details.referralOn',
      message: `The referral must have been received on or before the conference (${formatDate(date)}). Check the date.`,
    },
  ];
}

/** Every date check this module owns: the referral date and each unborn child's due date (see pregnancy.ts). */
export function procedureDateProblems(conference: Conference): FieldProblem[] {
  return [...referralProblems(conference), ...pregnancyProblems(conference)];
}
