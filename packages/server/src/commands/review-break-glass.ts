import { AppError, type BreakGlassReview } from '@gezinsdossier/domain';
import { recordEvent } from '../audit/record-event';
import type { RequestContext } from '../context';
import { findGrant, reviewGrant } from '../db/repositories/break-glass.repository';
import { householdEnvelope } from '../db/repositories/household.repository';
import { globalRules } from '../policies/global';
import { authorizeGlobal } from '../policies/rulebook';

/**
 * A team lead judges a break-the-glass access of a colleague: justified or not. One review per grant; a
 * professional cannot review their own access (row-level security enforces both).
 * @throws AppError not_found | break_glass_already_reviewed (with the review that was recorded)
 */
export async function reviewBreakGlass(ctx: RequestContext, grantId: string, input: BreakGlassReview) {
  authorizeGlobal(globalRules, ctx.actor, 'break_glass.review');
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
  if (grant.reviewedAt || !(await reviewGrant(ctx.tx, grantId, review))) {
    const current = (await findGrant(ctx.tx, grantId)) ?? grant;
    throw new AppError('break_glass_already_reviewed', {
      data: {
        current: {
          reviewedAt: current.reviewedAt?.toISOString() ?? null,
          reviewVerdict: current.reviewVerdict,
        },
      },
    });
  }
  const envelope = await householdEnvelope(ctx.tx, grant.householdId);
  const lead = ctx.actor.memberships.find(
    (m) => m.role === 'TEAM_LEAD' && m.organisationId === grant.organisationId,
  );
  await recordEvent(
    ctx,
    {
      householdId: grant.householdId,
      regionId: envelope?.regionId as string,
      caseId: envelope?.caseId ?? null,
      grounds: [],
      actingOrganisationId: lead?.organisationId ?? null,
    },
    { type: 'break_glass.reviewed', entityId: grantId, payload: { verdict: input.verdict } },
  );
  return { id: grantId, reviewVerdict: input.verdict, reviewedAt: ctx.now.toISOString() };
}
