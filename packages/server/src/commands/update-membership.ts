import {
  AppError,
  assertNoMembershipOverlap,
  assertPlausibleMembership,
  type MembershipRole,
  assertValidPeriod,
  type MembershipUpdate,
} from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import {
  findMembership,
  membershipsOfPersonInHousehold,
  updateMembership as writeMembership,
} from '../db/repositories/membership.repository';
import { findPerson } from '../db/repositories/person.repository';
import { requireHousehold } from '../policies/require';
import { shownBack } from '../presenters/viewer';
import { presentMembership } from '../presenters/member.presenter';
import { recordWrite } from './casework';
import { throwConflict } from './conflict';

/** Changes a membership's role or period, e.g. ends it when someone moves out. Version-checked. */
export async function updateMembership(
  ctx: RequestContext,
  householdId: string,
  membershipId: string,
  input: MembershipUpdate,
) {
  const viewer = await requireHousehold(ctx, householdId, 'membership.manage');
  const before = await findMembership(ctx.tx, membershipId);
  if (
    !before ||
    before.householdId !== householdId ||
    !viewer.sees(membershipId) ||
    !viewer.sees(before.personId)
  ) {
    throw new AppError('not_found');
  }
  const next = {
    from: input.from ?? before.validFrom,
    to: input.to === undefined ? before.validTo : input.to,
  };
  assertValidPeriod(next);
  const person = await findPerson(ctx.tx, before.personId);
  assertPlausibleMembership(
    { role: (input.role ?? before.role) as MembershipRole, from: next.from },
    { birthDate: person?.birthDate ?? null },
  );
  const others = (await membershipsOfPersonInHousehold(ctx.tx, householdId, before.personId)).filter(
    (m) => m.id !== membershipId,
  );
  assertNoMembershipOverlap(
    next,
    others.map((m) => ({ from: m.validFrom, to: m.validTo })),
  );
  const ok = await writeMembership(ctx.tx, membershipId, input.version, {
    ...(input.role ? { role: input.role } : {}),
    validFrom: next.from,
    validTo: next.to,
  });
  if (!ok) {
    const current = await findMembership(ctx.tx, membershipId);
    throwConflict(current ? presentMembership(viewer, current) : null);
  }
  const after = (await findMembership(ctx.tx, membershipId)) as NonNullable<
    Awaited<ReturnType<typeof findMembership>>
  >;
  await recordWrite(ctx, viewer, {
    event: {
      type: 'membership.updated',
      entityId: membershipId,
      personIds: [before.personId],
      payload: {
        personId: before.personId,
        role: after.role,
        fields: Object.keys(input).filter((k) => k !== 'version'),
      },
    },
    resourceType: 'membership',
    action: 'update',
  });
  return shownBack(presentMembership(viewer, after));
}
