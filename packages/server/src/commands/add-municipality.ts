import { type AddMunicipality, AppError } from '@gezinsdossier/domain';
import { recordAdminChange } from '../audit/record-admin-change';
import type { RequestContext } from '../context';
import { findRegion, insertMunicipality } from '../db/repositories/administration.repository';
import { globalRules } from '../policies/global';
import { authorizeGlobal } from '../policies/rulebook';

/**
 * Adds a municipality (CBS code GMnnnn) to a region, so families living there can be recorded (issue 9.11).
 * @throws AppError permission_denied | region_unknown | municipality_exists
 */
export async function addMunicipality(
  ctx: RequestContext,
  input: AddMunicipality,
): Promise<{ code: string }> {
  authorizeGlobal(globalRules, ctx.actor, 'administration.manage');
  if (!(await findRegion(ctx.tx, input.regionId))) {
    throw new AppError('region_unknown', {
      issues: [{ path: 'regionId', code: 'region_unknown', message: '' }],
    });
  }
  if (!(await insertMunicipality(ctx.tx, input))) {
    throw new AppError('municipality_exists', {
      issues: [{ path: 'code', code: 'municipality_exists', message: '' }],
    });
  }
  await recordAdminChange(ctx, {
    action: 'municipality.added',
    entityType: 'municipality',
    entityId: input.code,
    details: { regionId: input.regionId },
  });
  return { code: input.code };
}
