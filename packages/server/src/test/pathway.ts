import type { PathwayState } from '@gezinsdossier/domain';
import { movePathway } from '../commands/move-pathway';
import type { RequestContext } from '../context';
import { findOpenCase } from '../db/repositories/case.repository';

/** A manual move as a client sends it after looking at the case: from the state the case is in now. */
export async function moveFromCurrent(
  ctx: RequestContext,
  householdId: string,
  to: PathwayState,
  reason: string,
) {
  const kase = await findOpenCase(ctx.tx, householdId);
  return movePathway(ctx, householdId, {
    from: (kase?.pathwayState ?? 'SIGNAL_RECEIVED') as PathwayState,
    to,
    reason,
  });
}
