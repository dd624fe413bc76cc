import type { Tx } from './tx';

/** Safety assessments over time (structured professional judgement with a pluggable instrument). */

export async function insertAssessment(
  tx: Tx,
  row: {
    id: string;
    caseId: string;
    householdId: string;
    instrumentId: string;
    instrumentVersion: string;
    dangers: string[];
    protectiveFactors: string[];
    safetyConditions: string[];
    professionalScore: number;
    familyScores: { personId: string; score: number; note?: string | null }[];
    uncertainty: string | null;
    disagreement: string | null;
    assessedAt: Date;
    assessedBy: string;
  },
): Promise<void> {
  await tx
    .insertInto('safetyAssessments')
    .values({
      ...row,
      dangers: JSON.stringify(row.dangers),
      protectiveFactors: JSON.stringify(row.protectiveFactors),
      safetyConditions: JSON.stringify(row.safetyConditions),
      familyScores: JSON.stringify(row.familyScores),
    })
    .execute();
}

export async function listAssessments(tx: Tx, caseId: string) {
  return tx
    .selectFrom('safetyAssessments')
    .select([
      'id',
      'instrumentId',
      'instrumentVersion',
      'dangers',
      'protectiveFactors',
      'safetyConditions',
      'professionalScore',
      'familyScores',
      'uncertainty',
      'disagreement',
      'assessedAt',
    ])
    .where('caseId', '=', caseId)
    .orderBy('assessedAt')
    .orderBy('id')
    .execute();
}
export type AssessmentRow = Awaited<ReturnType<typeof listAssessments>>[number];
