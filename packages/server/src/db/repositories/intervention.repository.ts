import { sql } from 'kysely';
import { parsePgArray } from './access.repository';
import type { Tx } from './tx';

/** Help with an explicit frame (VAL-03), the persons it is for (a join table), and its progress. */

export async function insertIntervention(
  tx: Tx,
  row: {
    id: string;
    caseId: string;
    householdId: string;
    goalId: string | null;
    title: string;
    category: string;
    provider: string;
    targetPersonIds: readonly string[];
    frame: string;
    consent: Record<string, unknown> | null;
    measureReference: string | null;
    requestedOn: string;
    /** Help the family declined at the request (LS-08: informed consent refused). */
    status?: 'DECLINED';
    declinedOn?: string;
    declineReason?: string | null;
    createdBy: string;
    now: Date;
  },
): Promise<void> {
  const { targetPersonIds, consent, now, ...values } = row;
  await tx
    .insertInto('interventions')
    .values({ ...values, consent: consent === null ? null : JSON.stringify(consent), createdAt: now })
    .execute();
  await tx
    .insertInto('interventionPersons')
    .values(
      [...new Set(targetPersonIds)].map((personId) => ({
        interventionId: row.id,
        personId,
        householdId: row.householdId,
      })),
    )
    .execute();
}

function interventionQuery(tx: Tx) {
  return tx
    .selectFrom('interventions as i')
    .select([
      'i.id',
      'i.goalId',
      'i.title',
      'i.category',
      'i.provider',
      'i.frame',
      'i.consent',
      'i.measureReference',
      'i.status',
      'i.requestedOn',
      'i.startedOn',
      'i.endedOn',
      'i.unavailableOn',
      'i.endReason',
      'i.unmetReason',
      'i.declinedOn',
      'i.declineReason',
      'i.createdAt',
      'i.version',
      sql<string[]>`array(select p.person_id from intervention_persons p where p.intervention_id = i.id)`.as(
        'targetPersonIds',
      ),
    ]);
}

export async function listInterventions(tx: Tx, caseId: string) {
  const rows = await interventionQuery(tx)
    .where('i.caseId', '=', caseId)
    .orderBy('i.createdAt')
    .orderBy('i.id')
    .execute();
  return rows.map((r) => ({ ...r, targetPersonIds: parsePgArray(r.targetPersonIds) }));
}
export type InterventionRow = Awaited<ReturnType<typeof listInterventions>>[number];

export async function findIntervention(
  tx: Tx,
  caseId: string,
  id: string,
): Promise<InterventionRow | undefined> {
  const row = await interventionQuery(tx)
    .where('i.id', '=', id)
    .where('i.caseId', '=', caseId)
    .executeTakeFirst();
  return row ? { ...row, targetPersonIds: parsePgArray(row.targetPersonIds) } : undefined;
}

/** Moves help on at the version the caller saw. @returns false when the version moved on */
export async function progressIntervention(
  tx: Tx,
  id: string,
  version: number,
  change: {
    status: string;
    startedOn?: string;
    endedOn?: string;
    endReason?: string;
    unavailableOn?: string;
    unmetReason?: string;
    declinedOn?: string;
    declineReason?: string;
  },
): Promise<boolean> {
  const result = await tx
    .updateTable('interventions')
    .set({ ...change, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
