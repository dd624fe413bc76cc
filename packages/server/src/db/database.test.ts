import { AppError } from '@gezinsdossier/domain';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { App } from '../http/app';
import { prepareTestDatabase, type TestDatabaseLocation } from '../test/database';
import { buildHousehold, buildProfessional } from '../test/factories';
import { withDatabase } from '../test/global-setup';
import { createPgCluster, type PgCluster } from '../test/pg-cluster';
import { buildTestApp, sessionFor } from '../test/test-app';
import { seedReferenceData } from '../seed/seed';
import { type Database, migrateToLatest, openDatabase } from './database';
import { isDatabaseUnavailable, translateDbError } from './db-errors';

/**
 * The server and a PostgreSQL that goes away: a terminated connection, a stopped cluster. The process must
 * survive, answer 503 while the database is away, and serve again by itself. These need a PostgreSQL server
 * to lose, so they exist in the `test:pg` run only (as in sealer-concurrency.test.ts: chosen by the
 * backend of the run, nothing skipped); the mapping of connection errors below runs on both backends.
 */

interface Served {
  app: App;
  database: Database;
  /** What the database layer reported about lost connections. */
  logs: string[];
  headers: Record<string, string>;
  householdId: string;
}

/** The real app on a migrated database at `url`, with one involved professional and their household. */
async function serve(url: string): Promise<Served> {
  const logs: string[] = [];
  const database = await openDatabase({
    databaseUrl: url,
    dataDir: '',
    poolSize: 4,
    log: (line) => logs.push(line),
  });
  const app = await buildTestApp(database);
  const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
  const { householdId } = await buildHousehold(database.db, lt);
  const headers = { ...(await sessionFor(database, lt)).headers, 'content-type': 'application/json' };
  return { app, database, logs, headers, householdId };
}

/** A read (the dossier) and a write (a note), through HTTP. */
async function readAndWrite(s: Served, title: string) {
  const read = await s.app.inject({
    method: 'GET',
    url: `/api/v1/households/${s.householdId}`,
    headers: s.headers,
  });
  const write = await s.app.inject({
    method: 'POST',
    url: `/api/v1/households/${s.householdId}/timeline-entries`,
    headers: s.headers,
    payload: { kind: 'NOTE', title },
  });
  return { read, write };
}

/**
 * Asks /health until it answers 200, as a load balancer would; every answer on the way must be a 200 or a
 * 503 (never a 5xx of another kind, never a crash). Bounded by a number of attempts, not by time.
 */
