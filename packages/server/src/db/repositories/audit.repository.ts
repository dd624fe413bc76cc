import type { Insertable } from 'kysely';
import type { AccessLogTable } from '../schema';
import type { Tx } from './tx';

/** Appends access-log rows in one statement, without any lock (the sealer seals them in seq order). */
export async function insertAccessLogRows(tx: Tx, rows: Insertable<AccessLogTable>[]): Promise<void> {
  await tx.insertInto('accessLog').values(rows).execute();
}

/** Who accessed a household's data, newest first (the household's own view comes in the family portal). */
export type AccessLogRow = Awaited<ReturnType<typeof listHouseholdAccessLog>>[number];

/** Who accessed a household, newest first. */
export async function listHouseholdAccessLog(tx: Tx, householdId: string, limit: number, beforeSeq?: number) {
  let query = tx
    .selectFrom('accessLog as l')
    .leftJoin('accounts as a', 'a.id', 'l.actorId')
    .leftJoin('organisations as o', 'o.id', 'l.organisationId')
    .select([
      'l.seq',
      'l.occurredAt',
      'l.actorId',
      'a.displayName as actorName',
      'l.actorKind',
      'o.name as organisationName',
      'l.action',
      'l.resourceType',
      'l.resourceId',
      'l.personIds',
      'l.purpose',
      'l.legalBasis',
      'l.breakGlassGrantId',
    ])
    .where('l.householdId', '=', householdId);
  if (beforeSeq !== undefined) {
    query = query.where('l.seq', '<', beforeSeq);
  }
  return query.orderBy('l.seq', 'desc').limit(limit).execute();
}
