import { AppError, type DecisionRecord } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { endMonitoring, findActiveMonitoring } from '../db/repositories/monitoring.repository';
import { applyPathwayStep } from './apply-pathway-step';
import { addStep, meetDeadlines, recordWrite, requireCase } from './casework';
import { type DecisionExecution, weighDecision } from './weigh-decision';

/**
 * Ends RVT safety monitoring explicitly, with a reason (VAL-08), once: a second (or concurrent) end changes
 * nothing. When the pathway is in safety monitoring, the case moves on to closed. Ending monitoring is a
 * weighty decision with its record, held when the region gates it.
 * @throws AppError safety_monitoring_not_active | decision_record_incomplete
 */
export async function endSafetyMonitoring(
  ctx: RequestContext,
  householdId: string,
  input: { reason: string; decision?: DecisionRecord | undefined },
  monitoringId?: string,
  execution?: DecisionExecution,
) {
  const c = await requireCase(
    ctx,
    householdId,
    execution ? 'decision.approve' : 'extended_investigation.decide',
  );
  const reason = input.reason;
  const monitoring = await findActiveMonitoring(ctx.tx, c.caseId);
  if (!monitoring || (monitoringId !== undefined && monitoring.id !== monitoringId)) {
    throw new AppError('safety_monitoring_not_active');
  }
  const weighed = await weighDecision(ctx, c, {
    type: 'END_MONITORING',
    record: input.decision,
    reasons: reason,
    rule: null,
    subject: { type: 'safety_monitoring', id: monitoring.id },
    held: { command: 'endSafetyMonitoring', input, target: monitoring.id },
    execution,
  });
  if (weighed.held) {
    return { pathwayState: c.pathwayState, decision: weighed.decision };
  }
  if (
    !(await endMonitoring(ctx.tx, monitoring.id, {
      endedAt: ctx.now,
      endedBy: weighed.decidedBy,
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
  return { pathwayState: c.pathwayState, decision: weighed.decision };
}
