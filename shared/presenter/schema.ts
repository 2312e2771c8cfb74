import { z } from 'zod';
import type { PresenterScreen } from './types';

/**
 * The chair's screen request crosses IPC (chair window → main), so main parses it before computing the view.
 * Unknown fields are dropped; an out-of-range zoom is accepted and clamped by the view, so a zoom button pressed
 * once too often still works.
 */
export const PresenterScreenSchema = z.object({
  mode: z.enum(['welcome', 'agenda', 'holding', 'read-back']),
  itemKey: z.string().max(100).optional(),
  readBackChildId: z.string().max(64).optional(),
  zoom: z.number().optional(),
});

// Compile-time proof that the schema and the hand-written type describe the same request.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const presenterScreenSchemaMatchesType: Same<z.infer<typeof PresenterScreenSchema>, PresenterScreen> = true;
