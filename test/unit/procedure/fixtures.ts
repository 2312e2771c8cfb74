import { Conference, SCHEMA_VERSION, type ConferenceInput } from '@shared/model/conference';
import type { Deadline } from '@shared/procedure/deadlines';

type Overrides = Omit<Partial<ConferenceInput>, 'details'> & { details: ConferenceInput['details'] };

/** A conference file as the store would hand it over, with only what a test cares about filled in. */
export function conferenceWith(input: Overrides): Conference {
  return Conference.parse({
    schemaVersion: SCHEMA_VERSION,
    id: 'conf_test',
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    ...input,
  });
}

/** The public worked example: Westbrook, England, review on Tue 1 Dec 2026 after an initial on 8 Sep. */
export function westbrookReview(extra: Partial<ConferenceInput> = {}): Conference {
  return conferenceWith({
    details: {
      type: 'review',
      nation: 'england',
      date: '2026-12-01',
      startTime: '14:00',
      localAuthority: 'Westbrook City Council',
      previousConference: { type: 'initial', date: '2026-09-08' },
    },
    children: [
      { id: 'jayden', givenName: 'Jayden', familyName: 'Ashdown' },
      { id: 'mia', givenName: 'Mia', familyName: 'Ashdown' },
    ],
    decisions: [
      { childId: 'jayden', outcome: 'plan-ends', previousCategories: ['physical-abuse'], planStartedOn: '2026-09-08' },
      { childId: 'mia', outcome: 'plan-continues', categories: ['neglect'], planStartedOn: '2026-09-08' },
    ],
    coreGroup: { firstMeetingOn: '2026-12-15', cadence: 'monthly' },
    ...extra,
  });
}

/** Finds one deadline by key and fails the test with the keys present when it is missing. */
export function deadline(list: Deadline[], key: string): Deadline {
  const found = list.find((d) => d.key === key);
  if (!found) throw new Error(`No deadline "${key}"; have: ${list.map((d) => d.key).join(', ')}`);
  return found;
}
