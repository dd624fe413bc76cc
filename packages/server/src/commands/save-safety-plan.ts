import { randomUUID } from 'node:crypto';
import { AppError, assertAgreementsOwned, type SafetyPlanVersion } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { lockCase } from '../db/repositories/case.repository';
import { insertPlanVersion, latestPlanVersion } from '../db/repositories/safety-plan.repository';
import { presentSafetyPlan } from '../presenters/safety-plan.presenter';
import { addDeadline, addStep, cancelDeadlines, recordWrite, requireCase } from './casework';

/**
 * Saves a new version of the safety plan; earlier versions stay. Every agreement has an owner. Each check
 * date becomes a deadline on the worklist; the previous version's open check dates are replaced. A save
 * names the version it replaces: when a newer one exists, nothing is saved and the answer holds the current
 * version as this viewer may see it. Saves of one case run one at a time (the case row is locked), so of
 * two concurrent saves on the same version the second gets that answer too.
 * @throws AppError safety_plan_changed (data.current) | not_found
 */
export async function saveSafetyPlan(ctx: RequestContext, householdId: string, input: SafetyPlanVersion) {
  const c = await requireCase(ctx, householdId, 'casework.write');
  assertAgreementsOwned(input);
  await lockCase(ctx.tx, c.caseId);
  const latest = await latestPlanVersion(ctx.tx, c.caseId);
  if (input.basedOnVersionNo !== (latest?.versionNo ?? null)) {
    const current = latest ? presentSafetyPlan(c.viewer, latest) : null;
    if (latest && !current) {
      throw new AppError('not_found');
    }
    throw new AppError('safety_plan_changed', { data: { current } });
  }
  const versionNo = (latest?.versionNo ?? 0) + 1;
  const id = randomUUID();
  const checkDates = [...new Set(input.checkDates)].sort();
  await insertPlanVersion(ctx.tx, {
    id,
    caseId: c.caseId,
    householdId,
    versionNo,
    conditions: input.conditions,
    // Every agreement has an owner (checked above, KT3-R4).
    agreements: input.agreements.map((a) => ({
      text: a.text,
      owner: a.owner as { kind: string; name: string },
    })),
    checkDates,
    familyAgreementStatus: input.familyAgreement.status,
    familyAgreementNote: input.familyAgreement.note ?? null,
    createdBy: ctx.actor.id,
    now: ctx.now,
  });
  await cancelDeadlines(ctx, c, ['SAFETY_PLAN_CHECK'], 'REPLACED_BY_NEW_PLAN');
  for (const date of checkDates) {
    await addDeadline(ctx, c, 'SAFETY_PLAN_CHECK', date, id);
  }
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'safety_plan.versioned',
      entityId: id,
      payload: {
        versionNo,
        agreements: input.agreements.length,
        familyAgreementStatus: input.familyAgreement.status,
      },
    },
    resourceType: 'safety_plan',
  });
  await addStep(ctx, c, {
    code: 'safety_plan.versioned',
    params: { versionNo: String(versionNo) },
    source: { type: 'safety_plan', id },
  });
  return { id, versionNo };
}
