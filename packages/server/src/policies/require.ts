import { AppError, type HouseholdPermission, todayInNetherlands } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { loadHouseholdAccess } from '../db/repositories/access.repository';
import { Viewer } from '../presenters/viewer';
import { householdRules } from './household';
import { authorize, can } from './rulebook';

/**
 * The one door into a household: loads the viewer's grounds and the household's shielding records,
 * authorizes one permission, and registers the view so that what it presents is logged.
 * @throws AppError not_found when the household does not exist or the actor has no ground for it;
 *   permission_denied when the actor works with the household but may not do this
 */
export async function requireHousehold(
  ctx: RequestContext,
  householdId: string,
  permission: HouseholdPermission,
): Promise<Viewer> {
  const access = await loadHouseholdAccess(ctx.tx, ctx.actor.id, householdId, todayInNetherlands(ctx.now));
  if (!access) {
    throw new AppError('not_found');
  }
  // Someone who works with this family already knows it exists: tell her what she may not do (403)
  // instead of pretending the family is not there. Everyone else gets not_found (need-to-know).
  if (
    !can(householdRules, ctx.actor, permission, access) &&
    can(householdRules, ctx.actor, 'household.read', access)
  ) {
    throw new AppError('permission_denied', { data: { permission } });
  }
  authorize(householdRules, ctx.actor, permission, access);
  const viewer = new Viewer(ctx.actor, access);
  ctx.views.push(viewer);
  return viewer;
}
