import { randomUUID } from 'node:crypto';
import { AppError } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
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
 * A breach of the safety plan with what followed, or an evaluation (which meets the check date that was
 * due). Requires a safety plan.
 */
export async function recordSafetyPlanEvent(
  ctx: RequestContext,
  householdId: string,
  input: SafetyPlanEvent,
) {
  const access = await requireCase(ctx, householdId, 'casework.write');
  const plan = await ctx.tx
    .selectFrom('safetyPlanVersions')
    .select('id')
    .where('caseId', '=', access.caseId)
    .orderBy('versionNo', 'desc')
    .executeTakeFirst();
  if (!plan) {
    throw new AppError('not_found');
  }
  const id = randomUUID();
  await ctx.tx
    .insertInto('safetyPlanEvents')
    .values({
      id,
      caseId: access.caseId,
      householdId,
      kind: input.kind,
      occurredOn: input.occurredOn,
      description: input.kind === 'BREACH' ? input.description : input.summary,
      followUp: input.kind === 'BREACH' ? input.followUp : null,
      conditionsMet: input.kind === 'EVALUATION' ? input.conditionsMet : null,
      householdView: input.kind === 'EVALUATION' ? (input.householdView ?? null) : null,
      createdAt: ctx.now,
      createdBy: ctx.actor.id,
    })
    .execute();
  if (input.kind === 'EVALUATION') {
    // The check dates that were due by the evaluation are done.
    await meetDeadlines(ctx, access.caseId, ['SAFETY_PLAN_CHECK'], undefined, input.occurredOn);
    await meetDeadlines(ctx, access.caseId, ['SAFETY_MONITORING_REVIEW']);
  }
  await recordWrite(ctx, access, {
    event: input.kind === 'BREACH' ? 'safety_plan.breach_recorded' : 'safety_plan.evaluated',
    resourceType: 'safety_plan_event',
    resourceId: id,
    after: { kind: input.kind, occurredOn: input.occurredOn },
  });
  await addStep(
    ctx,
    access,
    input.kind === 'BREACH' ? 'Afspraak uit veiligheidsplan niet nagekomen' : 'Veiligheidsplan geëvalueerd',
    input.kind === 'BREACH' ? `${input.description}\nWat volgde: ${input.followUp}` : input.summary,
  );
  return { id };
}
