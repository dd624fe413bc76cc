import type { Kysely } from 'kysely';
import type { DB } from '../schema';

/** Pending OIDC sign-ins (state → PKCE verifier, nonce). Single use; older than 10 minutes is void. */
export async function saveOidcState(
  db: Kysely<DB>,
  row: { state: string; codeVerifier: string; nonce: string },
): Promise<void> {
  await db.insertInto('oidcStates').values(row).execute();
}

export async function takeOidcState(db: Kysely<DB>, state: string, now: Date) {
  const row = await db
    .deleteFrom('oidcStates')
    .where('state', '=', state)
    .returning(['codeVerifier', 'nonce', 'createdAt'])
    .executeTakeFirst();
  if (!row || now.getTime() - row.createdAt.getTime() > 10 * 60_000) {
    return null;
  }
  return row;
}
