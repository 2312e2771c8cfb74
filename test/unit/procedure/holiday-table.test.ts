import { afterEach, describe, expect, it } from 'vitest';
import {
  bankHolidays,
  buildHolidayTable,
  installHolidaySource,
  tableHolidaySource,
} from '@shared/procedure/bank-holidays';
import { dateHolidaysSource } from '@shared/procedure/date-holidays-source';
import { addWorkingDays } from '@shared/procedure/working-days';

describe('bank holidays as a table (what the UI installs)', () => {
  afterEach(() => installHolidaySource(dateHolidaysSource));

  it('counts the same working days as the date-holidays source', () => {
    // Thu 17 Dec 2026 + 10 working days in England: 18, 21, 22, 23, 24, (25 Xmas), (28 Boxing Day substitute),
    // 29, 30, 31, (1 Jan), 4, 5 Jan → Tue 5 Jan 2027.
    expect(addWorkingDays('england', '2026-12-17', 10)).toBe('2027-01-05');
    const table = buildHolidayTable(dateHolidaysSource, 2026, 2027);
    installHolidaySource(tableHolidaySource(JSON.parse(JSON.stringify(table))));
    expect(addWorkingDays('england', '2026-12-17', 10)).toBe('2027-01-05');
    expect(bankHolidays('scotland', 2027)).toContain('2027-01-04');
  });

  it('refuses to count across a year it was not given, rather than assume no holidays', () => {
    installHolidaySource(tableHolidaySource(buildHolidayTable(dateHolidaysSource, 2026, 2026)));
    expect(() => addWorkingDays('england', '2026-12-17', 10)).toThrow(/Bank holidays for 2027 are not loaded/);
  });
});
