import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { buildHousehold, buildProfessional } from '../test/factories';
import { createTestDatabase } from '../test/database';
import { buildTestApp, sessionFor } from '../test/test-app';
import type { App } from './app';

/**
 * No request may crash the server or reach it as a 500: each hostile input gets a specific 4xx problem
 * and the household is unchanged.
 */
let database: Database;
let app: App;
let headers: Record<string, string>;
let householdId: string;
let parentId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database);
  const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
  const h = await buildHousehold(database.db, lt);
  householdId = h.householdId;
  parentId = h.parentId;
  headers = (await sessionFor(database, lt)).headers;
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const cases: {
  name: string;
  method: 'GET' | 'POST' | 'PATCH';
  url: (id: string, p: string) => string;
  payload?: unknown;
  contentType?: string;
  code: string;
}[] = [
  {
    name: 'a NUL byte in a note title',
    method: 'POST',
    url: (id) => `/api/v1/households/${id}/timeline-entries`,
    payload: { title: 'a\u0000b' },
    code: 'validation_failed',
  },
  {
    name: 'a NUL byte in a name',
    method: 'PATCH',
    url: (id, p) => `/api/v1/households/${id}/persons/${p}`,
    payload: { givenName: 'A\u0000', version: 1 },
    code: 'validation_failed',
  },
  {
    name: 'a number where text belongs',
    method: 'POST',
    url: (id) => `/api/v1/households/${id}/timeline-entries`,
    payload: { title: 42 },
    code: 'validation_failed',
  },
  {
    name: 'an array as body',
    method: 'POST',
    url: (id) => `/api/v1/households/${id}/timeline-entries`,
    payload: [1, 2, 3],
    code: 'validation_failed',
  },
  {
    name: 'null as body',
    method: 'POST',
    url: (id) => `/api/v1/households/${id}/timeline-entries`,
    payload: 'null',
    contentType: 'application/json',
    code: 'validation_failed',
  },
  {
    name: 'a version beyond integer range',
    method: 'PATCH',
    url: (id) => `/api/v1/households/${id}`,
    payload: { displayName: 'X', version: 1e20 },
    code: 'validation_failed',
  },
  {
    name: 'a negative page size',
    method: 'GET',
    url: (id) => `/api/v1/households/${id}/timeline-entries?limit=-5`,
    code: 'validation_failed',
  },
  {
    name: 'a forged cursor',
    method: 'GET',
    url: (id) => `/api/v1/households/${id}/timeline-entries?cursor=%%%`,
    code: 'validation_failed',
  },
  {
    name: 'a cursor with SQL in it',
    method: 'GET',
    url: () =>
      `/api/v1/households?cursor=${Buffer.from(JSON.stringify({ name: "x') or 1=1 --", id: 'not-a-uuid' })).toString('base64url')}`,
    code: 'validation_failed',
  },
  {
    name: 'plain text instead of JSON',
    method: 'POST',
    url: (id) => `/api/v1/households/${id}/timeline-entries`,
    payload: 'title=x',
    contentType: 'text/plain',
    code: 'validation_failed',
  },
  {
    name: 'a far-future note date',
    method: 'POST',
    url: (id) => `/api/v1/households/${id}/timeline-entries`,
    payload: { title: 'x', occurredAt: '99999-01-01T00:00:00Z' },
    code: 'validation_failed',
  },
  {
    name: 'too many persons named',
    method: 'POST',
    url: (id) => `/api/v1/households/${id}/timeline-entries`,
    payload: {
      title: 'x',
      aboutPersonIds: Array.from({ length: 60 }, () => '00000000-0000-4000-8000-000000000000'),
    },
    code: 'validation_failed',
  },
  {
    name: 'an unknown field value',
    method: 'POST',
    url: (id) => `/api/v1/households/${id}/persons`,
    payload: {
      person: { givenName: 'A', familyName: 'B', gender: 'ROBOT' },
      role: 'CHILD',
      from: '2020-01-01',
    },
    code: 'validation_failed',
  },
  {
    name: 'a search term of 10 000 characters',
    method: 'GET',
    url: () => `/api/v1/households?q=${'a'.repeat(10_000)}`,
    code: 'validation_failed',
  },
];

describe('hostile input', () => {
  it.each(cases)(
    '$name → 4xx $code, nothing changed',
    async ({ method, url, payload, contentType, code }) => {
      const before = await database.db
        .selectFrom('dossierEvents')
        .select('id')
        .where('householdId', '=', householdId)
        .execute();
      const response = await app.inject({
        method,
        url: url(householdId, parentId),
        headers: { ...headers, ...(contentType ? { 'content-type': contentType } : {}) },
        ...(payload === undefined
          ? {}
          : { payload: typeof payload === 'string' ? payload : (payload as object) }),
      });
      expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, response.body).toBeLessThan(500);
      expect(response.json().code).toBe(code);
      const after = await database.db
        .selectFrom('dossierEvents')
        .select('id')
        .where('householdId', '=', householdId)
        .execute();
      expect(after).toEqual(before);
    },
  );

  it('names the field with the forbidden character in Dutch', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/households/${householdId}/timeline-entries`,
      headers,
      payload: { title: 'ok', body: 'x\u0000' },
    });
    expect(response.json().issues).toEqual([
      {
        path: 'body',
        code: 'text_invalid_character',
        message: 'Deze tekst bevat een teken dat niet is toegestaan.',
      },
    ]);
  });

  it('the server still answers after all of them', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/v1/households/${householdId}`, headers });
    expect(response.statusCode).toBe(200);
  });
});

