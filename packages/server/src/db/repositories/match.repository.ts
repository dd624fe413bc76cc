import { sql } from 'kysely';
import type { Tx } from './tx';

/**
 * Search before create (KT2) through the definer function `app_match_households`: exact BSN, family name
 * with birth date, or a current postcode with house number — never through an item withheld from the
 * searcher — with only what intake needs to decide "same household or not".
 */
export async function matchHouseholds(
  tx: Tx,
  criteria: {
    bsn: string | null;
    familyName: string | null;
    birthDate: string | null;
    postcode: string | null;
    houseNumber: string | null;
  },
) {
  const result = await sql<{
    householdId: string;
    householdName: string;
    municipalityCode: string;
    matchedOn: 'BSN' | 'NAME_BIRTH_DATE' | 'ADDRESS';
    fixedProfessionalName: string | null;
    fixedOrganisationName: string | null;
  }>`select * from app_match_households(${criteria.bsn}, ${criteria.familyName}, ${criteria.birthDate}::date,
      ${criteria.postcode}, ${criteria.houseNumber})`.execute(tx);
  return result.rows;
}
