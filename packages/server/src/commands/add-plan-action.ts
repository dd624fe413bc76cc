import { randomUUID } from 'node:crypto';
import type { PlanActionCreate } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { insertAction } from '../db/repositories/action.repository';
import { recordWrite, requireCase } from './casework';
import { requireGoal } from './family-plan-guards';

/** An action towards a goal, owned by the family, the network or a professional (by name). */
export async function addPlanAction(ctx: RequestContext, householdId: string, input: PlanActionCreate) {
  const c = await requireCase(ctx, householdId, 'casework.write');
  await requireGoal(ctx, c, input.goalId, 'goalId');
  const id = randomUUID();
  await insertAction(ctx.tx, {
    id,
    goalId: input.goalId,
    caseId: c.caseId,
    householdId,
    description: input.description,
    ownerKind: input.owner.kind,
    ownerName: input.owner.name,
    dueOn: input.dueOn ?? null,
    createdBy: ctx.actor.id,
    now: ctx.now,
  });
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'plan_action.created',
      entityId: id,
      payload: { goalId: input.goalId, ownerKind: input.owner.kind },
    },
    resourceType: 'plan_action',
  });
  return { id };
}
