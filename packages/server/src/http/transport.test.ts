import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { createTestDatabase } from '../test/database';
import { buildTestApp } from '../test/test-app';
import type { App } from './app';

/**
 * Issue 9.10 and 9.9 (the server's part): over plain http the browser is not sent to https (a blank page on
 * a LAN address); over https it is (HSTS, upgrade-insecure-requests). Answers are compressed.
 */
let database: Database;
let plain: App;
let secure: App;

beforeAll(async () => {
  database = await createTestDatabase();
  plain = await buildTestApp(database);
  secure = await buildTestApp(database, { PUBLIC_URL: 'https://gezinsdossier.example' });
});
afterAll(async () => {
  await plain?.close();
  await secure?.close();
  await database?.close();
});

describe('issue 9.10: plain http on a LAN address works; https stays https', () => {
  it('served over http: no upgrade-insecure-requests and no HSTS', async () => {
    const answer = await plain.inject({ method: 'GET', url: '/api/v1/health' });
    expect(answer.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(answer.headers['strict-transport-security']).toBeUndefined();
  });

  it('served over https: upgrade-insecure-requests and HSTS', async () => {
    const answer = await secure.inject({ method: 'GET', url: '/api/v1/health' });
    expect(answer.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    expect(answer.headers['strict-transport-security']).toMatch(/max-age=31536000/);
  });
});

describe('issue 9.9: answers are compressed', () => {
  it('the OpenAPI document comes brotli- or gzip-compressed when the browser accepts it', async () => {
    for (const encoding of ['br', 'gzip'] as const) {
      const answer = await plain.inject({
        method: 'GET',
        url: '/api/v1/openapi.json',
        headers: { 'accept-encoding': encoding },
      });
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['content-encoding']).toBe(encoding);
      expect(answer.rawPayload.length).toBeLessThan(JSON.stringify(plain.swagger()).length / 4);
    }
  });
});
