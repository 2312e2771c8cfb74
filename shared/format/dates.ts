import { format, isValid } from 'date-fns';
import { parseIsoDate } from './iso-date';

/**
 * Turns an ISO calendar date into a local Date at midnight without passing through UTC, so that "2026-12-01" is the
 * 1st of December whatever the machine's time zone.
 */
export function calendarDate(iso: string): Date {
  const date = parseIsoDate(iso);
  return date ? new Date(date.year, date.month - 1, date.day) : new Date(NaN);
}

export function isoOf(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** "Tue 1 Dec 2026": the form chairs and families read. */
export function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  const d = calendarDate(iso);
  return isValid(d) ? format(d, 'EEE d MMM yyyy') : iso;
}

/** "Tuesday 1 December 2026": for letters and the family plan. */
export function formatDateLong(iso: string | undefined): string {
  if (!iso) return '';
  const d = calendarDate(iso);
  return isValid(d) ? format(d, 'EEEE d MMMM yyyy') : iso;
}

/** "10:42" from an instant, in the machine's own zone (a save time is read on the same machine). */
export function formatClock(instant: string | undefined): string {
  if (!instant) return '';
  const d = new Date(instant);
  return isValid(d) ? format(d, 'HH:mm') : '';
}

export function todayIso(now: Date = new Date()): string {
  return isoOf(now);
}
