import type { DeadlineKindId, ResponsibleRole } from '@gezinsdossier/domain';
import { sql } from 'kysely';
import type { Tx } from './tx';

/** Deadlines per case under the case's rule pack; met and cancelled ones stay as history. */

export async function insertDeadline(
  tx: Tx,
  row: {
    id: string;
    caseId: string;
    householdId: string;
    kind: DeadlineKindId;
    subjectId: string | null;
    responsibleRole: ResponsibleRole;
    dueOn: string;
    rulePackVersion: string;
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('deadlines')
    .values({ ...values, createdAt: now })
    .execute();
}

export interface DeadlineFilter {
  kinds: readonly DeadlineKindId[];
  subjectId?: string;
  /** Only deadlines due on or before this date. */
  dueBy?: string;
}

/** Marks open deadlines met; @returns the deadlines it met (for their events) */
export async function meetDeadlines(tx: Tx, caseId: string, filter: DeadlineFilter, now: Date) {
  if (filter.kinds.length === 0) {
    return [];
  }
  let query = tx
    .updateTable('deadlines')
    .set({ metAt: now })
    .where('caseId', '=', caseId)
    .where('kind', 'in', [...filter.kinds])
    .where('metAt', 'is', null)
    .where('cancelledAt', 'is', null);
  if (filter.subjectId) {
    query = query.where('subjectId', '=', filter.subjectId);
  }
  if (filter.dueBy) {
    query = query.where('dueOn', '<=', filter.dueBy);
  }
  return query.returning(['id', 'kind', 'dueOn', 'subjectId']).execute();
}

/** Cancels open deadlines of these kinds (all open ones when kinds is 'ALL'); @returns what it cancelled */
export async function cancelDeadlines(
  tx: Tx,
  caseId: string,
  kinds: readonly DeadlineKindId[] | 'ALL',
  reason: string,
  now: Date,
) {
  if (kinds !== 'ALL' && kinds.length === 0) {
    return [];
  }
  let query = tx
    .updateTable('deadlines')
    .set({ cancelledAt: now, cancelReason: reason })
    .where('caseId', '=', caseId)
    .where('metAt', 'is', null)
    .where('cancelledAt', 'is', null);
  if (kinds !== 'ALL') {
    query = query.where('kind', 'in', [...kinds]);
  }
  return query.returning(['id', 'kind', 'dueOn', 'subjectId']).execute();
}

export async function listDeadlines(tx: Tx, caseId: string) {
  return tx
    .selectFrom('deadlines')
    .select(['id', 'kind', 'subjectId', 'responsibleRole', 'dueOn', 'rulePackVersion', 'metAt'])
    .where('caseId', '=', caseId)
    .where('cancelledAt', 'is', null)
    .orderBy('dueOn')
    .orderBy('id')
    .execute();
}
export type DeadlineRow = Awaited<ReturnType<typeof listDeadlines>>[number];

/** The actor's own open deadlines: those of cases where they hold the responsible role. */
export async function listOwnOpenDeadlines(tx: Tx, actorId: string) {
  return (
    tx
      .selectFrom('deadlines as d')
      .innerJoin('caseTeamMembers as m', (join) =>
        join.onRef('m.caseId', '=', 'd.caseId').onRef('m.role', '=', 'd.responsibleRole'),
      )
      .innerJoin('households as h', 'h.id', 'd.householdId')
      .select([
        'd.id as deadlineId',
        'd.householdId',
        'h.displayName as householdName',
        'd.kind',
        'd.dueOn',
        'd.rulePackVersion',
        'd.responsibleRole',
        'd.subjectId',
      ])
      .where('m.professionalId', '=', actorId)
      .where('m.endedAt', 'is', null)
      .where('d.metAt', 'is', null)
      .where('d.cancelledAt', 'is', null)
      // A deadline about an item withheld from this professional is not theirs to see.
      .where(
        sql<boolean>`(d.subject_id is null
        or not exists (select 1 from shielding_records sr where sr.household_id = d.household_id and sr.ended_at is null)
        or not app_item_withheld(d.household_id, d.subject_id))`,
      )
      .orderBy('d.dueOn')
      .orderBy('d.id')
      .execute()
  );
}

/** The overdue deadlines of the teams the actor leads (definer function; no case content). */
export async function listSupervisedDeadlines(tx: Tx, before: string, limit: number) {
  const result = await sql<{
    deadlineId: string;
    householdId: string;
    householdName: string;
    kind: DeadlineKindId;
    dueOn: string;
    rulePackVersion: string;
    responsibleRole: ResponsibleRole;
    professionalId: string;
    professionalName: string;
  }>`select * from app_supervised_deadlines(${before}::date, ${limit})`.execute(tx);
  return result.rows;
}
