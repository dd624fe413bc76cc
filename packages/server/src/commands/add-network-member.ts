import { randomUUID } from 'node:crypto';
import type { NetworkMemberCreate } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { insertNetworkMember } from '../db/repositories/network.repository';
import { requireHousehold } from '../policies/require';
import { recordWrite } from './casework';

/** Adds a naaste / informal support figure to the household's network, noting whether the household agreed. */
export async function addNetworkMember(ctx: RequestContext, householdId: string, input: NetworkMemberCreate) {
  const viewer = await requireHousehold(ctx, householdId, 'network.manage');
  const id = randomUUID();
  await insertNetworkMember(ctx.tx, {
    id,
    householdId,
    displayName: input.displayName,
    relation: input.relation,
    involvementAgreedByHousehold: input.involvementAgreedByHousehold,
    note: input.note ?? null,
    now: ctx.now,
  });
  await recordWrite(ctx, viewer, {
    event: { type: 'network_member.created', entityId: id, payload: { relation: input.relation } },
    resourceType: 'network_member',
  });
  return { id, version: 1 };
}
