import { sql } from 'kysely';
import type { Tx } from './tx';

/** How long a key is remembered. */
const KEPT_HOURS = 24;

export interface StoredAnswer {
  requestHash: string;
  statusCode: number | null;
  response: unknown;
}

/**
 * Claims an idempotency key for this request, in the request's transaction. When another transaction holds
 * the same key, PostgreSQL waits for it to end: afterwards the key is either free again (it failed) and
 * claimed here, or taken, and the stored answer is returned. Old keys of the account go first.
 * @returns null when the key is now claimed by this request; otherwise the earlier request's answer
 */
export async function claimIdempotencyKey(
  tx: Tx,
  row: { accountId: string; key: string; requestHash: string; now: Date },
): Promise<StoredAnswer | null> {
  await tx
    .deleteFrom('idempotencyKeys')
    .where('accountId', '=', row.accountId)
    .where('createdAt', '<', sql<Date>`${row.now}::timestamptz - make_interval(hours => ${KEPT_HOURS})`)
    .execute();
  const claimed = await tx
    .insertInto('idempotencyKeys')
    .values({ accountId: row.accountId, key: row.key, requestHash: row.requestHash, createdAt: row.now })
    .onConflict((c) => c.columns(['accountId', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  if (claimed) {
    return null;
  }
  const stored = await tx
    .selectFrom('idempotencyKeys')
    .select(['requestHash', 'statusCode', 'response'])
    .where('accountId', '=', row.accountId)
    .where('key', '=', row.key)
    .executeTakeFirstOrThrow();
  return stored;
}

/** Stores the answer of the request that claimed the key (same transaction as what it created). */
export async function storeIdempotentAnswer(
  tx: Tx,
  row: { accountId: string; key: string; statusCode: number; response: unknown },
): Promise<void> {
  await tx
    .updateTable('idempotencyKeys')
    .set({ statusCode: row.statusCode, response: JSON.stringify(row.response ?? null) })
    .where('accountId', '=', row.accountId)
    .where('key', '=', row.key)
    .execute();
}
