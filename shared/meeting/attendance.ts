import { AttendanceStatus } from '../model/conference';
import type { Agency, Participant, ParticipantKind } from '../model/conference';

/**
 * The statuses a participant of this kind can have. "Not attending: views shared another way" is for a child or
 * young person only: an adult who does not come is absent, sent apologies or was not invited.
 */
export function attendanceStatusesFor(kind: ParticipantKind): AttendanceStatus[] {
  return AttendanceStatus.options.filter((s) => s !== 'child-not-attending' || kind === 'child');
}

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