/** Bodies that are wrong in shape, type or content; each must be refused with a 4xx and change nothing. */
const HOSTILE_BODIES: { name: string; payload: string }[] = [
  { name: 'empty object', payload: '{}' },
  { name: 'array', payload: '[]' },
  { name: 'null', payload: 'null' },
  {
    name: 'NUL bytes and a huge string',
    payload: JSON.stringify({ text: 'a\u0000'.repeat(10), summary: 'x'.repeat(300_000) }),
  },
  {
    name: 'wrong types everywhere',
    payload: JSON.stringify({ status: 5, version: 'one', reason: [], on: {}, to: true }),
  },
  {
    name: 'unknown enum values',
    payload: JSON.stringify({ kind: 'DROP TABLE', status: 'SENT', to: 'NOWHERE', version: 1 }),
  },
];

describe('hostile input on every write endpoint of the household (from the OpenAPI document)', () => {
  it('no write endpoint answers 5xx or changes anything, whatever the body', async () => {
    const spec = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const writes = Object.entries(spec.paths)
      .filter(
        ([path]) => path.startsWith('/api/v1/households/{householdId}') || path.startsWith('/api/v1/intakes'),
      )
      .flatMap(([path, ops]) =>
        Object.keys(ops)
          .filter((m) => ['post', 'put', 'patch'].includes(m))
          .map((m) => ({ method: m.toUpperCase() as 'POST' | 'PUT' | 'PATCH', path })),
      );
    // The path of a worry alone has over twenty write endpoints; the sweep must see them.
    expect(writes.length).toBeGreaterThan(30);
    const before = await database.db
      .selectFrom('dossierEvents')
      .select('id')
      .where('householdId', '=', householdId)
      .execute();
    const failures: string[] = [];
    for (const { method, path } of writes) {
      const url = path
        .replace('{householdId}', householdId)
        .replace('{personId}', parentId)
        .replace(/\{[a-zA-Z]+\}/g, '00000000-0000-4000-8000-000000000000');
      for (const body of HOSTILE_BODIES) {
        const response = await app.inject({
          method,
          url,
          headers: { ...headers, 'content-type': 'application/json' },
          payload: body.payload,
        });
        if (response.statusCode < 400 || response.statusCode >= 500) {
          failures.push(
            `${method} ${path} with ${body.name}: ${response.statusCode} ${response.body.slice(0, 200)}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
    const after = await database.db
      .selectFrom('dossierEvents')
      .select('id')
      .where('householdId', '=', householdId)
      .execute();
    expect(after).toEqual(before);
  });
});

/**
 * Found by the API fuzz test: a note whose offset carries its moment past the year 9999 (or before the year
 * 0) was stored, answered 500, and made every later read of the dossier, its timeline and its export answer
 * 500; a report received in 9999 (or the year 0) answered 500 while its triage deadline was counted. Moments
 * before 1900 are refused too (a note in the year 0 was stored and broke paging).
 */
describe('moments the dossier cannot carry are refused with 400, and the dossier stays readable', () => {
  const reads = (id: string) => [
    `/api/v1/households/${id}`,
    `/api/v1/households/${id}/timeline-entries`,
    `/api/v1/households/${id}/export`,
  ];

  it.each(['9999-12-31T23:00:00-12:00', '0000-01-01T00:00:00+14:00', '0000-01-01T00:00:00Z'])(
    'a note that occurred at %s',
    async (occurredAt) => {
      const response = await app.inject({
        method: 'POST',
        url: `/api/v1/households/${householdId}/timeline-entries`,
        headers,
        payload: { title: 'Te vroeg of te laat', occurredAt },
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().issues).toEqual([
        expect.objectContaining({ path: 'occurredAt', code: 'date_out_of_range' }),
      ]);
      for (const url of reads(householdId)) {
        expect((await app.inject({ method: 'GET', url, headers })).statusCode, url).toBe(200);
      }
    },
  );

  it.each(['9999-12-31T23:59:59Z', '0000-01-01T00:00:00Z'])('a report received at %s', async (receivedAt) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/intakes',
      headers,
      payload: {
        kind: 'REPORT',
        receivedAt,
        householdId,
        reporter: { kind: 'CITIZEN', anonymous: true },
        summary: 'Zorgen over het gezin.',
      },
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().issues).toEqual([
      expect.objectContaining({ path: 'receivedAt', code: 'date_out_of_range' }),
    ]);
    const reports = await database.db
      .selectFrom('reports')
      .select('id')
      .where('householdId', '=', householdId)
      .execute();
    expect(reports).toEqual([]);
  });
});
