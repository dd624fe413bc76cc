import type { Tx } from './tx';

/** RVT safety monitoring after an extended investigation (VAL-08). */

export async function insertMonitoring(
  tx: Tx,
  row: {
    id: string;
    caseId: string;
    householdId: string;
    investigationId: string | null;
    startedAt: Date;
    startedBy: string;
  },
): Promise<void> {
  await tx.insertInto('safetyMonitoring').values(row).execute();
}

export async function findActiveMonitoring(tx: Tx, caseId: string) {
  return tx
    .selectFrom('safetyMonitoring')
    .select(['id', 'startedAt'])
    .where('caseId', '=', caseId)
    .where('endedAt', 'is', null)
    .executeTakeFirst();
}

/** Ends monitoring once: a second, concurrent end changes nothing. @returns false when it had ended */
export async function endMonitoring(
  tx: Tx,
  id: string,
  end: { endedAt: Date; endedBy: string; endReason: string },
): Promise<boolean> {
  const result = await tx
    .updateTable('safetyMonitoring')
    .set(end)
    .where('id', '=', id)
    .where('endedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listMonitoring(tx: Tx, caseId: string) {
  return tx
    .selectFrom('safetyMonitoring')
    .select(['id', 'investigationId', 'startedAt', 'endedAt', 'endReason'])
    .where('caseId', '=', caseId)
    .orderBy('startedAt')
    .orderBy('id')
    .execute();
}
export type MonitoringRow = Awaited<ReturnType<typeof listMonitoring>>[number];
