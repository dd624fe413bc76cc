import type { Tx } from './tx';

/** 1–5 self-sufficiency scores per life domain, by the professional or by the family. */

export async function insertScore(
  tx: Tx,
  row: {
    id: string;
    caseId: string;
    householdId: string;
    personId: string | null;
    lifeDomain: string;
    score: number;
    scoredBy: string;
    note: string | null;
    scoredAt: Date;
    recordedBy: string;
  },
): Promise<void> {
  await tx.insertInto('planScores').values(row).execute();
}

export async function listScores(tx: Tx, caseId: string) {
  return tx
    .selectFrom('planScores')
    .select(['id', 'personId', 'lifeDomain', 'score', 'scoredBy', 'note', 'scoredAt'])
    .where('caseId', '=', caseId)
    .orderBy('scoredAt')
    .orderBy('id')
    .execute();
}
export type ScoreRow = Awaited<ReturnType<typeof listScores>>[number];
