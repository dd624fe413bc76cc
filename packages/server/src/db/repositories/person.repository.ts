import { sql } from 'kysely';
import type { PersonsTable } from '../schema';
import type { Tx } from './tx';

export async function insertPerson(
  tx: Tx,
  row: {
    id: string;
    givenName: string;
    familyName: string;
    birthDate: string | null;
    bsn: string | null;
    gender: PersonsTable['gender'];
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('persons')
    .values({ ...values, createdAt: now, updatedAt: now })
    .execute();
}

export async function findPerson(tx: Tx, id: string) {
  return tx
    .selectFrom('persons')
    .select(['id', 'givenName', 'familyName', 'birthDate', 'bsn', 'gender', 'version', 'updatedAt'])
    .where('id', '=', id)
    .executeTakeFirst();
}
export type PersonRow = NonNullable<Awaited<ReturnType<typeof findPerson>>>;

export async function updatePerson(
  tx: Tx,
  id: string,
  version: number,
  patch: Partial<Pick<PersonRow, 'givenName' | 'familyName' | 'birthDate' | 'bsn' | 'gender'>>,
  now: Date,
): Promise<boolean> {
  const result = await tx
    .updateTable('persons')
    .set({ ...patch, updatedAt: now, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Households a person belongs to (any time); used to find the household a person-level write concerns. */
export async function householdsOfPerson(tx: Tx, personId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('memberships')
    .select('householdId')
    .distinct()
    .where('personId', '=', personId)
    .execute();
  return rows.map((r) => r.householdId);
}
