import { z } from 'zod';
import { LIMITS } from './limits';
import { PATHWAY_STATES } from './pathway';

/**
 * Spoed (KT5): an urgent-safety episode can start in any pathway state (crisis service, 24/7). It records
 * the situation, the immediate measures taken and the explicit return to the pathway (KT5-R3): back to
 * the state it came from, or one step on (e.g. into an extended investigation).
 */
export const UrgentSafetyStartSchema = z.object({
  situation: z.string().trim().min(1).max(LIMITS.reasonMax),
});

export const UrgentSafetyEndSchema = z.object({
  immediateMeasures: z
    .array(z.string().trim().min(1).max(LIMITS.reasonMax))
    .min(1, { error: 'measures_required' })
    .max(20),
  safetyReached: z.string().trim().min(1).max(LIMITS.reasonMax),
  /** null: return to the state the case was in. */
  returnTo: z.enum(PATHWAY_STATES).nullable().optional(),
});
export type UrgentSafetyEnd = z.infer<typeof UrgentSafetyEndSchema>;
