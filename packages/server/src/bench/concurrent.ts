/**
 * Concurrent mode of `npm run bench` (`--concurrent`, PostgreSQL only): the HTTP server runs in a child
 * process (bench/serve.ts) and this process drives it with 1, 4, 16 and 64 clients over keep-alive
 * connections, then runs the same operations as bare SQL from a connection pool of the same size. It reports
 * throughput and p95 per level, and the share of the raw-SQL throughput the full stack keeps.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CamelCasePlugin, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { Pool } from 'undici';
import { createSession } from '../auth/session';
import { listNetwork } from '../db/repositories/network.repository';
import { listRelations } from '../db/repositories/relation.repository';
import { findHouseholdWithOpenCase, listCaseload } from '../db/repositories/household.repository';
import { listMembers } from '../db/repositories/membership.repository';
import { listAddresses } from '../db/repositories/address.repository';
import { loadHouseholdAccess } from '../db/repositories/access.repository';
import { insertAccessLogRows } from '../db/repositories/audit.repository';
import { insertEvent } from '../db/repositories/event.repository';
import { findLiveSession } from '../db/repositories/session.repository';
import { listTeam } from '../db/repositories/team.repository';
import { insertTimelineEntry, listTimeline } from '../db/repositories/timeline.repository';
import type { DB } from '../db/schema';
import { benchId, fixedProfessionalOf } from './dataset';

/** Where the API lives; one place, so the benchmark follows the API's paths. */
export const BENCH_API = '/api/v1';

export interface LevelResult {
  clients: number;
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p95: number;
}

export interface OperationResult {
  name: string;
  http: LevelResult[];
  raw: LevelResult[] | null;
}

interface Session {
  cookie: string;
  csrf: string;
}

type Step = (i: number) => Promise<boolean>;

const round = (n: number) => Math.round(n * 10) / 10;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Runs `step` from `clients` concurrent loops for `seconds` after a warm-up; counts and times each call. */
async function drive(
  step: Step,
  clients: number,
  seconds: number,
  warmupSeconds: number,
): Promise<LevelResult> {
  let counter = 0;
  const loop = async (until: number, times: number[] | null, errors: { n: number }) => {
    while (performance.now() < until) {
      const i = counter++;
      const t0 = performance.now();
      const ok = await step(i).catch(() => false);
      if (times) {
        times.push(performance.now() - t0);
      }
      if (!ok) {
        errors.n++;
      }
    }
  };
  const warm = performance.now() + warmupSeconds * 1000;
  await Promise.all(Array.from({ length: clients }, () => loop(warm, null, { n: 0 })));
  const times: number[] = [];
  const errors = { n: 0 };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, () => loop(started + seconds * 1000, times, errors)));
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    clients,
    requests: times.length,
    errors: errors.n,
    perSecond: round(times.length / elapsed),
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
  };
}

