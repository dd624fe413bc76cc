import { z } from 'zod';
import type { RelationRow } from '../db/repositories/relation.repository';
import { Code, Day, Id, named } from './schemas';
import type { Viewer } from './viewer';

export const RelationSchema = named(
  'Relation',
  z.strictObject({
    id: Id,
    fromPersonId: Id,
    toPersonId: Id,
    kind: Code,
    hasParentalAuthority: z.boolean(),
    from: Day.nullable(),
    to: Day.nullable(),
    version: z.number().int(),
  }),
);
export type RelationJson = z.infer<typeof RelationSchema>;

/** A relation between two members; it goes with either person when that person is withheld. */
export function presentRelation(v: Viewer, r: RelationRow): RelationJson | null {
  if (!v.shows('household.read', r.id) || !v.sees(r.fromPersonId) || !v.sees(r.toPersonId)) {
    return null;
  }
  v.persons([r.fromPersonId, r.toPersonId]);
  return {
    id: r.id,
    fromPersonId: r.fromPersonId,
    toPersonId: r.toPersonId,
    kind: r.kind,
    hasParentalAuthority: r.hasParentalAuthority,
    from: r.validFrom,
    to: r.validTo,
    version: r.version,
  };
}
