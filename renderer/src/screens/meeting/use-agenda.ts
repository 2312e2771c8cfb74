import { useMemo } from 'react';
import { agendaForConference } from '@shared/agenda';
import type { AgendaItemDefinition } from '@shared/agenda';
import { useAppStore } from '../../store';

/**
 * The agenda of the open conference; recomputed only when its type or nation changes, or when someone starts or stops
 * attending separately (which adds or removes the separate session).
 */
export function useAgenda(): readonly AgendaItemDefinition[] {
  const type = useAppStore((s) => s.conference?.details.type ?? 'initial');
  const nation = useAppStore((s) => s.conference?.details.nation ?? 'england');
  const separately = useAppStore(
    (s) =>
      s.conference?.participants.some(
        (p) => p.kind !== 'professional' && p.attendance.status === 'attended-separately',
      ) ?? false,
  );
  return useMemo(
    () =>
      agendaForConference({
        details: { type, nation },
        participants: separately ? [{ kind: 'family', attendance: { status: 'attended-separately' } }] : [],
      }),
    [type, nation, separately],
  );
}

export function formatSeconds(total: number): string {
  const s = Math.max(0, Math.floor(total));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return h > 0
    ? `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}`
    : `${m}:${String(sec).padStart(2, '0')}`;
}
