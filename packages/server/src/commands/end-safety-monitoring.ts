import { AppError } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { addStep, meetDeadlines, recordWrite, requireCase, transitionPathway } from './casework';

/**
 * Ends RVT safety monitoring explicitly, with a reason (VAL-08). When the pathway is in safety monitoring,
 * the case moves on to closed.
 */
export async function endSafetyMonitoring(ctx: RequestContext, householdId: string, reason: string) {
  const access = await requireCase(ctx, householdId, 'extended_investigation.decide');
  const monitoring = await ctx.tx
    .selectFrom('safetyMonitoring')
    .select('id')
    .where('caseId', '=', access.caseId)
    .where('endedAt', 'is', null)
    .executeTakeFirst();
  if (!monitoring) {
    throw new AppError('not_found');
  }
  await ctx.tx
    .updateTable('safetyMonitoring')
    .set({ endedAt: ctx.now, endedBy: ctx.actor.id, endReason: reason })
    .where('id', '=', monitoring.id)
    .execute();
  await meetDeadlines(ctx, access.caseId, ['SAFETY_MONITORING_REVIEW'], monitoring.id);
  await recordWrite(ctx, access, {
    event: 'safety_monitoring.ended',
    resourceType: 'safety_monitoring',
    resourceId: monitoring.id,
    action: 'update',
    after: { reason },
  });
  await addStep(ctx, access, 'Veiligheid volgen door het RVT beëindigd', reason);
  if (access.pathwayState === 'SAFETY_MONITORING') {
    await transitionPathway(ctx, access, 'CLOSED', reason);
  }
  return { pathwayState: access.pathwayState };
}
