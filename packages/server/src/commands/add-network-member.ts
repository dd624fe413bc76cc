import { randomUUID } from 'node:crypto';
import type { NetworkMemberCreate } from '@gezinsdossier/domain';
import { logAccess } from '../audit/access-log';
import { recordEvent } from '../audit/record-event';
import type { RequestContext } from '../context';
import { insertNetworkMember } from '../db/repositories/composition.repository';
import { accessPurpose } from '../policies/household';
import { requireHousehold } from '../policies/require';

/** Adds a naaste / informal support figure to the household's network, noting whether the household agreed. */
export async function addNetworkMember(ctx: RequestContext, householdId: string, input: NetworkMemberCreate) {
  const access = await requireHousehold(ctx, householdId, 'network.manage');
  const member = {
    id: randomUUID(),
    householdId,
    displayName: input.displayName,
    relation: input.relation,
    involvementAgreedByHousehold: input.involvementAgreedByHousehold,
    note: input.note ?? null,
  };
  await insertNetworkMember(ctx.tx, { ...member, now: ctx.now });
  await recordEvent(ctx, {
    type: 'network_member.created',
    entityType: 'network_member',
    entityId: member.id,
    householdId,
    after: member,
  });
  logAccess(ctx, {
    action: 'create',
    resourceType: 'network_member',
    resourceId: member.id,
    householdId,
    personIds: [],
    purpose: accessPurpose(access),
  });
  return member;
}
