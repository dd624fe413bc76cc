import {
  type HouseholdMatchQuery,
  isIsoDate,
  isValidBsn,
  normaliseBsn,
  PostcodeSchema,
} from '@gezinsdossier/domain';
import { logAccess } from '../audit/access-log';
import type { RequestContext } from '../context';
import { matchHouseholds as selectMatches } from '../db/repositories/match.repository';
import { involvedHouseholdIds } from '../db/repositories/team.repository';
import { globalRules } from '../policies/global';
import { authorizeGlobal } from '../policies/rulebook';
import { type HouseholdMatchJson, presentHouseholdMatch } from '../presenters/household-match.presenter';

/**
 * Search before create (KT2): does this household already have a dossier? Matches on BSN, family name
 * plus birth date, or a current postcode plus house number, never through an item withheld from the
 * searcher, and returns only what a receiver needs to avoid a duplicate and to reach the vast gezicht.
 * Every match leaves a `search` row in the access log.
 */
export async function matchHouseholds(
  ctx: RequestContext,
  query: HouseholdMatchQuery,
): Promise<HouseholdMatchJson[]> {
  authorizeGlobal(globalRules, ctx.actor, 'intake.create');
  const bsn = query.bsn ? normaliseBsn(query.bsn) : null;
  const birthDate = query.birthDate && isIsoDate(query.birthDate) ? query.birthDate : null;
  if (bsn !== null && !isValidBsn(bsn)) {
    return [];
  }
  const postcode = query.postcode ? (PostcodeSchema.safeParse(query.postcode).data ?? null) : null;
  const rows = await selectMatches(ctx.tx, {
    bsn,
    familyName: query.familyName ?? null,
    birthDate,
    postcode,
    houseNumber: query.houseNumber ? query.houseNumber.trim() : null,
  });
  const mine = new Set(await involvedHouseholdIds(ctx.tx, ctx.actor.id));
  for (const row of rows) {
    logAccess(ctx, {
      action: 'search',
      resourceType: 'household',
      resourceId: row.householdId,
      householdId: row.householdId,
      personIds: [],
      purpose: 'REGIONAL_INTAKE',
    });
  }
  return rows.map((r) => presentHouseholdMatch(r, mine.has(r.householdId)));
}
