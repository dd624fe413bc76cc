import { z } from 'zod';
import type { HouseholdRow } from '../db/repositories/household.repository';
import { Code, Id, named, Timestamp } from './schemas';
import { iso, type Viewer } from './viewer';

export const HouseholdSchema = named(
  'Household',
  z.strictObject({
    id: Id,
    displayName: z.string(),
    municipalityCode: Code,
    municipalityName: z.string(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  }),
);
export type HouseholdJson = z.infer<typeof HouseholdSchema>;

/** The household itself: its name and municipality (addresses are items of its persons). */
export function presentHousehold(v: Viewer, h: HouseholdRow): HouseholdJson | null {
  if (!v.can('household.read')) {
    return null;
  }
  v.touch();
  return {
    id: h.id,
    displayName: h.displayName,
    municipalityCode: h.municipalityCode,
    municipalityName: h.municipalityName,
    createdAt: iso(h.createdAt),
    updatedAt: iso(h.updatedAt),
    version: h.version,
  };
}
