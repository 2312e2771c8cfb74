import { format, isValid } from 'date-fns';

/**
 * Turns an ISO calendar date into a local Date at midnight without passing through UTC, so that "2026-12-01" is the
 * 1st of December whatever the machine's time zone.
 */
export function calendarDate(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return new Date(NaN);
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Reject dates that rolled over (2026-02-30 -> 2 March).
  return d.getMonth() === Number(m[2]) - 1 ? d : new Date(NaN);
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
