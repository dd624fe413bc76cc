import { randomUUID } from 'node:crypto';
import {
  assertPlausibleBirthDate,
  assertPlausibleMembership,
  type HouseholdPersonCreate,
  todayInNetherlands,
} from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { insertMembership } from '../db/repositories/membership.repository';
import { insertPerson } from '../db/repositories/person.repository';
import { requireHousehold } from '../policies/require';
import type { Viewer } from '../presenters/viewer';
import { recordWrite } from './casework';

/**
 * Adds a new person to a household: the person and their membership with a role, from a date.
 * Persons without BSN are normal; a BSN must pass the 11-proef and may belong to one person only.
 */
export async function addHouseholdPerson(
  ctx: RequestContext,
  householdId: string,
  input: HouseholdPersonCreate,
) {
  const viewer = await requireHousehold(ctx, householdId, 'person.create');
  return storePerson(ctx, viewer, input);
}

/** Stores a new person with their membership and the audit (also used when a dossier opens with persons). */
export async function storePerson(ctx: RequestContext, viewer: Viewer, input: HouseholdPersonCreate) {
  if (input.person.birthDate) {
    assertPlausibleBirthDate(input.person.birthDate, todayInNetherlands(ctx.now));
  }
  assertPlausibleMembership(
    { role: input.role, from: input.from },
    { birthDate: input.person.birthDate ?? null },
    { from: 'from', role: 'role' },
  );
  const personId = randomUUID();
  const membershipId = randomUUID();
  await insertPerson(ctx.tx, {
    id: personId,
    givenName: input.person.givenName,
    familyName: input.person.familyName,
    birthDate: input.person.birthDate ?? null,
    bsn: input.person.bsn ?? null,
    gender: input.person.gender,
    now: ctx.now,
  });
  await insertMembership(ctx.tx, {
    id: membershipId,
    householdId: viewer.householdId,
    personId,
    role: input.role,
    validFrom: input.from,
    validTo: null,
    now: ctx.now,
  });
  await recordWrite(ctx, viewer, {
    event: { type: 'person.created', entityId: personId, personIds: [personId], payload: {} },
    resourceType: 'person',
  });
  await recordWrite(ctx, viewer, {
    event: {
      type: 'membership.created',
      entityId: membershipId,
      personIds: [personId],
      payload: { personId, role: input.role },
    },
    resourceType: 'membership',
  });
  return { personId, membershipId };
}
