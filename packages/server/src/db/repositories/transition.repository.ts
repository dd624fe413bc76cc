import type { Tx } from './tx';

/** The steps a case took along the pathway (§4.3), each pointing at what caused it. */

export async function insertTransition(
  tx: Tx,
  row: {
    id: string;
    caseId: string;
    householdId: string;
    fromState: string;
    toState: string;
    label: string;
    trigger: string;
    reason: string | null;
    sourceType: string | null;
    sourceId: string | null;
    occurredAt: Date;
    actorId: string;
  },
): Promise<void> {
  await tx.insertInto('pathwayTransitions').values(row).execute();
}

export async function listTransitions(tx: Tx, caseId: string) {
  return tx
    .selectFrom('pathwayTransitions as t')
    .leftJoin('accounts as a', 'a.id', 't.actorId')
    .select([
      't.id',
      't.fromState',
      't.toState',
      't.label',
      't.trigger',
      't.reason',
      't.sourceType',
      't.sourceId',
      't.occurredAt',
      'a.displayName as actorName',
    ])
    .where('t.caseId', '=', caseId)
    .orderBy('t.occurredAt')
    .orderBy('t.id')
    .execute();
}
export type TransitionRow = Awaited<ReturnType<typeof listTransitions>>[number];
