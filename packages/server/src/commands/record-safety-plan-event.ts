import { randomUUID } from 'node:crypto';
import { AppError } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { insertPlanEvent, latestPlanVersion } from '../db/repositories/safety-plan.repository';
import { addStep, meetDeadlines, recordWrite, requireCase } from './casework';

type SafetyPlanEvent =
  | { kind: 'BREACH'; occurredOn: string; description: string; followUp: string }
  | {
      kind: 'EVALUATION';
      occurredOn: string;
      conditionsMet: 'YES' | 'PARTLY' | 'NO';
      summary: string;
      householdView?: string | null;
    };

/**
 * A breach of the safety plan with what followed, or an evaluation (which meets the check dates that were
 * due by then). Requires a safety plan.
 * @throws AppError not_found when there is no safety plan
 */
export async function recordSafetyPlanEvent(
  ctx: RequestContext,
  householdId: string,
  input: SafetyPlanEvent,
) {
  const c = await requireCase(ctx, householdId, 'casework.write');
  const plan = await latestPlanVersion(ctx.tx, c.caseId);
  if (!plan || !c.viewer.sees(plan.id)) {
    throw new AppError('not_found');
  }
  const id = randomUUID();
  await insertPlanEvent(ctx.tx, {
    id,
    caseId: c.caseId,
    householdId,
    kind: input.kind,
    occurredOn: input.occurredOn,
    description: input.kind === 'BREACH' ? input.description : input.summary,
    followUp: input.kind === 'BREACH' ? input.followUp : null,
    conditionsMet: input.kind === 'EVALUATION' ? input.conditionsMet : null,
    householdView: input.kind === 'EVALUATION' ? (input.householdView ?? null) : null,
    createdBy: ctx.actor.id,
    now: ctx.now,
  });
  if (input.kind === 'EVALUATION') {
    await meetDeadlines(ctx, c, 'SAFETY_PLAN_EVALUATED', { dueBy: input.occurredOn });
    await meetDeadlines(ctx, c, 'SAFETY_REVIEWED');
  }
  await recordWrite(ctx, c.viewer, {
    event:
      input.kind === 'BREACH'
        ? { type: 'safety_plan.breach_recorded', entityId: id, payload: {} }
        : { type: 'safety_plan.evaluated', entityId: id, payload: { conditionsMet: input.conditionsMet } },
    resourceType: 'safety_plan_event',
  });
  await addStep(ctx, c, {
    code: input.kind === 'BREACH' ? 'safety_plan.breach_recorded' : 'safety_plan.evaluated',
    source: { type: 'safety_plan_event', id },
  });
  return { id };
}
