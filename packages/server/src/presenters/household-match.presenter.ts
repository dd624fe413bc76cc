import { z } from 'zod';
import { Code, Id, named } from './schemas';

export const HouseholdMatchSchema = named(
  'HouseholdMatch',
  z.strictObject({
    householdId: Id,
    householdName: z.string(),
    municipalityCode: Code,
    matchedOn: z.enum(['BSN', 'NAME_BIRTH_DATE', 'ADDRESS']),
    fixedProfessionalName: z.string().nullable(),
    fixedOrganisationName: z.string().nullable(),
    /** The searcher is in this household's case team (and can add the report there). */
    involved: z.boolean(),
  }),
);
export type HouseholdMatchJson = z.infer<typeof HouseholdMatchSchema>;

/** A match of search before create: only what intake needs to decide "same household or not". */
export function presentHouseholdMatch(
  m: Omit<HouseholdMatchJson, 'involved'>,
  involved: boolean,
): HouseholdMatchJson {
  return {
    householdId: m.householdId,
    householdName: m.householdName,
    municipalityCode: m.municipalityCode,
    matchedOn: m.matchedOn,
    fixedProfessionalName: m.fixedProfessionalName,
    fixedOrganisationName: m.fixedOrganisationName,
    involved,
  };
}
