import { AppError } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { endMonitoring, findActiveMonitoring } from '../db/repositories/monitoring.repository';
import { applyPathwayStep } from './apply-pathway-step';
import { addStep, meetDeadlines, recordWrite, requireCase } from './casework';

/**
 * Ends RVT safety monitoring explicitly, with a reason (VAL-08), once: a second (or concurrent) end changes
 * nothing. When the pathway is in safety monitoring, the case moves on to closed.
 * @throws AppError safety_monitoring_not_active
 */
export async function endSafetyMonitoring(
  ctx: RequestContext,
  householdId: string,
  reason: string,
  monitoringId?: string,
) {
  const c = await requireCase(ctx, householdId, 'extended_investigation.decide');
  const monitoring = await findActiveMonitoring(ctx.tx, c.caseId);
  if (
    !monitoring ||
    (monitoringId !== undefined && monitoring.id !== monitoringId) ||
    !(await endMonitoring(ctx.tx, monitoring.id, {
      endedAt: ctx.now,
      endedBy: ctx.actor.id,
      endReason: reason,
    }))
  ) {
    throw new AppError('safety_monitoring_not_active');
  }
  await meetDeadlines(ctx, c, 'MONITORING_ENDED', { subjectId: monitoring.id });
  await recordWrite(ctx, c.viewer, {
    event: { type: 'safety_monitoring.ended', entityId: monitoring.id, payload: {} },
    resourceType: 'safety_monitoring',
    action: 'update',
  });
  await addStep(ctx, c, {
    code: 'safety_monitoring.ended',
    source: { type: 'safety_monitoring', id: monitoring.id },
  });
  if (c.pathwayState === 'SAFETY_MONITORING') {
    await applyPathwayStep(ctx, c, {
      to: 'CLOSED',
      trigger: 'MONITORING_ENDED',
      source: { type: 'safety_monitoring', id: monitoring.id },
    });
  }
  return { pathwayState: c.pathwayState };
}
