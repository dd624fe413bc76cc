import { randomUUID } from 'node:crypto';
import { type AddOrganisation, AppError } from '@gezinsdossier/domain';
import { recordAdminChange } from '../audit/record-admin-change';
import type { RequestContext } from '../context';
import {
  findMunicipality,
  findRegion,
  insertOrganisation,
} from '../db/repositories/administration.repository';
import { globalRules } from '../policies/global';
import { authorizeGlobal } from '../policies/rulebook';

/**
 * Adds an organisation (a Lokaal Team of a municipality, an RVT, a crisis service) to a region (issue 9.11).
 * @throws AppError permission_denied | region_unknown | municipality_unknown
 */
export async function addOrganisation(
  ctx: RequestContext,
  input: AddOrganisation,
): Promise<{ organisationId: string }> {
  authorizeGlobal(globalRules, ctx.actor, 'administration.manage');
  if (!(await findRegion(ctx.tx, input.regionId))) {
    throw new AppError('region_unknown', {
      issues: [{ path: 'regionId', code: 'region_unknown', message: '' }],
    });
  }
  if (input.municipalityCode) {
    const municipality = await findMunicipality(ctx.tx, input.municipalityCode);
    if (!municipality || municipality.regionId !== input.regionId) {
      throw new AppError('municipality_unknown', {
        issues: [{ path: 'municipalityCode', code: 'municipality_unknown', message: '' }],
      });
    }
  }
  const organisationId = randomUUID();
  await insertOrganisation(ctx.tx, { id: organisationId, ...input });
  await recordAdminChange(ctx, {
    action: 'organisation.added',
    entityType: 'organisation',
    entityId: organisationId,
    details: { kind: input.kind, regionId: input.regionId, municipalityCode: input.municipalityCode },
  });
  return { organisationId };
}
