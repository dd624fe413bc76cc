import { randomUUID } from 'node:crypto';
import { assertAssessmentFitsInstrument, type SafetyAssessmentCreate } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
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
  const access = await requireCase(ctx, householdId, 'casework.write');
  assertAssessmentFitsInstrument(input);
  await assertPersonsInHousehold(
    ctx,
    householdId,
    input.familyScores.map((s) => s.personId),
    'familyScores',
  );
  const id = randomUUID();
  await ctx.tx
    .insertInto('safetyAssessments')
    .values({
      id,
      caseId: access.caseId,
      householdId,
      instrumentId: input.instrumentId,
      instrumentVersion: input.instrumentVersion,
      dangers: JSON.stringify(input.dangers),
      protectiveFactors: JSON.stringify(input.protectiveFactors),
      safetyConditions: JSON.stringify(input.safetyConditions),
      professionalScore: input.professionalScore,
      familyScores: JSON.stringify(input.familyScores),
      uncertainty: input.uncertainty ?? null,
      disagreement: input.disagreement ?? null,
      assessedAt: ctx.now,
      assessedBy: ctx.actor.id,
    })
    .execute();
  const personIds = input.familyScores.map((s) => s.personId);
  await recordWrite(ctx, access, {
    event: 'safety_assessment.recorded',
    resourceType: 'safety_assessment',
    resourceId: id,
    personIds,
    after: {
      professionalScore: input.professionalScore,
      familyScores: input.familyScores.map((s) => s.score),
    },
  });
  await addStep(
    ctx,
    access,
    `Veiligheidstaxatie: ${input.professionalScore}/10 (professional)`,
    '',
    personIds,
  );
  return { id };
}
