import type { Conference } from '../../../../shared/model/conference';
import { familyTextHints } from '../../../../shared/plan/plain-language';
import { allDecisionAndPlanProblems } from '../../../../shared/plan/plan-checks';
import type { ProcedureOverrides } from '../../../../shared/procedure/profiles';
import { useAppStore } from '../../store';

export type FieldLookup = (field: string) => string | undefined;

/**
 * The decision and plan checks (with the organisation's local timescales), and the plain-words hints, for one state
 * of the conference. Every editor on the screen asks for them; caches keyed on the immutable objects mean they are
 * worked out once per edit, not once per editor.
 */
const problemCache = new WeakMap<ProcedureOverrides, WeakMap<Conference, Map<string, string>>>();
const hintCache = new WeakMap<Conference, Map<string, string>>();

function lookup(byField: Map<string, string>): FieldLookup {
  return (field) => byField.get(field);
}

export function useDecisionProblems(conference: Conference): FieldLookup {
  const procedure = useAppStore((s) => s.settings.procedure);
  let forSettings = problemCache.get(procedure);
  if (!forSettings) {
    forSettings = new WeakMap();
    problemCache.set(procedure, forSettings);
  }
  let byField = forSettings.get(conference);
  if (!byField) {
    byField = new Map();
    for (const p of allDecisionAndPlanProblems(conference, { overrides: procedure })) {
      if (!byField.has(p.field)) byField.set(p.field, p.message);
    }
    forSettings.set(conference, byField);
  }
  return lookup(byField);
}

export function plainWordsOf(conference: Conference): FieldLookup {
  let byField = hintCache.get(conference);
  if (!byField) {
    byField = new Map();
    for (const h of familyTextHints(conference)) {
      const line = `Plain words: “${h.text}” — ${h.suggestion}`;
      byField.set(h.field, byField.has(h.field) ? `${byField.get(h.field)} ${line}` : line);
    }
    hintCache.set(conference, byField);
  }
  return lookup(byField);
}
