import type { RequestContext } from '../context';
import { globalRules } from '../policies/global';
import { authorizeGlobal } from '../policies/rulebook';
import {
  listMunicipalities as selectMunicipalities,
  searchProfessionals,
} from '../db/repositories/account.repository';

/** Municipalities of all regions, for choosing where a household lives. Reference data, not personal. */
export function listMunicipalities(ctx: RequestContext) {
  return selectMunicipalities(ctx.tx);
}

/** The staff directory for choosing team members. Staff names, no client data; not in the access log. */
export function listProfessionals(ctx: RequestContext, options: { q?: string; limit: number }) {
  authorizeGlobal(globalRules, ctx.actor, 'directory.read');
  return searchProfessionals(ctx.tx, options);
}
