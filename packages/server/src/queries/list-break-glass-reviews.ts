import { logAccess } from '../audit/access-log';
import type { RequestContext } from '../context';
import { listGrantsForReview } from '../db/repositories/break-glass.repository';
import { globalRules } from '../policies/global';
import { authorizeGlobal } from '../policies/rulebook';
import { type BreakGlassGrantJson, presentBreakGlassGrant } from '../presenters/break-glass.presenter';

/**
 * Break-the-glass grants of the team lead's organisation(s), newest first: who, when, why and the
 * household's name (so the lead knows which family was opened) — not its members or content, since the
 * lead is not involved. Each household named is logged as read for the review.
 */
export async function listBreakGlassReviews(
  ctx: RequestContext,
  options: { onlyOpen: boolean },
): Promise<BreakGlassGrantJson[]> {
  authorizeGlobal(globalRules, ctx.actor, 'break_glass.review');
  const grants = (await listGrantsForReview(ctx.tx, { onlyOpen: options.onlyOpen, limit: 200 })).map(
    presentBreakGlassGrant,
  );
  for (const grant of grants) {
    if (grant.householdName !== null) {
      logAccess(ctx, {
        action: 'read',
        resourceType: 'break_glass_grant',
        resourceId: grant.id,
        householdId: grant.householdId,
        personIds: [],
        purpose: 'BREAK_GLASS_REVIEW',
      });
    }
  }
  return grants;
}
