import { randomUUID } from 'node:crypto';
import type { PlanActionCreate } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { recordWrite, requireCase } from './casework';
import { requireGoal } from './family-plan-guards';

/** An action towards a goal, owned by the family, the network or a professional (by name). */
export async function addPlanAction(ctx: RequestContext, householdId: string, input: PlanActionCreate) {
  const access = await requireCase(ctx, householdId, 'casework.write');
  await requireGoal(ctx, access, input.goalId, 'goalId');
  const id = randomUUID();
  await ctx.tx
    .insertInto('planActions')
    .values({
      id,
      goalId: input.goalId,
      caseId: access.caseId,
      householdId,
      description: input.description,
      ownerKind: input.owner.kind,
      ownerName: input.owner.name,
      dueOn: input.dueOn ?? null,
      createdAt: ctx.now,
      createdBy: ctx.actor.id,
    })
    .execute();
  await recordWrite(ctx, access, {
    event: 'plan_action.created',
    resourceType: 'plan_action',
    resourceId: id,
    after: { goalId: input.goalId, ownerKind: input.owner.kind },
  });
  return { id };
}
