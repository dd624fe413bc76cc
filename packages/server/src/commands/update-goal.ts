import { AppError } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { recordWrite, requireCase } from './casework';

/** Marks a goal achieved or stopped (or active again). Optimistic: the caller sends the version it saw. */
export async function updateGoal(
  ctx: RequestContext,
  householdId: string,
  goalId: string,
  input: { status: 'ACTIVE' | 'ACHIEVED' | 'STOPPED'; version: number },
) {
  const access = await requireCase(ctx, householdId, 'casework.write');
  const goal = await ctx.tx
    .selectFrom('planGoals')
    .select(['id', 'status', 'version'])
    .where('id', '=', goalId)
    .where('caseId', '=', access.caseId)
    .executeTakeFirst();
  if (!goal) {
    throw new AppError('not_found');
  }
  if (goal.version !== input.version) {
    throw new AppError('version_conflict');
  }
  await ctx.tx
    .updateTable('planGoals')
    .set({ status: input.status, version: goal.version + 1 })
    .where('id', '=', goalId)
    .execute();
  await recordWrite(ctx, access, {
    event: 'goal.updated',
    resourceType: 'plan_goal',
    resourceId: goalId,
    action: 'update',
    before: { status: goal.status },
    after: { status: input.status },
  });
  return { id: goalId, version: goal.version + 1 };
}
