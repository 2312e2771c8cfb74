import type { Nation } from '../model/conference';
import { yearOf } from './calendar';

/**
 * Bank holidays per UK nation, as weekday `YYYY-MM-DD` strings, read from an installed source.
 *
 * Why a source is installed rather than imported: the rules come from date-holidays (see date-holidays-source.ts),
 * whose parser carries every time zone's data (about 150 kB compressed). The main process and the tests install
 * that source; the UI installs a table of the same lists fetched from the main process once at start, so the UI
 * bundle stays small and both sides count the same days. A year missing from the source is an error, never a year
 * without holidays: a deadline counted without Christmas is a safeguarding failure.
 */

/** date-holidays region of each nation: country GB with the nation as the state. */
export type HolidayRegion = { country: 'GB'; state: 'ENG' | 'WLS' | 'SCT' | 'NIR' };

export const HOLIDAY_REGIONS: Record<Nation, HolidayRegion> = {
  england: { country: 'GB', state: 'ENG' },
  wales: { country: 'GB', state: 'WLS' },
  scotland: { country: 'GB', state: 'SCT' },
  'northern-ireland': { country: 'GB', state: 'NIR' },
};

export type BankHoliday = { date: string; name: string };

/** Weekday bank holidays of one year in one nation, sorted, substitutes included, corrections applied. */
export type HolidaySource = (nation: Nation, year: number) => readonly BankHoliday[];

let source: HolidaySource | null = null;
const byYear = new Map<string, { list: readonly BankHoliday[]; byDate: ReadonlyMap<string, string> }>();

export function installHolidaySource(next: HolidaySource): void {
  source = next;
  byYear.clear();
}

function holidaysOf(nation: Nation, year: number) {
  const cacheKey = `${nation}:${year}`;
  const cached = byYear.get(cacheKey);
  if (cached) return cached;
  if (!source) throw new Error('Bank holidays are not loaded yet, so working days cannot be counted.');
  const list = source(nation, year);
  const entry = { list, byDate: new Map(list.map((h) => [h.date, h.name])) };
  byYear.set(cacheKey, entry);
  return entry;
}

/** The weekday bank holidays of a year in a nation, as sorted `YYYY-MM-DD` strings. */
export function bankHolidays(nation: Nation, year: number): string[] {
  return holidaysOf(nation, year).list.map((h) => h.date);
}

/** The same, with names ("Boxing Day (substitute day)") for screens that explain a date. */
export function bankHolidaysWithNames(nation: Nation, year: number): BankHoliday[] {
  return holidaysOf(nation, year).list.map((h) => ({ ...h }));
}

/** The bank holiday's name when `iso` is one in the nation, otherwise undefined. */
export function bankHolidayOn(nation: Nation, iso: string): string | undefined {
  return holidaysOf(nation, yearOf(iso)).byDate.get(iso);
}

// ---------------------------------------------------------------------------------------------------------------
// Tables: the lists for a span of years, to send across the bridge.

export type HolidayTable = { fromYear: number; toYear: number; nations: Record<Nation, Record<string, BankHoliday[]>> };

const NATIONS: readonly Nation[] = ['england', 'wales', 'scotland', 'northern-ireland'];

export function buildHolidayTable(from: HolidaySource, fromYear: number, toYear: number): HolidayTable {
  const nations = {} as HolidayTable['nations'];
  for (const nation of NATIONS) {
    nations[nation] = {};
    for (let year = fromYear; year <= toYear; year++) nations[nation][String(year)] = [...from(nation, year)];
  }
  return { fromYear, toYear, nations };
}

export function tableHolidaySource(table: HolidayTable): HolidaySource {
  return (nation, year) => {
    const list = table.nations[nation]?.[String(year)];
    if (!list) {
      throw new Error(
        `Bank holidays for ${year} are not loaded (loaded: ${table.fromYear} to ${table.toYear}). ` +
          'Restart the app; if this persists, check the date entered.',
      );
    }
    return list;
  };
}
