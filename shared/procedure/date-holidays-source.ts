import Holidays from 'date-holidays';
import type { Nation } from '../model/conference';
import { HOLIDAY_REGIONS, type BankHoliday, type HolidaySource } from './bank-holidays';
import { isWeekend } from './calendar';

/**
 * Bank holidays per UK nation, from date-holidays rather than a hand-kept list, so that new years need no release.
 *
 * How date-holidays is used, and why:
 * - Region: country GB with the nation as the state (ENG, WLS, SCT, NIR). The GB level alone is wrong for every
 *   nation: it lacks the August holiday, and Scotland's and Northern Ireland's own days live at state level.
 * - Types: only `public` and `bank`. GB data also carries observances (Mother's Day, Easter Sunday, Father's Day)
 *   that are not days off.
 * - Dates are read from each holiday's `date` text ("2026-12-28 00:00:00", in the UK's own zone) and compared as
 *   strings. `isHoliday(Date)` reads the machine's zone, so on a laptop set to another zone it answers for the wrong
 *   day.
 * - A holiday that falls on a Saturday or Sunday is left out: the day off is its substitute weekday, which
 *   date-holidays lists separately (28 Dec 2026 for Boxing Day), and gov.uk lists only that weekday too.
 *
 * Checked against gov.uk for 2020–2030 (England and Wales, Scotland with 2 January, St Andrew's Day and the first
 * Monday in August and no Easter Monday, Northern Ireland with 17 March and 12 July and their substitutes): the only
 * difference is the one-off Scottish day in `CORRECTIONS` below.
 */

type Correction = BankHoliday & { why: string };

/**
 * Where date-holidays is wrong or behind. Each entry says why; remove an entry once the library has caught up (the
 * list is merged without duplicates, so a library that has caught up does no harm in the meantime).
 */
const CORRECTIONS: Record<Nation, { add: Correction[]; remove: Correction[] }> = {
  england: { add: [], remove: [] },
  wales: { add: [], remove: [] },
  scotland: {
    add: [
      {
        date: '2026-06-15',
        name: 'World Cup bank holiday',
        why:
          'Appointed by Royal Proclamation of 3 February 2026 under s1(3) of the Banking and Financial Dealings Act ' +
          '1971 (Scotland only) and listed on gov.uk/bank-holidays; date-holidays 3.37 does not have it.',
      },
    ],
    remove: [],
  },
  'northern-ireland': { add: [], remove: [] },
};

const HOLIDAY_TYPES = new Set(['public', 'bank']);

// Building a Holidays object parses the rule set, and a deadline walks day by day: keep one per nation and one
// list per nation-year.
const calendars = new Map<Nation, Holidays>();

function calendarFor(nation: Nation): Holidays {
  let calendar = calendars.get(nation);
  if (!calendar) {
    const region = HOLIDAY_REGIONS[nation];
    calendar = new Holidays(region.country, region.state, { types: ['public', 'bank'] });
    calendars.set(nation, calendar);
  }
  return calendar;
}

/** The date-holidays source: what the main process and the tests install. */
export const dateHolidaysSource: HolidaySource = (nation, year) => {
  const byDate = new Map<string, string>();
  for (const holiday of calendarFor(nation).getHolidays(year, 'en')) {
    if (!HOLIDAY_TYPES.has(holiday.type)) continue;
    const date = holiday.date.slice(0, 10);
    if (!byDate.has(date)) byDate.set(date, holiday.name);
  }
  const { add, remove } = CORRECTIONS[nation];
  for (const fix of remove) if (fix.date.startsWith(`${year}-`)) byDate.delete(fix.date);
  for (const fix of add) if (fix.date.startsWith(`${year}-`) && !byDate.has(fix.date)) byDate.set(fix.date, fix.name);
  for (const date of [...byDate.keys()]) if (isWeekend(date)) byDate.delete(date);
  return [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, name]) => ({ date, name }));
};
