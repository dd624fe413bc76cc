import { logAccess } from '../audit/access-log';
import type { RequestContext } from '../context';
import { listOpenReviewsOf } from '../db/repositories/review.repository';
import { presentReviewAssignment, type ReviewAssignmentJson } from '../presenters/legal-route.presenter';

/**
 * The counter-reviews open for the viewer (as reviewer, jurist or behavioural scientist), soonest term first:
 * the reviewer's worklist. No personal data: the measure asked for and the term. Each is logged as a read
 * for counter-review.
 */
export async function listReviewAssignments(ctx: RequestContext): Promise<ReviewAssignmentJson[]> {
  const rows = await listOpenReviewsOf(ctx.tx, ctx.actor.id, ctx.now);
  for (const r of rows) {
    logAccess(ctx, {
      action: 'read',
      resourceType: 'petition_review',
      resourceId: r.id,
      householdId: r.householdId,
      personIds: [],
      purpose: 'COUNTER_REVIEW',
      organisationId: r.reviewerOrganisationId,
    });
  }
  return rows.map((r) => presentReviewAssignment(ctx.actor.id, r));
}
