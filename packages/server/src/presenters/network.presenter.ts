import { z } from 'zod';
import type { NetworkRow } from '../db/repositories/network.repository';
import { Id, named } from './schemas';
import type { Viewer } from './viewer';

export const NetworkMemberSchema = named(
  'NetworkMember',
  z.strictObject({
    id: Id,
    displayName: z.string(),
    relation: z.string(),
    involvementAgreedByHousehold: z.boolean(),
    note: z.string().nullable(),
    version: z.number().int(),
  }),
);
export type NetworkMemberJson = z.infer<typeof NetworkMemberSchema>;

/** A naaste of the household's network (no household member's personal data beyond the household). */
export function presentNetworkMember(v: Viewer, n: NetworkRow): NetworkMemberJson | null {
  if (!v.shows('household.read', n.id)) {
    return null;
  }
  v.household();
  return {
    id: n.id,
    displayName: n.displayName,
    relation: n.relation,
    involvementAgreedByHousehold: n.involvementAgreedByHousehold,
    note: n.note,
    version: n.version,
  };
}
