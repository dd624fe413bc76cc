import { sql } from 'kysely';
import type { MembershipsTable } from '../schema';
import type { Tx } from './tx';

export async function insertMembership(
  tx: Tx,
  row: {
    id: string;
    householdId: string;
    personId: string;
    role: MembershipsTable['role'];
    validFrom: string;
    validTo: string | null;
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('memberships')
    .values({ ...values, createdAt: now })
    .execute();
}

export async function findMembership(tx: Tx, id: string) {
  return tx
    .selectFrom('memberships')
    .select(['id', 'householdId', 'personId', 'role', 'validFrom', 'validTo', 'version'])
    .where('id', '=', id)
    .executeTakeFirst();
}
export type MembershipRow = NonNullable<Awaited<ReturnType<typeof findMembership>>>;

export async function membershipsOfPersonInHousehold(tx: Tx, householdId: string, personId: string) {
  return tx
    .selectFrom('memberships')
    .select(['id', 'role', 'validFrom', 'validTo'])
    .where('householdId', '=', householdId)
    .where('personId', '=', personId)
    .execute();
}

export async function updateMembership(
  tx: Tx,
  id: string,
  version: number,
  patch: { role?: MembershipsTable['role']; validFrom?: string; validTo?: string | null },
): Promise<boolean> {
  const result = await tx
    .updateTable('memberships')
    .set({ ...patch, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The household's members over time, with their person data, current members first, then by birth date. */
export async function listMembers(tx: Tx, householdId: string) {
  return tx
    .selectFrom('memberships as ms')
    .innerJoin('persons as p', 'p.id', 'ms.personId')
    .select([
      'ms.id as membershipId',
      'ms.role',
      'ms.validFrom',
      'ms.validTo',
      'ms.version as membershipVersion',
      'p.id as personId',
      'p.givenName',
      'p.familyName',
      'p.birthDate',
      'p.bsn',
      'p.gender',
      'p.version as personVersion',
    ])
    .where('ms.householdId', '=', householdId)
    .orderBy(sql`ms.valid_to is not null`)
    .orderBy('p.birthDate')
    .orderBy('p.id')
    .execute();
}
export type MemberRow = Awaited<ReturnType<typeof listMembers>>[number];
