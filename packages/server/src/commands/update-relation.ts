import {
  AppError,
  assertValidPeriod,
  assertValidRelation,
  type RelationKind,
  type RelationUpdate,
} from '@gezinsdossier/domain';
import { logAccess } from '../audit/access-log';
import { recordEvent } from '../audit/record-event';
import type { RequestContext } from '../context';
import { findRelation, updateRelation as writeRelation } from '../db/repositories/composition.repository';
import { accessPurpose } from '../policies/household';
import { requireHousehold } from '../policies/require';
import { throwConflict } from './conflict';

/** Changes a relation, e.g. records that parental authority ended. Version-checked. */
export async function updateRelation(
  ctx: RequestContext,
  householdId: string,
  relationId: string,
  input: RelationUpdate,
) {
  const before = await findRelation(ctx.tx, relationId);
  if (!before || before.householdId !== householdId) {
    throw new AppError('not_found');
  }
  const access = await requireHousehold(ctx, householdId, 'relation.manage');
  const next = {
    fromPersonId: before.fromPersonId,
    toPersonId: before.toPersonId,
    kind: (input.kind ?? before.kind) as RelationKind,
    hasParentalAuthority: input.hasParentalAuthority ?? before.hasParentalAuthority,
    validFrom: input.from === undefined ? before.validFrom : input.from,
    validTo: input.to === undefined ? before.validTo : input.to,
  };
  assertValidRelation(next);
  assertValidPeriod({ from: next.validFrom, to: next.validTo });
  const personIds = [before.fromPersonId, before.toPersonId];
  logAccess(ctx, {
    action: 'update',
    resourceType: 'relation',
    resourceId: relationId,
    householdId,
    personIds,
    purpose: accessPurpose(access),
  });
  const { fromPersonId: _f, toPersonId: _t, ...patch } = next;
  if (!(await writeRelation(ctx.tx, relationId, input.version, patch))) {
    throwConflict(before);
  }
  const after = await findRelation(ctx.tx, relationId);
  await recordEvent(ctx, {
    type: 'relation.updated',
    entityType: 'relation',
    entityId: relationId,
    householdId,
    personIds,
    before,
    after,
  });
  return after;
}
