import type { Tx } from './tx';

/** (Family) network conferences in the extended investigation (KT3-R2). */

export async function insertConference(
  tx: Tx,
  row: {
    id: string;
    investigationId: string;
    caseId: string;
    householdId: string;
    heldOn: string;
    participants: { name: string; role: string }[];
    outcome: string;
    nextSteps: string;
    createdBy: string;
    now: Date;
  },
): Promise<void> {
  const { participants, now, ...values } = row;
  await tx
    .insertInto('networkConferences')
    .values({ ...values, participants: JSON.stringify(participants), createdAt: now })
    .execute();
}

export async function listConferences(tx: Tx, caseId: string) {
  return tx
    .selectFrom('networkConferences')
    .select(['id', 'investigationId', 'heldOn', 'participants', 'outcome', 'nextSteps', 'createdAt'])
    .where('caseId', '=', caseId)
    .orderBy('heldOn')
    .orderBy('id')
    .execute();
}
export type ConferenceRow = Awaited<ReturnType<typeof listConferences>>[number];
