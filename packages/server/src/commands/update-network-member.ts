import { AppError, type NetworkMemberUpdate } from '@gezinsdossier/domain';
import { logAccess } from '../audit/access-log';
import { recordEvent } from '../audit/record-event';
import type { RequestContext } from '../context';
import {
  findNetworkMember,
  updateNetworkMember as writeNetworkMember,
} from '../db/repositories/composition.repository';
import { accessPurpose } from '../policies/household';
import { requireHousehold } from '../policies/require';
import { throwConflict } from './conflict';

/** Changes a network member. Version-checked. */
export async function updateNetworkMember(
  ctx: RequestContext,
  householdId: string,
  memberId: string,
  input: NetworkMemberUpdate,
) {
  const before = await findNetworkMember(ctx.tx, memberId);
  if (!before || before.householdId !== householdId) {
    throw new AppError('not_found');
  }
  const access = await requireHousehold(ctx, householdId, 'network.manage');
  logAccess(ctx, {
    action: 'update',
    resourceType: 'network_member',
    resourceId: memberId,
    householdId,
    personIds: [],
    purpose: accessPurpose(access),
  });
  const { version, ...patch } = input;
  if (!(await writeNetworkMember(ctx.tx, memberId, version, patch))) {
    throwConflict(before);
  }
  const after = await findNetworkMember(ctx.tx, memberId);
  await recordEvent(ctx, {
    type: 'network_member.updated',
    entityType: 'network_member',
    entityId: memberId,
    householdId,
    before,
    after,
  });
  return after;
}
