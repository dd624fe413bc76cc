import { AppError, manualPathwayMoves, type PathwayState } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { requireCase, transitionPathway } from './casework';
import { openInvestigation } from './triage-report';

/**
 * Steps that are not the outcome of a decision table: close after information and advice, close when the
 * goals are reached, or escalate voluntary help into an extended investigation when worries remain or new
 * facts appear (MANUAL_PATHWAY_MOVES). Always with a reason. Closing is refused while RVT safety
 * monitoring runs (VAL-08).
 */
export async function movePathway(
  ctx: RequestContext,
  householdId: string,
  to: PathwayState,
  reason: string,
) {
  const access = await requireCase(ctx, householdId, 'casework.write');
  if (!manualPathwayMoves(access.pathwayState).includes(to)) {
    throw new AppError('pathway_transition_not_allowed', { data: { from: access.pathwayState, to } });
  }
  if (to === 'CLOSED') {
    const monitoring = await ctx.tx
      .selectFrom('safetyMonitoring')
      .select('id')
      .where('caseId', '=', access.caseId)
      .where('endedAt', 'is', null)
      .executeTakeFirst();
    if (monitoring) {
      throw new AppError('safety_monitoring_active');
    }
  }
  await transitionPathway(ctx, access, to, reason);
  if (to === 'EXTENDED_INVESTIGATION') {
    await openInvestigation(ctx, access, 'EXTENDED');
  }
  return { pathwayState: access.pathwayState };
}
