import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../context';
import { insertEvaluation } from '../db/repositories/plan-evaluation.repository';
import { addStep, recordWrite, requireCase } from './casework';

/** An evaluation of the family plan with the household's view (KT4). */
export async function evaluatePlan(
  ctx: RequestContext,
  householdId: string,
  input: { summary: string; householdView?: string | null | undefined },
) {
  const c = await requireCase(ctx, householdId, 'casework.write');
  const id = randomUUID();
  await insertEvaluation(ctx.tx, {
    id,
    caseId: c.caseId,
    householdId,
    summary: input.summary,
    householdView: input.householdView ?? null,
    evaluatedAt: ctx.now,
    evaluatedBy: ctx.actor.id,
  });
  await recordWrite(ctx, c.viewer, {
    event: { type: 'plan.evaluated', entityId: id, payload: {} },
    resourceType: 'plan_evaluation',
  });
  await addStep(ctx, c, { code: 'plan.evaluated', source: { type: 'plan_evaluation', id } });
  return { id };
}
