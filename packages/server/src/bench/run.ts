/**
 * `npm run bench -- [--households N] [--timeline T] [--iterations I]`
 *
 * Builds (or reuses) a dataset at the chosen scale and measures, one request at a time:
 * - open dossier: composition + team + latest 50 timeline entries, with its access-log row (our full stack:
 *   transaction, app role + RLS, policy, presenter, access log appended without a lock);
 * - caseload list ("Mijn gezinnen", 25 rows);
 * - create note (with change history and access log);
 * - worklist: a professional's open deadlines with their status, and the team lead's view of the whole team;
 * - intake: a report about an existing household (report, triage deadline, change history, timeline step);
 * - the legal route (20 families walked through the use cases, bench/legal-route.ts): saving a petition's
 *   ground (facts linked at their version) with the whole readiness gate checked again, reading a petition
 *   with its gate, a family's running measures with their deadlines, and the RVT partner's worklist holding
 *   the measures' evaluation and extension deadlines;
 * and the same reads/writes as plain SQL on the owner connection without our layers. The ratio shows what
 * need-to-know and logging cost. Prints p50/p95/p99 and throughput, and writes bench-results/<name>.json.
 *
 * Backend: PostgreSQL when DATABASE_URL is set, otherwise PGlite in BENCH_DATA_DIR (default: a temp dir;
 * set it to reuse a built dataset between runs).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Actor } from '@gezinsdossier/domain';
import { sql } from 'kysely';
import { addTimelineEntry } from '../commands/add-timeline-entry';
import { recordIntake } from '../commands/record-intake';
import { runAsActor } from '../context';
import { migrateToLatest, openDatabase } from '../db/database';
import { loadActor } from '../db/repositories/account.repository';
import { listNetwork } from '../db/repositories/network.repository';
import { listRelations } from '../db/repositories/relation.repository';
import { findHousehold, listCaseload as selectCaseload } from '../db/repositories/household.repository';
import { listMembers } from '../db/repositories/membership.repository';
import { findOpenCase } from '../db/repositories/case.repository';
import { listTeam } from '../db/repositories/team.repository';
import { insertTimelineEntry, listTimeline } from '../db/repositories/timeline.repository';
import { savePetitionGround } from '../commands/save-petition-ground';
import { getDossier } from '../queries/get-dossier';
import { getLegalRoute } from '../queries/get-legal-route';
import { getPetition } from '../queries/get-petition';
import { getWorklist } from '../queries/get-worklist';
import { listCaseload } from '../queries/list-caseload';
import { compareRuns, runConcurrent } from './concurrent';
import { benchId, buildDataset, type DatasetShape, fixedProfessionalOf, professionalCount } from './dataset';
import { buildLegalRouteFixture } from './legal-route';

const { values } = parseArgs({
  options: {
    households: { type: 'string', default: '2000' },
    timeline: { type: 'string', default: '33' },
    iterations: { type: 'string', default: '400' },
    name: { type: 'string' },
    /** Concurrent mode: HTTP against a server process vs raw SQL, at 1, 4, 16 and 64 clients. */
    concurrent: { type: 'boolean', default: false },
    clients: { type: 'string', default: '1,4,16,64' },
    seconds: { type: 'string', default: '8' },
    /** Print the p95 growth between two saved concurrent runs: --compare a.json --compare b.json */
    compare: { type: 'string', multiple: true },
    /** Concurrent mode: only these operations, comma-separated (e.g. "open dossier,create note"). */
    only: { type: 'string' },
  },
});
const shape: DatasetShape = {
  households: Number(values.households),
  timelinePerHousehold: Number(values.timeline),
  householdsPerProfessional: 40,
};
const iterations = Number(values.iterations);
const databaseUrl = process.env.DATABASE_URL || null;
const dataDir = process.env.BENCH_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'gd-bench-'));
const backend = databaseUrl ? 'postgres' : 'pglite';

/** Targets from the foundation issue (PostgreSQL at 300k households; PGlite at 20k within 3×). */
const TARGET_P95_MS: Record<string, number> = {
  'open dossier': 25,
  caseload: 25,
  'create note': 15,
  worklist: 25,
  'record report': 15,
  'worklist (team lead)': 50,
  // The legal route (issue 10): a petition is a bigger read than a dossier section, and saving a ground
  // re-checks the whole gate; the running measures and their deadlines are read like a worklist.
  'petition: save ground + gate': 40,
  'petition with gate': 30,
  'running measures': 25,
  'worklist (measure deadlines)': 25,
};

interface Result {
  name: string;
  iterations: number;
  p50: number;
  p95: number;
  p99: number;
  opsPerSecond: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function measure(name: string, fn: (i: number) => Promise<unknown>): Promise<Result> {
  for (let i = 0; i < Math.min(30, iterations); i++) {
    await fn(i);
  }
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  const total = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    name,
    iterations,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    opsPerSecond: Math.round(iterations / total),
  };
}

