import { z } from 'zod';
import type { RelationChangeRow } from '../db/repositories/relation.repository';
import { Code, Id, named, Timestamp } from './schemas';
import { iso, type Viewer } from './viewer';

export const RelationChangeSchema = named(
  'RelationChange',
  z.strictObject({
    id: Id,
    relationId: Id,
    fromPersonId: Id,
    toPersonId: Id,
    kind: Code,
    change: z.enum(['AUTHORITY_GRANTED', 'AUTHORITY_ENDED', 'REMOVED']),
    hasParentalAuthority: z.boolean(),
    reason: z.string().nullable(),
    recordedAt: Timestamp,
  }),
);
export type RelationChangeJson = z.infer<typeof RelationChangeSchema>;

/**
 * One row of a relation's history (issue 9.1). It follows the relation: withheld with the relation or with
 * either person.
 */
export function presentRelationChange(v: Viewer, c: RelationChangeRow): RelationChangeJson | null {
  if (!v.shows('household.read', c.relationId) || !v.sees(c.fromPersonId) || !v.sees(c.toPersonId)) {
    return null;
  }
  v.persons([c.fromPersonId, c.toPersonId]);
  return {
    id: c.id,
    relationId: c.relationId,
    fromPersonId: c.fromPersonId,
    toPersonId: c.toPersonId,
    kind: c.kind,
    change: c.change,
    hasParentalAuthority: c.hasParentalAuthority,
    reason: c.reason,
    recordedAt: iso(c.recordedAt),
  };
}
