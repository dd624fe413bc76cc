import { randomUUID } from 'node:crypto';
import { assertAgreementsOwned, type SafetyPlanVersion } from '@gezinsdossier/domain';
import { sql } from 'kysely';
import type { RequestContext } from '../context';
import { addStep, insertDeadline, recordWrite, requireCase } from './casework';

/**
 * Saves a new version of the safety plan; earlier versions stay. Every agreement has an owner. Each check
 * date becomes a deadline on the worklist; the previous version's open check dates are replaced.
 */
export async function saveSafetyPlan(ctx: RequestContext, householdId: string, input: SafetyPlanVersion) {
  const access = await requireCase(ctx, householdId, 'casework.write');
  assertAgreementsOwned(input);
  const { next } = (
    await sql<{ next: number }>`select coalesce(max(version_no), 0)::int + 1 as next from safety_plan_versions
      where case_id = ${access.caseId}`.execute(ctx.tx)
  ).rows[0] as { next: number };
  const id = randomUUID();
  await ctx.tx
    .insertInto('safetyPlanVersions')
    .values({
      id,
      caseId: access.caseId,
      householdId,
      versionNo: next,
      conditions: JSON.stringify(input.conditions),
      agreements: JSON.stringify(input.agreements),
      checkDates: JSON.stringify([...new Set(input.checkDates)].sort()),
      familyAgreementStatus: input.familyAgreement.status,
      familyAgreementNote: input.familyAgreement.note ?? null,
      createdAt: ctx.now,
      createdBy: ctx.actor.id,
    })
    .execute();
  await ctx.tx
    .updateTable('deadlines')
    .set({ cancelledAt: ctx.now })
    .where('caseId', '=', access.caseId)
    .where('kind', '=', 'SAFETY_PLAN_CHECK')
    .where('metAt', 'is', null)
    .where('cancelledAt', 'is', null)
    .execute();
  for (const date of new Set(input.checkDates)) {
    await insertDeadline(ctx, access, 'SAFETY_PLAN_CHECK', date, 'FIXED_PROFESSIONAL', id);
  }
  await recordWrite(ctx, access, {
    event: 'safety_plan.versioned',
    resourceType: 'safety_plan',
    resourceId: id,
    after: {
      versionNo: next,
      conditions: input.conditions.length,
      agreements: input.agreements.length,
      familyAgreement: input.familyAgreement.status,
    },
  });
  await addStep(ctx, access, `Veiligheidsplan versie ${next} vastgelegd`);
  return { id, versionNo: next };
}
