import { z } from 'zod';
import { BsnSchema, IsoDateSchema } from './person';
import { LIMITS } from './limits';
import { BREAK_GLASS_REASONS } from './labels';

export { BREAK_GLASS_REASON_LABELS, BREAK_GLASS_REASONS, type BreakGlassReason } from './labels';

/**
 * Break the glass: access to a household outside involvement, only with a reason category and a reason
 * with real content, time-limited and flagged for review by a team lead. The lookup must match exactly
 * (BSN, or family name + birth date), so that it cannot be used to browse.
 */
/** A reason has real content when it has at least this many different words… */
const REASON_MIN_WORDS = 3;
/** …and at least this many different letters (so `aaa bbb ccc` or `test test test` do not pass). */
const REASON_MIN_LETTERS = 6;

/**
 * Whether a break-the-glass reason says something a team lead can review: at least three different words
 * (of two letters or more) and six different letters. Filler such as ten times "a", "test test test" or
 * digits alone does not pass; a short sentence such as "Politie meldt acuut gevaar" does.
 */
export function isSubstantiveReason(text: string): boolean {
  const words = new Set(text.toLocaleLowerCase('nl').match(/\p{L}{2,}/gu) ?? []);
  const letters = new Set([...words].join(''));
  return words.size >= REASON_MIN_WORDS && letters.size >= REASON_MIN_LETTERS;
}

export const BreakGlassRequestSchema = z
  .object({
    reasonCode: z.enum(BREAK_GLASS_REASONS),
    reason: z
      .string()
      .trim()
      // `abort`: a reason that is missing or too short gets that one message, not also "too vague".
      .min(10, { error: 'break_glass_reason_required', abort: true })
      .max(LIMITS.reasonMax)
      .refine(isSubstantiveReason, { error: 'break_glass_reason_too_vague' }),
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

/**
 * A team lead's verdict on a break-the-glass access, with the reason for it (issue 9.5): the review is
 * itself part of the record (NEN 7513), and an access judged unjustified must say what was wrong so it can
 * be followed up.
 */
export const BreakGlassReviewSchema = z
  .object({
    verdict: z.enum(['JUSTIFIED', 'UNJUSTIFIED']),
    comment: z.string().trim().max(LIMITS.reasonMax).default(''),
  })
  .refine((v) => v.comment.length > 0, {
    error: 'break_glass_review_comment_required',
    path: ['comment'],
  });
export type BreakGlassReview = z.infer<typeof BreakGlassReviewSchema>;

/** When a grant ends: now + hours, capped at the maximum. */
export function breakGlassExpiry(now: Date, hours: number): Date {
  const capped = Math.min(Math.max(1, hours), LIMITS.breakGlassMaxHours);
  return new Date(now.getTime() + capped * 3_600_000);
}
