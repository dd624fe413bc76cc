import { AppError } from '@gezinsdossier/domain';
import { logAccess } from '../audit/access-log';
import { recordEvent } from '../audit/record-event';
import type { RequestContext } from '../context';
import { deleteRelation as removeRelation, findRelation } from '../db/repositories/composition.repository';
import { accessPurpose } from '../policies/household';
import { requireHousehold } from '../policies/require';
import { throwConflict } from './conflict';

/** Removes a relation recorded in error. The change history keeps what it was. Version-checked. */
export async function deleteRelation(
  ctx: RequestContext,
  householdId: string,
  relationId: string,
  version: number,
) {
  const before = await findRelation(ctx.tx, relationId);
  if (!before || before.householdId !== householdId) {
    throw new AppError('not_found');
  }
  const access = await requireHousehold(ctx, householdId, 'relation.manage');
  const personIds = [before.fromPersonId, before.toPersonId];
  logAccess(ctx, {
    action: 'delete',
    resourceType: 'relation',
    resourceId: relationId,
    householdId,
    personIds,
    purpose: accessPurpose(access),
  });
  if (!(await removeRelation(ctx.tx, relationId, version))) {
    throwConflict(before);
  }
  await recordEvent(ctx, {
    type: 'relation.deleted',
    entityType: 'relation',
    entityId: relationId,
    householdId,
    personIds,
    before,
  });
}
