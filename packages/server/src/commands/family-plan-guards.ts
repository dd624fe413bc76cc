import type { RequestContext } from '../context';
import { findGoal } from '../db/repositories/goal.repository';
import { isActiveLifeDomain } from '../db/repositories/reference.repository';
import { type CaseAccess, fieldError } from './casework';

/** @throws AppError life_domain_unknown (422 on lifeDomain) when the domain is not in the configured list */
export async function assertLifeDomain(ctx: RequestContext, code: string): Promise<void> {
  if (!(await isActiveLifeDomain(ctx.tx, code))) {
    fieldError('life_domain_unknown', 'lifeDomain');
  }
}

/** A goal of this case that the actor may see. @throws AppError goal_unknown (422 on `path`) */
export async function requireGoal(ctx: RequestContext, c: CaseAccess, goalId: string, path: string) {
  const goal = await findGoal(ctx.tx, c.caseId, goalId);
  if (!goal || !c.viewer.sees(goalId)) {
    fieldError('goal_unknown', path);
  }
  return goal;
}
