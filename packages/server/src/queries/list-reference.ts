import type { RequestContext } from '../context';
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
  return searchProfessionals(ctx.tx, options);
}
