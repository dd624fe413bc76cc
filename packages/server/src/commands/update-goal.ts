import { AppError } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { throwConflict } from './conflict';
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
    throwConflict(
      await ctx.tx.selectFrom('planGoals').selectAll().where('id', '=', goalId).executeTakeFirst(),
    );
  }
  const updated = await ctx.tx
    .updateTable('planGoals')
    .set({ status: input.status, version: goal.version + 1 })
    .where('id', '=', goalId)
    .where('version', '=', goal.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) {
    // Another request changed it between our read and this write.
    throwConflict(
      await ctx.tx.selectFrom('planGoals').selectAll().where('id', '=', goalId).executeTakeFirst(),
    );
  }
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
