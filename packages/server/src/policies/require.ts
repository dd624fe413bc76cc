import { AppError, type HouseholdPermission } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { loadHouseholdAccess } from '../db/repositories/household.repository';
import { type HouseholdAccess, householdRules } from './household';
import { authorize } from './rulebook';

/**
 * Loads the household's access facts for the actor and authorizes one permission.
 * @throws AppError not_found when the household does not exist or the actor may not do this
 */
export async function requireHousehold(
  ctx: RequestContext,
  householdId: string,
  permission: HouseholdPermission,
): Promise<HouseholdAccess> {
  const access = await loadHouseholdAccess(ctx.tx, ctx.actor.id, householdId);
  if (!access) {
    throw new AppError('not_found');
  }
  authorize(householdRules, ctx.actor, permission, access);
  return access;
}
