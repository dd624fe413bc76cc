import { AppError, type DecisionPolicyChange, type DecisionType } from '@gezinsdossier/domain';
import { recordAdminChange } from '../audit/record-admin-change';
import type { RequestContext } from '../context';
import { findRegion } from '../db/repositories/administration.repository';
import { findDecisionPolicy, saveDecisionPolicy } from '../db/repositories/decision.repository';
import { globalRules } from '../policies/global';
import { authorizeGlobal } from '../policies/rulebook';
import { listDecisionPolicies as listPolicies } from '../queries/list-decision-policies';

/**
 * An administrator sets the gates of one decision type for a region (AMB-03: which decisions get a lighter
 * counter-review, which four-eyes approval, and in which team roles), with a reason, at the version they
 * saw. Decisions already held keep the gates they were taken under.
 * @throws AppError permission_denied | region_unknown | version_conflict
 */
export async function setDecisionPolicy(
  ctx: RequestContext,
  regionId: string,
  decisionType: DecisionType,
  input: DecisionPolicyChange,
) {
  authorizeGlobal(globalRules, ctx.actor, 'administration.manage');
  if (!(await findRegion(ctx.tx, regionId))) {
    throw new AppError('region_unknown');
  }
  const saved = await saveDecisionPolicy(
    ctx.tx,
    {
      regionId,
      decisionType,
      policy: { review: input.review, fourEyes: input.fourEyes },
      reason: input.reason,
      by: ctx.actor.id,
      now: ctx.now,
    },
    input.version,
  );
  if (!saved) {
    const current = await findDecisionPolicy(ctx.tx, regionId, decisionType);
    throw new AppError('version_conflict', { data: { current: { version: current?.version ?? 0 } } });
  }
  await recordAdminChange(ctx, {
    action: 'decision_policy.changed',
    entityType: 'region',
    entityId: regionId,
    details: {
      decisionType,
      review: input.review?.roles.join(',') ?? null,
      fourEyes: input.fourEyes?.roles.join(',') ?? null,
      reason: input.reason,
    },
  });
  return listPolicies(ctx, regionId);
}
