import { randomUUID } from 'node:crypto';
import {
  AppError,
  assertValidPeriod,
  assertValidRelation,
  type RelationKind,
  type RelationUpdate,
} from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import {
  findRelation,
  insertRelationChange,
  updateRelation as writeRelation,
} from '../db/repositories/relation.repository';
import { requireHousehold } from '../policies/require';
import { shownBack } from '../presenters/viewer';
import { presentRelation } from '../presenters/relation.presenter';
import { recordWrite } from './casework';
import { throwConflict } from './conflict';
import { assertRelationPlausible } from './relation-guards';

/**
 * Changes a relation, e.g. records that parental authority ended. Version-checked in the update itself. A
 * change of parental authority leaves a history row with its reason (issue 9.1); the event keeps codes only.
 */
export async function updateRelation(
  ctx: RequestContext,
  householdId: string,
  relationId: string,
  input: RelationUpdate,
) {
  const viewer = await requireHousehold(ctx, householdId, 'relation.manage');
  const before = await findRelation(ctx.tx, relationId);
  if (
    !before ||
    before.householdId !== householdId ||
    ![before.id, before.fromPersonId, before.toPersonId].every((id) => viewer.sees(id))
  ) {
    throw new AppError('not_found');
  }
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
  await assertRelationPlausible(ctx, next);
  const { fromPersonId: _f, toPersonId: _t, ...patch } = next;
  const { reason, ...fields } = input;
  if (!(await writeRelation(ctx.tx, relationId, input.version, patch))) {
    const current = await findRelation(ctx.tx, relationId);
    throwConflict(current ? presentRelation(viewer, current) : null);
  }
  if (next.hasParentalAuthority !== before.hasParentalAuthority) {
    await insertRelationChange(ctx.tx, {
      id: randomUUID(),
      householdId,
      relationId,
      fromPersonId: before.fromPersonId,
      toPersonId: before.toPersonId,
      kind: next.kind,
      change: next.hasParentalAuthority ? 'AUTHORITY_GRANTED' : 'AUTHORITY_ENDED',
      hasParentalAuthority: next.hasParentalAuthority,
      reason: reason || null,
      recordedBy: ctx.actor.id,
      recordedAt: ctx.now,
    });
  }
  await recordWrite(ctx, viewer, {
    event: {
      type: 'relation.updated',
      entityId: relationId,
      personIds: [before.fromPersonId, before.toPersonId],
      payload: {
        kind: next.kind,
        hasParentalAuthority: next.hasParentalAuthority,
        fields: Object.keys(fields).filter((k) => k !== 'version'),
      },
    },
    resourceType: 'relation',
    action: 'update',
  });
  const after = await findRelation(ctx.tx, relationId);
  return shownBack(presentRelation(viewer, after as NonNullable<typeof after>));
}
