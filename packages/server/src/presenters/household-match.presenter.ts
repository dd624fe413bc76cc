import { z } from 'zod';
import { Id, named } from './schemas';

export const HouseholdMatchSchema = named(
  'HouseholdMatch',
  z.strictObject({
    matchedOn: z.enum(['BSN', 'NAME_BIRTH_DATE', 'ADDRESS']),
    /**
     * The searcher may open this household (a ground: its case team, or the regional intake of its region)
     * and can record the intake there. Otherwise the answer says only that a dossier exists: who the family
     * is, where it lives and who its vast gezicht is stay with those who may know (issue 8.6); the intake
     * then goes through the RVT's regional intake.
     */
    canOpen: z.boolean(),
    /** Only when canOpen. */
    householdId: Id.nullable(),
    /** Only when canOpen. */
    householdName: z.string().nullable(),
  }),
);
export type HouseholdMatchJson = z.infer<typeof HouseholdMatchSchema>;

/** A match of search before create: only what intake needs to decide "same household or not". */
export function presentHouseholdMatch(
  m: { householdId: string; householdName: string; matchedOn: HouseholdMatchJson['matchedOn'] },
  canOpen: boolean,
): HouseholdMatchJson {
  return {
    matchedOn: m.matchedOn,
    canOpen,
    householdId: canOpen ? m.householdId : null,
    householdName: canOpen ? m.householdName : null,
  };
}
