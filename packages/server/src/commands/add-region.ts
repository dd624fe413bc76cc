import { randomUUID } from 'node:crypto';
import { type AddRegion, AppError } from '@gezinsdossier/domain';
import { recordAdminChange } from '../audit/record-admin-change';
import type { RequestContext } from '../context';
import { insertRegion } from '../db/repositories/administration.repository';
import { globalRules } from '../policies/global';
import { authorizeGlobal } from '../policies/rulebook';

/**
 * Adds a safety region (veiligheidsregio, code VRnn) (issue 9.11).
 * @throws AppError permission_denied | region_exists
 */
export async function addRegion(ctx: RequestContext, input: AddRegion): Promise<{ regionId: string }> {
  authorizeGlobal(globalRules, ctx.actor, 'administration.manage');
  const regionId = randomUUID();
  if (!(await insertRegion(ctx.tx, { id: regionId, ...input }))) {
    throw new AppError('region_exists', { issues: [{ path: 'code', code: 'region_exists', message: '' }] });
  }
  await recordAdminChange(ctx, {
    action: 'region.added',
    entityType: 'region',
    entityId: regionId,
    details: { code: input.code },
  });
  return { regionId };
}
