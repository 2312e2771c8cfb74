import { useMemo } from 'react';
import { agendaFor } from '../../../../shared/agenda';
import type { AgendaItemDefinition } from '../../../../shared/agenda';
import { useAppStore } from '../../store';

/** The agenda of the open conference; recomputed only when its type or nation changes. */
export function useAgenda(): readonly AgendaItemDefinition[] {
  const type = useAppStore((s) => s.conference?.details.type ?? 'initial');
  const nation = useAppStore((s) => s.conference?.details.nation ?? 'england');
  return useMemo(() => agendaFor(type, nation), [type, nation]);
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