async function main() {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  if (values.compare) {
    const [a, b] = values.compare;
    if (!a || !b) {
      throw new Error('--compare needs two result files');
    }
    compareRuns(a, b, log);
    return;
  }
  if (values.concurrent && !databaseUrl) {
    throw new Error(
      '--concurrent measures PostgreSQL: set DATABASE_URL or run through scripts/with-postgres.ts',
    );
  }
  const database = await openDatabase({ databaseUrl, dataDir, poolSize: 4 });
  const db = database.db;
  await migrateToLatest(db);
  const existing = await sql<{
    n: number;
  }>`select count(*)::int as n from households where display_name like 'Gezin Bench %'`.execute(db);
  const built = existing.rows[0]?.n ?? 0;
  if (built !== shape.households) {
    if (built > 0) {
      throw new Error(
        `dataset has ${built} bench households, asked for ${shape.households}; use another BENCH_DATA_DIR or database`,
      );
    }
    const t0 = Date.now();
    log(
      `Building dataset on ${backend}: ${shape.households} households, ~${Math.round(shape.households * 3.33)} persons, ${shape.households * shape.timelinePerHousehold} timeline entries…`,
    );
    await buildDataset(db, shape, log);
    log(`  built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const P = professionalCount(shape);
  if (values.concurrent && databaseUrl) {
    const levels = (values.clients ?? '')
      .split(',')
      .map(Number)
      .filter((n) => n > 0);
    log(`\nConcurrent mode on PostgreSQL, ${shape.households} households, clients ${levels.join(', ')}`);
    const results = await runConcurrent(db, {
      databaseUrl,
      households: shape.households,
      professionals: P,
      levels,
      seconds: Number(values.seconds),
      warmupSeconds: 2,
      serverPoolSize: 20,
      only: (values.only ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
      log,
    });
    await database.close();
    const name = values.name ?? `concurrent-${backend}-${shape.households}`;
    fs.mkdirSync('bench-results', { recursive: true });
    const file = path.join('bench-results', `${name}.json`);
    fs.writeFileSync(
      file,
      `${JSON.stringify({ backend, households: shape.households, levels, seconds: Number(values.seconds), measuredAt: new Date().toISOString(), results }, null, 2)}\n`,
    );
    log(`\nResults written to ${file}`);
    return;
  }
  const actors = new Map<number, Actor>();
  const actorFor = async (p: number) => {
    let actor = actors.get(p);
    if (!actor) {
      actor = (await loadActor(db, benchId(9, p))) as Actor;
      actors.set(p, actor);
    }
    return actor;
  };
  // A fixed pseudo-random walk over households, the same for every run.
  const household = (i: number) => 1 + ((i * 7919 + 13) % shape.households);
  const as = async <T>(p: number, fn: Parameters<typeof runAsActor<T>>[2]) =>
    runAsActor(
      db,
      { actor: await actorFor(p), requestId: randomUUID(), onBehalfOf: null, now: new Date() },
      fn,
    );

  const results: Result[] = [];
  results.push(
    await measure('open dossier', (i) => {
      const h = household(i);
      return as(fixedProfessionalOf(h, P), (ctx) => getDossier(ctx, benchId(1, h)));
    }),
  );
  results.push(
    await measure('open dossier (raw SQL)', async (i) => {
      const id = benchId(1, household(i));
      await findHousehold(db, id);
      await listMembers(db, id);
      await listRelations(db, id);
      await listNetwork(db, id);
      const kase = await findOpenCase(db, id);
      if (kase) {
        await listTeam(db, kase.id);
      }
      await listTimeline(db, id, 51);
    }),
  );
  results.push(await measure('caseload', (i) => as(1 + (i % P), (ctx) => listCaseload(ctx, { limit: 25 }))));
  results.push(
    await measure('caseload (raw SQL)', (i) => selectCaseload(db, benchId(9, 1 + (i % P)), { limit: 26 })),
  );
  results.push(
    await measure('create note', (i) => {
      const h = household(i);
      return as(fixedProfessionalOf(h, P), (ctx) =>
        addTimelineEntry(ctx, benchId(1, h), {
          kind: 'NOTE',
          title: 'Bench-notitie',
          body: 'Korte notitie.',
          aboutPersonIds: [],
        }),
      );
    }),
  );
  results.push(
    await measure('create note (raw SQL)', (i) => {
      const h = household(i);
      return insertTimelineEntry(db, {
        id: randomUUID(),
        householdId: benchId(1, h),
        caseId: benchId(6, h),
        kind: 'NOTE',
        title: 'Bench-notitie',
        body: 'Korte notitie.',
        occurredAt: new Date(),
        aboutPersonIds: [],
        documentFileName: null,
        documentMediaType: null,
        documentSizeBytes: null,
        authorId: benchId(9, fixedProfessionalOf(h, P)),
        now: new Date(),
      });
    }),
  );
  results.push(await measure('worklist', (i) => as(2 + (i % (P - 1 || 1)), (ctx) => getWorklist(ctx))));
  results.push(
    await measure('worklist (raw SQL)', (i) =>
      db
        .selectFrom('deadlines as d')
        .innerJoin('caseTeamMembers as m', (j) =>
          j.onRef('m.caseId', '=', 'd.caseId').onRef('m.role', '=', 'd.responsibleRole'),
        )
        .innerJoin('households as h', 'h.id', 'd.householdId')
        .select(['d.id', 'd.householdId', 'h.displayName', 'd.kind', 'd.dueOn', 'd.rulePackVersion'])
        .where('m.professionalId', '=', benchId(9, 2 + (i % (P - 1 || 1))))
        .where('m.endedAt', 'is', null)
        .where('d.metAt', 'is', null)
        .where('d.cancelledAt', 'is', null)
        .orderBy('d.dueOn')
        .execute(),
    ),
  );
  results.push(await measure('worklist (team lead)', () => as(1, (ctx) => getWorklist(ctx))));
  results.push(
    await measure('record report', (i) => {
      const h = household(i);
      return as(fixedProfessionalOf(h, P), (ctx) =>
        recordIntake(ctx, {
          kind: 'REPORT',
          householdId: benchId(1, h),
          reporter: { kind: 'CITIZEN', anonymous: true },
          summary: 'Buren maken zich zorgen.',
        }),
      );
    }),
  );
  results.push(
    await measure('record report (raw SQL)', async (i) => {
      const h = household(i);
      const id = randomUUID();
      await db
        .insertInto('reports')
        .values({
          id,
          caseId: benchId(6, h),
          householdId: benchId(1, h),
          kind: 'REPORT',
          channel: 'LOCAL_TEAM',
          receivedAt: new Date(),
          receivedBy: benchId(9, fixedProfessionalOf(h, P)),
          receivedByOrganisationId: (await actorFor(fixedProfessionalOf(h, P))).memberships[0]
            ?.organisationId as string,
          summary: 'Buren maken zich zorgen.',
          reporterKind: 'CITIZEN',
          reporterAnonymous: true,
        })
        .execute();
      await db
        .insertInto('deadlines')
        .values({
          id: randomUUID(),
          caseId: benchId(6, h),
          householdId: benchId(1, h),
          kind: 'TRIAGE',
          subjectId: id,
          responsibleRole: 'FIXED_PROFESSIONAL',
          dueOn: new Date().toISOString().slice(0, 10),
          rulePackVersion: 'nl-2026.1',
          createdAt: new Date(),
        })
        .execute();
    }),
  );
  // The legal route (issue 10): building a petition re-checks its gate; the team's running measures.
  const legal = await buildLegalRouteFixture(db, 20);
  const asRvt = <T>(fn: Parameters<typeof runAsActor<T>>[2]) =>
    runAsActor(db, { actor: legal.rvt, requestId: randomUUID(), onBehalfOf: null, now: new Date() }, fn);
  results.push(
    await measure('petition: save ground + gate', async (i) => {
      const d = legal.drafted[i % legal.drafted.length] as (typeof legal.drafted)[number];
      const saved = await asRvt((ctx) =>
        savePetitionGround(
          ctx,
          d.householdId,
          d.petitionId,
          { version: d.version, claim: `Grond, versie ${i}.`, factIds: d.factIds.slice(0, 2) },
          d.groundId,
        ),
      );
      d.version = saved.version;
    }),
  );
  results.push(
    await measure('petition with gate', (i) => {
      const d = legal.drafted[i % legal.drafted.length] as (typeof legal.drafted)[number];
      return asRvt((ctx) => getPetition(ctx, d.householdId, d.petitionId));
    }),
  );
  results.push(
    await measure('running measures', (i) =>
      asRvt((ctx) => getLegalRoute(ctx, legal.executing[i % legal.executing.length] as string)),
    ),
  );
  results.push(await measure('worklist (measure deadlines)', () => asRvt((ctx) => getWorklist(ctx))));
  await database.close();

  log(
    `\nBackend ${backend}, ${shape.households} households, ${shape.timelinePerHousehold} timeline entries each, ${iterations} iterations, 1 client`,
  );
  log('operation                     p50 ms   p95 ms   p99 ms    ops/s   vs raw p95   target p95');
  for (const r of results) {
    const raw = results.find((x) => x.name === `${r.name} (raw SQL)`);
    const target = TARGET_P95_MS[r.name];
    const limit = target === undefined ? undefined : backend === 'pglite' ? target * 3 : target;
    log(
      `${r.name.padEnd(28)}${String(r.p50).padStart(8)}${String(r.p95).padStart(9)}${String(r.p99).padStart(9)}${String(r.opsPerSecond).padStart(9)}` +
        `${raw ? `${(r.p95 / raw.p95).toFixed(1)}×`.padStart(13) : ''.padStart(13)}` +
        `${limit === undefined ? '' : `   ≤ ${limit} ${r.p95 <= limit ? 'met' : 'MISSED'}`}`,
    );
  }
  const name = values.name ?? `${backend}-${shape.households}`;
  fs.mkdirSync('bench-results', { recursive: true });
  const file = path.join('bench-results', `${name}.json`);
  fs.writeFileSync(
    file,
    `${JSON.stringify({ backend, shape, iterations, measuredAt: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
  );
  log(`\nResults written to ${file}`);
  if (!process.env.BENCH_DATA_DIR && !databaseUrl) {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
