import { AppError, type ReturnHomePlan } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import {
  listReturnHomePlans,
  updateReturnHomePlan as updateRow,
} from '../db/repositories/placement.repository';
import { recordWrite, requireCase } from './casework';
import { throwConflict } from './conflict';

/** The return-home plan kept current (goal, conditions, when it is looked at again), at the version seen. */
export async function updateReturnHomePlan(
  ctx: RequestContext,
  householdId: string,
  planId: string,
  input: ReturnHomePlan & { version: number },
) {
  const c = await requireCase(ctx, householdId, 'measure.execute');
  const plan = (await listReturnHomePlans(ctx.tx, householdId)).find((p) => p.id === planId);
  if (!plan || !c.viewer.sees(plan.childId)) {
    throw new AppError('not_found');
  }
  const { version, ...values } = input;
  if (!(await updateRow(ctx.tx, planId, version, { ...values, updatedBy: ctx.actor.id, now: ctx.now }))) {
    throwConflict({
      id: plan.id,
      version: plan.version,
      goal: plan.goal,
      conditions: plan.conditions,
      reviewOn: plan.reviewOn,
    });
  }
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'return_home_plan.saved',
      entityId: planId,
      personIds: [plan.childId],
      payload: { childId: plan.childId, reviewOn: input.reviewOn },
    },
    resourceType: 'return_home_plan',
    action: 'update',
  });
  return { id: planId, version: version + 1 };
}
