import type { Tx } from './tx';

/** Goals of the one family plan (INV-09). */

export async function insertGoal(
  tx: Tx,
  row: {
    id: string;
    caseId: string;
    householdId: string;
    personId: string | null;
    lifeDomain: string;
    description: string;
    createdBy: string;
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('planGoals')
    .values({ ...values, createdAt: now })
    .execute();
}

const goalColumns = [
  'id',
  'personId',
  'lifeDomain',
  'description',
  'status',
  'statusReason',
  'createdAt',
  'version',
] as const;

export async function findGoal(tx: Tx, caseId: string, goalId: string) {
  return tx
    .selectFrom('planGoals')
    .select(goalColumns)
    .where('id', '=', goalId)
    .where('caseId', '=', caseId)
    .executeTakeFirst();
}

/**
 * Changes the status, with its reason (none clears the previous one), at the version the caller saw.
 * @returns false when the version moved on
 */
export async function updateGoalStatus(
  tx: Tx,
  goalId: string,
  version: number,
  status: string,
  statusReason: string | null,
): Promise<boolean> {
  const result = await tx
    .updateTable('planGoals')
    .set({ status, statusReason, version: version + 1 })
    .where('id', '=', goalId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listGoals(tx: Tx, caseId: string) {
  return tx
    .selectFrom('planGoals')
    .select(goalColumns)
    .where('caseId', '=', caseId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}
export type GoalRow = Awaited<ReturnType<typeof listGoals>>[number];
