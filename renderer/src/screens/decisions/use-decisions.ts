import { useMemo } from 'react';
import type { ChildDecision, Conference, ConferenceType } from '@shared/model/conference';
import { emptyDecision } from '@shared/model/factory';
import { conferenceDeadlines, type Deadline } from '@shared/procedure/deadlines';
import { useAppStore } from '../../store';

/** What the decision records about a plan before this meeting: the category it was under, or when it started. */
export function onPlanBefore(decision: ChildDecision): boolean {
  return decision.previousCategories.length > 0 || decision.planStartedOn !== undefined;
}

/**
 * Outcomes that fit each kind of conference and child. Only a review (or a transfer-in) continues or ends a plan;
 * there, a child not on one (a new baby, a child who has joined the household) needs a plan or does not. A child
 * with no record of an earlier plan may still have had one (the record is not filled in), so all four are offered,
 * the ones for a new plan first.
 */
export function outcomesFor(
  type: ConferenceType,
  decision: ChildDecision,
): Array<NonNullable<ChildDecision['outcome']>> {
  if (type !== 'review' && type !== 'transfer-in') return ['plan-needed', 'plan-not-needed'];
  return onPlanBefore(decision)
    ? ['plan-continues', 'plan-ends']
    : ['plan-needed', 'plan-not-needed', 'plan-continues', 'plan-ends'];
}

export { emptyDecision };

/** Edits one child's decision, creating the entry on first use. */
export function useDecisionEditor(childId: string) {
  const edit = useAppStore((s) => s.editConference);
  return (patch: Partial<ChildDecision> | ((d: ChildDecision) => Partial<ChildDecision>)) =>
    edit((c) => {
      const existing = c.decisions.find((d) => d.childId === childId) ?? emptyDecision(childId);
      const next = { ...existing, ...(typeof patch === 'function' ? patch(existing) : patch) };
      const others = c.decisions.filter((d) => d.childId !== childId);
      // Keep decisions in the household's order, so documents list children the same way everywhere.
      const order = c.children.map((ch) => ch.id);
      return { ...c, decisions: [...others, next].sort((a, b) => order.indexOf(a.childId) - order.indexOf(b.childId)) };
    });
}

/** The statutory and local deadlines for the open conference, recomputed when it changes. */
export function useDeadlines(conference: Conference): Deadline[] {
  const timescales = useAppStore((s) => s.settings.procedure.timescales);
  return useMemo(() => conferenceDeadlines(conference, timescales), [conference, timescales]);
}
