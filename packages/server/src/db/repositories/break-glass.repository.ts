import type { Kysely, Transaction } from 'kysely';
import type { BreakGlassGrantsTable, DB } from '../schema';

type Tx = Transaction<DB> | Kysely<DB>;

export async function insertGrant(
  tx: Tx,
  row: Pick<
    BreakGlassGrantsTable,
    'id' | 'accountId' | 'organisationId' | 'householdId' | 'reasonCode' | 'reason'
  > & {
    grantedAt: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await tx.insertInto('breakGlassGrants').values(row).execute();
}

/** Grants visible to a team lead (row-level security limits them to the lead's organisations). */
export async function listGrantsForReview(tx: Tx, options: { onlyOpen: boolean; limit: number }) {
  let query = tx
    .selectFrom('breakGlassGrants as g')
    .innerJoin('accounts as a', 'a.id', 'g.accountId')
    .select([
      'g.id',
      'g.accountId',
      'a.displayName as professionalName',
      'g.householdId',
      'g.reasonCode',
      'g.reason',
      'g.grantedAt',
      'g.expiresAt',
      'g.reviewedAt',
      'g.reviewVerdict',
      'g.reviewComment',
    ]);
  if (options.onlyOpen) {
    query = query.where('g.reviewedAt', 'is', null);
  }
  return query.orderBy('g.grantedAt', 'desc').limit(options.limit).execute();
}

export async function findGrant(tx: Tx, id: string) {
  return tx.selectFrom('breakGlassGrants').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function reviewGrant(
  tx: Tx,
  id: string,
  review: {
    reviewedBy: string;
    reviewedAt: Date;
    reviewVerdict: 'JUSTIFIED' | 'UNJUSTIFIED';
    reviewComment: string;
  },
): Promise<boolean> {
  const result = await tx
    .updateTable('breakGlassGrants')
    .set(review)
    .where('id', '=', id)
    .where('reviewedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
