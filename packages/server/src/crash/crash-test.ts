/**
 * Crash test (issue 8, "done means"): kill the server with SIGKILL under concurrent writes, several times,
 * and check that no acknowledged write was lost and that the access log still verifies.
 *
 * 1. A fresh database (PostgreSQL: a new database in the cluster of DATABASE_URL; PGlite: a new DATA_DIR),
 *    migrated, with reference data, one professional and one household per writer, and their sessions.
 * 2. The real server (`gezinsdossier start`, the production entry point with the access-log sealer and its
 *    signing key) runs as a child process on a fixed port; sealing and checkpoints run often so that
 *    crashes also land in the middle of them.
 * 3. Writers (8 by default) create timeline entries over HTTP with their sessions and CSRF tokens; a write
 *    counts as acknowledged only when its 201 answer with the new entry's id was received.
 * 4. At seeded random moments, while writes are in flight, the server gets SIGKILL and is started again on
 *    the same database. After the last crash it runs a little longer and is stopped normally.
 * 5. With the server stopped (PGlite allows one process per data directory), every acknowledged entry and
 *    its access-log row must be in the database, and `gezinsdossier audit verify` must say the log is intact.
 *
 * Prints the figures and exits 1 on any lost write, missing access-log row, answer other than 201,
 * verification failure, or a server that does not come back. With CI=true it also writes
 * test-results/crash-<backend>.json, which .ci/check-results.mjs requires.
 *
 * Usage: npm run test:crash [-- --crashes N --writers N --seed S]   (PostgreSQL when DATABASE_URL is set)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { Agent, request } from 'undici';
import { createSession } from '../auth/session';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/database';
import { seedReferenceData } from '../seed/seed';
import { buildHousehold, buildProfessional } from '../test/factories';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const CLI = path.join(ROOT, 'packages/cli/src/main.ts');

interface Target {
  backend: 'postgres' | 'pglite';
  databaseUrl: string | null;
  /** PGlite's database; for PostgreSQL only the audit signing key and anchor live here. */
  dataDir: string;
  cleanup: () => Promise<void>;
}

interface Writer {
  householdId: string;
  cookie: string;
  csrf: string;
}

interface Figures {
  backend: string;
  seed: number;
  writers: number;
  crashes: number;
  acknowledged: number;
  lost: number;
  missingAccessLogRows: number;
  /** Requests that got no answer (in flight at a crash, or refused while the server was down). */
  unanswered: number;
  /** Answers other than 201, with their status and body. */
  otherAnswers: string[];
  /** Entries in the database beyond the acknowledged ones (committed, but the answer was lost in a crash). */
  committedUnacknowledged: number;
  auditVerify: { ok: boolean; summary: string };
  /** The mean time from spawning the server to its first answer, in seconds. */
  meanStartSeconds: number;
  seconds: number;
  problems: string[];
}

/** A small seeded PRNG (mulberry32), so the crash moments of a run can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A fresh database on the backend of this run. */
async function prepareTarget(): Promise<Target> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-crash-'));
  const removeDir = async () => fs.rmSync(dataDir, { recursive: true, force: true });
  const url = process.env.DATABASE_URL;
  if (!url) {
    return { backend: 'pglite', databaseUrl: null, dataDir, cleanup: removeDir };
  }
  const name = `gd_crash_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const databaseUrl = new URL(url);
  databaseUrl.pathname = `/${name}`;
  return {
    backend: 'postgres',
    databaseUrl: databaseUrl.toString(),
    dataDir,
    cleanup: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
      await removeDir();
    },
  };
}

/** Migrates, adds reference data, and one professional with a household and a session per writer. */
async function setUp(target: Target, writers: number): Promise<Writer[]> {
  const database = await openDatabase({ databaseUrl: target.databaseUrl, dataDir: target.dataDir });
  try {
    await migrateToLatest(database.db);
    await seedReferenceData(database.db);
    const result: Writer[] = [];
    for (let i = 0; i < writers; i++) {
      const professional = await buildProfessional(database.db, 'LOCAL_TEAM', { name: `Crashtest ${i}` });
      const household = await buildHousehold(database.db, professional, { familyName: `Crashtest${i}` });
      const session = await createSession(database.db, professional.id, 24 * 60);
      result.push({
        householdId: household.householdId,
        cookie: `gd_session=${session.token}`,
        csrf: session.csrfToken,
      });
    }
    return result;
  } finally {
    await database.close();
  }
}

/** The real server (`gezinsdossier start`) in a child process. */
class ServerProcess {
  private child: ChildProcess | null = null;
  /** How long each start took (ms). */
  readonly starts: number[] = [];
  /** The last lines the server printed, for the report when something goes wrong. */
  readonly output: string[] = [];

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  /** Starts the server and resolves once it serves. */
  async start(): Promise<void> {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'start'], {
      cwd: ROOT,
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const remember = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        this.output.push(line);
      }
      this.output.splice(0, Math.max(0, this.output.length - 40));
    };
    child.stderr?.on('data', remember);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the server did not start within 90 s')), 90_000);
      // The line may arrive split over chunks: look at what came since the start.
      let since = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        remember(chunk);
        since = (since + chunk.toString()).slice(-4096);
        if (since.includes('Gezinsdossier is running at')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the server exited during start (${signal ?? code})`));
      });
    });
    this.starts.push(performance.now() - t0);
  }

  /** Sends a signal and resolves with the exit code (null when killed by the signal). */
  async stop(signal: 'SIGKILL' | 'SIGTERM'): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      return child?.exitCode ?? null;
    }
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill(signal);
    const code = await exited;
    this.child = null;
    return code;
  }
}

