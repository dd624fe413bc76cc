import { AppError, DECISION_TYPES, policyOfRoles } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { findRegion } from '../db/repositories/administration.repository';
import { listDecisionPolicies as listRows } from '../db/repositories/decision.repository';
import { globalRules } from '../policies/global';
import { authorizeGlobal } from '../policies/rulebook';
import type { DecisionPoliciesJson } from '../presenters/decision.presenter';

/**
 * The gates of every decision type in a region, for the administrator: the configured ones with their
 * reason and version, the rest without gates (version 0). No personal data.
 * @throws AppError permission_denied | region_unknown
 */
export async function listDecisionPolicies(
  ctx: RequestContext,
  regionId: string,
): Promise<DecisionPoliciesJson> {
  authorizeGlobal(globalRules, ctx.actor, 'administration.manage');
  if (!(await findRegion(ctx.tx, regionId))) {
    throw new AppError('region_unknown');
  }
  const rows = await listRows(ctx.tx, regionId);
  return {
    regionId,
    items: DECISION_TYPES.map((type) => {
      const row = rows.find((r) => r.decisionType === type);
      const policy = policyOfRoles(row?.reviewRoles ?? null, row?.fourEyesRoles ?? null);
      return {
        decisionType: type,
        review: policy.review,
        fourEyes: policy.fourEyes,
        reason: row?.reason ?? null,
        version: row?.version ?? 0,
      };
    }),
  };
}
