import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { CamelCasePlugin, Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataDirectory } from './data-dir-lock';
import { describeDbError } from './db-errors';
import { migrations } from './migrations/index';
import type { DB } from './schema';

/**
 * One typed query layer over two backends. Both go through node-postgres and Kysely's PostgresDialect:
 * PGlite via its node-postgres shim (one connection, so requests are serialised), PostgreSQL via a pool.
 * Type parsing is therefore identical: dates stay 'YYYY-MM-DD' strings, int8 becomes a number.
 */
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

export type Backend = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  backend: Backend;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl: string | null;
  dataDir: string;
  poolSize?: number;
  /** Where a lost PostgreSQL connection is reported (one line, no connection details); stderr by default. */
  log?: (line: string) => void;
  /** What this process runs, recorded in the PGlite data-directory lock (e.g. `gezinsdossier start`). */
  command?: string;
}

/** How long a request waits for a PostgreSQL connection before it is answered `503 database_unavailable`. */
const CONNECT_TIMEOUT_MS = 5000;

/**
 * Opens the database: PostgreSQL when `databaseUrl` is set, otherwise PGlite in `dataDir` (created on
 * first use; the first start runs initdb and takes a few seconds), locked for this process until `close`.
 * @throws DataDirectoryInUseError when another process has the PGlite data directory open
 */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = surviveLostConnections(
      withPreparedStatements(
        new pg.Pool({
          connectionString: options.databaseUrl,
          max: options.poolSize ?? 10,
          connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
          // TCP keepalive, so a connection lost in the network (no FIN, no RST) is noticed, not waited on.
          keepAlive: true,
        }),
      ),
      options.log ?? ((line) => process.stderr.write(`${line}\n`)),
    );
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
    return { db, backend: 'postgres', close: () => db.destroy() };
  }
  fs.mkdirSync(options.dataDir, { recursive: true });
  // One process per data directory: a second one refuses here, before PGlite touches a file.
  const lock = lockDataDirectory(options.dataDir, {
    command: options.command ?? `node ${path.basename(process.argv[1] ?? '')}`.trim(),
  });
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(options.dataDir);
  } catch (error) {
    lock.release();
    throw error;
  }
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
  return {
    db,
    backend: 'pglite',
    close: async () => {
      try {
        await db.destroy();
        await pglite.close();
      } finally {
        lock.release();
      }
    },
  };
}

/**
 * A PostgreSQL connection can be lost at any time: pg_terminate_backend, a restart of the server, an
 * idle_session_timeout, the network. node-postgres then emits `error` on the client, and on the pool when
 * the client was idle; an `error` event without a listener ends the process. Here both have a listener
 * that reports one line (code and message, never the client, which carries user, host and cancel key).
 * The pool has already discarded the broken client (idle) or discards it on release (checked out: it is
 * no longer queryable), and the next request opens a new connection, so the server serves again as soon
 * as the database is back. Meanwhile requests fail with errors that map to `503 database_unavailable`.
 */
function surviveLostConnections(pool: pg.Pool, log: (line: string) => void): pg.Pool {
  const report = (error: unknown) =>
    log(`Database connection lost (${describeDbError(error)}); reconnecting on demand.`);
  pool.on('connect', (client) => {
    client.on('error', report);
  });
  // An idle client's error reaches the pool as well; the client's own listener has reported it already.
  pool.on('error', () => {});
  return pool;
}

/** At most this many statements are kept prepared per connection; later ones run unnamed. */
const PREPARED_PER_CONNECTION = 2000;

/**
 * Makes every parameterised query a named prepared statement on its connection, keyed by a hash of its
 * text. PostgreSQL then parses and plans a statement once per connection instead of once per execution:
 * planning was about a third of the database's work for an open dossier. Queries without parameters
 * (DDL, migrations) stay unnamed. Kysely's PostgreSQL driver calls `client.query(text, values)`.
 */
function withPreparedStatements(pool: pg.Pool): pg.Pool {
  // Statement names by text, shared by the pool's connections (hashing each query's text costs more).
  const nameOf = new Map<string, string>();
  pool.on('connect', (client) => {
    const names = new Set<string>();
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    // biome-ignore lint/suspicious/noExplicitAny: node-postgres overloads query; this wraps its (text, values) form
    (client as any).query = (text: unknown, values?: unknown, callback?: unknown) => {
      if (
        typeof text !== 'string' ||
        !Array.isArray(values) ||
        values.length === 0 ||
        callback !== undefined
      ) {
        return callback === undefined ? query(text, values) : query(text, values, callback);
      }
      let name = nameOf.get(text);
      if (name === undefined) {
        name = `gd_${createHash('sha1').update(text).digest('base64url')}`;
        if (nameOf.size < PREPARED_PER_CONNECTION) {
          nameOf.set(text, name);
        }
      }
      if (!names.has(name)) {
        if (names.size >= PREPARED_PER_CONNECTION) {
          return query(text, values);
        }
        names.add(name);
      }
      return query({ name, text, values });
    };
  });
  return pool;
}

/**
 * Whether a PGlite data directory holds a database: `missing` (no such directory), `empty` (a directory
 * without a database in it) or `present`. Opening a missing or empty directory would create a new,
 * empty database there.
 */
export function pgliteDataDirState(dataDir: string): 'missing' | 'empty' | 'present' {
  if (!fs.existsSync(dataDir)) {
    return 'missing';
  }
  return fs.existsSync(path.join(dataDir, 'PG_VERSION')) ? 'present' : 'empty';
}

function migrator(db: Kysely<DB>): Migrator {
  return new Migrator({
    // biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely
    db: db.withoutPlugins() as Kysely<any>,
    provider: { getMigrations: async () => migrations },
  });
}

/**
 * The migrations that have not run yet, in order (reads the migration table without creating it).
 * @returns names; all of them for a database that was never migrated
 */
export async function pendingMigrations(db: Kysely<DB>): Promise<{ pending: string[]; total: number }> {
  const all = await migrator(db).getMigrations();
  return { pending: all.filter((m) => m.executedAt === undefined).map((m) => m.name), total: all.length };
}

/**
 * Runs every pending migration. Migrations run at start-up for the embedded install and by
 * `gezinsdossier migrate` / `npm run db:migrate` otherwise.
 * @returns the names of the migrations that ran now
 * @throws Error naming the failing migration
 */
export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  const { error, results } = await migrator(db).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
  return (results ?? []).map((r) => r.migrationName);
}
