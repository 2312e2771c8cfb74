import type { Participant } from '../../../../shared/model/conference';
import { agencyLabel } from '../../../../shared/meeting/attendance';

/** "Ellen Bright (school nurse)": how the minute-taker picks who said something. */
export function participantLabel(p: Participant): string {
  const role = p.role || (p.agency ? agencyLabel[p.agency] : p.kind === 'family' ? 'family' : p.kind);
  return p.name ? `${p.name} (${role})` : `(${role}, name not recorded)`;
}

/** Finds the participant a typed attribution means: the full label, or the name alone, ignoring case. */
export function findParticipant(participants: Participant[], typed: string): Participant | undefined {
  const t = typed.trim().toLowerCase();
  if (!t) return undefined;
  return (
    participants.find((p) => participantLabel(p).toLowerCase() === t) ??
    participants.find((p) => p.name.trim().toLowerCase() === t)
  );
}
