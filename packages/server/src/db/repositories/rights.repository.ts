import type { Tx } from './tx';

/** Rights notices given at every change of frame (INV-04, LS-12). */

export async function insertRightsNotice(
  tx: Tx,
  row: {
    id: string;
    householdId: string;
    caseId: string;
    frame: 'VOLUNTARY' | 'DRANG' | 'COERCED';
    trigger: string;
    issuedBy: string;
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('rightsNotices')
    .values({ ...values, issuedAt: now })
    .execute();
}

export async function lastRightsNotice(tx: Tx, caseId: string) {
  return tx
    .selectFrom('rightsNotices')
    .select(['frame', 'issuedAt'])
    .where('caseId', '=', caseId)
    .orderBy('issuedAt', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export async function listRightsNotices(tx: Tx, caseId: string) {
  return tx
    .selectFrom('rightsNotices')
    .select(['id', 'frame', 'trigger', 'issuedAt'])
    .where('caseId', '=', caseId)
    .orderBy('issuedAt')
    .orderBy('id')
    .execute();
}
export type RightsNoticeRow = Awaited<ReturnType<typeof listRightsNotices>>[number];
