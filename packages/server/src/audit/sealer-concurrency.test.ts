import { setTimeout as sleep } from 'node:timers/promises';
import type { Actor } from '@gezinsdossier/domain';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RequestContext } from '../context';
import { type Database, openDatabase } from '../db/database';
import { findLastBatch, readLastSeq } from '../db/repositories/access-log-seal.repository';
import type { DB } from '../db/schema';
import { auditTrail, removeTestAnchors, testAnchor, testSigner } from '../test/audit';
import { prepareTestDatabase, type TestDatabaseLocation } from '../test/database';
import { asActor, buildProfessional } from '../test/factories';
import { type AccessLogEntry, logAccess, writeAccessLog } from './access-log';
import { createAccessLogSealer, isHorizonFinal, sealAccessLog, takeHorizon } from './sealer';
import { verifyAccessLog } from './verify-access-log';

afterAll(removeTestAnchors);

/**
 * The sealer under concurrent request transactions. Real concurrency needs PostgreSQL: PGlite has one
 * connection, so its transactions run one after the other. The file picks its tests by the backend of the
 * run (the same choice test/database.ts makes), so nothing is skipped: `npm run test:pg` runs the
 * PostgreSQL tests, `npm test` the PGlite one.
 */

const ENTRY: AccessLogEntry = {
  action: 'read',
  resourceType: 'household',
  resourceId: null,
  householdId: null,
  personIds: [],
  purpose: 'CASEWORK',
};

/** Every access-log row that is not in exactly one batch (should be none). */
async function rowsNotSealedExactlyOnce(db: Kysely<DB>): Promise<number[]> {
  const result = await sql<{ seq: number }>`
    select a.seq from access_log a
    where (select count(*) from access_log_seals s where s.first_seq < a.seq and a.seq <= s.last_seq) <> 1
    order by a.seq`.execute(db);
  return result.rows.map((r) => r.seq);
}

