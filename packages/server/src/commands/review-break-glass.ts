import { AppError, type BreakGlassReview } from '@gezinsdossier/domain';
import { recordEvent } from '../audit/record-event';
import type { RequestContext } from '../context';
import { findGrant, reviewGrant } from '../db/repositories/break-glass.repository';
import { globalRules } from '../policies/global';
import { authorize } from '../policies/rulebook';

/**
 * A team lead judges a break-the-glass access of a colleague: justified or not. One review per grant; a
 * professional cannot review their own access (row-level security enforces both).
 */
export async function reviewBreakGlass(ctx: RequestContext, grantId: string, input: BreakGlassReview) {
  authorize(globalRules, ctx.actor, 'break_glass.review', null);
  const grant = await findGrant(ctx.tx, grantId);
  if (!grant || grant.accountId === ctx.actor.id) {
    throw new AppError('not_found');
  }
  const review = {
    reviewedBy: ctx.actor.id,
    reviewedAt: ctx.now,
    reviewVerdict: input.verdict,
    reviewComment: input.comment,
  };
  if (!(await reviewGrant(ctx.tx, grantId, review))) {
    throw new AppError('version_conflict', { data: { current: grant } });
  }
  await recordEvent(ctx, {
    type: 'break_glass.reviewed',
    entityType: 'break_glass_grant',
    entityId: grantId,
    householdId: grant.householdId,
    after: { verdict: input.verdict },
  });
  return { ...grant, ...review };
}
