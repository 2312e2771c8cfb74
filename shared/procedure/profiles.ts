/**
 * How each UK nation runs child protection conferences: its words, its categories (or Scotland's areas of concern)
 * and its timescales, with the organisation's own choices applied. The parts live in their own files (the shared
 * types and wording in profile-parts.ts, each nation in nations/, the checks in profile-checks.ts, and what settings
 * store in shared/model/procedure-settings.ts); this file names them all, so importers need one path.
 */

export {
  CategoryOption,
  CategoryOverrides,
  ProcedureOverrides,
  TimescaleKey,
  TimescaleOverrides,
  TimescaleSetting,
  TimescaleUnit,
} from '../model/procedure-settings';
export {
  PREGNANCY_KEYS,
  SCOTTISH_AREAS_OF_CONCERN,
  TIMESCALE_MEANINGS,
  describeAmount,
  describeTimescale,
  type CategoryScheme,
  type ProcedureProfile,
  type ProcedureWords,
  type RuleBasis,
  type TimescaleMeaning,
  type TimescaleRule,
} from './profile-parts';
export { DEFAULT_NATION, PROCEDURE_PROFILES, procedureProfile } from './nations';
export {
  categoryScheme,
  effectiveTimescales,
  leadProfessionalTitle,
  validateCategories,
  validateConferenceCategories,
  type EffectiveCategoryScheme,
  type EffectiveTimescale,
  type EffectiveTimescales,
} from './profile-checks';
