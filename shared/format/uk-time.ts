import { parseIsoDate } from './iso-date';

/**
 * UK wall-clock time for the documents. Note times are instants; attendance times are clock times on the conference
 * day in the UK. A minute printed on a laptop set to another zone, or by the headless export on a server in UTC in
 * summer, must still say the closed session began at 14:30, so times are read in the UK's own zone (Europe/London,
 * British Summer Time included) whatever the machine's zone is.
 */

const ukParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

type WallClock = { readonly date: string; readonly clock: string };

/**
 * Wall clocks already read, by the minute. `formatToParts` costs microseconds a call, and a minute prints the time of
 * every note for every recipient's copy: an export of a long meeting spent more time here than in the leak guard,
 * though a meeting's notes fall in a few hundred distinct minutes. Cleared when full, so it stays small.
 */
const wallClocks = new Map<number, WallClock>();
const WALL_CLOCKS_KEPT = 10_000;

/** The UK wall clock at an instant: "2026-12-01" and "14:30". */
function ukWallClock(epochMs: number): WallClock {
  const minute = Math.floor(epochMs / 60_000);
  let known = wallClocks.get(minute);
  if (known === undefined) {
    const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
    for (const { type, value } of ukParts.formatToParts(minute * 60_000)) part[type] = value;
    known = { date: `${part.year}-${part.month}-${part.day}`, clock: `${part.hour}:${part.minute}` };
    if (wallClocks.size >= WALL_CLOCKS_KEPT) wallClocks.clear();
    wallClocks.set(minute, known);
  }
  return known;
}

/** Minutes the UK is ahead of UTC at this instant (0, or 60 in British Summer Time). */
function ukOffsetMinutes(epochMs: number): number {
  const atMinute = Math.floor(epochMs / 60_000) * 60_000;
  const { date, clock } = ukWallClock(epochMs);
  const wallAsUtc = Date.parse(`${date}T${clock}:00Z`);
  return Math.round((wallAsUtc - atMinute) / 60_000);
}

/** "14:30" in UK time, or '' for an instant that cannot be read. */
export function ukClock(instant: string | undefined): string {
  if (!instant) return '';
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return '';
  return ukWallClock(ms).clock;
}

/** The UK calendar date ("2026-12-01") of an instant in epoch milliseconds. */
export function ukDate(epochMs: number): string {
  return ukWallClock(epochMs).date;
}

/** The instant of a UK clock time ("14:30") on a calendar date ("2026-12-01"), or undefined if either is unreadable. */
export function ukInstant(isoDate: string, clock: string | undefined): number | undefined {
  const d = parseIsoDate(isoDate);
  const t = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(clock ?? '');
  if (!d || !t) return undefined;
  const asUtc = Date.UTC(d.year, d.month - 1, d.day, Number(t[1]), Number(t[2]));
  // The offset is read at the wall-clock time itself; conferences are not held in the hour the clocks change.
  return asUtc - ukOffsetMinutes(asUtc) * 60_000;
}
