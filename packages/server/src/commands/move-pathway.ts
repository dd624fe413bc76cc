import { AppError, decisionTypeOfStep, type PathwayMove } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { applyPathwayStep, checkPathwayStep } from './apply-pathway-step';
import { requireCase } from './casework';
import { type DecisionExecution, weighDecision } from './weigh-decision';

/**
 * Steps that are not the outcome of a decision table: close after information and advice, close when the
 * goals are reached, or escalate voluntary help into an extended investigation when worries remain or new
 * facts appear (MANUAL_PATHWAY_MOVES). Always with a reason; closing and escalating are weighty decisions
 * with their record, held when the region gates them. Closing is refused while RVT safety monitoring runs
 * (VAL-08); entering an extended investigation opens one — both the pathway's rules. The move names the
 * state it starts from: when the case has moved on meanwhile, nothing changes and the answer says where
 * the case is now (409 pathway_state_changed).
 * @throws AppError pathway_state_changed (data.current.pathwayState) | pathway_transition_not_allowed |
 *   decision_record_incomplete
 */
export async function movePathway(
  ctx: RequestContext,
  householdId: string,
  move: PathwayMove,
  execution?: DecisionExecution,
) {
  const c = await requireCase(ctx, householdId, execution ? 'decision.approve' : 'casework.write');
  if (c.pathwayState !== move.from) {
    throw new AppError('pathway_state_changed', { data: { current: { pathwayState: c.pathwayState } } });
  }
  await checkPathwayStep(ctx, c, { to: move.to, trigger: 'MANUAL' });
  const type = decisionTypeOfStep(move.to, 'MANUAL');
  const weighed = type
    ? await weighDecision(ctx, c, {
        type,
        record: move.decision,
        reasons: move.reason,
        rule: null,
        subject: null,
        held: { command: 'movePathway', input: move },
        execution,
      })
    : null;
  if (weighed?.held) {
    return { pathwayState: c.pathwayState, decision: weighed.decision };
  }
  await applyPathwayStep(ctx, c, {
    to: move.to,
    trigger: 'MANUAL',
    reason: move.reason,
    ...(weighed?.decision ? { source: { type: 'decision', id: weighed.decision.id } } : {}),
  });
  return { pathwayState: c.pathwayState, decision: weighed?.decision ?? null };
}
