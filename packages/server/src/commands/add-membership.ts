import { randomUUID } from 'node:crypto';
import {
  AppError,
  assertNoMembershipOverlap,
  assertValidPeriod,
  type MembershipCreate,
} from '@gezinsdossier/domain';
import { logAccess } from '../audit/access-log';
import { recordEvent } from '../audit/record-event';
import type { RequestContext } from '../context';
import {
  findPerson,
  insertMembership,
  membershipsOfPersonInHousehold,
} from '../db/repositories/person.repository';
import { accessPurpose } from '../policies/household';
import { requireHousehold } from '../policies/require';

/**
 * Adds an existing, visible person to a household (e.g. a parent who moves back in), with a role over a
 * period. Periods of the same person in the same household may not overlap.
 */
export async function addMembership(ctx: RequestContext, householdId: string, input: MembershipCreate) {
  const access = await requireHousehold(ctx, householdId, 'membership.manage');
  assertValidPeriod(input);
  if (!(await findPerson(ctx.tx, input.personId))) {
    throw new AppError('not_found');
  }
  const existing = await membershipsOfPersonInHousehold(ctx.tx, householdId, input.personId);
  assertNoMembershipOverlap(
    input,
    existing.map((m) => ({ from: m.validFrom, to: m.validTo })),
  );
  const membership = {
    id: randomUUID(),
    householdId,
    personId: input.personId,
    role: input.role,
    validFrom: input.from,
    validTo: input.to ?? null,
  };
  await insertMembership(ctx.tx, { ...membership, now: ctx.now });
  await recordEvent(ctx, {
    type: 'membership.created',
    entityType: 'membership',
    entityId: membership.id,
    householdId,
    personIds: [input.personId],
    after: membership,
  });
  logAccess(ctx, {
    action: 'create',
    resourceType: 'membership',
    resourceId: membership.id,
    householdId,
    personIds: [input.personId],
    purpose: accessPurpose(access),
  });
  return membership;
}
