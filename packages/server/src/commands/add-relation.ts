import { randomUUID } from 'node:crypto';
import { assertValidPeriod, assertValidRelation, type RelationCreate } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { insertRelation } from '../db/repositories/relation.repository';
import { requireHousehold } from '../policies/require';
import { recordWrite } from './casework';
import { assertRelationPersons, assertRelationPlausible } from './relation-guards';

/** Records a relation between two household members, e.g. "parent of" with or without parental authority. */
export async function addRelation(ctx: RequestContext, householdId: string, input: RelationCreate) {
  const viewer = await requireHousehold(ctx, householdId, 'relation.manage');
  assertValidRelation(input);
  assertValidPeriod({ from: input.from ?? null, to: input.to ?? null });
  await assertRelationPersons(ctx, viewer, [input.fromPersonId, input.toPersonId]);
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
  await assertRelationPlausible(ctx, relation);
  await insertRelation(ctx.tx, { ...relation, now: ctx.now });
  await recordWrite(ctx, viewer, {
    event: {
      type: 'relation.created',
      entityId: relation.id,
      personIds: [input.fromPersonId, input.toPersonId],
      payload: { kind: input.kind, hasParentalAuthority: input.hasParentalAuthority },
    },
    resourceType: 'relation',
  });
  return { id: relation.id, version: 1 };
}
