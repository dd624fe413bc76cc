import { randomUUID } from 'node:crypto';
import { AppError } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import {
  findRelation,
  insertRelationChange,
  deleteRelation as removeRelation,
} from '../db/repositories/relation.repository';
import { requireHousehold } from '../policies/require';
import { presentRelation } from '../presenters/relation.presenter';
import { recordWrite } from './casework';
import { throwConflict } from './conflict';

/**
 * Removes a relation recorded in error. The change history keeps that it was, and the relation's history
 * what it was and why it was removed (issue 9.1), so one removed by mistake can be recorded again.
 * Version-checked.
 */
export async function deleteRelation(
  ctx: RequestContext,
  householdId: string,
  relationId: string,
  version: number,
  reason: string | null = null,
) {
  const viewer = await requireHousehold(ctx, householdId, 'relation.manage');
  const before = await findRelation(ctx.tx, relationId);
  if (!before || before.householdId !== householdId || !viewer.sees(relationId)) {
    throw new AppError('not_found');
  }
  if (!(await removeRelation(ctx.tx, relationId, version))) {
    const current = await findRelation(ctx.tx, relationId);
    throwConflict(current ? presentRelation(viewer, current) : null);
  }
  await insertRelationChange(ctx.tx, {
    id: randomUUID(),
    householdId,
    relationId,
    fromPersonId: before.fromPersonId,
    toPersonId: before.toPersonId,
    kind: before.kind,
    change: 'REMOVED',
    hasParentalAuthority: before.hasParentalAuthority,
    reason: reason || null,
    recordedBy: ctx.actor.id,
    recordedAt: ctx.now,
  });
  await recordWrite(ctx, viewer, {
    event: {
      type: 'relation.deleted',
      entityId: relationId,
      personIds: [before.fromPersonId, before.toPersonId],
      payload: { kind: before.kind },
    },
    resourceType: 'relation',
    action: 'delete',
  });
}
