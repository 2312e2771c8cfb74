/**
 * UK wall-clock time for the documents. Note times are instants; attendance times are clock times on the conference
 * day in the UK. A minute printed on a laptop set to another zone, or by the headless export on a server in UTC in
 * summer, must still say the closed session began at 14:30, so documents convert with the UK's own rule instead of
 * the machine's zone: British Summer Time from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday
 * of October.
 */

function lastSundayUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** Minutes the UK is ahead of UTC at this instant (0 or 60). */
export function ukOffsetMinutes(epochMs: number): number {
  const year = new Date(epochMs).getUTCFullYear();
  return epochMs >= lastSundayUtc(year, 2) && epochMs < lastSundayUtc(year, 9) ? 60 : 0;
}

/** "14:30" in UK time, or '' for an instant that cannot be read. */
export function ukClock(instant: string | undefined): string {
  if (!instant) return '';
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return '';
  const local = new Date(ms + ukOffsetMinutes(ms) * 60_000);
  return `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
}

/** The UK calendar date ("2026-12-01") of an instant in epoch milliseconds. */
export function ukDate(epochMs: number): string {
  return new Date(epochMs + ukOffsetMinutes(epochMs) * 60_000).toISOString().slice(0, 10);
}

/** The instant of a UK clock time ("14:30") on a calendar date ("2026-12-01"), or undefined if either is unreadable. */
export function ukInstant(isoDate: string, clock: string | undefined): number | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const t = /^(\d{2}):(\d{2})$/.exec(clock ?? '');
  if (!d || !t) return undefined;
  const asUtc = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  // The offset is read at the wall-clock time itself; conferences are not held in the hour the clocks change.
  return asUtc - ukOffsetMinutes(asUtc) * 60_000;
}
