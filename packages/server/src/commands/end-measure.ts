import { AppError, type MeasureEndInput } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { endMeasure as endRow, listMeasures } from '../db/repositories/measure.repository';
import { applyPathwayStep } from './apply-pathway-step';
import { addStep, meetDeadlines, recordWrite, requireCase } from './casework';
import { throwConflict } from './conflict';

/**
 * KT8: a running measure ends — its term ran out, the judge ended it, or its goals were reached. Its
 * deadlines no longer apply; when no other measure runs, the case leaves coerced execution for the RVT's
 * safety monitoring (spec §4.3 "maatregel geëindigd"), which ends explicitly (VAL-08).
 * @throws AppError measure_not_running | version_conflict
 */
export async function endMeasure(
  ctx: RequestContext,
  householdId: string,
  measureId: string,
  input: MeasureEndInput,
) {
  const c = await requireCase(ctx, householdId, 'measure.execute');
  const measures = await listMeasures(ctx.tx, householdId);
  const measure = measures.find((m) => m.id === measureId);
  if (!measure || !c.viewer.sees(measureId) || measure.caseId !== c.caseId) {
    throw new AppError('not_found');
  }
  if (measure.status !== 'RUNNING') {
    throw new AppError('measure_not_running');
  }
  if (
    !(await endRow(ctx.tx, measureId, input.version, { endedOn: input.endedOn, endReason: input.reason }))
  ) {
    throwConflict({ id: measure.id, version: measure.version, status: measure.status });
  }
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'measure.ended',
      entityId: measureId,
      personIds: measure.personIds,
      payload: { endedOn: input.endedOn },
    },
    resourceType: 'measure',
    action: 'update',
  });
  await meetDeadlines(ctx, c, 'MEASURE_ENDED', { subjectId: measureId });
  await addStep(ctx, c, { code: 'measure.ended', source: null, personIds: measure.personIds });
  const othersRunning = measures.some(
    (m) => m.id !== measureId && m.status === 'RUNNING' && m.caseId === c.caseId,
  );
  if (!othersRunning && c.pathwayState === 'COERCED_EXECUTION') {
    await applyPathwayStep(ctx, c, {
      to: 'SAFETY_MONITORING',
      trigger: 'LEGAL_ROUTE',
      reason: input.reason,
      source: null,
    });
  }
  return { id: measureId, version: input.version + 1 };
}