/** Runs the CLI with the server's configuration; resolves with its exit code and output. */
function cli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/** The ids among `ids` that a query finds, in chunks (an IN list of thousands is fine, of 100k less so). */
async function found(ids: string[], query: (chunk: string[]) => Promise<string[]>): Promise<Set<string>> {
  const result = new Set<string>();
  for (let i = 0; i < ids.length; i += 1000) {
    for (const id of await query(ids.slice(i, i + 1000))) {
      result.add(id);
    }
  }
  return result;
}

async function run(options: { crashes: number; writers: number; seed: number }): Promise<Figures> {
  const started = performance.now();
  const random = prng(options.seed);
  const target = await prepareTarget();
  const problems: string[] = [];
  try {
    const writers = await setUp(target, options.writers);
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: target.dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_ON_EMPTY: 'false',
      LOG_LEVEL: 'warn',
      // Seal and checkpoint often, so that crashes also hit the sealer and the anchor.
      AUDIT_SEAL_INTERVAL_MS: '100',
      AUDIT_CHECKPOINT_SECONDS: '1',
    };
    if (target.databaseUrl) {
      env.DATABASE_URL = target.databaseUrl;
    } else {
      delete env.DATABASE_URL;
    }
    const server = new ServerProcess(env);
    const origin = `http://127.0.0.1:${port}`;
    const agent = new Agent({ connections: options.writers, keepAliveTimeout: 2_000 });
    const state = { up: false, stopping: false };
    const acknowledged: { id: string; title: string }[] = [];
    const otherAnswers: string[] = [];
    let unanswered = 0;

    const write = async (w: Writer, index: number) => {
      let n = 0;
      while (!state.stopping) {
        if (!state.up) {
          await sleep(10);
          continue;
        }
        const title = `Crashtest ${index}-${n++}`;
        try {
          const response = await request(`${origin}/api/v1/households/${w.householdId}/timeline-entries`, {
            method: 'POST',
            dispatcher: agent,
            headers: { cookie: w.cookie, 'x-csrf-token': w.csrf, 'content-type': 'application/json' },
            body: JSON.stringify({ kind: 'NOTE', title, body: 'Synthetische notitie van de crashtest.' }),
            headersTimeout: 30_000,
            bodyTimeout: 30_000,
          });
          const text = await response.body.text();
          if (response.statusCode === 201) {
            acknowledged.push({ id: (JSON.parse(text) as { id: string }).id, title });
          } else {
            otherAnswers.push(`${response.statusCode} ${text.slice(0, 200)}`);
          }
        } catch {
          // No answer: the request was in flight when the server died, or the server is down.
          unanswered++;
          await sleep(10);
        }
      }
    };

    let crashes = 0;
    const writing = writers.map((w, i) => write(w, i));
    try {
      for (let c = 0; c < options.crashes; c++) {
        await server.start();
        state.up = true;
        const before = acknowledged.length;
        await sleep(300 + Math.floor(random() * 2_200));
        // Crash a server that is busy writing: wait for a write acknowledged by this run of the server.
        for (let waited = 0; acknowledged.length === before && waited < 30_000; waited += 10) {
          await sleep(10);
        }
        state.up = false;
        await server.stop('SIGKILL');
        crashes++;
      }
      await server.start();
      state.up = true;
      await sleep(1_000);
    } finally {
      state.stopping = true;
      await Promise.all(writing);
      const code = await server.stop('SIGTERM');
      if (code !== null && code !== 0) {
        problems.push(`the server did not stop cleanly (exit ${code})`);
      }
      await agent.close();
    }

    // Every acknowledged write, and its access-log row, must be in the database.
    const ids = acknowledged.map((a) => a.id);
    const database = await openDatabase({ databaseUrl: target.databaseUrl, dataDir: target.dataDir });
    let stored: Set<string>;
    let logged: Set<string>;
    let committed: number;
    try {
      stored = await found(ids, async (chunk) =>
        (await database.db.selectFrom('timelineEntries').select('id').where('id', 'in', chunk).execute()).map(
          (r) => r.id,
        ),
      );
      logged = await found(ids, async (chunk) =>
        (
          await database.db
            .selectFrom('accessLog')
            .select('resourceId')
            .where('resourceType', '=', 'timeline_entry')
            .where('action', '=', 'create')
            .where('resourceId', 'in', chunk)
            .execute()
        ).map((r) => r.resourceId ?? ''),
      );
      const count = await database.db
        .selectFrom('timelineEntries')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('title', 'like', 'Crashtest %')
        .executeTakeFirstOrThrow();
      committed = Number(count.n);
    } finally {
      await database.close();
    }
    const lost = ids.filter((id) => !stored.has(id)).length;
    const missingAccessLogRows = ids.filter((id) => !logged.has(id)).length;
    if (lost > 0) {
      problems.push(`${lost} acknowledged writes are missing`);
    }
    if (missingAccessLogRows > 0) {
      problems.push(`${missingAccessLogRows} acknowledged writes have no access-log row`);
    }
    if (otherAnswers.length > 0) {
      problems.push(`${otherAnswers.length} answers other than 201, first: ${otherAnswers[0]}`);
    }
    if (acknowledged.length === 0) {
      problems.push('no write was acknowledged');
    }

    // The access log, as an operator checks it: the CLI with the server's configuration.
    const verify = await cli(['audit', 'verify'], env);
    const intact = verify.code === 0 && verify.output.includes('Access log intact');
    if (!intact) {
      problems.push(`audit verify failed (exit ${verify.code}): ${verify.output.trim()}`);
    }
    if (problems.length > 0) {
      console.error(`Last server output:\n  ${server.output.join('\n  ')}`);
    }
    return {
      backend: target.backend,
      seed: options.seed,
      writers: options.writers,
      crashes,
      acknowledged: acknowledged.length,
      lost,
      missingAccessLogRows,
      unanswered,
      otherAnswers: otherAnswers.slice(0, 10),
      committedUnacknowledged: committed - stored.size,
      auditVerify: { ok: intact, summary: verify.output.trim().split('\n').slice(0, 3).join(' / ') },
      meanStartSeconds:
        Math.round(server.starts.reduce((a, b) => a + b, 0) / Math.max(1, server.starts.length) / 100) / 10,
      seconds: Math.round((performance.now() - started) / 100) / 10,
      problems,
    };
  } finally {
    await target.cleanup();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      crashes: { type: 'string', default: process.env.CRASH_COUNT ?? '6' },
      writers: { type: 'string', default: '8' },
      seed: { type: 'string', default: process.env.CRASH_SEED ?? '20261129' },
    },
  });
  const options = {
    crashes: Number(values.crashes),
    writers: Number(values.writers),
    seed: Number(values.seed),
  };
  if (!Object.values(options).every((n) => Number.isInteger(n) && n > 0)) {
    console.error('--crashes, --writers and --seed take positive whole numbers');
    return 2;
  }
  const figures = await run(options);
  console.log(
    [
      `Crash test on ${figures.backend} (seed ${figures.seed}, ${figures.writers} writers): ${figures.crashes} crashes (SIGKILL)`,
      `  acknowledged writes: ${figures.acknowledged}; lost: ${figures.lost}; without access-log row: ${figures.missingAccessLogRows}`,
      `  unanswered requests (in flight at a crash or sent while down): ${figures.unanswered}; committed but unacknowledged: ${figures.committedUnacknowledged}; other answers: ${figures.otherAnswers.length}`,
      `  audit verify: ${figures.auditVerify.ok ? 'intact' : 'FAILED'} — ${figures.auditVerify.summary}`,
      `  ${figures.seconds} s (a server start took ${figures.meanStartSeconds} s on average); ${figures.problems.length === 0 ? 'OK' : `FAILED: ${figures.problems.join('; ')}`}`,
    ].join('\n'),
  );
  if (process.env.CI) {
    fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    fs.writeFileSync(
      path.join(ROOT, 'test-results', `crash-${figures.backend}.json`),
      `${JSON.stringify({ ...figures, ok: figures.problems.length === 0 }, null, 2)}\n`,
    );
  }
  return figures.problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
