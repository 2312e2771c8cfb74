import { isPlanOutcome, type Conference, type Nation } from '../model/conference';
import { TimescaleKey, type CategoryOverrides, type TimescaleOverrides } from '../model/procedure-settings';
import type { FieldProblem } from '../model/validation';
import { nationLabel } from '../wording/labels';
import { orList } from '../wording/sentences';
import { PROCEDURE_PROFILES } from './nations';
import {
  PREGNANCY_KEYS,
  TIMESCALE_MEANINGS,
  describeAmount,
  describeTimescale,
  type CategoryScheme,
  type TimescaleRule,
} from './profile-parts';

/**
 * The nation's rules with the organisation's own choices applied, and the checks on the categories chosen for each
 * child. A statutory rule cannot be changed locally; the attempt is reported in words the settings screen can show.
 */

export type EffectiveTimescale = TimescaleRule & {
  /** True when the organisation's own value replaced (or supplied) the default. */
  setLocally: boolean;
  /** The nation's default that a local value replaced, for "(default 15 working days)". */
  replaced?: TimescaleRule;
};

export type EffectiveTimescales = {
  nation: Nation;
  timescales: Partial<Record<TimescaleKey, EffectiveTimescale>>;
  /** Overrides that were not applied, with the reason, keyed `timescales.<key>` for the settings form. */
  refused: FieldProblem[];
};

/**
 * The nation's timescales with the organisation's local values applied. A statutory rule keeps its national value
 * and the attempt is reported, so settings can say why the number did not change; setting a statutory rule to its
 * own value is not an error. A local value may also supply a rule the nation leaves wholly to local procedure
 * (for example a Northern Ireland core group interval).
 */
export function effectiveTimescales(nation: Nation, overrides: TimescaleOverrides = {}): EffectiveTimescales {
  const profile = PROCEDURE_PROFILES[nation];
  const timescales: Partial<Record<TimescaleKey, EffectiveTimescale>> = {};
  for (const key of TimescaleKey.options) {
    const base = profile.timescales[key];
    if (base) timescales[key] = { ...base, setLocally: false };
  }
  const refused: FieldProblem[] = [];

  for (const key of TimescaleKey.options) {
    const setting = overrides[key];
    if (!setting) continue;
    const field = `timescales.${key}`;
    const label = TIMESCALE_MEANINGS[key].label;
    const base = profile.timescales[key];

    if (PREGNANCY_KEYS.has(key) !== (setting.unit === 'weeks-of-pregnancy')) {
      refused.push({
        field,
        message: PREGNANCY_KEYS.has(key)
          ? `${label}: give this as weeks of pregnancy.`
          : `${label}: weeks of pregnancy only apply to pre-birth timing; use working days, calendar days, weeks or months.`,
      });
      continue;
    }
    if (base?.basis === 'statutory') {
      if (base.amount === setting.amount && base.unit === setting.unit) continue;
      refused.push({
        field,
        message:
          `${label}: ${describeTimescale(key, base)} is set nationally in ${profile.name} and cannot be changed in ` +
          `local settings (${base.source})`,
      });
      continue;
    }
    timescales[key] = {
      amount: setting.amount,
      unit: setting.unit,
      basis: 'local',
      source: base
        ? `Set by your organisation (the ${profile.name} default is ${describeAmount(base.amount, base.unit)}).`
        : `Set by your organisation (no national timescale in ${profile.name}).`,
      setLocally: true,
      ...(base ? { replaced: base } : {}),
    };
  }
  return { nation, timescales, refused };
}

export type EffectiveCategoryScheme = CategoryScheme & { refused: FieldProblem[] };

/** The nation's categories with the organisation's choices applied (one category only; Scotland's own list). */
export function categoryScheme(nation: Nation, overrides?: Partial<CategoryOverrides>): EffectiveCategoryScheme {
  const base = PROCEDURE_PROFILES[nation].categories;
  const refused: FieldProblem[] = [];
  let options = base.options;
  if (overrides?.areasOfConcern) {
    if (base.localListAllowed) options = overrides.areasOfConcern;
    else
      refused.push({
        field: 'categories.areasOfConcern',
        message:
          `${nationLabel[nation]} uses the national categories of abuse and neglect, which are counted nationally; ` +
          'a local list cannot replace them.',
      });
  }
  return {
    ...base,
    options: [...options],
    severalAllowed: base.severalAllowed && !overrides?.oneCategoryOnly,
    refused,
  };
}

/**
 * Problems with the categories (or areas of concern) chosen for one child, each naming the field and saying what to
 * do. `planMade` is whether the child is made or stays subject to a plan: only then must something be chosen.
 */
export function validateCategories(
  nation: Nation,
  categories: readonly string[],
  options: { planMade?: boolean; overrides?: Partial<CategoryOverrides> } = {},
): FieldProblem[] {
  const { planMade = true, overrides } = options;
  const scheme = categoryScheme(nation, overrides);
  const noun = scheme.kind === 'area-of-concern' ? 'area of concern' : 'category';
  const known = new Map(scheme.options.map((o) => [o.key, o]));
  const problems: FieldProblem[] = [];

  categories.forEach((key, index) => {
    if (!known.has(key)) {
      problems.push({
        field: `categories[${index}]`,
        message:
          `“${key}” is not ${noun === 'category' ? 'a category' : 'an area of concern'} used in ${nationLabel[nation]}. ` +
          `Choose from: ${orList(scheme.options.map((o) => o.label.toLowerCase()))}.`,
      });
    } else if (categories.indexOf(key) !== index) {
      problems.push({
        field: `categories[${index}]`,
        message: `${known.get(key)?.label ?? key} is chosen twice; remove one.`,
      });
    }
  });

  if (!scheme.severalAllowed && new Set(categories).size > 1) {
    problems.push({
      field: 'categories',
      message: `Choose one main ${noun} only: your organisation records a single ${noun} for each child.`,
    });
  }
  if (planMade && scheme.requiredWhenPlanMade && categories.length === 0) {
    problems.push({
      field: 'categories',
      message:
        scheme.kind === 'area-of-concern'
          ? 'Choose at least one area of concern for a child placed on the register.'
          : `Choose the ${noun} of abuse or neglect for a child ${PROCEDURE_PROFILES[nation].words.planMade}.`,
    });
  }
  return problems;
}

/**
 * Category problems for every child's decision in a conference, with the field path the decision form uses
 * (`decisions[1].categories`). A child whose outcome is not yet recorded is not asked for a category.
 */
export function validateConferenceCategories(
  conference: Conference,
  overrides?: Partial<CategoryOverrides>,
): FieldProblem[] {
  return conference.decisions.flatMap((decision, index) => {
    const planMade = isPlanOutcome(decision.outcome);
    return validateCategories(conference.details.nation, decision.categories, {
      planMade,
      ...(overrides ? { overrides } : {}),
    }).map((problem) => ({ field: `decisions[${index}].${problem.field}`, message: problem.message }));
  });
}

/**
 * What the person who leads the plan day to day is called: the organisation's own title where it set one (England's
 * "lead child protection practitioner" in a multi-agency child protection team), else the nation's word. Used by the
 * plan editor, the shared screen and every document, so that one meeting never calls the same person two things.
 */
export function leadProfessionalTitle(nation: Nation, localTitle = ''): string {
  return localTitle.trim() || PROCEDURE_PROFILES[nation].words.leadProfessional;
}
