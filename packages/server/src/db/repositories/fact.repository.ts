import { sql } from 'kysely';
import { parsePgArray } from './access.repository';
import type { Tx } from './tx';

/** Facts with their source, the concerns and persons they are about (join tables), and the responses. */

export async function insertFact(
  tx: Tx,
  row: {
    id: string;
    caseId: string;
    householdId: string;
    investigationId: string | null;
    statement: string;
    observedOn: string | null;
    sourceKind: string;
    sourceDescription: string;
    obtainedWithConsent: boolean;
    legalBasis: string | null;
    verification: string;
    concernIds: readonly string[];
    aboutPersonIds: readonly string[];
    createdBy: string;
    now: Date;
  },
): Promise<void> {
  const { concernIds, aboutPersonIds, now, ...values } = row;
  await tx
    .insertInto('facts')
    .values({ ...values, createdAt: now })
    .execute();
  const persons = [...new Set(aboutPersonIds)];
  if (persons.length > 0) {
    await tx
      .insertInto('factPersons')
      .values(persons.map((personId) => ({ factId: row.id, personId, householdId: row.householdId })))
      .execute();
  }
  const concerns = [...new Set(concernIds)];
  if (concerns.length > 0) {
    await tx
      .insertInto('factConcerns')
      .values(concerns.map((concernId) => ({ factId: row.id, concernId, householdId: row.householdId })))
      .execute();
  }
}

function factQuery(tx: Tx) {
  return tx
    .selectFrom('facts as f')
    .select([
      'f.id',
      'f.investigationId',
      'f.statement',
      'f.observedOn',
      'f.sourceKind',
      'f.sourceDescription',
      'f.obtainedWithConsent',
      'f.legalBasis',
      'f.verification',
      'f.createdAt',
      'f.version',
      sql<string[]>`array(select p.person_id from fact_persons p where p.fact_id = f.id)`.as(
        'aboutPersonIds',
      ),
      sql<string[]>`array(select c.concern_id from fact_concerns c where c.fact_id = f.id)`.as('concernIds'),
    ]);
}

export async function listFacts(tx: Tx, caseId: string) {
  const rows = await factQuery(tx)
    .where('f.caseId', '=', caseId)
    .orderBy('f.createdAt')
    .orderBy('f.id')
    .execute();
  return rows.map(normalise);
}
export type FactRow = Awaited<ReturnType<typeof listFacts>>[number];

export async function findFact(tx: Tx, householdId: string, factId: string): Promise<FactRow | undefined> {
  const row = await factQuery(tx)
    .where('f.id', '=', factId)
    .where('f.householdId', '=', householdId)
    .executeTakeFirst();
  return row ? normalise(row) : undefined;
}

function normalise<R extends { aboutPersonIds: unknown; concernIds: unknown }>(
  row: R,
): Omit<R, 'aboutPersonIds' | 'concernIds'> & { aboutPersonIds: string[]; concernIds: string[] } {
  return {
    ...row,
    aboutPersonIds: parsePgArray(row.aboutPersonIds),
    concernIds: parsePgArray(row.concernIds),
  };
}

/** Changes the verification at the version the caller saw. @returns false when the version moved on */
export async function updateFactVerification(
  tx: Tx,
  factId: string,
  version: number,
  verification: string,
): Promise<boolean> {
  const result = await tx
    .updateTable('facts')
    .set({ verification, version: version + 1 })
    .where('id', '=', factId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertFactResponse(
  tx: Tx,
  row: {
    id: string;
    factId: string;
    caseId: string;
    householdId: string;
    personId: string;
    text: string;
    respondedAt: Date;
    recordedBy: string;
  },
): Promise<void> {
  await tx.insertInto('factResponses').values(row).execute();
}

export async function listFactResponses(tx: Tx, caseId: string) {
  return tx
    .selectFrom('factResponses')
    .select(['id', 'factId', 'personId', 'text', 'respondedAt'])
    .where('caseId', '=', caseId)
    .orderBy('respondedAt')
    .orderBy('id')
    .execute();
}
export type FactResponseRow = Awaited<ReturnType<typeof listFactResponses>>[number];
