import { z } from 'zod';
import type { ConcernRow } from '../db/repositories/concern.repository';
import { Code, Id, named, Timestamp } from './schemas';
import { iso, type Viewer } from './viewer';

export const ConcernSchema = named(
  'Concern',
  z.strictObject({
    id: Id,
    reportId: Id.nullable(),
    type: z.enum(['ACUTE_UNSAFETY', 'STRUCTURAL_UNSAFETY', 'DEVELOPMENTAL_THREAT']),
    description: z.string(),
    aboutPersonIds: z.array(Id),
    heldBy: z.array(z.strictObject({ kind: Code, name: z.string().nullable().optional() })),
    status: z.enum(['OPEN', 'REDUCED', 'RESOLVED', 'NOT_SUBSTANTIATED']),
    taxonomyVersion: Code,
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  }),
);
export type ConcernJson = z.infer<typeof ConcernSchema>;

/** A concern (E-1); persons withheld from the viewer are left out of whom it is about. */
export function presentConcern(v: Viewer, c: ConcernRow): ConcernJson | null {
  if (!v.shows('casework.read', c.id)) {
    return null;
  }
  return {
    id: c.id,
    reportId: c.reportId && v.sees(c.reportId) ? c.reportId : null,
    type: c.type as ConcernJson['type'],
    description: c.description,
    aboutPersonIds: v.persons(c.aboutPersonIds),
    heldBy: c.heldBy.map((h) => ({ kind: h.kind, name: h.name ?? null })),
    status: c.status as ConcernJson['status'],
    taxonomyVersion: c.taxonomyVersion,
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    version: c.version,
  };
}
