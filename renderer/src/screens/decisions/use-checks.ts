import type { Conference } from '@shared/model/conference';
import type { OrganisationSettings } from '@shared/model/settings';
import { familyTextHints, hintQuote } from '@shared/plan/plain-language';
import { allDecisionAndPlanProblems, planNotes } from '@shared/plan/plan-checks';
import { leadProfessionalTitle } from '@shared/procedure/profiles';
import { useAppStore } from '../../store';

export type FieldLookup = (field: string) => string | undefined;

/**
 * The decision and plan checks (with the organisation's local timescales and its title for the lead professional), and
 * the plain-words hints, for one state of the conference. Every editor on the screen asks for them; caches keyed on
 * the immutable objects mean they are worked out once per edit, not once per editor.
 */
const problemCache = new WeakMap<OrganisationSettings, WeakMap<Conference, Map<string, string>>>();
const hintCache = new WeakMap<Conference, Map<string, string>>();
const noteCache = new WeakMap<Conference, Map<string, string>>();

function lookup(byField: Map<string, string>): FieldLookup {
  return (field) => byField.get(field);
}

export function useDecisionProblems(conference: Conference): FieldLookup {
  const settings = useAppStore((s) => s.settings);
  return lookup(problemsByField(conference, settings));
}

function problemsByField(conference: Conference, settings: OrganisationSettings): Map<string, string> {
  let forSettings = problemCache.get(settings);
  if (!forSettings) {
    forSettings = new WeakMap();
    problemCache.set(settings, forSettings);
  }
  let byField = forSettings.get(conference);
  if (!byField) {
    byField = new Map();
    const options = { overrides: settings.procedure, leadProfessionalTitle: settings.leadProfessionalTitle };
    for (const p of allDecisionAndPlanProblems(conference, options)) {
      if (!byField.has(p.field)) byField.set(p.field, p.message);
    }
    forSettings.set(conference, byField);
  }
  return byField;
}

export function plainWordsOf(conference: Conference): FieldLookup {
  return lookup(hintsByField(conference));
}

function hintsByField(conference: Conference): Map<string, string> {
  let byField = hintCache.get(conference);
  if (!byField) {
    byField = new Map();
    for (const h of familyTextHints(conference)) {
      const line = `Plain words: “${hintQuote(h)}” — ${h.suggestion}`;
      byField.set(h.field, byField.has(h.field) ? `${byField.get(h.field)} ${line}` : line);
    }
    hintCache.set(conference, byField);
  }
  return byField;
}

/** What the lead professional is called in this meeting: the organisation's title, else the nation's word. */
export function useLeadProfessionalTitle(conference: Conference): string {
  const local = useAppStore((s) => s.settings.leadProfessionalTitle);
  return leadProfessionalTitle(conference.details.nation, local);
}

/** Information beside the plan's fields (shared/plan/plan-checks.ts planNotes): shown as a hint, never as a problem. */
export function planNotesOf(conference: Conference): FieldLookup {
  return lookup(notesByField(conference));
}

function notesByField(conference: Conference): Map<string, string> {
  let byField = noteCache.get(conference);
  if (!byField) {
    byField = new Map(planNotes(conference).map((n) => [n.field, n.message]));
    noteCache.set(conference, byField);
  }
  return byField;
}

const actionCache = new WeakMap<OrganisationSettings, WeakMap<Conference, Map<number, string>>>();

/**
 * Everything the checks, the hints and the notes say about each plan action ("plan.actions[3]" and the fields under
 * it), as one string per action: a row drawn from them needs drawing again only when its string changes, so a key
 * typed in one of a hundred actions redraws that action and not the other ninety-nine.
 */
export function useMessagesByAction(conference: Conference): (index: number) => string {
  const settings = useAppStore((s) => s.settings);
  let forSettings = actionCache.get(settings);
  if (!forSettings) {
    forSettings = new WeakMap();
    actionCache.set(settings, forSettings);
  }
  let byAction = forSettings.get(conference);
  if (!byAction) {
    const found = new Map<number, string>();
    const maps = [problemsByField(conference, settings), hintsByField(conference), notesByField(conference)];
    maps.forEach((byField, kind) => {
      for (const [field, message] of byField) {
        const index = /^plan\.actions\[(\d+)\]/.exec(field)?.[1];
        if (index === undefined) continue;
        const said = `${kind}\u0000${field}\u0000${message}\u0000`;
        found.set(Number(index), (found.get(Number(index)) ?? '') + said);
      }
    });
    forSettings.set(conference, found);
    byAction = found;
  }
  const messages = byAction;
  return (index) => messages.get(index) ?? '';
}
