import {
  AppError,
  assertPlausibleBirthDate,
  type PersonUpdate,
  todayInNetherlands,
} from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import {
  findPerson,
  householdsOfPerson,
  updatePerson as writePerson,
} from '../db/repositories/person.repository';
import { requireHousehold } from '../policies/require';
import { shownBack } from '../presenters/viewer';
import { presentPerson } from '../presenters/member.presenter';
import { recordWrite } from './casework';
import { throwConflict } from './conflict';

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
