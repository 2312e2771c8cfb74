import { describe, expect, it } from 'vitest';
import { addCalendarDays, addMonths, calendarDaysBetween, dayOfWeek, isWeekend } from '@shared/procedure/calendar';
import { parseIsoDate } from '@shared/format/iso-date';

describe('calendar arithmetic on ISO dates', () => {
  it('knows the day of the week without a Date (0 = Sunday)', () => {
    expect(dayOfWeek('2026-12-01')).toBe(2); // Tue 1 Dec 2026, the worked example's review
    expect(dayOfWeek('2026-12-25')).toBe(5); // Christmas Day 2026 is a Friday
    expect(dayOfWeek('2027-02-28')).toBe(0); // Sunday
    expect(dayOfWeek('2028-02-29')).toBe(2); // leap day 2028 is a Tuesday
    expect(dayOfWeek('1970-01-01')).toBe(4); // Thursday, the day count's origin
    expect(dayOfWeek('1969-12-31')).toBe(3); // and the day before it
    expect(isWeekend('2026-12-26')).toBe(true);
    expect(isWeekend('2026-12-28')).toBe(false);
  });

  it('adds calendar days across month, year and leap-day boundaries', () => {
    expect(addCalendarDays('2026-11-30', 28)).toBe('2026-12-28');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2027-02-28', 1)).toBe('2027-03-01');
    // 84 days = 12 weeks back from Mon 1 Mar 2027: 1 Feb, 4 Jan, 7 Dec.
    expect(addCalendarDays('2027-03-01', -84)).toBe('2026-12-07');
  });

  it('counts calendar days between two dates', () => {
    // Rest of December (30) + January (31) + February (28) + 1 March = 90.
    expect(calendarDaysBetween('2026-12-01', '2027-03-01')).toBe(90);
    expect(calendarDaysBetween('2027-03-01', '2026-12-01')).toBe(-90);
  });

  it('adds months keeping the day: within 3 months of 8 Sep is by 8 Dec', () => {
    expect(addMonths('2026-09-08', 3)).toBe('2026-12-08');
    expect(addMonths('2026-12-01', 6)).toBe('2027-06-01');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-11-15', 14)).toBe('2028-01-15');
  });

  it('clamps to the end of a shorter month instead of rolling into the next', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29'); // 2028 is a leap year
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-10-31', 2)).toBe('2026-12-31');
    expect(addMonths('2028-03-31', -1)).toBe('2028-02-29');
  });

  it('refuses dates that do not exist rather than rolling them over', () => {
    expect(parseIsoDate('2026-02-30')).toBeUndefined();
    expect(parseIsoDate('2027-02-29')).toBeUndefined();
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseIsoDate('1 Dec 2026')).toBeUndefined();
    expect(() => addMonths('2026-02-30', 1)).toThrow(/YYYY-MM-DD/);
    expect(() => addCalendarDays('26-12-01', 1)).toThrow(RangeError);
  });
});
