import { randomUUID } from 'node:crypto';
import { assertValidPeriod, assertValidRelation, type RelationCreate } from '@gezinsdossier/domain';
import { logAccess } from '../audit/access-log';
import { recordEvent } from '../audit/record-event';
import type { RequestContext } from '../context';
import { insertRelation } from '../db/repositories/composition.repository';
import { accessPurpose } from '../policies/household';
import { requireHousehold } from '../policies/require';
import { assertPersonsInHousehold } from './relation-guards';

/** Records a relation between two household members, e.g. "parent of" with or without parental authority. */
export async function addRelation(ctx: RequestContext, householdId: string, input: RelationCreate) {
  const access = await requireHousehold(ctx, householdId, 'relation.manage');
  assertValidRelation(input);
  assertValidPeriod({ from: input.from ?? null, to: input.to ?? null });
  await assertPersonsInHousehold(ctx, householdId, [input.fromPersonId, input.toPersonId]);
  const relation = {
    id: randomUUID(),
    householdId,
    fromPersonId: input.fromPersonId,
    toPersonId: input.toPersonId,
    kind: input.kind,
    hasParentalAuthority: input.hasParentalAuthority,
    validFrom: input.from ?? null,
    validTo: input.to ?? null,
  };
  await insertRelation(ctx.tx, { ...relation, now: ctx.now });
  const personIds = [input.fromPersonId, input.toPersonId];
  await recordEvent(ctx, {
    type: 'relation.created',
    entityType: 'relation',
    entityId: relation.id,
    householdId,
    personIds,
    after: relation,
  });
  logAccess(ctx, {
    action: 'create',
    resourceType: 'relation',
    resourceId: relation.id,
    householdId,
    personIds,
    purpose: accessPurpose(access),
  });
  return relation;
}
