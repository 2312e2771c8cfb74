import { describe, expect, it } from 'vitest';
import { ukClock, ukDate, ukInstant } from '@shared/format/uk-time';

/**
 * UK wall-clock time whatever the machine's zone (test/run.mjs runs this file again far east and far west of UTC):
 * Greenwich Mean Time in winter, British Summer Time from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
 * last Sunday of October.
 */
describe('UK time', () => {
  it('reads an instant on the UK clock, in winter and in summer', () => {
    expect(ukClock('2026-12-01T14:30:00Z')).toBe('14:30');
    expect(ukClock('2026-07-01T13:30:00Z')).toBe('14:30');
    expect(ukClock('2026-07-01T23:15:00Z')).toBe('00:15');
    expect(ukClock('not a time')).toBe('');
    expect(ukClock(undefined)).toBe('');
  });

  it('changes at 01:00 UTC on the last Sundays of March and October', () => {
    expect(ukClock('2026-03-29T00:59:00Z')).toBe('00:59');
    expect(ukClock('2026-03-29T01:00:00Z')).toBe('02:00');
    expect(ukClock('2026-10-25T00:59:00Z')).toBe('01:59');
    expect(ukClock('2026-10-25T01:00:00Z')).toBe('01:00');
  });

  it('gives the UK calendar date of an instant, which can be a day after the UTC date in summer', () => {
    expect(ukDate(Date.parse('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
    expect(ukDate(Date.parse('2026-12-01T23:30:00Z'))).toBe('2026-12-01');
  });

  it('turns a UK clock time on a date back into the instant, and refuses what cannot be read', () => {
    expect(ukInstant('2026-12-01', '14:30')).toBe(Date.parse('2026-12-01T14:30:00Z'));
    expect(ukInstant('2026-07-01', '14:30')).toBe(Date.parse('2026-07-01T13:30:00Z'));
    expect(ukInstant('2026-02-30', '14:30')).toBeUndefined();
    expect(ukInstant('2026-07-01', '25:00')).toBeUndefined();
    expect(ukInstant('2026-07-01', undefined)).toBeUndefined();
  });
});
