import { randomUUID } from 'node:crypto';
import {
  AppError,
  assertNoMembershipOverlap,
  assertPlausibleMembership,
  assertValidPeriod,
  type MembershipCreate,
} from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { insertMembership, membershipsOfPersonInHousehold } from '../db/repositories/membership.repository';
import { findPerson } from '../db/repositories/person.repository';
import { requireHousehold } from '../policies/require';
import { recordWrite } from './casework';

/**
 * Adds an existing, visible person to a household (e.g. a parent who moves back in), with a role over a
 * period. Periods of the same person in the same household may not overlap.
 */
export async function addMembership(ctx: RequestContext, householdId: string, input: MembershipCreate) {
  const viewer = await requireHousehold(ctx, householdId, 'membership.manage');
  assertValidPeriod(input);
  const person = await findPerson(ctx.tx, input.personId);
  if (!person || !viewer.sees(input.personId)) {
    throw new AppError('not_found');
  }
  assertPlausibleMembership({ role: input.role, from: input.from }, person);
  const existing = await membershipsOfPersonInHousehold(ctx.tx, householdId, input.personId);
  assertNoMembershipOverlap(
    input,
    existing.map((m) => ({ from: m.validFrom, to: m.validTo })),
  );
  const id = randomUUID();
  await insertMembership(ctx.tx, {
    id,
    householdId,
    personId: input.personId,
    role: input.role,
    validFrom: input.from,
    validTo: input.to ?? null,
    now: ctx.now,
  });
  await recordWrite(ctx, viewer, {
    event: {
      type: 'membership.created',
      entityId: id,
      personIds: [input.personId],
      payload: { personId: input.personId, role: input.role },
    },
    resourceType: 'membership',
  });
  return { id, version: 1 };
}
