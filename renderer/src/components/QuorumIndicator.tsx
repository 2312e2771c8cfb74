import type { Participant } from '@shared/model/conference';
import { quorum } from '@shared/meeting/attendance';

/** Social care plus two other agencies taking part: the chair sees at a glance whether the meeting can decide. */
export function QuorumIndicator({ participants }: { participants: Participant[] }) {
  const q = quorum(participants);
  return (
    <p className={q.quorate ? 'quorum quorum--ok' : 'quorum quorum--no'} role="status" aria-live="polite">
      <strong>{q.quorate ? '✓ Quorate' : '⚠ Not quorate'}:</strong> {q.summary.replace(/^(Quorate|Not quorate): /, '')}
    </p>
  );
}
