import { AttendanceStatus } from '../model/conference';
import type { Agency, JoinedBy, Participant, ParticipantKind } from '../model/conference';

export const attendanceLabel: Record<AttendanceStatus, string> = {
  expected: 'Expected',
  present: 'Present',
  part: 'Present for part',
  'left-early': 'Left early',
  remote: 'Joined remotely',
  'attended-separately': 'Attended separately',
  'apologies-with-report': 'Apologies, sent a report',
  'apologies-no-report': 'Apologies, no report',
  'report-only': 'Report only',
  'invited-absent': 'Invited, did not attend',
  'not-invited': 'Not invited',
  'excluded-part': 'Excluded for part',
  'excluded-whole': 'Excluded',
  'child-not-attending': 'Not attending: views shared another way',
};

/** How someone joined a separate session (or the meeting, where it was not the meeting's own way). */
export const joinedByLabel: Record<JoinedBy, string> = {
  'in-person': 'In person',
  video: 'By video',
  phone: 'By phone',
};

/**
 * The statuses a participant of this kind can have. "Not attending: views shared another way" is for a child or
 * young person only: an adult who does not come is absent, sent apologies or was not invited.
 */
export function attendanceStatusesFor(kind: ParticipantKind): AttendanceStatus[] {
  return AttendanceStatus.options.filter((s) => s !== 'child-not-attending' || kind === 'child');
}

export const agencyLabel: Record<Agency, string> = {
  'childrens-social-care': 'Children’s social care',
  police: 'Police',
  'health-visiting': 'Health visiting',
  'school-nursing': 'School nursing',
  midwifery: 'Midwifery',
  gp: 'GP',
  paediatrics: 'Paediatrics',
  school: 'School',
  'early-years': 'Nursery / early years',
  'adult-substance-misuse': 'Adult substance misuse service',
  'adult-mental-health': 'Adult mental health service',
  probation: 'Probation',
  housing: 'Housing',
  'domestic-abuse-service': 'Domestic abuse service',
  'family-support': 'Family support',
  legal: 'Legal services',
  other: 'Other agency',
};

/** Statuses in which a person takes part in the discussion (in the room, by video, or in a separate session). */
const TAKING_PART: ReadonlySet<AttendanceStatus> = new Set([
  'present',
  'part',
  'left-early',
  'remote',
  'attended-separately',
]);

export function isTakingPart(p: Participant): boolean {
  return TAKING_PART.has(p.attendance.status);
}

export type Quorum = {
  quorate: boolean;
  socialCarePresent: boolean;
  /** Agencies other than social care with someone taking part. */
  otherAgencies: Agency[];
  /** What the chair needs to hear, in one line. */
  summary: string;
};

/**
 * Quorum: children's social care plus at least two other agencies taking part (Working Together and the Wales
 * procedures). Written reports alone do not count; a chair may still proceed, and the minute must say so.
 */
export function quorum(participants: Participant[]): Quorum {
  const agencies = new Set<Agency>();
  for (const p of participants) {
    if (p.kind === 'professional' && p.agency && isTakingPart(p)) agencies.add(p.agency);
  }
  const socialCarePresent = agencies.has('childrens-social-care');
  const otherAgencies = [...agencies].filter((a) => a !== 'childrens-social-care' && a !== 'other' && a !== 'legal');
  const quorate = socialCarePresent && otherAgencies.length >= 2;
  const summary = quorate
    ? `Quorate: children’s social care and ${otherAgencies.length} other agencies.`
    : !socialCarePresent
      ? 'Not quorate: no one from children’s social care is taking part.'
      : `Not quorate: children’s social care and ${otherAgencies.length} other ${otherAgencies.length === 1 ? 'agency' : 'agencies'}; at least two are needed.`;
  return { quorate, socialCarePresent, otherAgencies, summary };
}
