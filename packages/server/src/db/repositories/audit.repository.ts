import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../schema';

type Tx = Transaction<DB> | Kysely<DB>;

/** Who accessed a household's data, newest first (the household's own view comes in the family portal). */
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

/** The change history of a household, oldest first. */
export async function listHouseholdEvents(tx: Tx, householdId: string) {
  return tx
    .selectFrom('dossierEvents')
    .select([
      'id',
      'occurredAt',
      'eventType',
      'actorId',
      'entityType',
      'entityId',
      'personIds',
      'before',
      'after',
    ])
    .where('householdId', '=', householdId)
    .orderBy('id')
    .execute();
}
