import type { Actor } from '@gezinsdossier/domain';
import { createSession, SESSION_COOKIE } from '../auth/session';
import { loadConfig } from '../config';
import type { Database } from '../db/database';
import { type App, buildApp } from '../http/app';

/** The real HTTP app in-process (Fastify inject), on the test database. */
export async function buildTestApp(
  database: Database,
  env: Record<string, string | undefined> = {},
): Promise<App> {
  const config = loadConfig({
    DEMO_MODE: 'true',
    LOG_LEVEL: 'silent',
    SEED_ON_EMPTY: 'false',
    RESPONSE_VALIDATION: 'true',
    ...env,
  });
  return buildApp({ config, database, now: () => new Date() }, { logger: false });
}

/** A signed-in session for an actor: the cookie and the CSRF header to send. */
export async function sessionFor(database: Database, actor: Actor) {
  const { token, csrfToken } = await createSession(database.db, actor.id, 60);
  return {
    cookie: `${SESSION_COOKIE}=${token}`,
    headers: { cookie: `${SESSION_COOKIE}=${token}`, 'x-csrf-token': csrfToken },
  };
}
