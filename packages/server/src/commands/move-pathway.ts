import type { PathwayState } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { applyPathwayStep } from './apply-pathway-step';
import { requireCase } from './casework';

/**
 * Steps that are not the outcome of a decision table: close after information and advice, close when the
 * goals are reached, or escalate voluntary help into an extended investigation when worries remain or new
 * facts appear (MANUAL_PATHWAY_MOVES). Always with a reason. Closing is refused while RVT safety monitoring
 * runs (VAL-08); entering an extended investigation opens one — both the pathway's rules.
 */
export async function movePathway(
  ctx: RequestContext,
  householdId: string,
  to: PathwayState,
  reason: string,
) {
  const c = await requireCase(ctx, householdId, 'casework.write');
  await applyPathwayStep(ctx, c, { to, trigger: 'MANUAL', reason });
  return { pathwayState: c.pathwayState };
}
