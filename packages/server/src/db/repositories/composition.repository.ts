import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../schema';

type Tx = Transaction<DB> | Kysely<DB>;

/** Relations between persons and the household's network (naasten). */

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

export async function listNetwork(tx: Tx, householdId: string) {
  return tx
    .selectFrom('networkMembers')
    .select(['id', 'displayName', 'relation', 'involvementAgreedByHousehold', 'note', 'version'])
    .where('householdId', '=', householdId)
    .orderBy('displayName')
    .orderBy('id')
    .execute();
}
export type NetworkRow = Awaited<ReturnType<typeof listNetwork>>[number];

export async function findNetworkMember(tx: Tx, id: string) {
  return tx
    .selectFrom('networkMembers')
    .select([
      'id',
      'householdId',
      'displayName',
      'relation',
      'involvementAgreedByHousehold',
      'note',
      'version',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertNetworkMember(
  tx: Tx,
  row: {
    id: string;
    householdId: string;
    displayName: string;
    relation: string;
    involvementAgreedByHousehold: boolean;
    note: string | null;
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('networkMembers')
    .values({ ...values, createdAt: now })
    .execute();
}

export async function updateNetworkMember(
  tx: Tx,
  id: string,
  version: number,
  patch: {
    displayName?: string;
    relation?: string;
    involvementAgreedByHousehold?: boolean;
    note?: string | null;
  },
): Promise<boolean> {
  const result = await tx
    .updateTable('networkMembers')
    .set({ ...patch, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
