import type { Tx } from './tx';

/** UO-2: the independent expert's consultation and advice. */

export async function insertConsult(
  tx: Tx,
  row: {
    id: string;
    investigationId: string;
    caseId: string;
    householdId: string;
    requestedBy: 'HOUSEHOLD' | 'PROFESSIONAL';
    expertName: string;
    question: string;
    requestedAt: Date;
  },
): Promise<void> {
  await tx.insertInto('expertConsults').values(row).execute();
}

export async function findConsult(tx: Tx, caseId: string, consultId: string) {
  return tx
    .selectFrom('expertConsults')
    .select(['id', 'investigationId', 'advisedAt'])
    .where('id', '=', consultId)
    .where('caseId', '=', caseId)
    .executeTakeFirst();
}

/** Records the advice once: a second (concurrent) advice changes nothing. @returns false when advised already */
export async function recordAdvice(tx: Tx, consultId: string, advice: string, now: Date): Promise<boolean> {
  const result = await tx
    .updateTable('expertConsults')
    .set({ advice, advisedAt: now })
    .where('id', '=', consultId)
    .where('advisedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listConsults(tx: Tx, caseId: string) {
  return tx
    .selectFrom('expertConsults')
    .select([
      'id',
      'investigationId',
      'requestedBy',
      'expertName',
      'question',
      'advice',
      'requestedAt',
      'advisedAt',
    ])
    .where('caseId', '=', caseId)
    .orderBy('requestedAt')
    .orderBy('id')
    .execute();
}
export type ConsultRow = Awaited<ReturnType<typeof listConsults>>[number];
