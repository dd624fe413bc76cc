import { sql } from 'kysely';
import type { BreakGlassGrantsTable } from '../schema';
import type { Tx } from './tx';

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

/**
 * Exact lookup for break-the-glass, outside row-level security through a definer function: a current
 * member with this BSN, or with this family name and birth date. Returns at most two ids so the caller can
 * refuse an ambiguous match.
 */
export async function breakGlassLookup(
  tx: Tx,
  criteria: { bsn?: string; familyName?: string; birthDate?: string },
): Promise<string[]> {
  const result = await sql<{ householdId: string }>`
    select household_id from app_break_glass_lookup(${criteria.bsn ?? null}, ${criteria.familyName ?? null},
      ${criteria.birthDate ?? null}::date) limit 2`.execute(tx);
  return result.rows.map((r) => r.householdId);
}
