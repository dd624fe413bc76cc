import type { Kysely } from 'kysely';
import type { DB } from '../schema';

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

export async function findLiveSession(db: Kysely<DB>, id: string, now: Date) {
  return db
    .selectFrom('sessions')
    .select(['id', 'accountId', 'csrfToken', 'lastSeenAt'])
    .where('id', '=', id)
    .where('expiresAt', '>', now)
    .executeTakeFirst();
}

export async function touchSession(db: Kysely<DB>, id: string, now: Date, expiresAt: Date): Promise<void> {
  await db.updateTable('sessions').set({ lastSeenAt: now, expiresAt }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}
