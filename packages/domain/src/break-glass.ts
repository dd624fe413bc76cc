import { z } from 'zod';
import { BsnSchema, IsoDateSchema } from './person';
import { LIMITS } from './limits';

/**
 * Break the glass: access to a household outside involvement, only with a typed reason, time-limited and
 * flagged for review by a team lead. The lookup must match exactly (BSN, or family name + birth date), so
 * that it cannot be used to browse.
 */
export const BREAK_GLASS_REASONS = [
  'ACUTE_DANGER',
  'CRISIS_SERVICE_CALL',
  'POLICE_REQUEST',
  'OTHER',
] as const;
export type BreakGlassReason = (typeof BREAK_GLASS_REASONS)[number];

export const BreakGlassRequestSchema = z
  .object({
    reasonCode: z.enum(BREAK_GLASS_REASONS),
    reason: z.string().trim().min(10, { error: 'break_glass_reason_required' }).max(LIMITS.reasonMax),
    hours: z.number().int().min(1).max(LIMITS.breakGlassMaxHours).default(4),
    bsn: BsnSchema.optional(),
    familyName: z.string().trim().min(1).max(LIMITS.nameMax).optional(),
    birthDate: IsoDateSchema.optional(),
  })
  .refine((v) => v.bsn !== undefined || (v.familyName !== undefined && v.birthDate !== undefined), {
    error: 'break_glass_lookup_required',
    path: ['bsn'],
  });
export type BreakGlassRequest = z.infer<typeof BreakGlassRequestSchema>;

export const BreakGlassReviewSchema = z.object({
  verdict: z.enum(['JUSTIFIED', 'UNJUSTIFIED']),
  comment: z.string().trim().max(LIMITS.reasonMax).default(''),
});
export type BreakGlassReview = z.infer<typeof BreakGlassReviewSchema>;

/** When a grant ends: now + hours, capped at the maximum. */
export function breakGlassExpiry(now: Date, hours: number): Date {
  const capped = Math.min(Math.max(1, hours), LIMITS.breakGlassMaxHours);
  return new Date(now.getTime() + capped * 3_600_000);
}
