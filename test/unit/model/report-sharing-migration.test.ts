import { describe, expect, it } from 'vitest';
import type { Conference } from '@shared/model/conference';
import { migrateConference } from '@shared/audience/migrate';
import { reportSharingPerRecipient } from '@shared/model/migrations/v2';
import { reportSharingByRecipient } from '@shared/procedure/deadlines';

/**
 * Version 1 held one `sharedWithFamilyOn` date and one `notSharedReason` per report; version 2 holds one entry per
 * family member (`report.sharing`). These are version 1 files as the app wrote them, opened as the app opens them.
 */

/** A version 1 file: Scotland, initial conference on Tue 2 Feb 2027 (reports due by Thu 28 Jan, 3 working days). */
const v1 = () => ({
  schemaVersion: 1,
  id: 'conf_kerr',
  createdAt: '2027-01-20T09:00:00.000Z',
  updatedAt: '2027-01-29T16:30:00.000Z',
  details: { type: 'initial', nation: 'scotland', date: '2027-02-02' },
  adults: [
    { id: 'adult-shona', givenName: 'Shona', familyName: 'Kerr', parentalResponsibility: true },
    { id: 'adult-gary', givenName: 'Gary', familyName: 'Kerr', parentalResponsibility: true },
    { id: 'adult-ian', givenName: 'Ian', familyName: 'Kerr', parentalResponsibility: true },
    { id: 'adult-morag', givenName: 'Morag', familyName: 'Kerr', parentalResponsibility: false },
  ],
  participants: [
    { id: 'p-fiona', name: 'Fiona Baird', kind: 'professional', agency: 'childrens-social-care' },
    { id: 'p-shona', name: 'Shona Kerr', kind: 'family', adultId: 'adult-shona', attendance: { status: 'present' } },
    // Excluded for part of the meeting, but invited: reports still go to him.
    { id: 'p-gary', name: 'Gary Kerr', kind: 'family', adultId: 'adult-gary', attendance: { status: 'excluded-part' } },
    // Has parental responsibility but was not invited: version 1's "the family" did not include him.
    {
      id: 'p-ian',
      name: 'Ian Kerr',
      kind: 'family',
      adultId: 'adult-ian',
      attendance: { status: 'not-invited', reason: 'Whereabouts unknown' },
    },
    // Grandmother: no parental responsibility.
    { id: 'p-morag', name: 'Morag Kerr', kind: 'family', adultId: 'adult-morag' },
    { id: 'p-advocate', name: 'Grace Okafor', kind: 'advocate' },
  ],
  reports: [
    {
      id: 'rep-social-work',
      agency: 'childrens-social-care',
      author: 'Fiona Baird',
      receivedOn: '2027-01-26',
      sharedWithFamilyOn: '2027-01-27',
      notSharedReason: '',
    },
    {
      id: 'rep-police',
      agency: 'police',
      author: 'DC Euan Grant',
      notSharedReason: 'Contains police intelligence about a third party',
    },
    { id: 'rep-school', agency: 'school', author: 'Raj Patel' },
    // A reason typed before the date was entered: hidden and unprinted in version 1.
    {
      id: 'rep-health',
      agency: 'health-visiting',
      author: 'Kirsty Munro',
      sharedWithFamilyOn: '2027-01-29',
      notSharedReason: 'Waiting for consent',
    },
  ],
});

function open(raw: unknown): Conference {
  const result = migrateConference(raw);
  if (!result.ok) throw new Error(result.message);
  expect(result.migratedFrom).toBe(1);
  return result.conference;
}

const byId = (c: Conference, id: string) => c.reports.find((r) => r.id === id)!;

describe('version 1 report sharing, opened in version 2', () => {
  it('gives each invited parent with parental responsibility a full copy on the date the family had it', () => {
    const c = open(v1());
    expect(byId(c, 'rep-social-work').sharing).toEqual([
      { participantId: 'p-shona', sharedOn: '2027-01-27', version: 'full', reason: '' },
      { participantId: 'p-gary', sharedOn: '2027-01-27', version: 'full', reason: '' },
    ]);
    // A reason left beside a date in version 1 is kept, never dropped.
    expect(byId(c, 'rep-health').sharing).toEqual([
      { participantId: 'p-shona', sharedOn: '2027-01-29', version: 'full', reason: 'Waiting for consent' },
      { participantId: 'p-gary', sharedOn: '2027-01-29', version: 'full', reason: 'Waiting for consent' },
    ]);
  });

  it('turns a reason with no date into "not shared" for the same people, and leaves a report with neither empty', () => {
    const c = open(v1());
    expect(byId(c, 'rep-police').sharing).toEqual([
      {
        participantId: 'p-shona',
        version: 'not-shared',
        reason: 'Contains police intelligence about a third party',
      },
      { participantId: 'p-gary', version: 'not-shared', reason: 'Contains police intelligence about a third party' },
    ]);
    expect(byId(c, 'rep-school').sharing).toEqual([]);
  });

  it('keeps nothing of the old fields', () => {
    const step = reportSharingPerRecipient(v1());
    for (const report of step.reports as Record<string, unknown>[]) {
      expect(report).not.toHaveProperty('sharedWithFamilyOn');
      expect(report).not.toHaveProperty('notSharedReason');
    }
    for (const report of open(v1()).reports) {
      expect(report).not.toHaveProperty('sharedWithFamilyOn');
      expect(report).not.toHaveProperty('notSharedReason');
    }
  });

  it('gives every family member the date where no one has parental responsibility recorded', () => {
    const raw = v1();
    raw.adults = raw.adults.map((a) => ({ ...a, parentalResponsibility: false }));
    const sharing = byId(open(raw), 'rep-social-work').sharing;
    // Every participant of kind 'family', whatever their attendance; not the advocate.
    expect(sharing.map((s) => s.participantId)).toEqual(['p-shona', 'p-gary', 'p-ian', 'p-morag']);
    expect(sharing.every((s) => s.sharedOn === '2027-01-27' && s.version === 'full')).toBe(true);
  });

  it('treats a parent with no attendance recorded as invited', () => {
    const raw = v1();
    const gary = raw.participants.find((p) => p.id === 'p-gary')!;
    delete (gary as { attendance?: unknown }).attendance;
    expect(byId(open(raw), 'rep-social-work').sharing.map((s) => s.participantId)).toEqual(['p-shona', 'p-gary']);
  });

  it('records nobody when the file has no family members yet, and still opens', () => {
    const raw = { ...v1(), participants: [], adults: [] };
    expect(open(raw).reports.every((r) => r.sharing.length === 0)).toBe(true);
  });

  it('judges the migrated dates per parent against the local rule', () => {
    const judged = reportSharingByRecipient(open(v1()));
    const health = judged.find((j) => j.report.id === 'rep-health')!;
    // Fri 29 Jan is after Thu 28 Jan: late for both, 2 working days before (Mon 1 Feb and the conference day).
    expect(health.recipients.filter((r) => r.expected).map((r) => [r.name, r.late, r.workingDaysBefore])).toEqual([
      ['Shona Kerr', true, 2],
      ['Gary Kerr', true, 2],
    ]);
    const police = judged.find((j) => j.report.id === 'rep-police')!;
    expect(police.recipients.find((r) => r.participantId === 'p-gary')!.message).toBe(
      'Not shared with Gary Kerr: Contains police intelligence about a third party.',
    );
  });
});
