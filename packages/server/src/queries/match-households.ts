import {
  type HouseholdMatchQuery,
  isIsoDate,
  isValidBsn,
  normaliseBsn,
  PostcodeSchema,
} from '@gezinsdossier/domain';
import { sql } from 'kysely';
import { logAccess } from '../audit/access-log';
import type { RequestContext } from '../context';
import { globalRules } from '../policies/global';
import { authorize } from '../policies/rulebook';

/**
 * Search before create (KT2): does this household already have a dossier? Matches on BSN, family name
 * plus birth date, or postcode plus house number, and returns only what a receiver needs to avoid a
 * duplicate and to reach the vast gezicht. Every match leaves a `search` row in the access log.
 */
export async function matchHouseholds(ctx: RequestContext, query: HouseholdMatchQuery) {
  authorize(globalRules, ctx.actor, 'intake.create', null);
  const bsn = query.bsn ? normaliseBsn(query.bsn) : null;
  const birthDate = query.birthDate && isIsoDate(query.birthDate) ? query.birthDate : null;
  if (bsn !== null && !isValidBsn(bsn)) {
    return [];
  }
  const postcode = query.postcode ? (PostcodeSchema.safeParse(query.postcode).data ?? null) : null;
  const houseNumber = query.houseNumber ? query.houseNumber.trim() : null;
  const rows = await sql<{
    householdId: string;
    householdName: string;
    municipalityCode: string;
    matchedOn: 'BSN' | 'NAME_BIRTH_DATE' | 'ADDRESS';
    fixedProfessionalName: string | null;
    fixedOrganisationName: string | null;
  }>`select * from app_match_households(${bsn}, ${query.familyName ?? null}, ${birthDate}::date, ${postcode}, ${houseNumber})`.execute(
    ctx.tx,
  );
  const mine = new Set(
    (
      await ctx.tx
        .selectFrom('caseTeamMembers')
        .select('householdId')
        .where('professionalId', '=', ctx.actor.id)
        .where('endedAt', 'is', null)
        .execute()
    ).map((r) => r.householdId),
  );
  for (const row of rows.rows) {
    logAccess(ctx, {
      action: 'search',
      resourceType: 'household',
      resourceId: row.householdId,
      householdId: row.householdId,
      personIds: [],
      purpose: 'REGIONAL_INTAKE',
    });
  }
  return rows.rows.map((r) => ({ ...r, involved: mine.has(r.householdId) }));
}
