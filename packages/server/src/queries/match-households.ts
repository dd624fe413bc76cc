import { type HouseholdMatchQuery, PostcodeSchema, todayInNetherlands } from '@gezinsdossier/domain';
import { logAccess } from '../audit/access-log';
import type { RequestContext } from '../context';
import { loadHouseholdAccess } from '../db/repositories/access.repository';
import { matchHouseholds as selectMatches } from '../db/repositories/match.repository';
import { globalRules } from '../policies/global';
import { authorizeGlobal } from '../policies/rulebook';
import { type HouseholdMatchJson, presentHouseholdMatch } from '../presenters/household-match.presenter';

/**
 * Search before create (KT2, issue 8.6): does this household already have a dossier? Matches on BSN (after
 * the 11-proef, in the query schema), family name plus birth date, or a current postcode plus house number,
 * never through an item withheld from the searcher. It states its purpose, is rate-limited per professional
 * (route), and every lookup leaves an access-log row: one per household found, or one without a household
 * when nothing was found. A household the searcher may not open is reported only as "a dossier exists".
 */
export async function matchHouseholds(
  ctx: RequestContext,
  query: HouseholdMatchQuery,
): Promise<HouseholdMatchJson[]> {
  authorizeGlobal(globalRules, ctx.actor, 'intake.create');
  const postcode = query.postcode ? (PostcodeSchema.safeParse(query.postcode).data ?? null) : null;
  const rows = await selectMatches(ctx.tx, {
    bsn: query.bsn ?? null,
    familyName: query.familyName ?? null,
    birthDate: query.birthDate ?? null,
    postcode,
    houseNumber: query.houseNumber ? query.houseNumber.trim() : null,
  });
  const today = todayInNetherlands(ctx.now);
  // The purpose the searcher stated is the purpose logged: recording a received intake, or opening a dossier.
  const purpose = query.purpose === 'OPEN_DOSSIER' ? 'CASEWORK' : 'REGIONAL_INTAKE';
  const found: HouseholdMatchJson[] = [];
  for (const row of rows) {
    const canOpen = (await loadHouseholdAccess(ctx.tx, ctx.actor.id, row.householdId, today)) !== null;
    found.push(presentHouseholdMatch(row, canOpen));
    logAccess(ctx, {
      action: 'search',
      resourceType: 'household',
      resourceId: row.householdId,
      householdId: row.householdId,
      personIds: [],
      purpose,
      keepOnFailure: true,
    });
  }
  if (rows.length === 0) {
    // A lookup that finds nothing is logged too: probing for who has a dossier leaves a trace.
    logAccess(ctx, {
      action: 'search',
      resourceType: 'household',
      resourceId: null,
      householdId: null,
      personIds: [],
      purpose,
      keepOnFailure: true,
    });
  }
  return found;
}
