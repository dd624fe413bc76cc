import {
  AppError,
  assertNoMembershipOverlap,
  assertValidPeriod,
  type MembershipUpdate,
} from '@gezinsdossier/domain';
import { logAccess } from '../audit/access-log';
import { recordEvent } from '../audit/record-event';
import type { RequestContext } from '../context';
import {
  findMembership,
  membershipsOfPersonInHousehold,
  updateMembership as writeMembership,
} from '../db/repositories/person.repository';
import { accessPurpose } from '../policies/household';
import { requireHousehold } from '../policies/require';
import { throwConflict } from './conflict';

/** Changes a membership's role or period, e.g. ends it when someone moves out. Version-checked. */
export async function updateMembership(
  ctx: RequestContext,
  householdId: string,
  membershipId: string,
  input: MembershipUpdate,
) {
  const before = await findMembership(ctx.tx, membershipId);
  if (!before || before.householdId !== householdId) {
    throw new AppError('not_found');
  }
  const access = await requireHousehold(ctx, householdId, 'membership.manage');
  const next = {
    from: input.from ?? before.validFrom,
    to: input.to === undefined ? before.validTo : input.to,
  };
  assertValidPeriod(next);
  const others = (await membershipsOfPersonInHousehold(ctx.tx, householdId, before.personId)).filter(
    (m) => m.id !== membershipId,
  );
  assertNoMembershipOverlap(
    next,
    others.map((m) => ({ from: m.validFrom, to: m.validTo })),
  );
  logAccess(ctx, {
    action: 'update',
    resourceType: 'membership',
    resourceId: membershipId,
    householdId,
    personIds: [before.personId],
    purpose: accessPurpose(access),
  });
  const ok = await writeMembership(ctx.tx, membershipId, input.version, {
    ...(input.role ? { role: input.role } : {}),
    validFrom: next.from,
    validTo: next.to,
  });
  if (!ok) {
    throwConflict(before);
  }
  const after = await findMembership(ctx.tx, membershipId);
  await recordEvent(ctx, {
    type: 'membership.updated',
    entityType: 'membership',
    entityId: membershipId,
    householdId,
    personIds: [before.personId],
    before,
    after,
  });
  return after;
}