async function untilHealthy(app: App): Promise<number[]> {
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 400; attempt++) {
    const response = await app.inject({ method: 'GET', url: '/api/v1/health' });
    statuses.push(response.statusCode);
    if (response.statusCode === 200) {
      return statuses;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return statuses;
}

/** Waits until the server of `admin` shows no session on `database` any more. */
async function untilNoSessions(admin: pg.Client, database: string): Promise<void> {
  for (let attempt = 0; attempt < 400; attempt++) {
    const { rows } = await admin.query<{ n: number }>(
      'select count(*)::int as n from pg_stat_activity where datname = $1',
      [database],
    );
    if (rows[0]?.n === 0) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`sessions on ${database} did not end`);
}

if (inject('testDatabase').kind === 'postgres') {
  describe('issue 8.1: the server survives a lost PostgreSQL connection (PostgreSQL)', () => {
    let location: TestDatabaseLocation;
    let served: Served;
    let admin: pg.Client;
    let databaseName: string;

    beforeAll(async () => {
      location = await prepareTestDatabase();
      const url = location.databaseUrl as string;
      databaseName = new URL(url).pathname.slice(1);
      served = await serve(url);
      admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
      await admin.connect();
    });
    afterAll(async () => {
      await admin?.end();
      await served?.app.close();
      await served?.database.close();
      await location?.drop();
    });

    it('issue 8.1: pg_terminate_backend on every server connection (idle and in a transaction): the process stays up, then reads and writes succeed', async () => {
      // Several connections in the pool (concurrent requests), then idle.
      const warm = await Promise.all(
        Array.from({ length: 4 }, () =>
          served.app.inject({
            method: 'GET',
            url: `/api/v1/households/${served.householdId}`,
            headers: served.headers,
          }),
        ),
      );
      expect(warm.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);

      // One connection is checked out in an open transaction when its backend goes away.
      const inTransaction = served.database.db.transaction().execute(async (tx) => {
        await sql`select 1`.execute(tx);
        const { rows } = await admin.query<{ n: number }>(
          `select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
           where datname = $1 and pid <> pg_backend_pid()`,
          [databaseName],
        );
        expect(rows[0]?.n).toBeGreaterThanOrEqual(2);
        await untilNoSessions(admin, databaseName);
        await sql`select 1`.execute(tx);
      });
      const failed = await inTransaction.then(
        () => null,
        (error: unknown) => error,
      );
      expect(isDatabaseUnavailable(failed)).toBe(true);

      const statuses = await untilHealthy(served.app);
      expect(statuses.at(-1)).toBe(200);
      expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
      const { read, write } = await readAndWrite(served, 'Na het wegvallen van de verbinding');
      expect(read.statusCode, read.body).toBe(200);
      expect(write.statusCode, write.body).toBe(201);
      // Reported as one line each, without the client (user, host, database, cancel key).
      expect(served.logs.length).toBeGreaterThanOrEqual(2);
      for (const line of served.logs) {
        expect(line).toMatch(
          /^Database connection lost \((57P01: terminating connection|Connection terminated)/,
        );
        expect(line).not.toContain(databaseName);
        expect(line).not.toMatch(/secretKey|processID|127\.0\.0\.1|postgres/);
      }
    });
  });

  // A cluster of its own: stopping the shared one would break the test files that run beside this one.
  describe('issue 8.1: the server survives a restart of PostgreSQL (PostgreSQL, own cluster)', () => {
    let cluster: PgCluster;
    let served: Served;

    beforeAll(async () => {
      cluster = await createPgCluster();
      const url = withDatabase(cluster.url, 'gezinsdossier');
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      await admin.query('create database gezinsdossier');
      await admin.end();
      const setup = await openDatabase({ databaseUrl: url, dataDir: '' });
      await migrateToLatest(setup.db);
      await seedReferenceData(setup.db);
      await setup.close();
      served = await serve(url);
    });
    afterAll(async () => {
      await served?.app.close();
      await served?.database.close();
      cluster?.destroy();
    });

    it('issue 8.1: while the cluster is down every request gets 503 database_unavailable (problem+json) and health says unavailable; after a start it serves again without a restart', async () => {
      const before = await readAndWrite(served, 'Voor de herstart');
      expect([before.read.statusCode, before.write.statusCode]).toEqual([200, 201]);

      cluster.stop();
      const { read, write } = await readAndWrite(served, 'Tijdens de herstart');
      for (const response of [read, write]) {
        expect(response.statusCode, response.body).toBe(503);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.headers['retry-after']).toBe('5');
        expect(response.json()).toMatchObject({
          code: 'database_unavailable',
          title: 'De database is even niet bereikbaar. Probeer het zo opnieuw.',
        });
      }
      const health = await served.app.inject({ method: 'GET', url: '/api/v1/health' });
      expect(health.statusCode).toBe(503);
      expect(health.json()).toEqual({ status: 'unavailable', database: 'postgres' });

      cluster.start();
      const statuses = await untilHealthy(served.app);
      expect(statuses.at(-1)).toBe(200);
      expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
      const after = await readAndWrite(served, 'Na de herstart');
      expect(after.read.statusCode, after.read.body).toBe(200);
      expect(after.write.statusCode, after.write.body).toBe(201);
      const titles = await served.database.db
        .selectFrom('timelineEntries')
        .select('title')
        .where('householdId', '=', served.householdId)
        .execute();
      expect(titles.map((t) => t.title)).toEqual(
        expect.arrayContaining(['Voor de herstart', 'Na de herstart']),
      );
      expect(titles.map((t) => t.title)).not.toContain('Tijdens de herstart');
    });
  });
}

describe('issue 8.1: a lost or refused database connection is 503 database_unavailable', () => {
  const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

  it.each([
    ['connection refused', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['connection reset', withCode('ECONNRESET')],
    ['admin shutdown (57P01)', withCode('57P01', 'terminating connection due to administrator command')],
    ['crash shutdown (57P02)', withCode('57P02')],
    ['cannot connect now (57P03)', withCode('57P03', 'the database system is starting up')],
    ['idle session timeout (57P05)', withCode('57P05')],
    ['connection failure (08006)', withCode('08006')],
    ['connection does not exist (08003)', withCode('08003')],
    ['too many connections (53300)', withCode('53300')],
    ['terminated unexpectedly', new Error('Connection terminated unexpectedly')],
    ['not queryable', new Error('Client has encountered a connection error and is not queryable')],
    ['pool connect timeout', new Error('timeout exceeded when trying to connect')],
    [
      'every address refused (AggregateError)',
      new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], 'connect failed'),
    ],
  ])('issue 8.1: %s → database_unavailable (503)', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    const translated = translateDbError(error);
    expect(translated).toBeInstanceOf(AppError);
    expect((translated as AppError).code).toBe('database_unavailable');
  });

  it('issue 8.1: other database errors keep their meaning', () => {
    expect(isDatabaseUnavailable(withCode('23505'))).toBe(false);
    expect(isDatabaseUnavailable(new Error('syntax error at or near "x"'))).toBe(false);
    expect((translateDbError(withCode('22P02')) as AppError).code).toBe('validation_failed');
  });
});
