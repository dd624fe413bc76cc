import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '@gezinsdossier/domain';
import type { Kysely } from 'kysely';
import {
  deleteExpiredSessions,
  findLiveSession,
  insertSession,
  deleteSession as removeSession,
  touchSession,
} from '../db/repositories/session.repository';
import type { DB } from '../db/schema';

/**
 * Server-side sessions. The browser holds a random token in an httpOnly cookie; the database holds only
 * its SHA-256, so a database dump cannot be used to sign in. Each session carries its own CSRF token.
 * Sessions expire after a period of inactivity (sliding).
 */
export const SESSION_COOKIE = 'gd_session';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Kysely<DB>,
  accountId: string,
  idleMinutes: number,
  now = new Date(),
) {
  // Sessions past their expiry are useless; remove them when a new one starts, so the table stays small.
  await deleteExpiredSessions(db, now);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await insertSession(db, {
    id: hash(token),
    accountId,
    csrfToken,
    now,
    expiresAt: new Date(now.getTime() + idleMinutes * 60_000),
  });
  return { token, csrfToken };
}

export interface ResolvedSession {
  sessionId: string;
  csrfToken: string;
  actor: Actor;
}

/** Looks up a session token; extends it when used (at most once a minute, to keep reads cheap). */
export async function resolveSession(
  db: Kysely<DB>,
  token: string,
  idleMinutes: number,
  now = new Date(),
): Promise<ResolvedSession | null> {
  const id = hash(token);
  const session = await findLiveSession(db, id, now);
  if (!session) {
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    await touchSession(db, id, now, new Date(now.getTime() + idleMinutes * 60_000));
  }
  return { sessionId: id, csrfToken: session.csrfToken, actor: session.actor };
}

export async function deleteSession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await removeSession(db, sessionId);
}
