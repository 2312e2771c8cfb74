/**
 * Reading an ISO `YYYY-MM-DD` calendar date, once for the whole app: the date engine, the dates people read and UK
 * clock times all start here. A date that does not exist (2026-02-30) is refused rather than rolled over into March.
 */

export type CalendarDate = { year: number; month: number; day: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Reads a real calendar date; 2026-02-30 is refused rather than rolled over into March. */
export function parseIsoDate(iso: string): CalendarDate | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}
