import { z } from 'zod';

/**
 * What an organisation may set for itself about procedure, as it is stored in its settings: its own values for the
 * local timescales and its choices about categories. Here, under the settings that store them; the nations' own
 * rules, and the checks that apply these choices to them, are in shared/procedure/.
 */

export const TimescaleKey = z.enum([
  'child-and-family-assessment',
  'initial-conference',
  'transfer-in-conference',
  'decision-letter',
  'first-core-group',
  'core-group-interval',
  'full-minutes',
  'minutes-corrections',
  'reports-before-initial',
  'reports-before-review',
  'first-review',
  'review-after-pre-birth',
  'review-after-transfer-in',
  'later-reviews',
  'post-birth-review',
  'pre-birth-earliest',
  'pre-birth-ideal',
  'pre-birth-assessment',
  'pre-birth-latest',
  'plan-escalation',
  'plan-long',
]);
export type TimescaleKey = z.infer<typeof TimescaleKey>;

export const TimescaleUnit = z.enum(['working-days', 'calendar-days', 'weeks', 'months', 'weeks-of-pregnancy']);
export type TimescaleUnit = z.infer<typeof TimescaleUnit>;

export const CategoryOption = z.object({
  key: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9-]+$/, { error: 'A key uses lower-case letters, digits and - only.' }),
  label: z.string().min(1).max(200),
  /** For the family plan and the shared screen: what the words mean, kindly and without jargon. */
  explanation: z.string().max(1000),
});
export type CategoryOption = z.infer<typeof CategoryOption>;

export const TimescaleSetting = z.object({
  amount: z
    .number()
    .int({ error: 'A timescale is a whole number.' })
    .min(0, { error: 'A timescale cannot be negative.' })
    .max(366, { error: 'A timescale of more than 366 is not a real timescale.' }),
  unit: TimescaleUnit,
});
export type TimescaleSetting = z.infer<typeof TimescaleSetting>;

/** An organisation's own values for local timescales, by key. Statutory ones are refused when applied. */
export const TimescaleOverrides = z.partialRecord(TimescaleKey, TimescaleSetting);
export type TimescaleOverrides = z.infer<typeof TimescaleOverrides>;

export const CategoryOverrides = z.object({
  /** Some English areas record one main category only. */
  oneCategoryOnly: z.boolean().default(false),
  /** Scotland: the organisation's own list of areas of concern, replacing the national list. */
  areasOfConcern: z.array(CategoryOption).min(1).optional(),
});
export type CategoryOverrides = z.infer<typeof CategoryOverrides>;

/** Everything an organisation may set for itself about procedure; what settings store and hand to the engine. */
export const ProcedureOverrides = z.object({
  timescales: TimescaleOverrides.default({}),
  categories: CategoryOverrides.default({ oneCategoryOnly: false }),
});
export type ProcedureOverrides = z.infer<typeof ProcedureOverrides>;
