import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../schema';
import { activeMemberships, toActor } from './account.repository';

/** Server-side sessions, stored by the SHA-256 of their token. */

export async function deleteExpiredSessions(db: Kysely<DB>, now: Date): Promise<void> {
  await db.deleteFrom('sessions').where('expiresAt', '<', now).execute();
}

export async function insertSession(
  db: Kysely<DB>,
  row: { id: string; accountId: string; csrfToken: string; now: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: row.id,
      accountId: row.accountId,
      csrfToken: row.csrfToken,
      createdAt: row.now,
      lastSeenAt: row.now,
      expiresAt: row.expiresAt,
    })
    .execute();
}

/**
 * A live session with its actor (an enabled account and its active memberships), in one round trip:
 * every request starts with this.
 */
export async function findLiveSession(db: Kysely<DB>, id: string, now: Date) {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.accountId')
    .select((eb) => [
      'sessions.csrfToken',
      'sessions.lastSeenAt',
      'accounts.id',
      'accounts.kind',
      'accounts.displayName',
      'accounts.personId',
      activeMemberships(eb),
    ])
    .where('sessions.id', '=', id)
    .where('sessions.expiresAt', '>', now)
    .where('accounts.disabledAt', 'is', null)
    .executeTakeFirst();
  return row ? { csrfToken: row.csrfToken, lastSeenAt: row.lastSeenAt, actor: toActor(row) } : null;
}

export async function touchSession(db: Kysely<DB>, id: string, now: Date, expiresAt: Date): Promise<void> {
  await db.updateTable('sessions').set({ lastSeenAt: now, expiresAt }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/**
 * The first statement of every request transaction, in one round trip: the actor for row-level security,
 * the request id, the application role (`set_config('role', …, true)` is `set local role`), and the
 * transaction id (`pg_current_xact_id()`), so that the id exists before any access-log seq is drawn: the
 * sealer's horizon depends on that (audit/sealer.ts).
 */
export async function enterActorRole(tx: Transaction<DB>, actorId: string, requestId: string): Promise<void> {
  await sql`select set_config('app.actor_id', ${actorId}, true), set_config('app.request_id', ${requestId}, true), pg_current_xact_id(), set_config('role', 'gezinsdossier_app', true)`.execute(
    tx,
  );
}

/** Ends every session of an account (it was deactivated). */
export async function deleteSessionsOfAccount(
  db: Kysely<DB> | Transaction<DB>,
  accountId: string,
): Promise<void> {
  await db.deleteFrom('sessions').where('accountId', '=', accountId).execute();
}
