import { randomUUID } from 'node:crypto';
import type { GoalCreate } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { insertGoal } from '../db/repositories/goal.repository';
import { addStep, assertPersonsInHousehold, meetDeadlines, recordWrite, requireCase } from './casework';
import { assertLifeDomain } from './family-plan-guards';

/**
 * A goal in the one family plan (INV-09): for one person or the household, in one life domain. The first
 * goal meets the plan deadline (a plan within six weeks under nl-2026.1).
 */
export async function addGoal(ctx: RequestContext, householdId: string, input: GoalCreate) {
  const c = await requireCase(ctx, householdId, 'casework.write');
  await assertLifeDomain(ctx, input.lifeDomain);
  await assertPersonsInHousehold(ctx, c.viewer, [input.personId], 'personId');
  const id = randomUUID();
  await insertGoal(ctx.tx, {
    id,
    caseId: c.caseId,
    householdId,
    personId: input.personId ?? null,
    lifeDomain: input.lifeDomain,
    description: input.description,
    createdBy: ctx.actor.id,
    now: ctx.now,
  });
  await meetDeadlines(ctx, c, 'GOAL_ADDED');
  const personIds = input.personId ? [input.personId] : [];
  await recordWrite(ctx, c.viewer, {
    event: { type: 'goal.created', entityId: id, personIds, payload: { lifeDomain: input.lifeDomain } },
    resourceType: 'goal',
  });
  await addStep(ctx, c, { code: 'goal.created', source: { type: 'goal', id }, personIds });
  return { id, version: 1 };
}
