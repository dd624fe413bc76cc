import {
  AppError,
  type DecisionPolicyChange,
  type DecisionType,
  decisionPolicyProblems,
} from '@gezinsdossier/domain';
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
 * saw. A decision already waiting keeps the gates it was taken under and gains any gate added now.
 * @throws AppError permission_denied | region_unknown | decision_policy_unsatisfiable | version_conflict
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
  const problems = decisionPolicyProblems(decisionType, { review: input.review, fourEyes: input.fourEyes });
  if (problems.length > 0) {
    throw new AppError('decision_policy_unsatisfiable', {
      issues: problems.map((code) => ({ path: 'fourEyes', code, message: code })),
    });
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
