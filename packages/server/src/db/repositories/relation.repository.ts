import { sql } from 'kysely';
import type { Tx } from './tx';

/** Relations between the members of a household, with parental authority per child. */

export async function listRelations(tx: Tx, householdId: string) {
  return tx
    .selectFrom('relations')
    .select([
      'id',
      'fromPersonId',
      'toPersonId',
      'kind',
      'hasParentalAuthority',
      'validFrom',
      'validTo',
      'version',
    ])
    .where('householdId', '=', householdId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}
export type RelationRow = Awaited<ReturnType<typeof listRelations>>[number];

export async function findRelation(tx: Tx, id: string) {
  return tx
    .selectFrom('relations')
    .select([
      'id',
      'householdId',
      'fromPersonId',
      'toPersonId',
      'kind',
      'hasParentalAuthority',
      'validFrom',
      'validTo',
      'version',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertRelation(
  tx: Tx,
  row: {
    id: string;
    householdId: string;
    fromPersonId: string;
    toPersonId: string;
    kind: string;
    hasParentalAuthority: boolean;
    validFrom: string | null;
    validTo: string | null;
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('relations')
    .values({ ...values, createdAt: now })
    .execute();
}

export async function updateRelation(
  tx: Tx,
  id: string,
  version: number,
  patch: {
    kind?: string;
    hasParentalAuthority?: boolean;
    validFrom?: string | null;
    validTo?: string | null;
  },
): Promise<boolean> {
  const result = await tx
    .updateTable('relations')
    .set({ ...patch, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteRelation(tx: Tx, id: string, version: number): Promise<boolean> {
  const result = await tx
    .deleteFrom('relations')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** One row of a relation's history: a change of parental authority or its removal, with the reason. */
export async function insertRelationChange(
  tx: Tx,
  row: {
    id: string;
    householdId: string;
    relationId: string;
    fromPersonId: string;
    toPersonId: string;
    kind: string;
    change: 'AUTHORITY_GRANTED' | 'AUTHORITY_ENDED' | 'REMOVED';
    hasParentalAuthority: boolean;
    reason: string | null;
    recordedBy: string;
    recordedAt: Date;
  },
): Promise<void> {
  await tx.insertInto('relationChanges').values(row).execute();
}

/** The history of the household's relations, newest first. */
export async function listRelationChanges(tx: Tx, householdId: string) {
  return tx
    .selectFrom('relationChanges')
    .select([
      'id',
      'relationId',
      'fromPersonId',
      'toPersonId',
      'kind',
      'change',
      'hasParentalAuthority',
      'reason',
      'recordedAt',
    ])
    .where('householdId', '=', householdId)
    .orderBy('recordedAt', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
export type RelationChangeRow = Awaited<ReturnType<typeof listRelationChanges>>[number];
