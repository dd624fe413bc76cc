import { AppError, teamRolesOf } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { findDecision, updateDecisionStatus } from '../db/repositories/decision.repository';
import { currentDecision, showDecision } from '../queries/get-decisions';
import { addStep, recordWrite, requireCase } from './casework';
import { throwConflict } from './conflict';

/**
 * The decider (or the vast gezicht) withdraws a decision still waiting for a gate (or after the dossier moved on), with a reason,
 * at the version they saw. Nothing it would have changed has changed.
 * @throws AppError not_found | decision_not_awaiting | permission_denied | version_conflict
 */
export async function withdrawDecision(
  ctx: RequestContext,
  householdId: string,
  decisionId: string,
  input: { reason: string; version: number },
) {
  const c = await requireCase(ctx, householdId, 'casework.write');
  const decision = await findDecision(ctx.tx, householdId, decisionId);
  if (!decision || !c.viewer.sees(decisionId) || decision.caseId !== c.caseId) {
    throw new AppError('not_found');
  }
  // The decider withdraws; the vast gezicht may too (the decider may have left the team meanwhile).
  if (
    decision.decidedBy !== ctx.actor.id &&
    !teamRolesOf(c.viewer.access.grounds).includes('FIXED_PROFESSIONAL')
  ) {
    throw new AppError('permission_denied', { data: { permission: 'casework.write' } });
  }
  if (decision.version !== input.version) {
    throwConflict(await currentDecision(ctx, c.viewer, decisionId));
  }
  if (decision.status !== 'AWAITING_REVIEW' && decision.status !== 'AWAITING_APPROVAL') {
    throw new AppError('decision_not_awaiting', { data: { status: decision.status, gate: null } });
  }
  if (
    !(await updateDecisionStatus(ctx.tx, decisionId, decision.version, {
      status: 'WITHDRAWN',
      closedReason: input.reason,
    }))
  ) {
    throwConflict(await currentDecision(ctx, c.viewer, decisionId));
  }
  await recordWrite(ctx, c.viewer, {
    event: { type: 'decision.withdrawn', entityId: decisionId, payload: {} },
    resourceType: 'decision',
    action: 'update',
  });
  await addStep(ctx, c, {
    code: 'decision.withdrawn',
    params: { type: decision.type },
    source: { type: 'decision', id: decisionId },
  });
  return showDecision(ctx, c.viewer, decisionId);
}
