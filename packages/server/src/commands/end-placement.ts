import { AppError, type PlacementEnd } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { endPlacement as endRow, listPlacements } from '../db/repositories/placement.repository';
import { addStep, recordWrite, requireCase } from './casework';
import { throwConflict } from './conflict';
import { issuesError } from './petition-guards';

/** A placement ends: the child returns home (the return-home plan's goal), or leaves for elsewhere. */
export async function endPlacement(
  ctx: RequestContext,
  householdId: string,
  placementId: string,
  input: PlacementEnd,
) {
  const c = await requireCase(ctx, householdId, 'measure.execute');
  const current = (await listPlacements(ctx.tx, householdId)).find((p) => p.id === placementId);
  if (!current || !c.viewer.sees(current.childId)) {
    throw new AppError('not_found');
  }
  if (input.endedOn < current.startsOn) {
    throw issuesError('placement_date_before_start', [
      { path: 'endedOn', code: 'placement_date_before_start' },
    ]);
  }
  if (
    !(await endRow(ctx.tx, placementId, input.version, {
      endsOn: input.endedOn,
      endReason: input.reason,
      returnedHome: input.returnedHome,
    }))
  ) {
    throwConflict({ id: current.id, version: current.version, endsOn: current.endsOn });
  }
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'placement.ended',
      entityId: placementId,
      personIds: [current.childId],
      payload: { childId: current.childId, returnedHome: input.returnedHome, moved: false },
    },
    resourceType: 'placement',
    action: 'update',
  });
  await addStep(ctx, c, {
    code: input.returnedHome ? 'placement.returned_home' : 'placement.ended',
    source: { type: 'placement', id: placementId },
    personIds: [current.childId],
  });
  return { id: placementId, version: input.version + 1 };
}
