import type { Tx } from './tx';

/** Evaluations of the family plan, with the household's view. */

export async function insertEvaluation(
  tx: Tx,
  row: {
    id: string;
    caseId: string;
    householdId: string;
    summary: string;
    householdView: string | null;
    evaluatedAt: Date;
    evaluatedBy: string;
  },
): Promise<void> {
  await tx.insertInto('planEvaluations').values(row).execute();
}

export async function listEvaluations(tx: Tx, caseId: string) {
  return tx
    .selectFrom('planEvaluations')
    .select(['id', 'summary', 'householdView', 'evaluatedAt'])
    .where('caseId', '=', caseId)
    .orderBy('evaluatedAt')
    .orderBy('id')
    .execute();
}
export type EvaluationRow = Awaited<ReturnType<typeof listEvaluations>>[number];
