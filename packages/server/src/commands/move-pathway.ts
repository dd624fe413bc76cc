import { AppError, type PathwayMove } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { applyPathwayStep } from './apply-pathway-step';
import { requireCase } from './casework';

/**
 * Steps that are not the outcome of a decision table: close after information and advice, close when the
 * goals are reached, or escalate voluntary help into an extended investigation when worries remain or new
 * facts appear (MANUAL_PATHWAY_MOVES). Always with a reason. Closing is refused while RVT safety monitoring
 * runs (VAL-08); entering an extended investigation opens one — both the pathway's rules. The move names
 * the state it starts from: when the case has moved on meanwhile, nothing changes and the answer says where
 * the case is now (409 pathway_state_changed).
 * @throws AppError pathway_state_changed (data.current.pathwayState) | pathway_transition_not_allowed
 */
export async function movePathway(ctx: RequestContext, householdId: string, move: PathwayMove) {
  const c = await requireCase(ctx, householdId, 'casework.write');
  if (c.pathwayState !== move.from) {
    throw new AppError('pathway_state_changed', { data: { current: { pathwayState: c.pathwayState } } });
  }
  await applyPathwayStep(ctx, c, { to: move.to, trigger: 'MANUAL', reason: move.reason });
  return { pathwayState: c.pathwayState };
}