async function startServer(
  databaseUrl: string,
  poolSize: number,
): Promise<{ port: number; child: ChildProcess }> {
  const serve = path.join(path.dirname(new URL(import.meta.url).pathname), 'serve.ts');
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the server process there (open it in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', serve], {
    env: { ...process.env, DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: String(poolSize) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /listening (\d+)/.exec(buffer);
      if (match) {
        resolve(Number(match[1]));
      }
      // Keep the pipe drained (request logs) without holding them in memory.
      if (buffer.length > 65_536) {
        buffer = buffer.slice(-1024);
      }
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { port, child };
}

export interface ConcurrentOptions {
  databaseUrl: string;
  households: number;
  professionals: number;
  levels: number[];
  seconds: number;
  warmupSeconds: number;
  serverPoolSize: number;
  /** Only these operations (by name); all when empty. */
  only: string[];
  log: (line: string) => void;
}

/** Runs every operation at every level over HTTP and as raw SQL. */
export async function runConcurrent(db: Kysely<DB>, o: ConcurrentOptions): Promise<OperationResult[]> {
  const P = o.professionals;
  const household = (i: number) => 1 + ((i * 7919 + 13) % o.households);
  o.log(`Creating ${P} sessions…`);
  const sessions = new Map<number, Session>();
  for (let p = 1; p <= P; p++) {
    const { token, csrfToken } = await createSession(db, benchId(9, p), 24 * 60);
    sessions.set(p, { cookie: `gd_session=${token}`, csrf: csrfToken });
  }
  const sessionOf = (p: number) => sessions.get(p) as Session;
  /** The stored id of a professional's session (the SHA-256 of its token), for raw lookups. */
  const sessionIdOf = (p: number) =>
    createHash('sha256').update(sessionOf(p).cookie.slice('gd_session='.length)).digest('hex');
  const { port, child } = await startServer(o.databaseUrl, o.serverPoolSize);
  const results: OperationResult[] = [];
  try {
    const origin = `http://127.0.0.1:${port}`;
    const http = (clients: number) => new Pool(origin, { connections: clients, pipelining: 1 });
    const rawDb = (clients: number) =>
      new Kysely<DB>({
        dialect: new PostgresDialect({
          pool: new pg.Pool({ connectionString: o.databaseUrl, max: clients }),
        }),
        plugins: [new CamelCasePlugin()],
      });
    const get = (pool: Pool, url: string, s: Session) =>
      pool.request({ method: 'GET', path: url, headers: { cookie: s.cookie } }).then(async (r) => {
        await r.body.dump();
        return r.statusCode === 200;
      });
    const post = (pool: Pool, url: string, s: Session, body: unknown) =>
      pool
        .request({
          method: 'POST',
          path: url,
          headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
        .then(async (r) => {
          await r.body.dump();
          return r.statusCode === 201;
        });
    const note = { kind: 'NOTE', title: 'Bench-notitie', body: 'Korte notitie.', aboutPersonIds: [] };

    const operations: {
      name: string;
      http: (pool: Pool) => Step;
      raw: ((kdb: Kysely<DB>) => Step) | null;
    }[] = [
      {
        name: 'open dossier',
        http: (pool) => (i) => {
          const h = household(i);
          return get(pool, `${BENCH_API}/households/${benchId(1, h)}`, sessionOf(fixedProfessionalOf(h, P)));
        },
        // The same reads as bare SQL: what getDossier queries, without transaction, role, policy or log.
        raw: (kdb) => async (i) => {
          const id = benchId(1, household(i));
          const found = await findHouseholdWithOpenCase(kdb, id);
          await listMembers(kdb, id);
          await listAddresses(kdb, id);
          await listRelations(kdb, id);
          await listNetwork(kdb, id);
          if (found?.openCase) {
            await listTeam(kdb, found.openCase.id);
          }
          await listTimeline(kdb, id, 51);
          return true;
        },
      },
      {
        name: 'create note',
        http: (pool) => (i) => {
          const h = household(i);
          return post(
            pool,
            `${BENCH_API}/households/${benchId(1, h)}/timeline-entries`,
            sessionOf(fixedProfessionalOf(h, P)),
            note,
          );
        },
        raw: (kdb) => async (i) => {
          const h = household(i);
          const now = new Date();
          await insertTimelineEntry(kdb, {
            id: randomUUID(),
            householdId: benchId(1, h),
            caseId: benchId(6, h),
            kind: 'NOTE',
            title: note.title,
            body: note.body,
            occurredAt: now,
            aboutPersonIds: [],
            documentFileName: null,
            documentMediaType: null,
            documentSizeBytes: null,
            authorId: benchId(9, fixedProfessionalOf(h, P)),
            now,
          });
          return true;
        },
      },
      {
        // The same request, against raw SQL that makes the same reads and writes the rules require of a
        // note: the session with its actor, the access facts, and in one transaction the entry, its typed
        // event and its access-log row (as the owner: no role, no row-level security, no validation, no
        // HTTP). "create note" above compares with the bare insert the issue measured.
        name: 'create note (same SQL)',
        http: (pool) => (i) => {
          const h = household(i);
          return post(
            pool,
            `${BENCH_API}/households/${benchId(1, h)}/timeline-entries`,
            sessionOf(fixedProfessionalOf(h, P)),
            note,
          );
        },
        raw: (kdb) => async (i) => {
          const h = household(i);
          const householdId = benchId(1, h);
          const actorId = benchId(9, fixedProfessionalOf(h, P));
          const now = new Date();
          await findLiveSession(kdb, sessionIdOf(fixedProfessionalOf(h, P)), now);
          await kdb.transaction().execute(async (tx) => {
            const access = await loadHouseholdAccess(
              tx,
              actorId,
              householdId,
              now.toISOString().slice(0, 10),
            );
            const id = randomUUID();
            await insertTimelineEntry(tx, {
              id,
              householdId,
              caseId: access?.caseId ?? null,
              kind: 'NOTE',
              title: note.title,
              body: note.body,
              occurredAt: now,
              aboutPersonIds: [],
              documentFileName: null,
              documentMediaType: null,
              documentSizeBytes: null,
              authorId: actorId,
              now,
            });
            await insertEvent(tx, {
              occurredAt: now,
              eventType: 'timeline_entry.created',
              actorId,
              onBehalfOf: null,
              organisationId: null,
              householdId,
              caseId: access?.caseId ?? null,
              regionId: access?.regionId ?? householdId,
              personIds: [],
              entityType: 'timeline_entry',
              entityId: id,
              payload: { kind: 'NOTE' },
              requestId: id,
            });
            await insertAccessLogRows(tx, [
              {
                occurredAt: now,
                actorId,
                actorKind: 'PROFESSIONAL',
                onBehalfOf: null,
                organisationId: null,
                action: 'create',
                resourceType: 'timeline_entry',
                resourceId: id,
                householdId,
                personIds: [],
                purpose: 'casework',
                legalBasis: 'bench',
                requestId: id,
                breakGlassGrantId: null,
              },
            ]);
          });
          return true;
        },
      },
      {
        name: 'caseload',
        http: (pool) => (i) => get(pool, `${BENCH_API}/households?limit=25`, sessionOf(1 + (i % P))),
        raw: (kdb) => async (i) => {
          await listCaseload(kdb, benchId(9, 1 + (i % P)), { limit: 26 });
          return true;
        },
      },
      {
        // The ceiling of this machine for any request: HTTP, one trivial query, no session, no transaction.
        name: 'floor (health)',
        http: (pool) => () =>
          pool.request({ method: 'GET', path: `${BENCH_API}/health` }).then(async (r) => {
            await r.body.dump();
            return r.statusCode === 200;
          }),
        raw: (kdb) => async () => {
          await sql`select 1`.execute(kdb);
          return true;
        },
      },
      {
        name: 'worklist (team lead)',
        http: (pool) => () => get(pool, `${BENCH_API}/worklist`, sessionOf(1)),
        raw: null,
      },
    ];

    for (const operation of operations.filter((op) => o.only.length === 0 || o.only.includes(op.name))) {
      const result: OperationResult = { name: operation.name, http: [], raw: operation.raw ? [] : null };
      for (const clients of o.levels) {
        const pool = http(clients);
        result.http.push(await drive(operation.http(pool), clients, o.seconds, o.warmupSeconds));
        await pool.close();
        if (operation.raw && result.raw) {
          const kdb = rawDb(clients);
          result.raw.push(await drive(operation.raw(kdb), clients, o.seconds, o.warmupSeconds));
          await kdb.destroy();
        }
        const h = result.http.at(-1) as LevelResult;
        const r = result.raw?.at(-1);
        o.log(
          `  ${operation.name.padEnd(22)} ${String(clients).padStart(3)} clients: HTTP ${String(h.perSecond).padStart(7)}/s p95 ${String(h.p95).padStart(7)} ms` +
            (h.errors > 0 ? ` (${h.errors} errors)` : '') +
            (r
              ? ` | raw ${String(r.perSecond).padStart(7)}/s p95 ${String(r.p95).padStart(6)} ms | ${Math.round((100 * h.perSecond) / r.perSecond)} %`
              : ''),
        );
      }
      results.push(result);
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  return results;
}

/** Prints the p95 growth per operation and level between two saved concurrent runs (e.g. 20k → 300k). */
export function compareRuns(fileA: string, fileB: string, log: (line: string) => void): void {
  const read = (file: string) =>
    JSON.parse(fs.readFileSync(file, 'utf8')) as { households: number; results: OperationResult[] };
  const a = read(fileA);
  const b = read(fileB);
  log(`p95 growth from ${a.households} to ${b.households} households (limit 1.5×)`);
  for (const op of a.results) {
    const other = b.results.find((r) => r.name === op.name);
    for (const level of op.http) {
      const next = other?.http.find((l) => l.clients === level.clients);
      if (!next) {
        continue;
      }
      const growth = next.p95 / level.p95;
      log(
        `  ${op.name.padEnd(22)} ${String(level.clients).padStart(3)} clients: ${level.p95} → ${next.p95} ms  ${growth.toFixed(2)}× ${growth <= 1.5 ? 'ok' : 'GREW'}`,
      );
    }
  }
}
