import {
  AppError,
  assertPlausibleBirthDate,
  assertPlausibleMembership,
  type MembershipRole,
  type PersonUpdate,
  type RelationKind,
  todayInNetherlands,
} from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import {
  findPerson,
  householdsOfPerson,
  updatePerson as writePerson,
} from '../db/repositories/person.repository';
import { membershipsOfPersonInHousehold } from '../db/repositories/membership.repository';
import { listRelations } from '../db/repositories/relation.repository';
import { requireHousehold } from '../policies/require';
import { shownBack } from '../presenters/viewer';
import { presentPerson } from '../presenters/member.presenter';
import { recordWrite } from './casework';
import { throwConflict } from './conflict';
import { assertRelationPlausible } from './relation-guards';

/**
 * Corrects a person's data within the context of one household the actor works with. Version-checked in
 * the update itself: a stale version gets version_conflict with the current data, and nothing changes.
 */
export async function updatePerson(
  ctx: RequestContext,
  householdId: string,
  personId: string,
  input: PersonUpdate,
) {
  const viewer = await requireHousehold(ctx, householdId, 'person.update');
  if (!(await householdsOfPerson(ctx.tx, personId)).includes(householdId) || !viewer.sees(personId)) {
    throw new AppError('not_found');
  }
  if (input.birthDate) {
    assertPlausibleBirthDate(input.birthDate, todayInNetherlands(ctx.now));
  }
  const today = todayInNetherlands(ctx.now);
  const { version, ...patch } = input;
  if (!(await writePerson(ctx.tx, personId, version, patch, ctx.now))) {
    const current = await findPerson(ctx.tx, personId);
    throwConflict(current ? presentPerson(viewer, current, today) : null);
  }
  if (input.birthDate !== undefined) {
    await assertBirthDateFitsHousehold(ctx, householdId, personId, input.birthDate);
  }
  await recordWrite(ctx, viewer, {
    event: {
      type: 'person.updated',
      entityId: personId,
      personIds: [personId],
      payload: { fields: Object.keys(patch) },
    },
    resourceType: 'person',
    action: 'update',
  });
  const after = await findPerson(ctx.tx, personId);
  return shownBack(presentPerson(viewer, after as NonNullable<typeof after>, today));
}

/**
 * A corrected birth date must still fit the person's relations and memberships in this household (a mother
 * cannot become younger than her child, a child with a parent holding authority cannot become an adult
 * without that authority ending). The refusal names the birth date, the field being changed.
 * @throws AppError relation_implausible | membership_implausible
 */
async function assertBirthDateFitsHousehold(
  ctx: RequestContext,
  householdId: string,
  personId: string,
  birthDate: string | null,
): Promise<void> {
  try {
    for (const r of await listRelations(ctx.tx, householdId)) {
      if (r.fromPersonId === personId || r.toPersonId === personId) {
        await assertRelationPlausible(ctx, {
          fromPersonId: r.fromPersonId,
          toPersonId: r.toPersonId,
          kind: r.kind as RelationKind,
          hasParentalAuthority: r.hasParentalAuthority,
          validFrom: r.validFrom,
        });
      }
    }
    for (const m of await membershipsOfPersonInHousehold(ctx.tx, householdId, personId)) {
      assertPlausibleMembership({ role: m.role as MembershipRole, from: m.validFrom }, { birthDate });
    }
  } catch (error) {
    if (error instanceof AppError && error.issues.length > 0) {
      const code = (error.issues[0] as { code: string }).code;
      throw new AppError(error.code, { issues: [{ path: 'birthDate', code, message: code }] });
    }
    throw error;
  }
}
