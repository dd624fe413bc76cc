import type { RequestContext } from '../context';
import { type CaseAccess, fieldError } from './casework';

/** @throws AppError life_domain_unknown (422 on lifeDomain) when the domain is not in the configured list */
export async function assertLifeDomain(ctx: RequestContext, code: string): Promise<void> {
  const domain = await ctx.tx
    .selectFrom('lifeDomains')
    .select('code')
    .where('code', '=', code)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!domain) {
    fieldError('life_domain_unknown', 'lifeDomain');
  }
}

export async function requireGoal(ctx: RequestContext, access: CaseAccess, goalId: string, path: string) {
  const goal = await ctx.tx
    .selectFrom('planGoals')
    .select(['id', 'status', 'version', 'description'])
    .where('id', '=', goalId)
    .where('caseId', '=', access.caseId)
    .executeTakeFirst();
  if (!goal) {
    fieldError('goal_unknown', path);
  }
  return goal;
}
