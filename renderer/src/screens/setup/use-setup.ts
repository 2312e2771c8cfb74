import { useMemo } from 'react';
import { todayIso } from '@shared/format/dates';
import { setupProblems } from '@shared/meeting/setup-checks';
import type { Conference } from '@shared/model/conference';
import { useAppStore } from '../../store';

/** The setup checks for the open conference, as a lookup by field path for the forms. */
export function useFieldProblems(conference: Conference): (field: string) => string | undefined {
  const problems = useMemo(() => setupProblems(conference, todayIso()), [conference]);
  return useMemo(() => {
    const byField = new Map(problems.map((p) => [p.field, p.message]));
    return (field: string) => byField.get(field);
  }, [problems]);
}

export function useEdit() {
  return useAppStore((s) => s.editConference);
}
