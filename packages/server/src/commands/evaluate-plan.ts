import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../context';
import { addStep, recordWrite, requireCase } from './casework';

/** An evaluation of the family plan with the household's view (KT4). */
export async function evaluatePlan(
  ctx: RequestContext,
  householdId: string,
  input: { summary: string; householdView?: string | null | undefined },
) {
  const access = await requireCase(ctx, householdId, 'casework.write');
  const id = randomUUID();
  await ctx.tx
    .insertInto('planEvaluations')
    .values({
      id,
      caseId: access.caseId,
      householdId,
      summary: input.summary,
      householdView: input.householdView ?? null,
      evaluatedAt: ctx.now,
      evaluatedBy: ctx.actor.id,
    })
    .execute();
  await recordWrite(ctx, access, {
    event: 'plan.evaluated',
    resourceType: 'plan_evaluation',
    resourceId: id,
  });
  await addStep(ctx, access, 'Gezinsplan geëvalueerd', input.summary);
  return { id };
}
