import { createHash, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import type { App } from '../http/app';
import { buildProfessional } from '../test/factories';
import { createTestDatabase } from '../test/database';
import { buildTestApp } from '../test/test-app';

/**
 * A minimal OpenID provider on loopback (discovery, authorize, token with PKCE check, JWKS), so that the
 * real openid-client code path runs end to end without any network beyond this machine.
 */
async function startIdentityProvider(subject: () => string) {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const pending = new Map<string, { challenge: string; nonce: string; clientId: string }>();
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic'],
      });
    }
    if (url.pathname === '/jwks') {
      return json(200, { keys: [jwk] });
    }
    if (url.pathname === '/authorize') {
      const code = randomUUID();
      pending.set(code, {
        challenge: url.searchParams.get('code_challenge') ?? '',
        nonce: url.searchParams.get('nonce') ?? '',
        clientId: url.searchParams.get('client_id') ?? '',
      });
      const back = new URL(url.searchParams.get('redirect_uri') ?? '');
      back.searchParams.set('code', code);
      back.searchParams.set('state', url.searchParams.get('state') ?? '');
      res.writeHead(302, { location: back.toString() });
      return res.end();
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      let body = '';
      for await (const chunk of req) {
        body += chunk;
      }
      const form = new URLSearchParams(body);
      const grant = pending.get(form.get('code') ?? '');
      pending.delete(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (!grant || challenge !== grant.challenge) {
        return json(400, { error: 'invalid_grant' });
      }
      const idToken = await new SignJWT({ nonce: grant.nonce })
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .setIssuer(issuer)
        .setSubject(subject())
        .setAudience(grant.clientId)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
      return json(200, {
        access_token: randomUUID(),
        token_type: 'Bearer',
        expires_in: 300,
        id_token: idToken,
      });
    }
    json(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { issuer, close: () => new Promise((r) => server.close(r)) };
}

let database: Database;
let app: App;
let idp: Awaited<ReturnType<typeof startIdentityProvider>>;
let currentSubject = 'unknown';

beforeAll(async () => {
  database = await createTestDatabase();
  idp = await startIdentityProvider(() => currentSubject);
  app = await buildTestApp(database, {
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: 'gezinsdossier',
    OIDC_CLIENT_SECRET: 'test-secret',
    PUBLIC_URL: 'http://127.0.0.1:3000',
    DEMO_MODE: 'false',
  });
});
afterAll(async () => {
  await app?.close();
  await idp?.close();
  await database?.close();
});

/** Runs the browser's part: start → identity provider → callback. Returns the callback response. */
async function signInThroughProvider() {
  const start = await app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
  expect(start.statusCode).toBe(302);
  const authorize = new URL(start.headers.location as string);
  const atProvider = await fetch(authorize, { redirect: 'manual' });
  const callback = new URL(atProvider.headers.get('location') as string);
  return {
    authorize,
    callback,
    response: await app.inject({ method: 'GET', url: `${callback.pathname}${callback.search}` }),
  };
}

describe('OIDC sign-in (authorization code + PKCE)', () => {
  it('signs in a provisioned account and starts a session; demo sign-in is off', async () => {
    const professional = await buildProfessional(database.db, 'LOCAL_TEAM');
    currentSubject = `sub-${randomUUID()}`;
    await database.db
      .updateTable('accounts')
      .set({ oidcSubject: currentSubject })
      .where('id', '=', professional.id)
      .execute();
    const { authorize, response } = await signInThroughProvider();
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('redirect_uri')).toBe(
      'http://127.0.0.1:3000/api/v1/auth/oidc/callback',
    );
    expect(response.statusCode).toBe(302);
    const cookie = String(response.headers['set-cookie']).split(';')[0] as string;
    const session = await app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });
    expect(session.json().actor.id).toBe(professional.id);
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/demo-users' })).statusCode).toBe(404);
  });

  it('refuses an identity that has no account: back to the sign-in page with the reason, no session', async () => {
    currentSubject = `sub-${randomUUID()}`;
    const { response } = await signInThroughProvider();
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/inloggen?fout=oidc_failed');
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a replayed callback (state is single use)', async () => {
    const professional = await buildProfessional(database.db, 'LOCAL_TEAM');
    currentSubject = `sub-${randomUUID()}`;
    await database.db
      .updateTable('accounts')
      .set({ oidcSubject: currentSubject })
      .where('id', '=', professional.id)
      .execute();
    const { callback, response } = await signInThroughProvider();
    expect(response.statusCode).toBe(302);
    const replay = await app.inject({ method: 'GET', url: `${callback.pathname}${callback.search}` });
    expect(replay.headers.location).toBe('/inloggen?fout=oidc_failed');
    expect(replay.headers['set-cookie']).toBeUndefined();
  });
});
