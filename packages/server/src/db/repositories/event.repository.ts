import type { Tx } from './tx';

/** The change history (typed events, append-only). */

export async function insertEvent(
  tx: Tx,
  row: {
    occurredAt: Date;
    eventType: string;
    actorId: string;
    onBehalfOf: string | null;
    organisationId: string | null;
    householdId: string;
    caseId: string | null;
    regionId: string;
    personIds: string[];
    entityType: string;
    entityId: string;
    payload: Record<string, unknown>;
    requestId: string;
  },
): Promise<void> {
  await tx
    .insertInto('dossierEvents')
    .values({ ...row, payload: JSON.stringify(row.payload) })
    .execute();
}

/** The change history of a household, oldest first. */
export async function listHouseholdEvents(tx: Tx, householdId: string) {
  return tx
    .selectFrom('dossierEvents')
    .select([
      'id',
      'occurredAt',
      'eventType',
      'actorId',
      'organisationId',
      'caseId',
      'regionId',
      'entityType',
      'entityId',
      'personIds',
      'payload',
      'legacy',
    ])
    .where('householdId', '=', householdId)
    .orderBy('id')
    .execute();
}
export type EventRow = Awaited<ReturnType<typeof listHouseholdEvents>>[number];
