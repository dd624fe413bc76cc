import { randomUUID } from 'node:crypto';
import { AppError, type PlacementMove, placementMoves } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { endPlacement, insertPlacement, listPlacements } from '../db/repositories/placement.repository';
import { addStep, recordWrite, requireCase } from './casework';
import { throwConflict } from './conflict';
import { issuesError } from './petition-guards';

/**
 * A placed child moves to another place (implication 12: every move is counted; from the second move the
 * history raises an alert). The current place ends with the reason, the new one starts the same day, at the
 * version the author saw.
 * @throws AppError version_conflict (with the current placement) | not_found
 */
export async function movePlacement(
  ctx: RequestContext,
  householdId: string,
  placementId: string,
  input: PlacementMove,
) {
  const c = await requireCase(ctx, householdId, 'measure.execute');
  const all = await listPlacements(ctx.tx, householdId);
  const current = all.find((p) => p.id === placementId);
  if (!current || !c.viewer.sees(current.childId)) {
    throw new AppError('not_found');
  }
  if (input.movedOn < current.startsOn) {
    throw issuesError('placement_date_before_start', [
      { path: 'movedOn', code: 'placement_date_before_start' },
    ]);
  }
  if (
    !(await endPlacement(ctx.tx, placementId, input.version, {
      endsOn: input.movedOn,
      endReason: input.reason,
      returnedHome: false,
    }))
  ) {
    throwConflict({ id: current.id, version: current.version, endsOn: current.endsOn });
  }
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'placement.ended',
      entityId: placementId,
      personIds: [current.childId],
      payload: { childId: current.childId, returnedHome: false, moved: true },
    },
    resourceType: 'placement',
    action: 'update',
  });
  const id = randomUUID();
  await insertPlacement(ctx.tx, {
    id,
    householdId,
    caseId: c.caseId,
    measureId: current.measureId,
    childId: current.childId,
    kind: input.kind,
    place: input.place,
    withSiblings: current.withSiblings,
    startsOn: input.movedOn,
    createdBy: ctx.actor.id,
    now: ctx.now,
  });
  const history = all.filter((p) => p.childId === current.childId);
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'placement.started',
      entityId: id,
      personIds: [current.childId],
      payload: {
        measureId: current.measureId,
        childId: current.childId,
        kind: input.kind,
        moveNumber: history.length,
        withSiblings: current.withSiblings,
      },
    },
    resourceType: 'placement',
  });
  await addStep(ctx, c, {
    code: 'placement.moved',
    params: { kind: input.kind },
    source: { type: 'placement', id },
    personIds: [current.childId],
  });
  return { id, version: 1, ...placementMoves([...history, { startsOn: input.movedOn }]) };
}
