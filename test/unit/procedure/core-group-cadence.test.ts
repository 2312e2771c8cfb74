import { describe, expect, it } from 'vitest';
import { Conference } from '@shared/model/conference';
import { createConference } from '@shared/model/factory';
import { conferenceDeadlines } from '@shared/procedure/deadlines';

function withCoreGroup(firstMeetingOn: string, cadence: 'monthly' | 'six-weekly') {
  const base = createConference({ type: 'initial', nation: 'england', date: '2026-12-07' });
  return Conference.parse({
    ...base,
    children: [{ id: 'c1', givenName: 'Mia', dateOfBirth: '2021-05-03' }],
    decisions: [{ childId: 'c1', outcome: 'plan-needed', categories: ['neglect'] }],
    coreGroup: { firstMeetingOn, cadence },
  });
}

describe('core group cadence against the local one-month rule (England default)', () => {
  it('a monthly rhythm is on time even when the month-on date is a Saturday', () => {
    // Wed 16 Dec 2026 + 1 month = Sat 16 Jan 2027; the limit moves back to Fri 15 Jan.
    const interval = conferenceDeadlines(withCoreGroup('2026-12-16', 'monthly')).find(
      (d) => d.key === 'core-group-interval',
    );
    expect(interval?.bookedOn).toBe('2027-01-16');
    expect(interval?.dueOn).toBe('2027-01-15');
    expect(interval?.status).toBe('ok');
    expect(interval?.note).toContain('That is a Saturday: book a working day no later than Fri 15 Jan 2027.');
  });

  it('a six-weekly rhythm is still late against a one-month rule', () => {
    // Wed 16 Dec 2026 + 42 days = Wed 27 Jan 2027, after the limit of Fri 15 Jan.
    const interval = conferenceDeadlines(withCoreGroup('2026-12-16', 'six-weekly')).find(
      (d) => d.key === 'core-group-interval',
    );
    expect(interval?.bookedOn).toBe('2027-01-27');
    expect(interval?.status).toBe('late');
  });
});
