import type { ShieldTarget } from '@gezinsdossier/domain';
import { sql } from 'kysely';
import type { Tx } from './tx';

/** Shielding records: one item withheld from a named person, a named professional or a ground. */

export async function insertShield(
  tx: Tx,
  row: {
    id: string;
    householdId: string;
    itemType: string;
    itemId: string;
    target: ShieldTarget;
    reasonCode: string;
    reason: string;
    createdBy: string;
    now: Date;
  },
): Promise<void> {
  await tx
    .insertInto('shieldingRecords')
    .values({
      id: row.id,
      householdId: row.householdId,
      itemType: row.itemType,
      itemId: row.itemId,
      targetKind: row.target.kind,
      targetPersonId: row.target.kind === 'PERSON' ? row.target.personId : null,
      targetAccountId: row.target.kind === 'ACCOUNT' ? row.target.accountId : null,
      targetGround: row.target.kind === 'GROUND' ? row.target.ground : null,
      reasonCode: row.reasonCode,
      reason: row.reason,
      createdAt: row.now,
      createdBy: row.createdBy,
    })
    .execute();
}

export async function listShields(tx: Tx, householdId: string) {
  return tx
    .selectFrom('shieldingRecords as s')
    .leftJoin('accounts as a', 'a.id', 's.createdBy')
    .leftJoin('accounts as t', 't.id', 's.targetAccountId')
    .select([
      's.id',
      's.itemType',
      's.itemId',
      's.targetKind',
      's.targetPersonId',
      's.targetAccountId',
      't.displayName as targetAccountName',
      's.targetGround',
      's.reasonCode',
      's.reason',
      's.createdAt',
      'a.displayName as createdByName',
      's.endedAt',
      's.endReason',
      's.version',
    ])
    .where('s.householdId', '=', householdId)
    .orderBy('s.createdAt', 'desc')
    .orderBy('s.id')
    .execute();
}
export type ShieldRow = Awaited<ReturnType<typeof listShields>>[number];

export async function findShield(tx: Tx, householdId: string, id: string) {
  return tx
    .selectFrom('shieldingRecords')
    .select(['id', 'itemType', 'itemId', 'endedAt', 'version'])
    .where('id', '=', id)
    .where('householdId', '=', householdId)
    .executeTakeFirst();
}

/** Ends a shield at the version the caller saw. @returns false when it changed or ended meanwhile */
export async function endShield(
  tx: Tx,
  id: string,
  version: number,
  end: { endedAt: Date; endedBy: string; endReason: string },
): Promise<boolean> {
  const result = await tx
    .updateTable('shieldingRecords')
    .set({ ...end, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('endedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Whether an item of this type and id exists in the household (shielding names real items only). */
export async function itemExists(
  tx: Tx,
  householdId: string,
  itemType: string,
  itemId: string,
): Promise<boolean> {
  const table = ITEM_TABLES[itemType];
  if (!table) {
    return false;
  }
  const result =
    table === 'persons'
      ? await sql`select 1 from memberships where person_id = ${itemId} and household_id = ${householdId} limit 1`.execute(
          tx,
        )
      : await sql`select 1 from ${sql.table(table)} where id = ${itemId} and household_id = ${householdId}`.execute(
          tx,
        );
  return result.rows.length > 0;
}

const ITEM_TABLES: Record<string, string> = {
  person: 'persons',
  address: 'person_addresses',
  membership: 'memberships',
  relation: 'relations',
  network_member: 'network_members',
  timeline_entry: 'timeline_entries',
  report: 'reports',
  concern: 'concerns',
  fact: 'facts',
  fact_response: 'fact_responses',
  investigation: 'investigations',
  network_conference: 'network_conferences',
  expert_consult: 'expert_consults',
  safety_assessment: 'safety_assessments',
  safety_plan: 'safety_plan_versions',
  safety_plan_event: 'safety_plan_events',
  goal: 'plan_goals',
  score: 'plan_scores',
  plan_action: 'plan_actions',
  plan_evaluation: 'plan_evaluations',
  intervention: 'interventions',
  urgent_safety: 'urgent_safety_episodes',
};
