import { AppError, type NetworkMemberUpdate } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import {
  findNetworkMember,
  updateNetworkMember as writeNetworkMember,
} from '../db/repositories/network.repository';
import { requireHousehold } from '../policies/require';
import { shownBack } from '../presenters/viewer';
import { presentNetworkMember } from '../presenters/network.presenter';
import { recordWrite } from './casework';
import { throwConflict } from './conflict';

/** Changes a network member. Version-checked in the update itself. */
export async function updateNetworkMember(
  ctx: RequestContext,
  householdId: string,
  memberId: string,
  input: NetworkMemberUpdate,
) {
  const viewer = await requireHousehold(ctx, householdId, 'network.manage');
  const before = await findNetworkMember(ctx.tx, memberId);
  if (!before || before.householdId !== householdId || !viewer.sees(memberId)) {
    throw new AppError('not_found');
  }
  const { version, ...patch } = input;
  if (!(await writeNetworkMember(ctx.tx, memberId, version, patch))) {
    const current = await findNetworkMember(ctx.tx, memberId);
    throwConflict(current ? presentNetworkMember(viewer, current) : null);
  }
  await recordWrite(ctx, viewer, {
    event: { type: 'network_member.updated', entityId: memberId, payload: { fields: Object.keys(patch) } },
    resourceType: 'network_member',
    action: 'update',
  });
  const after = await findNetworkMember(ctx.tx, memberId);
  return shownBack(presentNetworkMember(viewer, after as NonNullable<typeof after>));
}
