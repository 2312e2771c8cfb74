import type { Nation } from '../model/conference';
import { bankHolidayOn } from './bank-holidays';
import { addCalendarDays, dayNumber, fromDayNumber, isWeekend } from './calendar';

export { bankHolidays, bankHolidaysWithNames, bankHolidayOn } from './bank-holidays';
export { addCalendarDays, addMonths, calendarDaysBetween, dayOfWeek, isWeekend } from './calendar';

/**
 * Working days are Monday to Friday less the nation's bank holidays. The nation matters: a Scottish deadline over
 * New Year skips 4 January 2027 (the substitute for 2 January) where an English one does not.
 */
export function isWorkingDay(nation: Nation, iso: string): boolean {
  return !isWeekend(iso) && bankHolidayOn(nation, iso) === undefined;
}

/**
 * The n-th working day after `iso` (n > 0) or before it (n < 0); the start day itself is never counted, whatever it
 * is. "Within 10 working days of a conference on Tue 1 Dec 2026" is therefore Tue 15 Dec 2026. n = 0 returns `iso`.
 * The result of a non-zero n is always a working day.
 */
export function addWorkingDays(nation: Nation, iso: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Working days must be a whole number, not ${n}`);
  const step = n < 0 ? -1 : 1;
  let day = dayNumber(iso);
  let remaining = Math.abs(n);
  while (remaining > 0) {
    day += step;
    if (isWorkingDay(nation, fromDayNumber(day))) remaining -= 1;
  }
  return fromDayNumber(day);
}

/**
 * Working days after `from` up to and including `to` (negative when `to` is earlier), so that
 * `addWorkingDays(nation, from, workingDaysBetween(nation, from, to)) === to` whenever `to` is a working day.
 * A report shared on Tue 24 Nov for a conference on Tue 1 Dec 2026 was shared 5 working days before it:
 * `workingDaysBetween('2026-11-24', '2026-12-01') === 5`.
 */
export function workingDaysBetween(nation: Nation, from: string, to: string): number {
  const start = dayNumber(from);
  const end = dayNumber(to);
  if (end === start) return 0;
  const sign = end > start ? 1 : -1;
  // Counting (start, end] forwards, or [end, start) backwards, keeps the inverse property above for both signs.
  const [first, last] = sign > 0 ? [start + 1, end] : [end, start - 1];
  let count = 0;
  for (let d = first; d <= last; d += 1) if (isWorkingDay(nation, fromDayNumber(d))) count += 1;
  return sign * count;
}

/** `iso` if it is a working day, otherwise the last working day before it: where a "by" date must move, it moves earlier. */
export function workingDayOnOrBefore(nation: Nation, iso: string): string {
  let day = iso;
  while (!isWorkingDay(nation, day)) day = addCalendarDays(day, -1);
  return day;
}

/** `iso` if it is a working day, otherwise the first working day after it. */
export function workingDayOnOrAfter(nation: Nation, iso: string): string {
  let day = iso;
  while (!isWorkingDay(nation, day)) day = addCalendarDays(day, 1);
  return day;
}
