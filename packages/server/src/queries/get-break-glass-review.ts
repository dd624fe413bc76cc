import { AppError } from '@gezinsdossier/domain';
import { logAccess } from '../audit/access-log';
import type { RequestContext } from '../context';
import { listGrantActivity, listGrantsForReview } from '../db/repositories/break-glass.repository';
import { globalRules } from '../policies/global';
import { authorizeGlobal } from '../policies/rulebook';
import {
  type BreakGlassGrantReviewJson,
  presentBreakGlassActivity,
  presentBreakGlassGrant,
} from '../presenters/break-glass.presenter';

/** At most this many things done under one grant are listed (a grant lasts at most 8 hours). */
export const ACTIVITY_LIMIT = 500;

/**
 * One break-the-glass grant as its reviewing team lead needs it (issue 9.5): who, when, why, the
 * household's name, and everything read or changed under the grant — when and what kind of record, how
 * many persons, never the content or whose. Only a team lead of the holder's organisation who is not the
 * holder may see it (anyone else: `404`, like a grant that does not exist). The read is logged with the
 * purpose of the review.
 * @throws AppError not_found
 */
export async function getBreakGlassReview(
  ctx: RequestContext,
  grantId: string,
): Promise<BreakGlassGrantReviewJson> {
  authorizeGlobal(globalRules, ctx.actor, 'break_glass.review');
  const [row] = await listGrantsForReview(ctx.tx, { onlyOpen: false, limit: 1, grantId });
  // The name is given only to a lead who may review this grant: the holder herself gets none.
  if (!row || row.householdName === null) {
    throw new AppError('not_found');
  }
  const rows = await listGrantActivity(ctx.tx, grantId, ACTIVITY_LIMIT + 1);
  logAccess(ctx, {
    action: 'read',
    resourceType: 'break_glass_activity',
    resourceId: grantId,
    householdId: row.householdId,
    personIds: [],
    purpose: 'BREAK_GLASS_REVIEW',
  });
  return {
    grant: presentBreakGlassGrant(row),
    activity: rows.slice(0, ACTIVITY_LIMIT).map(presentBreakGlassActivity),
    activityTruncated: rows.length > ACTIVITY_LIMIT,
  };
}
