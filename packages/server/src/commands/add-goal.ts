import { randomUUID } from 'node:crypto';
import type { GoalCreate } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { addStep, assertPersonsInHousehold, meetDeadlines, recordWrite, requireCase } from './casework';
import { assertLifeDomain } from './family-plan-guards';

/**
 * A goal in the one family plan (INV-09): for one person or the household, in one life domain. The first
 * goal meets the plan deadline (a plan within six weeks under nl-2026.1).
 */
export async function addGoal(ctx: RequestContext, householdId: string, input: GoalCreate) {
  const access = await requireCase(ctx, householdId, 'casework.write');
  await assertLifeDomain(ctx, input.lifeDomain);
  await assertPersonsInHousehold(ctx, householdId, [input.personId], 'personId');
  const id = randomUUID();
  await ctx.tx
    .insertInto('planGoals')
    .values({
      id,
      caseId: access.caseId,
      householdId,
      personId: input.personId ?? null,
      lifeDomain: input.lifeDomain,
      description: input.description,
      createdAt: ctx.now,
      createdBy: ctx.actor.id,
    })
    .execute();
  await meetDeadlines(ctx, access.caseId, ['FAMILY_PLAN']);
  await recordWrite(ctx, access, {
    event: 'goal.created',
    resourceType: 'plan_goal',
    resourceId: id,
    personIds: input.personId ? [input.personId] : [],
    after: { lifeDomain: input.lifeDomain },
  });
  await addStep(
    ctx,
    access,
    'Doel in het gezinsplan',
    input.description,
    input.personId ? [input.personId] : [],
  );
  return { id, version: 1 };
}
