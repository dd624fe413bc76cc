import { AppError } from '@gezinsdossier/domain';
import * as client from 'openid-client';
import { findAccountByOidcSubject } from '../db/repositories/account.repository';
import { saveOidcState, takeOidcState } from '../db/repositories/oidc.repository';
import type { Deps } from '../deps';

export interface OidcClient {
  /** Returns the identity provider's authorization URL (code flow with PKCE S256, state and nonce). */
  start(): Promise<URL>;
  /** Completes the callback and returns the account id bound to the `sub` claim. */
  finish(callbackUrl: URL): Promise<string>;
}

/**
 * OpenID Connect sign-in (authorization code + PKCE) with openid-client. Accounts are provisioned by an
 * administrator with their `oidc_subject`; an unknown subject cannot sign in. A plain-http issuer is only
 * accepted on localhost (for development and tests).
 * @throws AppError oidc_not_configured when OIDC settings are absent
 */
export async function createOidcClient(deps: Deps): Promise<OidcClient> {
  const settings = deps.config.auth.oidc;
  const publicUrl = deps.config.http.publicUrl;
  if (!settings || !publicUrl) {
    throw new AppError('oidc_not_configured');
  }
  const issuer = new URL(settings.issuer);
  const isLocalHttp =
    issuer.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
  const config = await client.discovery(
    issuer,
    settings.clientId,
    settings.clientSecret ?? undefined,
    settings.clientSecret ? undefined : client.None(),
    isLocalHttp ? { execute: [client.allowInsecureRequests] } : undefined,
  );
  const redirectUri = new URL('/api/v1/auth/oidc/callback', publicUrl).toString();
  const db = deps.database.db;
  return {
    async start() {
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      await saveOidcState(db, { state, codeVerifier, nonce });
      return client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: 'openid profile',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
    },
    async finish(callbackUrl) {
      const state = callbackUrl.searchParams.get('state') ?? '';
      const pending = await takeOidcState(db, state, deps.now());
      if (!pending) {
        throw new AppError('oidc_failed', { detail: 'unknown or expired state' });
      }
      let subject: string | undefined;
      try {
        const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: state,
          expectedNonce: pending.nonce,
        });
        subject = tokens.claims()?.sub;
      } catch (error) {
        throw new AppError('oidc_failed', { detail: 'token exchange failed', cause: error });
      }
      const account = subject ? await findAccountByOidcSubject(db, subject) : undefined;
      if (!account) {
        throw new AppError('oidc_failed', { detail: 'no account for subject' });
      }
      return account.id;
    },
  };
}
