import type { DeadlineKindId, PathwayState } from '@gezinsdossier/domain';
import { sql } from 'kysely';
import type { Tx } from './tx';

export async function insertCase(
  tx: Tx,
  row: { id: string; householdId: string; openedAt: Date; ruleSetVersion: string },
): Promise<void> {
  await tx.insertInto('cases').values(row).execute();
}

export async function findOpenCase(tx: Tx, householdId: string) {
  return tx
    .selectFrom('cases')
    .select(['id', 'householdId', 'openedAt', 'pathwayState', 'stateChangedAt', 'ruleSetVersion', 'version'])
    .where('householdId', '=', householdId)
    .where('closedAt', 'is', null)
    .executeTakeFirst();
}
export type CaseRow = NonNullable<Awaited<ReturnType<typeof findOpenCase>>>;

/** Every case of a household, oldest first (an export holds the closed ones too). */
export async function listCases(tx: Tx, householdId: string): Promise<CaseRow[]> {
  return tx
    .selectFrom('cases')
    .select(['id', 'householdId', 'openedAt', 'pathwayState', 'stateChangedAt', 'ruleSetVersion', 'version'])
    .where('householdId', '=', householdId)
    .orderBy('openedAt')
    .orderBy('id')
    .execute();
}

/** Closes a case record (its pathway ended in CLOSED and a new worry opens a new case). */
export async function closeCaseRecord(tx: Tx, caseId: string, now: Date): Promise<boolean> {
  const result = await tx
    .updateTable('cases')
    .set({ closedAt: now })
    .where('id', '=', caseId)
    .where('closedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Moves the case to another state, only if it is still in the state the caller saw (two concurrent steps
 * cannot both succeed). @returns false when another request moved it first
 */
export async function moveCaseState(
  tx: Tx,
  caseId: string,
  from: PathwayState,
  to: PathwayState,
  now: Date,
): Promise<boolean> {
  const result = await tx
    .updateTable('cases')
    .set({ pathwayState: to, stateChangedAt: now, version: sql`version + 1` })
    .where('id', '=', caseId)
    .where('pathwayState', '=', from)
    .where('closedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** What the pathway's consequences depend on (domain `CaseSituation`, without the state), in one query. */
export async function loadSituation(tx: Tx, caseId: string) {
  const result = await sql<{
    localTeamLinked: boolean;
    openInvestigation: 'FIRST' | 'EXTENDED' | null;
    monitoringActive: boolean;
    hasGoals: boolean;
    openDeadlines: DeadlineKindId[] | string;
  }>`
    select
      exists (select 1 from case_team_members t
        where t.case_id = ${caseId} and t.role = 'FIXED_PROFESSIONAL' and t.ended_at is null) as local_team_linked,
      (select i.kind from investigations i
        where i.case_id = ${caseId} and i.decided_at is null and i.cancelled_at is null limit 1) as open_investigation,
      exists (select 1 from safety_monitoring m where m.case_id = ${caseId} and m.ended_at is null) as monitoring_active,
      exists (select 1 from plan_goals g where g.case_id = ${caseId}) as has_goals,
      array(select d.kind from deadlines d
        where d.case_id = ${caseId} and d.met_at is null and d.cancelled_at is null) as open_deadlines`.execute(
    tx,
  );
  const row = result.rows[0];
  if (!row) {
    throw new Error(`case ${caseId} has no situation`);
  }
  const deadlines = Array.isArray(row.openDeadlines)
    ? row.openDeadlines
    : (row.openDeadlines.slice(1, -1).split(',').filter(Boolean) as DeadlineKindId[]);
  return {
    localTeamLinked: row.localTeamLinked,
    openInvestigation: row.openInvestigation,
    monitoringActive: row.monitoringActive,
    hasGoals: row.hasGoals,
    openDeadlines: deadlines,
  };
}

/**
 * Locks the case row until the transaction ends: commands that derive their change from what the case
 * holds now (the next safety-plan version) run one at a time per case, so the second sees the first.
 */
export async function lockCase(tx: Tx, caseId: string): Promise<void> {
  await tx.selectFrom('cases').select('id').where('id', '=', caseId).forUpdate().execute();
}
