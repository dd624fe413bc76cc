import { sql } from 'kysely';
import { parsePgArray } from './access.repository';
import type { Tx } from './tx';

/** Concerns (E-1): what, about whom (a join table), held by whom. */

export async function insertConcern(
  tx: Tx,
  row: {
    id: string;
    caseId: string;
    householdId: string;
    reportId: string | null;
    type: string;
    description: string;
    aboutPersonIds: readonly string[];
    heldBy: { kind: string; name?: string | null }[];
    taxonomyVersion: string;
    createdBy: string;
    now: Date;
  },
): Promise<void> {
  await tx
    .insertInto('concerns')
    .values({
      id: row.id,
      caseId: row.caseId,
      householdId: row.householdId,
      reportId: row.reportId,
      type: row.type,
      description: row.description,
      heldBy: JSON.stringify(row.heldBy),
      taxonomyVersion: row.taxonomyVersion,
      createdAt: row.now,
      createdBy: row.createdBy,
      updatedAt: row.now,
    })
    .execute();
  const personIds = [...new Set(row.aboutPersonIds)];
  if (personIds.length > 0) {
    await tx
      .insertInto('concernPersons')
      .values(personIds.map((personId) => ({ concernId: row.id, personId, householdId: row.householdId })))
      .execute();
  }
}

const concernColumns = [
  'c.id',
  'c.reportId',
  'c.type',
  'c.description',
  'c.heldBy',
  'c.status',
  'c.taxonomyVersion',
  'c.createdAt',
  'c.updatedAt',
  'c.version',
] as const;

export async function listConcerns(tx: Tx, caseId: string) {
  const rows = await tx
    .selectFrom('concerns as c')
    .select([
      ...concernColumns,
      sql<string[]>`array(select p.person_id from concern_persons p where p.concern_id = c.id)`.as(
        'aboutPersonIds',
      ),
    ])
    .where('c.caseId', '=', caseId)
    .orderBy('c.createdAt')
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({ ...r, aboutPersonIds: parsePgArray(r.aboutPersonIds) }));
}
export type ConcernRow = Awaited<ReturnType<typeof listConcerns>>[number];

export async function findConcern(
  tx: Tx,
  householdId: string,
  concernId: string,
): Promise<ConcernRow | undefined> {
  const row = await tx
    .selectFrom('concerns as c')
    .select([
      ...concernColumns,
      sql<string[]>`array(select p.person_id from concern_persons p where p.concern_id = c.id)`.as(
        'aboutPersonIds',
      ),
    ])
    .where('c.id', '=', concernId)
    .where('c.householdId', '=', householdId)
    .executeTakeFirst();
  return row ? { ...row, aboutPersonIds: parsePgArray(row.aboutPersonIds) } : undefined;
}

/** Changes the status at the version the caller saw. @returns false when the version moved on */
export async function updateConcernStatus(
  tx: Tx,
  concernId: string,
  version: number,
  status: string,
  now: Date,
): Promise<boolean> {
  const result = await tx
    .updateTable('concerns')
    .set({ status, updatedAt: now, version: version + 1 })
    .where('id', '=', concernId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** How many of these ids are concerns of the case. */
export async function countConcernsOfCase(tx: Tx, caseId: string, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) {
    return 0;
  }
  const rows = await tx
    .selectFrom('concerns')
    .select('id')
    .where('caseId', '=', caseId)
    .where('id', 'in', [...ids])
    .execute();
  return rows.length;
}
