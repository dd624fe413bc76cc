import { randomUUID } from 'node:crypto';
import { AppError, type MeasureEvaluationInput } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { insertMeasureEvaluation, listMeasures } from '../db/repositories/measure.repository';
import { addStep, meetDeadlines, recordWrite, requireCase } from './casework';

/**
 * KT8-R1: a running measure is evaluated against its goals for ending it; the evaluation meets the measure's
 * evaluation deadline.
 */
export async function recordMeasureEvaluation(
  ctx: RequestContext,
  householdId: string,
  measureId: string,
  input: MeasureEvaluationInput,
) {
  const c = await requireCase(ctx, householdId, 'measure.execute');
  const measure = (await listMeasures(ctx.tx, householdId)).find((m) => m.id === measureId);
  if (!measure || !c.viewer.sees(measureId) || measure.caseId !== c.caseId) {
    throw new AppError('not_found');
  }
  if (measure.status !== 'RUNNING') {
    throw new AppError('measure_not_running');
  }
  const id = randomUUID();
  await insertMeasureEvaluation(ctx.tx, {
    id,
    householdId,
    measureId,
    evaluatedOn: input.evaluatedOn,
    summary: input.summary,
    goalsReached: input.goalsReached,
    recordedBy: ctx.actor.id,
    now: ctx.now,
  });
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'measure.evaluated',
      entityId: measureId,
      personIds: measure.personIds,
      payload: { goalsReached: input.goalsReached },
    },
    resourceType: 'measure',
  });
  await meetDeadlines(ctx, c, 'MEASURE_EVALUATED', { subjectId: measureId });
  await addStep(ctx, c, { code: 'measure.evaluated', source: null, personIds: measure.personIds });
  return { id };
}
