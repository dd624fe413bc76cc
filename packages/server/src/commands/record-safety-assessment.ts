import { randomUUID } from 'node:crypto';
import { assertAssessmentFitsInstrument, type SafetyAssessmentCreate } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { insertAssessment } from '../db/repositories/assessment.repository';
import { addStep, assertPersonsInHousehold, recordWrite, requireCase } from './casework';

/**
 * A safety assessment (structured professional judgement with a pluggable instrument): dangers, protective
 * factors, safety conditions, the professional's 0–10 judgement and those of family members who want to
 * give one, uncertainty and disagreement. Each assessment is kept; together they form the chart over time.
 */
export async function recordSafetyAssessment(
  ctx: RequestContext,
  householdId: string,
  input: SafetyAssessmentCreate,
) {
  const c = await requireCase(ctx, householdId, 'casework.write');
  assertAssessmentFitsInstrument(input);
  const personIds = input.familyScores.map((s) => s.personId);
  await assertPersonsInHousehold(ctx, c.viewer, personIds, 'familyScores');
  const id = randomUUID();
  await insertAssessment(ctx.tx, {
    id,
    caseId: c.caseId,
    householdId,
    instrumentId: input.instrumentId,
    instrumentVersion: input.instrumentVersion,
    dangers: input.dangers,
    protectiveFactors: input.protectiveFactors,
    safetyConditions: input.safetyConditions,
    professionalScore: input.professionalScore,
    familyScores: input.familyScores,
    uncertainty: input.uncertainty ?? null,
    disagreement: input.disagreement ?? null,
    assessedAt: ctx.now,
    assessedBy: ctx.actor.id,
  });
  await recordWrite(ctx, c.viewer, {
    event: {
      type: 'safety_assessment.recorded',
      entityId: id,
      personIds,
      payload: {
        instrumentId: input.instrumentId,
        instrumentVersion: input.instrumentVersion,
        professionalScore: input.professionalScore,
      },
    },
    resourceType: 'safety_assessment',
  });
  await addStep(ctx, c, {
    code: 'safety_assessment.recorded',
    params: { score: String(input.professionalScore) },
    source: { type: 'safety_assessment', id },
    personIds,
  });
  return { id };
}
