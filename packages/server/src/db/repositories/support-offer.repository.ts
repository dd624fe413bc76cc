import type { Tx } from './tx';

/** Support offered per person (KT9-R2): legal aid, client support, a confidant (vertrouwenspersoon). */

export async function insertSupportOffer(
  tx: Tx,
  row: {
    id: string;
    householdId: string;
    caseId: string;
    personId: string;
    kind: string;
    offeredOn: string;
    response: string;
    provider: string | null;
    recordedBy: string;
    now: Date;
  },
): Promise<void> {
  const { now, ...values } = row;
  await tx
    .insertInto('supportOffers')
    .values({ ...values, recordedAt: now })
    .execute();
}

export async function listSupportOffers(tx: Tx, caseId: string) {
  return tx
    .selectFrom('supportOffers')
    .select(['id', 'personId', 'kind', 'offeredOn', 'response', 'provider', 'version'])
    .where('caseId', '=', caseId)
    .orderBy('offeredOn')
    .orderBy('id')
    .execute();
}
export type SupportOfferRow = Awaited<ReturnType<typeof listSupportOffers>>[number];

/** Records the person's answer at the version the caller saw. @returns the previous response, or null */
export async function answerSupportOffer(
  tx: Tx,
  caseId: string,
  id: string,
  version: number,
  response: string,
): Promise<string | null> {
  const before = await tx
    .selectFrom('supportOffers')
    .select(['response', 'kind'])
    .where('id', '=', id)
    .where('caseId', '=', caseId)
    .executeTakeFirst();
  if (!before) {
    return null;
  }
  const result = await tx
    .updateTable('supportOffers')
    .set({ response, version: version + 1 })
    .where('id', '=', id)
    .where('caseId', '=', caseId)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n ? before.response : null;
}
