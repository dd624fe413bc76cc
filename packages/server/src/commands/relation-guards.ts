import { assertPlausibleRelation, type RelationKind, todayInNetherlands } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { findPerson } from '../db/repositories/person.repository';
import type { Viewer } from '../presenters/viewer';
import { assertPersonsInHousehold as assertMembers } from './casework';

/** Both persons of a relation must belong (now or before) to the household it is recorded in. */
export async function assertRelationPersons(
  ctx: RequestContext,
  viewer: Viewer,
  personIds: string[],
): Promise<void> {
  await assertMembers(ctx, viewer, personIds, 'toPersonId', 'relation_person_not_in_household');
}

/**
 * A relation must be possible given the two persons' birth dates (household.ts assertPlausibleRelation):
 * no six-year-old with authority over her mother, no parental authority over an 82-year-old.
 * @throws AppError relation_implausible
 */
export async function assertRelationPlausible(
  ctx: RequestContext,
  relation: {
    fromPersonId: string;
    toPersonId: string;
    kind: RelationKind;
    hasParentalAuthority: boolean;
    validFrom: string | null;
  },
): Promise<void> {
  const [from, to] = await Promise.all([
    findPerson(ctx.tx, relation.fromPersonId),
    findPerson(ctx.tx, relation.toPersonId),
  ]);
  assertPlausibleRelation(
    relation,
    { birthDate: from?.birthDate ?? null },
    { birthDate: to?.birthDate ?? null },
    todayInNetherlands(ctx.now),
  );
}
