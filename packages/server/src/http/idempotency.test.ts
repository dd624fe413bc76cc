import { randomUUID } from 'node:crypto';
import type { Actor } from '@gezinsdossier/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { createTestDatabase } from '../test/database';
import { buildHousehold, buildProfessional } from '../test/factories';
import { buildTestApp, sessionFor } from '../test/test-app';
import type { App } from './app';

/**
 * Issue 8.4: a double submit must not create a second record. Every create (POST) takes an
 * `Idempotency-Key`: the first request with a key stores its answer in the same transaction as what it
 * created, a repeat gets that answer back. On PostgreSQL the repeats really arrive at the same moment.
 */
let database: Database;
let app: App;
let lt: Actor;
let headers: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildTestApp(database);
  lt = await buildProfessional(database.db, 'LOCAL_TEAM');
  headers = (await sessionFor(database, lt)).headers;
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const newHousehold = (name: string) => ({ displayName: name, municipalityCode: 'GM0344' });
const householdsNamed = (name: string) =>
  database.db.selectFrom('households').select('id').where('displayName', '=', name).execute();

describe('issue 8.4: Idempotency-Key on creates', () => {
  it('the same household created three times at the same moment with one key gives one dossier and three equal answers', async () => {
    const name = `Gezin Dubbelklik ${randomUUID().slice(0, 8)}`;
    const key = randomUUID();
    const answers = await Promise.all(
      [1, 2, 3].map(() =>
        app.inject({
          method: 'POST',
          url: '/api/v1/households',
          headers: { ...headers, 'idempotency-key': key },
          payload: newHousehold(name),
        }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201]);
    const ids = new Set(answers.map((a) => a.json().householdId));
    expect(ids.size).toBe(1);
    expect(await householdsNamed(name)).toEqual([{ id: [...ids][0] }]);
  });

  it('a retry after the answer was lost returns the first answer, and the repeat is in the access log', async () => {
    const h = await buildHousehold(database.db, lt);
    const key = randomUUID();
    const send = () =>
      app.inject({
        method: 'POST',
        url: `/api/v1/households/${h.householdId}/timeline-entries`,
        headers: { ...headers, 'idempotency-key': key },
        payload: { kind: 'NOTE', title: 'Huisbezoek', body: 'Korte notitie.', aboutPersonIds: [] },
      });
    const first = await send();
    const again = await send();
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    const notes = await database.db
      .selectFrom('timelineEntries')
      .select('id')
      .where('householdId', '=', h.householdId)
      .where('title', '=', 'Huisbezoek')
      .execute();
    expect(notes).toHaveLength(1);
    const replays = await database.db
      .selectFrom('accessLog')
      .select(['actorId', 'action'])
      .where('householdId', '=', h.householdId)
      .where('resourceType', '=', 'idempotent_replay')
      .execute();
    expect(replays).toEqual([{ actorId: lt.id, action: 'read' }]);
  });

  it('the same key with another request is refused (422 idempotency_key_reused) and creates nothing', async () => {
    const key = randomUUID();
    const name = `Gezin Eerste ${randomUUID().slice(0, 8)}`;
    const other = `Gezin Ander ${randomUUID().slice(0, 8)}`;
    const first = await app.inject({
      method: 'POST',
      url: '/api/v1/households',
      headers: { ...headers, 'idempotency-key': key },
      payload: newHousehold(name),
    });
    expect(first.statusCode).toBe(201);
    const reused = await app.inject({
      method: 'POST',
      url: '/api/v1/households',
      headers: { ...headers, 'idempotency-key': key },
      payload: newHousehold(other),
    });
    expect(reused.statusCode).toBe(422);
    expect(reused.json().code).toBe('idempotency_key_reused');
    expect(await householdsNamed(other)).toEqual([]);
  });

  it('a request that failed stored nothing: the corrected request with the same key is carried out', async () => {
    const key = randomUUID();
    const name = `Gezin Herstel ${randomUUID().slice(0, 8)}`;
    const failed = await app.inject({
      method: 'POST',
      url: '/api/v1/households',
      headers: { ...headers, 'idempotency-key': key },
      payload: { displayName: name, municipalityCode: 'GM9999' },
    });
    expect(failed.statusCode).toBeGreaterThanOrEqual(400);
    expect(failed.statusCode).toBeLessThan(500);
    const fixed = await app.inject({
      method: 'POST',
      url: '/api/v1/households',
      headers: { ...headers, 'idempotency-key': key },
      payload: newHousehold(name),
    });
    expect(fixed.statusCode).toBe(201);
    expect(await householdsNamed(name)).toHaveLength(1);
  });

  it('keys belong to one account: a colleague using the same key creates their own record', async () => {
    const colleague = await buildProfessional(database.db, 'LOCAL_TEAM');
    const theirs = (await sessionFor(database, colleague)).headers;
    const key = randomUUID();
    const name = `Gezin Sleutel ${randomUUID().slice(0, 8)}`;
    for (const h of [headers, theirs]) {
      const answer = await app.inject({
        method: 'POST',
        url: '/api/v1/households',
        headers: { ...h, 'idempotency-key': key },
        payload: newHousehold(name),
      });
      expect(answer.statusCode).toBe(201);
    }
    expect(await householdsNamed(name)).toHaveLength(2);
  });

  it('a malformed key is refused with 400 and creates nothing', async () => {
    const name = `Gezin Fout ${randomUUID().slice(0, 8)}`;
    const answer = await app.inject({
      method: 'POST',
      url: '/api/v1/households',
      headers: { ...headers, 'idempotency-key': 'x'.repeat(201) },
      payload: newHousehold(name),
    });
    expect(answer.statusCode).toBe(400);
    expect(await householdsNamed(name)).toEqual([]);
  });

  it('the OpenAPI document offers the header on every create', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
      paths: Record<
        string,
        Record<string, { security?: unknown[]; parameters?: { name: string; in: string }[] }>
      >;
    };
    const creates = Object.entries(document.paths).flatMap(([path, ops]) =>
      ops.post && !path.startsWith('/api/v1/auth/') ? [[path, ops.post] as const] : [],
    );
    expect(creates.length).toBeGreaterThan(20);
    for (const [path, op] of creates) {
      expect(
        op.parameters?.some((p) => p.in === 'header' && p.name === 'idempotency-key'),
        `${path} takes Idempotency-Key`,
      ).toBe(true);
    }
  });
});