async function countRows(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('accessLog')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Writes this request's rows now (not at the end of the request), as the request's transaction. */
function writeNow(ctx: RequestContext, count: number): Promise<void> {
  return writeAccessLog(
    ctx.tx,
    { actor: ctx.actor, requestId: ctx.requestId, onBehalfOf: ctx.onBehalfOf, now: ctx.now },
    Array.from({ length: count }, () => ENTRY),
    { transactionIdAssigned: true },
  );
}

/** A promise with its resolve function, to hold a transaction open until the test lets it go. */
function gate() {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

/**
 * Many requests at once, each logging 1–25 rows; every seventh writes its rows and then rolls back (a
 * permanent gap), and every fifth holds its written rows for up to 150 ms before committing, so rows with
 * lower seqs commit after higher ones while the sealers run. (A sealer that ignores its horizon fails
 * here: it seals batches that miss those rows.)
 * @returns the number of rows that committed
 */
async function runRequests(db: Kysely<DB>, actors: Actor[], count: number): Promise<number> {
  const results = await Promise.allSettled(
    Array.from({ length: count }, (_, i) =>
      asActor(db, actors[i % actors.length] as Actor, async (ctx) => {
        const rows = 1 + ((i * 7) % 25);
        if (i % 7 === 3) {
          await writeNow(ctx, rows);
          throw new Error('rolled back on purpose');
        }
        if (i % 5 === 2) {
          await writeNow(ctx, rows);
          await sleep((i * 37) % 150);
          return rows;
        }
        for (let k = 0; k < rows; k++) {
          logAccess(ctx, ENTRY);
        }
        return rows;
      }),
    ),
  );
  return results.reduce((n, r) => n + (r.status === 'fulfilled' ? r.value : 0), 0);
}

if (inject('testDatabase').kind === 'postgres') {
  describe('access-log sealing under concurrency (PostgreSQL)', () => {
    let location: TestDatabaseLocation;
    let database: Database;
    let actors: Actor[];
    // One key for the file: the tests share a database, so each sees the checkpoints of the ones before.
    const signer = testSigner();

    beforeAll(async () => {
      location = await prepareTestDatabase();
      database = await openDatabase({ databaseUrl: location.databaseUrl, dataDir: '', poolSize: 24 });
      actors = [];
      for (let i = 0; i < 6; i++) {
        actors.push(await buildProfessional(database.db, 'LOCAL_TEAM'));
      }
    });
    afterAll(async () => {
      await database?.close();
      await location?.drop();
    });

    it('appending rows takes no lock: a request logs while another one holds its own rows open (lock_timeout 100 ms)', async () => {
      const { db } = database;
      const hold = gate();
      const written = gate();
      const first = asActor(db, actors[0] as Actor, async (ctx) => {
        await writeNow(ctx, 3);
        written.open();
        await hold.promise;
      });
      await written.promise;
      // With the old chain (a head row locked until commit) this request waited for the first one and
      // failed with a lock timeout; now it appends and commits while the first is still open.
      await asActor(db, actors[1] as Actor, async (ctx) => {
        await sql`set local lock_timeout = '100ms'`.execute(ctx.tx);
        for (let k = 0; k < 25; k++) {
          logAccess(ctx, ENTRY);
        }
      });
      hold.open();
      await first;
      expect(await countRows(db)).toBeGreaterThanOrEqual(28);
    });

    it('the horizon does not pass a transaction that is still open, even after a later one committed', async () => {
      const { db } = database;
      const anchor = testAnchor();
      await sealAccessLog(db);
      const hold = gate();
      const written = gate();
      const open = asActor(db, actors[2] as Actor, async (ctx) => {
        await writeNow(ctx, 1);
        written.open();
        await hold.promise;
      });
      try {
        await written.promise;
        // Nothing else writes to this database now: the open transaction drew the last seq.
        const openSeq = await readLastSeq(db);
        const horizon = await takeHorizon(db);
        expect(horizon.lastSeq).toBe(openSeq);
        // A later transaction (a higher transaction id) commits: a snapshot's xmax moves past the open
        // one's id, but the open transaction is still running, so its row is not final.
        await asActor(db, actors[3] as Actor, async (ctx) => logAccess(ctx, ENTRY));
        expect(await isHorizonFinal(db, horizon)).toBe(false);
        const sealer = createAccessLogSealer(db, {
          intervalMs: 1000,
          checkpointSeconds: 0,
          signer,
          anchor,
          log: (line) => {
            throw new Error(line);
          },
        });
        await sealer.round();
        await sealer.round();
        expect((await findLastBatch(db))?.lastSeq ?? 0).toBeLessThan(openSeq);
      } finally {
        hold.open();
        await open;
      }
      expect(await sealAccessLog(db)).toMatchObject({ final: true });
      expect(await rowsNotSealedExactlyOnce(db)).toEqual([]);
      expect((await verifyAccessLog(db, { verifiers: [signer], anchor })).ok).toBe(true);
    });

    it('many concurrent requests (some rolled back, some committing late) while two sealers run every few ms: every committed row is sealed exactly once', async () => {
      const { db } = database;
      await sealAccessLog(db);
      const before = await countRows(db);
      const anchor = testAnchor();
      const errors: string[] = [];
      // Two sealers, as two server processes would run them: each with its own connections, sharing the
      // database and the anchor.
      const sealerDatabases = await Promise.all(
        [0, 1].map(() => openDatabase({ databaseUrl: location.databaseUrl, dataDir: '', poolSize: 2 })),
      );
      const sealers = sealerDatabases.map((d) =>
        createAccessLogSealer(d.db, {
          intervalMs: 3,
          checkpointSeconds: 0,
          signer,
          anchor,
          log: (line) => errors.push(line),
          maxBatchRows: 50,
        }),
      );
      let committed = 0;
      try {
        for (const sealer of sealers) {
          sealer.start();
        }
        committed = await runRequests(db, actors, 400);
      } finally {
        for (const sealer of sealers) {
          await sealer.stop();
        }
        for (const d of sealerDatabases) {
          await d.close();
        }
      }
      expect(errors).toEqual([]);
      expect(await countRows(db)).toBe(before + committed);
      expect(await rowsNotSealedExactlyOnce(db)).toEqual([]);
      const checkpoints = await db.selectFrom('accessLogCheckpoints').select('id').execute();
      expect(checkpoints.length).toBeGreaterThan(0);
      const result = await verifyAccessLog(db, { verifiers: [signer], anchor });
      expect(result).toMatchObject({ ok: true, rowsSealed: before + committed, rowsPending: 0 });
    });
  });
} else {
  describe('access-log sealing on PGlite (one connection, transactions one after the other)', () => {
    let database: Database;
    let location: TestDatabaseLocation;

    beforeAll(async () => {
      location = await prepareTestDatabase();
      database = await openDatabase({ databaseUrl: null, dataDir: location.dataDir });
    });
    afterAll(async () => {
      await database?.close();
      await location?.drop();
    });

    it('requests queued on the one connection while the sealer runs every few ms: every committed row is sealed exactly once', async () => {
      const { db } = database;
      const actors = [await buildProfessional(db, 'LOCAL_TEAM'), await buildProfessional(db, 'LOCAL_TEAM')];
      const trail = auditTrail(db);
      const errors: string[] = [];
      const sealer = createAccessLogSealer(db, {
        intervalMs: 3,
        checkpointSeconds: 0,
        signer: trail.signer,
        anchor: trail.anchor,
        log: (line) => errors.push(line),
        maxBatchRows: 50,
      });
      sealer.start();
      const committed = await runRequests(db, actors, 60);
      await sealer.stop();
      expect(errors).toEqual([]);
      expect(await countRows(db)).toBe(committed);
      expect(await rowsNotSealedExactlyOnce(db)).toEqual([]);
      expect(await trail.verify()).toMatchObject({ ok: true, rowsSealed: committed, rowsPending: 0 });
    });
  });
}
