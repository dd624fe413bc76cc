import type { RequestContext } from '../context';
import { listGrantsForReview } from '../db/repositories/break-glass.repository';
import { globalRules } from '../policies/global';
import { authorizeGlobal } from '../policies/rulebook';
import { type BreakGlassGrantJson, presentBreakGlassGrant } from '../presenters/break-glass.presenter';

/**
 * Break-the-glass grants of the team lead's organisation(s), newest first. Shows who, when, why and the
 * household id — not the household's name or members (the lead is not involved).
 */
export async function listBreakGlassReviews(
  ctx: RequestContext,
  options: { onlyOpen: boolean },
): Promise<BreakGlassGrantJson[]> {
  authorizeGlobal(globalRules, ctx.actor, 'break_glass.review');
  return (await listGrantsForReview(ctx.tx, { onlyOpen: options.onlyOpen, limit: 200 })).map(
    presentBreakGlassGrant,
  );
}
