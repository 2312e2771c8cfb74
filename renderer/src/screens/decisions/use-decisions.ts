import { useMemo } from 'react';
import type { ChildDecision, Conference, ConferenceType } from '../../../../shared/model/conference';
import { conferenceDeadlines, type Deadline } from '../../../../shared/procedure/deadlines';
import { useAppStore } from '../../store';

/** Outcomes that fit each kind of conference: only a review (or a transfer) can continue or end a plan. */
export function outcomesFor(type: ConferenceType): Array<NonNullable<ChildDecision['outcome']>> {
  switch (type) {
    case 'review':
      return ['plan-continues', 'plan-ends'];
    case 'transfer-in':
      return ['plan-continues', 'plan-ends'];
    default:
      return ['plan-needed', 'plan-not-needed'];
  }
}

export function emptyDecision(childId: string): ChildDecision {
  return {
    childId,
    categories: [],
    previousCategories: [],
    agencyViews: [],
    familyViews: [],
    chairReasons: '',
    dissent: [],
    alternativeLead: '',
    stepDownPlan: '',
  };
}

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
