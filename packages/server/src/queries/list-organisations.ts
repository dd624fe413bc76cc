import type { RequestContext } from '../context';
import {
  listOrganisations as selectOrganisations,
  listRegions,
} from '../db/repositories/administration.repository';
import { globalRules } from '../policies/global';
import { authorizeGlobal } from '../policies/rulebook';

/** Regions and their organisations, for the administrator (issue 9.11). Reference data, no persons. */
export async function listOrganisationsForAdministration(ctx: RequestContext) {
  authorizeGlobal(globalRules, ctx.actor, 'administration.manage');
  const [regions, organisations] = await Promise.all([listRegions(ctx.tx), selectOrganisations(ctx.tx)]);
  return { regions, organisations };
}
