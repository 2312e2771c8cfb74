import { describe, expect, it } from 'vitest';
import { HOLIDAY_REGIONS, bankHolidayOn, bankHolidays, bankHolidaysWithNames } from '@shared/procedure/bank-holidays';

// Expected lists copied by hand from gov.uk/bank-holidays (weekday days off only; a holiday that falls at the weekend
// appears as its substitute weekday).
const ENGLAND_AND_WALES_2026 = [
  '2026-01-01', // New Year's Day
  '2026-04-03', // Good Friday
  '2026-04-06', // Easter Monday
  '2026-05-04', // Early May
  '2026-05-25', // Spring
  '2026-08-31', // Summer (last Monday in August)
  '2026-12-25', // Christmas Day (Fri)
  '2026-12-28', // Boxing Day substitute (26th is a Saturday)
];
const ENGLAND_AND_WALES_2027 = [
  '2027-01-01',
  '2027-03-26', // Good Friday
  '2027-03-29', // Easter Monday
  '2027-05-03',
  '2027-05-31',
  '2027-08-30',
  '2027-12-27', // Christmas Day substitute (25th is a Saturday)
  '2027-12-28', // Boxing Day substitute (26th is a Sunday)
];
const SCOTLAND_2026 = [
  '2026-01-01',
  '2026-01-02', // 2 January
  '2026-04-03', // Good Friday; no Easter Monday in Scotland
  '2026-05-04',
  '2026-05-25',
  '2026-06-15', // World Cup bank holiday (Royal Proclamation, Feb 2026)
  '2026-08-03', // first Monday in August
  '2026-11-30', // St Andrew's Day (Mon)
  '2026-12-25',
  '2026-12-28',
];
const SCOTLAND_2027 = [
  '2027-01-01',
  '2027-01-04', // substitute for 2 January (a Saturday)
  '2027-03-26',
  '2027-05-03',
  '2027-05-31',
  '2027-08-02', // first Monday in August, not the last
  '2027-11-30', // St Andrew's Day (Tue)
  '2027-12-27',
  '2027-12-28',
];
const NORTHERN_IRELAND_2026 = [
  '2026-01-01',
  '2026-03-17', // St Patrick's Day (Tue)
  '2026-04-03',
  '2026-04-06',
  '2026-05-04',
  '2026-05-25',
  '2026-07-13', // Battle of the Boyne substitute (12th is a Sunday)
  '2026-08-31',
  '2026-12-25',
  '2026-12-28',
];
const NORTHERN_IRELAND_2027 = [
  '2027-01-01',
  '2027-03-17', // St Patrick's Day (Wed)
  '2027-03-26',
  '2027-03-29',
  '2027-05-03',
  '2027-05-31',
  '2027-07-12', // Battle of the Boyne (Mon)
  '2027-08-30',
  '2027-12-27',
  '2027-12-28',
];

describe('bank holidays per nation', () => {
  it('uses the GB region of each nation in date-holidays', () => {
    expect(HOLIDAY_REGIONS).toEqual({
      england: { country: 'GB', state: 'ENG' },
      wales: { country: 'GB', state: 'WLS' },
      scotland: { country: 'GB', state: 'SCT' },
      'northern-ireland': { country: 'GB', state: 'NIR' },
    });
  });

  it('matches gov.uk for England and Wales in 2026 and 2027', () => {
    for (const nation of ['england', 'wales'] as const) {
      expect(bankHolidays(nation, 2026)).toEqual(ENGLAND_AND_WALES_2026);
      expect(bankHolidays(nation, 2027)).toEqual(ENGLAND_AND_WALES_2027);
    }
  });

  it('matches gov.uk for Scotland in 2026 and 2027', () => {
    expect(bankHolidays('scotland', 2026)).toEqual(SCOTLAND_2026);
    expect(bankHolidays('scotland', 2027)).toEqual(SCOTLAND_2027);
  });

  it('matches gov.uk for Northern Ireland in 2026 and 2027', () => {
    expect(bankHolidays('northern-ireland', 2026)).toEqual(NORTHERN_IRELAND_2026);
    expect(bankHolidays('northern-ireland', 2027)).toEqual(NORTHERN_IRELAND_2027);
  });

  it('adds the Scottish World Cup bank holiday that date-holidays lacks, in Scotland only', () => {
    expect(bankHolidayOn('scotland', '2026-06-15')).toBe('World Cup bank holiday');
    expect(bankHolidayOn('england', '2026-06-15')).toBeUndefined();
    expect(bankHolidayOn('northern-ireland', '2026-06-15')).toBeUndefined();
    expect(bankHolidays('scotland', 2027)).not.toContain('2027-06-14');
  });

  it('leaves out observances and weekend dates that are not days off', () => {
    const england2027 = bankHolidays('england', 2027);
    expect(england2027).not.toContain('2027-03-28'); // Easter Sunday (observance)
    expect(england2027).not.toContain('2027-03-07'); // Mother's Day (observance)
    expect(england2027).not.toContain('2027-12-25'); // Saturday: the day off is Mon 27th
    expect(bankHolidays('scotland', 2027)).not.toContain('2027-01-02'); // Saturday: the day off is Mon 4th
  });

  it('names each day so a screen can say why a date moved', () => {
    expect(bankHolidaysWithNames('england', 2026).at(-1)).toEqual({
      date: '2026-12-28',
      name: 'Boxing Day (substitute day)',
    });
    expect(bankHolidayOn('northern-ireland', '2027-03-17')).toMatch(/St Patrick/);
    expect(bankHolidayOn('scotland', '2026-11-30')).toMatch(/St Andrew/);
    expect(bankHolidayOn('england', '2026-12-29')).toBeUndefined();
  });

  it('gets substitute days right in other years (gov.uk)', () => {
    // Scotland 2022: 1 and 2 Jan were Sat/Sun, so Mon 3 and Tue 4 Jan; Christmas on a Sunday gave Tue 27 Dec.
    expect(bankHolidays('scotland', 2022)).toEqual([
      '2022-01-03',
      '2022-01-04',
      '2022-04-15',
      '2022-05-02',
      '2022-06-02', // Spring bank holiday moved for the Platinum Jubilee
      '2022-06-03', // Platinum Jubilee
      '2022-08-01',
      '2022-09-19', // State funeral
      '2022-11-30',
      '2022-12-26',
      '2022-12-27',
    ]);
    expect(bankHolidays('scotland', 2024)).toContain('2024-12-02'); // St Andrew's Day (Sat) moved to Monday
    expect(bankHolidays('northern-ireland', 2024)).toContain('2024-03-18'); // St Patrick's Day (Sun) moved
    expect(bankHolidays('northern-ireland', 2025)).toContain('2025-07-14'); // 12 July (Sat) moved
    expect(bankHolidays('england', 2020)).toContain('2020-05-08'); // VE Day replaced the early May Monday
    expect(bankHolidays('england', 2020)).not.toContain('2020-05-04');
    expect(bankHolidays('scotland', 2028).slice(0, 2)).toEqual(['2028-01-03', '2028-01-04']);
    expect(bankHolidays('england', 2028)[0]).toBe('2028-01-03');
  });

  it('hands out copies, so a caller cannot corrupt the cache', () => {
    const list = bankHolidays('england', 2026);
    list.push('2026-12-29');
    expect(bankHolidays('england', 2026)).toEqual(ENGLAND_AND_WALES_2026);
  });
});
