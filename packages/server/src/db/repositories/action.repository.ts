import type { Tx } from './tx';

/** Actions towards a goal of the family plan. */

export async function insertAction(
  tx: Tx,
  row: {
    id: string;
    goalId: string;
    caseId: string;
    householdId: string;
    description: string;
    ownerKind: string;
    ownerName: string;
    dueOn: string | null;
    createdBy: string;
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('planActions')
    .values({ ...values, createdAt: now })
    .execute();
}

export async function listActions(tx: Tx, caseId: string) {
  return tx
    .selectFrom('planActions')
    .select(['id', 'goalId', 'description', 'ownerKind', 'ownerName', 'dueOn', 'createdAt'])
    .where('caseId', '=', caseId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}
export type ActionRow = Awaited<ReturnType<typeof listActions>>[number];
