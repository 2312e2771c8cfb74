import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  isWorkingDay,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
  workingDaysBetween,
} from '@shared/procedure/working-days';

describe('working days', () => {
  it('knows which days are working days in each nation', () => {
    expect(isWorkingDay('england', '2026-12-28')).toBe(false); // Boxing Day substitute
    expect(isWorkingDay('england', '2026-12-29')).toBe(true);
    expect(isWorkingDay('england', '2026-12-26')).toBe(false); // Saturday
    expect(isWorkingDay('scotland', '2027-01-04')).toBe(false); // 2 January substitute
    expect(isWorkingDay('england', '2027-01-04')).toBe(true);
    expect(isWorkingDay('scotland', '2027-03-29')).toBe(true); // no Easter Monday in Scotland
    expect(isWorkingDay('england', '2027-03-29')).toBe(false);
    expect(isWorkingDay('wales', '2027-03-29')).toBe(false);
    expect(isWorkingDay('northern-ireland', '2027-03-17')).toBe(false);
    expect(isWorkingDay('england', '2027-03-17')).toBe(true);
  });

  it('counts 10 working days over Christmas and New Year 2026/27 (England, Wales, NI)', () => {
    // Thu 17 Dec 2026: 18 (1), 21 (2), 22 (3), 23 (4), 24 (5), [25 Christmas, 26-27 weekend, 28 Boxing Day
    // substitute], 29 (6), 30 (7), 31 (8), [1 Jan, 2-3 weekend], Mon 4 (9), Tue 5 Jan (10).
    expect(addWorkingDays('england', '2026-12-17', 10)).toBe('2027-01-05');
    expect(addWorkingDays('wales', '2026-12-17', 10)).toBe('2027-01-05');
    expect(addWorkingDays('northern-ireland', '2026-12-17', 10)).toBe('2027-01-05');
  });

  it('skips 4 January 2027 in Scotland', () => {
    // As above to Thu 31 Dec (8), then [1 Jan, weekend, Mon 4 Jan substitute for 2 Jan], Tue 5 (9), Wed 6 (10).
    expect(addWorkingDays('scotland', '2026-12-17', 10)).toBe('2027-01-06');
    expect(addWorkingDays('scotland', '2026-12-31', 1)).toBe('2027-01-05');
    expect(addWorkingDays('england', '2026-12-31', 1)).toBe('2027-01-04');
    expect(addWorkingDays('england', '2026-12-24', 1)).toBe('2026-12-29');
  });

  it('skips Good Friday and Easter Monday 2027 in England, only Good Friday in Scotland', () => {
    expect(addWorkingDays('england', '2027-03-25', 1)).toBe('2027-03-30');
    expect(addWorkingDays('wales', '2027-03-25', 1)).toBe('2027-03-30');
    expect(addWorkingDays('scotland', '2027-03-25', 1)).toBe('2027-03-29');
  });

  it('uses the first Monday in August in Scotland and the last elsewhere', () => {
    expect(addWorkingDays('scotland', '2027-07-30', 1)).toBe('2027-08-03');
    expect(addWorkingDays('england', '2027-07-30', 1)).toBe('2027-08-02');
    expect(addWorkingDays('england', '2027-08-27', 1)).toBe('2027-08-31');
    expect(addWorkingDays('scotland', '2027-08-27', 1)).toBe('2027-08-30');
  });

  it('skips St Patrick’s Day and 12 July (with its substitute) in Northern Ireland only', () => {
    expect(addWorkingDays('northern-ireland', '2027-03-16', 1)).toBe('2027-03-18');
    expect(addWorkingDays('england', '2027-03-16', 1)).toBe('2027-03-17');
    expect(addWorkingDays('northern-ireland', '2027-07-09', 1)).toBe('2027-07-13');
    expect(addWorkingDays('england', '2027-07-09', 1)).toBe('2027-07-12');
    // 12 July 2026 is a Sunday, so Mon 13 July is the day off.
    expect(addWorkingDays('northern-ireland', '2026-07-10', 1)).toBe('2026-07-14');
    expect(addWorkingDays('england', '2026-07-10', 1)).toBe('2026-07-13');
  });

  it('skips St Andrew’s Day and the World Cup holiday in Scotland only', () => {
    expect(addWorkingDays('scotland', '2026-11-27', 1)).toBe('2026-12-01');
    expect(addWorkingDays('england', '2026-11-27', 1)).toBe('2026-11-30');
    expect(addWorkingDays('scotland', '2026-06-12', 1)).toBe('2026-06-16');
    expect(addWorkingDays('england', '2026-06-12', 1)).toBe('2026-06-15');
  });

  it('never counts the start day, even when it is a weekend or holiday', () => {
    expect(addWorkingDays('england', '2026-12-01', 10)).toBe('2026-12-15'); // worked example core group
    expect(addWorkingDays('england', '2026-12-05', 1)).toBe('2026-12-07'); // Sat -> Mon
    expect(addWorkingDays('england', '2026-12-25', 1)).toBe('2026-12-29');
    expect(addWorkingDays('england', '2026-12-01', 0)).toBe('2026-12-01');
  });

  it('counts backwards for "at least n working days before"', () => {
    // Before Mon 4 Jan 2027: Thu 31 Dec (1), Wed 30 (2), Tue 29 (3); 1 Jan is a bank holiday.
    expect(addWorkingDays('england', '2027-01-04', -3)).toBe('2026-12-29');
    // Before Tue 1 Dec 2026: Mon 30 Nov (1), Fri 27 (2), Thu 26 (3), Wed 25 (4), Tue 24 (5).
    expect(addWorkingDays('england', '2026-12-01', -5)).toBe('2026-11-24');
    // Scotland: Mon 30 Nov is St Andrew's Day, so one day further back.
    expect(addWorkingDays('scotland', '2026-12-01', -5)).toBe('2026-11-23');
  });

  it('refuses a part day', () => {
    expect(() => addWorkingDays('england', '2026-12-01', 1.5)).toThrow(/whole number/);
  });

  it('measures working days between two dates as the inverse of adding them', () => {
    expect(workingDaysBetween('england', '2026-12-01', '2026-12-15')).toBe(10);
    expect(workingDaysBetween('england', '2026-12-17', '2027-01-05')).toBe(10);
    expect(workingDaysBetween('scotland', '2026-12-17', '2027-01-05')).toBe(9);
    expect(workingDaysBetween('england', '2026-12-15', '2026-12-01')).toBe(-10);
    expect(workingDaysBetween('england', '2026-11-24', '2026-12-01')).toBe(5);
    expect(workingDaysBetween('england', '2026-12-01', '2026-12-01')).toBe(0);
    // Christmas Eve to the Boxing Day substitute: 25th holiday, weekend, 28th holiday.
    expect(workingDaysBetween('england', '2026-12-24', '2026-12-28')).toBe(0);
  });

  it('finds the working day on or before / after a date', () => {
    expect(workingDayOnOrBefore('england', '2027-02-28')).toBe('2027-02-26'); // Sun -> Fri
    expect(workingDayOnOrBefore('england', '2026-12-28')).toBe('2026-12-24'); // over Christmas
    expect(workingDayOnOrBefore('england', '2026-12-24')).toBe('2026-12-24');
    expect(workingDayOnOrAfter('scotland', '2027-01-01')).toBe('2027-01-05');
    expect(workingDayOnOrAfter('england', '2027-01-01')).toBe('2027-01-04');
  });
});
