import { randomUUID } from 'node:crypto';
import {
  assertPlausibleBirthDate,
  type HouseholdPersonCreate,
  todayInNetherlands,
} from '@gezinsdossier/domain';
import { logAccess } from '../audit/access-log';
import { recordEvent } from '../audit/record-event';
import type { RequestContext } from '../context';
import { insertMembership, insertPerson } from '../db/repositories/person.repository';
import { accessPurpose } from '../policies/household';
import { requireHousehold } from '../policies/require';

/**
 * Adds a new person to a household: the person and their membership with a role, from a date.
 * Persons without BSN are normal; a BSN must pass the 11-proef and may belong to one person only.
 */
export async function addHouseholdPerson(
  ctx: RequestContext,
  householdId: string,
  input: HouseholdPersonCreate,
) {
  const access = await requireHousehold(ctx, householdId, 'person.create');
  if (input.person.birthDate) {
    assertPlausibleBirthDate(input.person.birthDate, todayInNetherlands(ctx.now));
  }
  const personId = randomUUID();
  const membershipId = randomUUID();
  const person = {
    id: personId,
    givenName: input.person.givenName,
    familyName: input.person.familyName,
    birthDate: input.person.birthDate ?? null,
    bsn: input.person.bsn ?? null,
    gender: input.person.gender,
  };
  await insertPerson(ctx.tx, { ...person, now: ctx.now });
  const membership = {
    id: membershipId,
    householdId,
    personId,
    role: input.role,
    validFrom: input.from,
    validTo: null,
  };
  await insertMembership(ctx.tx, { ...membership, now: ctx.now });
  await recordEvent(ctx, {
    type: 'person.created',
    entityType: 'person',
    entityId: personId,
    householdId,
    personIds: [personId],
    after: person,
  });
  await recordEvent(ctx, {
    type: 'membership.created',
    entityType: 'membership',
    entityId: membershipId,
    householdId,
    personIds: [personId],
    after: membership,
  });
  logAccess(ctx, {
    action: 'create',
    resourceType: 'person',
    resourceId: personId,
    householdId,
    personIds: [personId],
    purpose: accessPurpose(access),
  });
  return { personId, membershipId };
}
