import { AppError, PLACEMENT_MEASURES } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { listMeasures, type MeasureRow } from '../db/repositories/measure.repository';
import type { CaseAccess } from './casework';
import { issuesError } from './petition-guards';

/**
 * The running measure a placement rests on: it must authorise placing a child elsewhere and still run, and
 * it must apply to the child.
 * @throws AppError placement_measure_invalid | placement_child_not_in_measure
 */
export async function requirePlacementMeasure(
  ctx: RequestContext,
  c: CaseAccess,
  measureId: string,
  childId: string,
): Promise<MeasureRow> {
  const measure = (await listMeasures(ctx.tx, c.householdId)).find((m) => m.id === measureId);
  if (!measure || !c.viewer.sees(measure.id)) {
    throw new AppError('not_found');
  }
  if (
    measure.status !== 'RUNNING' ||
    !(PLACEMENT_MEASURES as readonly string[]).includes(measure.measureTypeId)
  ) {
    throw issuesError('placement_measure_invalid', [
      { path: 'measureId', code: 'placement_measure_invalid' },
    ]);
  }
  if (!measure.personIds.includes(childId) || !c.viewer.sees(childId)) {
    throw issuesError('placement_child_not_in_measure', [
      { path: 'childId', code: 'placement_child_not_in_measure' },
    ]);
  }
  return measure;
}
