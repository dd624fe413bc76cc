import { AppError, type GoalUpdate } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { findGoal, updateGoalStatus } from '../db/repositories/goal.repository';
import { presentGoal } from '../presenters/family-plan.presenter';
import { recordWrite, requireCase } from './casework';
import { throwConflict } from './conflict';

/**
 * Marks a goal achieved or stopped (or active again), at the version the caller saw: checked in the update
 * itself, so of two concurrent changes one wins and the other gets the current goal. The reason is kept on
 * the goal (issue 9.1); the event records only the statuses.
 */
export async function updateGoal(
  ctx: RequestContext,
  householdId: string,
  goalId: string,
  input: GoalUpdate,
) {
  const c = await requireCase(ctx, householdId, 'casework.write');
  const goal = await findGoal(ctx.tx, c.caseId, goalId);
  if (!goal || !c.viewer.sees(goalId)) {
    throw new AppError('not_found');
  }
  if (
    goal.version !== input.version ||
    !(await updateGoalStatus(ctx.tx, goalId, input.version, input.status, input.reason || null))
  ) {
    const current = await findGoal(ctx.tx, c.caseId, goalId);
    throwConflict(current ? presentGoal(c.viewer, current) : null);
  }
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'goal.updated',
      entityId: goalId,
      personIds: goal.personId ? [goal.personId] : [],
      payload: { status: input.status, previousStatus: goal.status },
    },
    resourceType: 'goal',
    action: 'update',
  });
  return { id: goalId, version: input.version + 1 };
}
