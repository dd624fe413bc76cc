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

/**
 * Grants visible to a team lead (row-level security limits them to the lead's organisations), with the
 * household's name for a lead who may review the grant (definer function; null for anyone else).
 */
export async function listGrantsForReview(
  tx: Tx,
  options: { onlyOpen: boolean; limit: number; grantId?: string },
) {
  let query = tx
    .selectFrom('breakGlassGrants as g')
    .innerJoin('accounts as a', 'a.id', 'g.accountId')
    .select([
      'g.id',
      'g.accountId',
      'a.displayName as professionalName',
      'g.householdId',
      sql<string | null>`app_break_glass_household_name(g.id)`.as('householdName'),
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
  if (options.grantId) {
    query = query.where('g.id', '=', options.grantId);
  }
  return query.orderBy('g.grantedAt', 'desc').limit(options.limit).execute();
}

export interface GrantActivityRow {
  occurredAt: Date;
  source: 'ACCESS_LOG' | 'CHANGE_HISTORY';
  /** An access-log action, or a change-history event type. */
  action: string;
  /** The kind of record read (access log) or changed (change history). */
  subject: string;
  personCount: number;
}

/**
 * What was read or changed under a grant, oldest first, for a team lead who may review it (definer
 * function: when, what and how many persons; no ids, no content). Empty for anyone else.
 */
export async function listGrantActivity(tx: Tx, grantId: string, limit: number): Promise<GrantActivityRow[]> {
  const result = await sql<GrantActivityRow>`
    select occurred_at, source, action, subject, person_count
    from app_break_glass_activity(${grantId}::uuid, ${limit})`.execute(tx);
  return result.rows;
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
