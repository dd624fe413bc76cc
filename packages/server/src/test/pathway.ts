import type { DecisionRecord, PathwayState } from '@gezinsdossier/domain';
import { movePathway } from '../commands/move-pathway';
import type { RequestContext } from '../context';
import { findOpenCase } from '../db/repositories/case.repository';
import { listFacts } from '../db/repositories/fact.repository';
import { reasonedRecord } from '../seed/demo-decisions';

/**
 * A manual move as a client sends it after looking at the case: from the state the case is in now, with a
 * reasoned decision record resting on the case's facts (a close or an escalation is a weighty decision).
 */
export async function moveFromCurrent(
  ctx: RequestContext,
  householdId: string,
  to: PathwayState,
  reason: string,
  decision?: DecisionRecord,
) {
  const kase = await findOpenCase(ctx.tx, householdId);
  const facts = kase ? await listFacts(ctx.tx, kase.id) : [];
  return movePathway(ctx, householdId, {
    from: (kase?.pathwayState ?? 'SIGNAL_RECEIVED') as PathwayState,
    to,
    reason,
    decision: decision ?? reasonedRecord({ factIds: facts.slice(0, 1).map((f) => f.id) }),
  });
}
