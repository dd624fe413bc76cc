import { sql } from 'kysely';
import type { Tx } from './tx';

/** The household's network (naasten). */

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
