import { sql } from 'kysely';
import type { Tx } from './tx';

/** Addresses are dated items per person: a move ends one and adds the next, nothing is overwritten. */

export async function listAddresses(tx: Tx, householdId: string) {
  return tx
    .selectFrom('personAddresses')
    .select([
      'id',
      'personId',
      'street',
      'houseNumber',
      'postcode',
      'town',
      'validFrom',
      'validTo',
      'createdAt',
      'version',
    ])
    .where('householdId', '=', householdId)
    .orderBy('personId')
    .orderBy('validFrom', 'desc')
    .orderBy('id')
    .execute();
}
export type AddressRow = Awaited<ReturnType<typeof listAddresses>>[number];

/** The current address (no end date) of each of these persons in this household. */
export async function currentAddresses(tx: Tx, householdId: string, personIds: readonly string[]) {
  if (personIds.length === 0) {
    return [];
  }
  return tx
    .selectFrom('personAddresses')
    .select(['id', 'personId', 'validFrom', 'version'])
    .where('householdId', '=', householdId)
    .where('personId', 'in', [...personIds])
    .where('validTo', 'is', null)
    .execute();
}

export async function insertAddress(
  tx: Tx,
  row: {
    id: string;
    householdId: string;
    personId: string;
    street: string | null;
    houseNumber: string;
    postcode: string;
    town: string | null;
    validFrom: string;
    createdBy: string;
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('personAddresses')
    .values({ ...values, createdAt: now })
    .execute();
}

/** Ends a current address at a version (a move); false when it changed or ended meanwhile. */
export async function endAddress(tx: Tx, id: string, version: number, validTo: string): Promise<boolean> {
  const result = await tx
    .updateTable('personAddresses')
    .set({ validTo, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('validTo', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
