/**
 * Calendar arithmetic on ISO `YYYY-MM-DD` strings.
 *
 * Nothing here touches `Date`: a deadline is a calendar date in the UK, and a `Date` carries the laptop's time zone,
 * so "2026-12-01" could come back as the 30th on a machine set to California. Dates are turned into a plain day
 * count (days since 1970-01-01 in the proleptic Gregorian calendar) and back, with integer arithmetic only.
 */

import { daysInMonth, parseIsoDate, type CalendarDate } from '../format/iso-date';

/**
 * The engine is only ever handed dates that passed the model's `IsoDate` schema; anything else is a programming
 * error, and a wrong deadline is worse than a loud failure.
 */
function mustParse(iso: string): CalendarDate {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`Not a calendar date in the form YYYY-MM-DD: "${iso}"`);
  return date;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for every Gregorian date, integers only.
function daysFromCivil({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function dayNumber(iso: string): number {
  return daysFromCivil(mustParse(iso));
}

export function fromDayNumber(n: number): string {
  return formatIsoDate(civilFromDays(n));
}

/** 0 = Sunday … 6 = Saturday, the same numbering as `Date#getDay`. */
export function dayOfWeek(iso: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

export function isWeekend(iso: string): boolean {
  const dow = dayOfWeek(iso);
  return dow === 0 || dow === 6;
}

export function addCalendarDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** Positive when `to` is after `from`. */
export function calendarDaysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Adds whole calendar months. "Within 3 months of 8 September" means by 8 December: the same day of the month,
 * months later. Where that day does not exist the date is clamped to the month's last day, never rolled into the
 * next month: 31 August + 6 months is 28 February (29 in a leap year), because a review due "within 6 months"
 * must not drift into March.
 */
export function addMonths(iso: string, months: number): string {
  const { year, month, day } = mustParse(iso);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return formatIsoDate({ year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) });
}

export function yearOf(iso: string): number {
  return mustParse(iso).year;
}

/** ISO strings of the same shape compare correctly as text; these keep call sites readable. */
export const isBefore = (a: string, b: string): boolean => a < b;
export const isAfter = (a: string, b: string): boolean => a > b;
