import type { Nation } from '../../model/conference';
import type { ProcedureProfile } from '../profile-parts';
import { england } from './england';
import { northernIreland } from './northern-ireland';
import { scotland } from './scotland';
import { wales } from './wales';

export const PROCEDURE_PROFILES: Record<Nation, ProcedureProfile> = {
  england,
  wales,
  scotland,
  'northern-ireland': northernIreland,
};

/** England is the default where a nation has not been chosen (most users, and the model's first nation). */
export const DEFAULT_NATION: Nation = 'england';

export function procedureProfile(nation: Nation = DEFAULT_NATION): ProcedureProfile {
  return PROCEDURE_PROFILES[nation];
}
