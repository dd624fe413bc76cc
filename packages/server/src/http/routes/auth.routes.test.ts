import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import type { Database } from '../../db/database';
import { startServer } from '../../main';
import { createTestDatabase, prepareTestDatabase } from '../../test/database';
import { buildTestApp } from '../../test/test-app';
import type { App } from '../app';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

/** A demo account to sign in as. */
async function demoAccountId(app: App): Promise<string> {
  const users = (await app.inject({ method: 'GET', url: '/api/v1/auth/demo-users' })).json();
  return users[0].id;
}

/** Signs in `times` times from `client` as seen through a proxy at 127.0.0.1; returns the statuses. */
async function signIns(app: App, accountId: string, client: string, times: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < times; i++) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/demo-sessions',
      payload: { accountId },
      remoteAddress: '127.0.0.1',
      headers: { 'x-forwarded-for': client },
    });
    statuses.push(response.statusCode);
  }
  return statuses;
}

describe('issue 8.12c: the sign-in rate limit behind a reverse proxy', () => {
  it('issue 8.12c: with TRUST_PROXY the limit is per forwarded client: one colleague at the limit does not lock out the office', async () => {
    const app = await buildTestApp(database, { TRUST_PROXY: '127.0.0.1' });
    try {
      const accountId = await demoAccountId(app);
      expect(await signIns(app, accountId, '203.0.113.5', 11)).toEqual([...Array(10).fill(201), 429]);
      expect(await signIns(app, accountId, '203.0.113.6', 1)).toEqual([201]);
      expect(await signIns(app, accountId, '203.0.113.5', 1)).toEqual([429]);
    } finally {
      await app.close();
    }
  });

  it('issue 8.12c: without TRUST_PROXY a forwarded address is ignored, so it cannot be used to dodge the limit', async () => {
    const app = await buildTestApp(database);
    try {
      const accountId = await demoAccountId(app);
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        statuses.push(...(await signIns(app, accountId, `198.51.100.${i}`, 1)));
      }
      expect(statuses).toEqual([...Array(10).fill(201), 429]);
    } finally {
      await app.close();
    }
  });

  it('issue 8.12c: a trusted proxy that is not the peer is not believed', async () => {
    const app = await buildTestApp(database, { TRUST_PROXY: '10.0.0.1' });
    try {
      const accountId = await demoAccountId(app);
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        statuses.push(...(await signIns(app, accountId, `198.51.100.${i}`, 1)));
      }
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await app.close();
    }
  });
});

describe('issue 8.12d: no silent demo sign-in with DATABASE_URL', () => {
  it('issue 8.12d: with DATABASE_URL, no OIDC and no DEMO_MODE, no sign-in method is offered and demo sign-in is refused', async () => {
    const app = await buildTestApp(database, {
      DATABASE_URL: 'postgres://gezinsdossier@db.internal:5432/gezinsdossier',
      DEMO_MODE: undefined,
    });
    try {
      const methods = await app.inject({ method: 'GET', url: '/api/v1/auth/methods' });
      expect(methods.json()).toEqual({ demo: false, oidc: false });
      const users = await app.inject({ method: 'GET', url: '/api/v1/auth/demo-users' });
      expect(users.statusCode).toBe(404);
      expect(users.json().code).toBe('demo_mode_disabled');
      const signIn = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/demo-sessions',
        payload: { accountId: '00000000-0000-4000-8000-000000000000' },
      });
      expect(signIn.statusCode).toBe(404);
      expect(signIn.json().code).toBe('demo_mode_disabled');
    } finally {
      await app.close();
    }
  });

  it('issue 8.12d: the server says at start that no sign-in is configured', async () => {
    const location = await prepareTestDatabase();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-no-sign-in-'));
    const logs: string[] = [];
    try {
      const config = loadConfig({
        DATABASE_URL: location.databaseUrl ?? undefined,
        DATA_DIR: location.databaseUrl ? dir : location.dataDir,
        // On the PGlite run the embedded database would switch demo on; say explicitly that it is off.
        DEMO_MODE: location.databaseUrl ? undefined : 'false',
        PORT: '0',
        LOG_LEVEL: 'silent',
        AUDIT_SIGNING_KEY_FILE: path.join(dir, 'key.pem'),
        AUDIT_ANCHOR_FILE: path.join(dir, 'anchor.jsonl'),
      });
      const server = await startServer(config, (line) => logs.push(line));
      await server.stop();
    } finally {
      await location.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(logs.join('\n')).toContain(
      'No sign-in is configured: nobody can sign in. Set OIDC_ISSUER, OIDC_CLIENT_ID and PUBLIC_URL for organisation sign-in, or DEMO_MODE=true for a demo with synthetic data only.',
    );
    expect(logs.join('\n')).not.toContain('demo mode');
    expect(logs.join('\n')).not.toContain('seeding the synthetic demo region');
  });
});
