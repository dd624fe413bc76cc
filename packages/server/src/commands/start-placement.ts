import { randomUUID } from 'node:crypto';
import { AppError, type PlacementStart } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import {
  insertPlacement,
  listPlacements,
  listReturnHomePlans,
  saveReturnHomePlan,
} from '../db/repositories/placement.repository';
import { addStep, recordWrite, requireCase } from './casework';
import { requirePlacementMeasure } from './placement-guards';

/**
 * KT8 / implication 12: a child is placed out of home under a running measure that authorises it. The
 * return-home plan is made the same day (never later); a child has one current place, so a second placement
 * while the first runs is refused: that is a move.
 * @throws AppError placement_measure_invalid | placement_child_not_in_measure | placement_already_current
 */
export async function startPlacement(ctx: RequestContext, householdId: string, input: PlacementStart) {
  const c = await requireCase(ctx, householdId, 'measure.execute');
  await requirePlacementMeasure(ctx, c, input.measureId, input.childId);
  const history = (await listPlacements(ctx.tx, householdId)).filter((p) => p.childId === input.childId);
  if (history.some((p) => p.endsOn === null)) {
    throw new AppError('placement_already_current');
  }
  const id = randomUUID();
  await insertPlacement(ctx.tx, {
    id,
    householdId,
    caseId: c.caseId,
    measureId: input.measureId,
    childId: input.childId,
    kind: input.kind,
    place: input.place,
    withSiblings: input.withSiblings,
    startsOn: input.startsOn,
    createdBy: ctx.actor.id,
    now: ctx.now,
  });
  const plans = await listReturnHomePlans(ctx.tx, householdId);
  if (!plans.some((p) => p.measureId === input.measureId && p.childId === input.childId)) {
    const planId = randomUUID();
    await saveReturnHomePlan(ctx.tx, {
      id: planId,
      householdId,
      measureId: input.measureId,
      childId: input.childId,
      ...input.returnHomePlan,
      updatedBy: ctx.actor.id,
      now: ctx.now,
    });
    await recordWrite(ctx, c.viewer, {
      event: {
        type: 'return_home_plan.saved',
        entityId: planId,
        personIds: [input.childId],
        payload: { childId: input.childId, reviewOn: input.returnHomePlan.reviewOn },
      },
      resourceType: 'return_home_plan',
    });
  }
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'placement.started',
      entityId: id,
      personIds: [input.childId],
      payload: {
        measureId: input.measureId,
        childId: input.childId,
        kind: input.kind,
        moveNumber: history.length,
        withSiblings: input.withSiblings,
      },
    },
    resourceType: 'placement',
  });
  await addStep(ctx, c, {
    code: 'placement.started',
    params: { kind: input.kind },
    source: { type: 'placement', id },
    personIds: [input.childId],
  });
  return { id, version: 1 };
}
