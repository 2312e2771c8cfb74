import { describe, expect, it } from 'vitest';
import { setupProblems } from '@shared/meeting/setup-checks';
import { conferenceWith } from '../procedure/fixtures';

/** The setup checks carry the date engine's own checks, so each message shows beside its field on the setup form. */
describe('setup checks: dates that depend on the conference', () => {
  const conference = (edd: string, referralOn?: string) =>
    conferenceWith({
      details: { type: 'pre-birth', nation: 'wales', date: '2027-01-12', ...(referralOn ? { referralOn } : {}) },
      children: [
        { id: 'sam', givenName: 'Sam' },
        { id: 'baby', givenName: '', unborn: true, expectedDeliveryDate: edd },
      ],
    });
  const fields = (c: ReturnType<typeof conference>) => setupProblems(c, '2026-12-01').map((p) => p.field);

  it('names the due date of a baby past 42 weeks, or not yet conceived, at the conference', () => {
    // On 12 Jan 2027 a baby due on 28 Dec 2026 is at 42+1, and one due 281 days on is at −0+1: both are typing slips.
    // Today is set before both due dates, so the check that a due date is not already past stays silent.
    expect(fields(conference('2026-12-28'))).toEqual(['children[1].expectedDeliveryDate']);
    expect(fields(conference('2027-10-20'))).toEqual(['children[1].expectedDeliveryDate']);
    expect(fields(conference('2027-10-19'))).toEqual([]);
    expect(fields(conference('2026-12-29'))).toEqual([]);
  });

  it('names a referral received after the conference, and nothing else', () => {
    expect(fields(conference('2027-05-01', '2027-01-13'))).toEqual(['details.referralOn']);
    expect(fields(conference('2027-05-01', '2027-01-12'))).toEqual([]);
  });
});
