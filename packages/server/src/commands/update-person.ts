import {
  AppError,
  assertPlausibleBirthDate,
  type PersonUpdate,
  todayInNetherlands,
} from '@gezinsdossier/domain';
import { logAccess } from '../audit/access-log';
import { recordEvent } from '../audit/record-event';
import type { RequestContext } from '../context';
import {
  findPerson,
  householdsOfPerson,
  updatePerson as writePerson,
} from '../db/repositories/person.repository';
import { accessPurpose } from '../policies/household';
import { requireHousehold } from '../policies/require';
import { throwConflict } from './conflict';

/**
 * Corrects a person's data within the context of one household the actor works with. Version-checked:
 * a stale version gets version_conflict with the current data, and nothing changes.
 */
export async function updatePerson(
  ctx: RequestContext,
  householdId: string,
  personId: string,
  input: PersonUpdate,
) {
  const households = await householdsOfPerson(ctx.tx, personId);
  if (!households.includes(householdId)) {
    throw new AppError('not_found');
  }
  const access = await requireHousehold(ctx, householdId, 'person.update');
  if (input.birthDate) {
    assertPlausibleBirthDate(input.birthDate, todayInNetherlands(ctx.now));
  }
  const before = await findPerson(ctx.tx, personId);
  logAccess(ctx, {
    action: 'update',
    resourceType: 'person',
    resourceId: personId,
    householdId,
    personIds: [personId],
    purpose: accessPurpose(access),
  });
  const { version, ...patch } = input;
  if (!(await writePerson(ctx.tx, personId, version, patch, ctx.now))) {
    throwConflict(before);
  }
  const after = await findPerson(ctx.tx, personId);
  await recordEvent(ctx, {
    type: 'person.updated',
    entityType: 'person',
    entityId: personId,
    householdId,
    personIds: [personId],
    before,
    after,
  });
  return after;
}
