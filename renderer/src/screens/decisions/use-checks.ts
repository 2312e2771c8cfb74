import type { Conference } from '../../../../shared/model/conference';
import { familyTextHints } from '../../../../shared/plan/plain-language';
import { allDecisionAndPlanProblems } from '../../../../shared/plan/plan-checks';

export type FieldLookup = (field: string) => string | undefined;

/**
 * The decision and plan checks, and the plain-words hints, for one state of the conference. Every editor on the
 * screen asks for them; a cache keyed on the (immutable) conference object means they are worked out once per edit,
 * not once per editor.
 */
const problemCache = new WeakMap<Conference, Map<string, string>>();
const hintCache = new WeakMap<Conference, Map<string, string>>();

export function decisionProblemsOf(conference: Conference): FieldLookup {
  let byField = problemCache.get(conference);
  if (!byField) {
    byField = new Map();
    for (const p of allDecisionAndPlanProblems(conference)) if (!byField.has(p.field)) byField.set(p.field, p.message);
    problemCache.set(conference, byField);
  }
  const found = byField;
  return (field) => found.get(field);
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
  const found = byField;
  return (field) => found.get(field);
}
