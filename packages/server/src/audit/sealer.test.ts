import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Kysely, Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { runAsActor } from '../context';
import { type Database, openDatabase } from '../db/database';
import { migrations } from '../db/migrations/index';
import { listBatches } from '../db/repositories/access-log-seal.repository';
import type { DB } from '../db/schema';
import { startServer } from '../main';
import { auditTrail, openDossiers, removeTestAnchors, testAnchor, testSigner } from '../test/audit';
import { createTestDatabase, prepareEmptyDatabase, prepareTestDatabase } from '../test/database';
import { buildHousehold, buildProfessional } from '../test/factories';
import { sha256 } from './access-log-hashing';
import { type AccessLogEntry, logAccess, writeAccessLog } from './access-log';
import { FileAnchorSink, parseAnchorLine } from './anchor';
import { createAccessLogSealer, writeCheckpoint } from './sealer';
import { loadOrCreateSigningKey, loadSigningKey } from './signing-key';
import { verifyAccessLog } from './verify-access-log';

afterAll(removeTestAnchors);

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

describe('access-log sealer', () => {
  let database: Database;
  // One key for the file: the tests share a database, so each sees the checkpoints of the ones before.
  const signer = testSigner();
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.close());

  it('seals every committed row exactly once, in seq order, with the gaps of rolled-back transactions inside batches', async () => {
    const { db } = database;
    const lt = await buildProfessional(db, 'LOCAL_TEAM');
    const trail = auditTrail(db, signer);
    const base = { actor: lt, onBehalfOf: null, now: new Date() };
    // Requests 1, 5, 9 and 13 (the last) roll back after drawing seqs.
    for (let i = 0; i < 14; i++) {
      const request = runAsActor(db, { ...base, requestId: `r${i}` }, async (ctx) => {
        for (let k = 0; k <= i % 3; k++) {
          logAccess(ctx, ENTRY);
        }
        if (i % 4 === 1) {
          // Rows drawn and then rolled back: their seqs become permanent gaps.
          await writeAccessLog(ctx.tx, { ...base, requestId: ctx.requestId }, [ENTRY, ENTRY], {
            transactionIdAssigned: true,
          });
          throw new Error('rolled back on purpose');
        }
      }).catch(() => undefined);
      await request;
    }
    const outcome = await trail.seal(5);
    const rows = await db.selectFrom('accessLog').select('seq').orderBy('seq').execute();
    expect(outcome).toMatchObject({ final: true, rows: rows.length });
    const batches = await listBatches(db, 0, 100);
    expect(batches.map((b) => b.batchNo)).toEqual(batches.map((_, i) => i + 1));
    expect(batches[0]?.firstSeq).toBe(0);
    for (const [i, b] of batches.entries()) {
      expect(b.rowCount).toBeLessThanOrEqual(5);
      expect(b.firstSeq).toBe(batches[i - 1]?.lastSeq ?? 0);
    }
    expect(await rowsNotSealedExactlyOnce(db)).toEqual([]);
    // The sequence went past the last committed row (the rolled-back rows), and the last batch covers it.
    const sequence = await sql<{ lastValue: number }>`
      select last_value from access_log_seq_seq`.execute(db);
    expect(batches.at(-1)?.lastSeq).toBe(sequence.rows[0]?.lastValue);
    expect(batches.at(-1)?.lastSeq).toBeGreaterThan(rows.at(-1)?.seq ?? 0);
    // Nothing new: sealing again adds no batch.
    expect(await trail.seal(5)).toMatchObject({ batches: 0, rows: 0 });
    expect((await trail.verify({ withAnchor: false })).ok).toBe(true);
  });

  it('a round seals at once when nothing is in flight; checkpoints only over new batches, the anchor a chain of lines', async () => {
    const { db } = database;
    const lt = await buildProfessional(db, 'LOCAL_TEAM');
    const { householdId } = await buildHousehold(db, lt);
    const anchor = testAnchor();
    const logs: string[] = [];
    const sealer = createAccessLogSealer(db, {
      intervalMs: 1000,
      checkpointSeconds: 0,
      signer,
      anchor,
      log: (line) => logs.push(line),
    });
    await openDossiers(db, lt, householdId, 3);
    await sealer.round();
    expect(await rowsNotSealedExactlyOnce(db)).toEqual([]);
    await sealer.round();
    await openDossiers(db, lt, householdId, 2);
    await sealer.round();
    expect(await rowsNotSealedExactlyOnce(db)).toEqual([]);
    expect(logs).toEqual([]);

    const lines: string[] = [];
    for await (const line of anchor.readAll()) {
      lines.push(line);
    }
    const stored = await db.selectFrom('accessLogCheckpoints').selectAll().orderBy('id').execute();
    const batches = await listBatches(db, 0, 1000);
    // Two rounds sealed something, so two checkpoints; the idle round wrote none.
    expect(lines).toHaveLength(2);
    expect(stored).toHaveLength(2);
    const parsed = lines.map(parseAnchorLine);
    expect(parsed[0]?.prevLineHash).toBe('genesis');
    expect(parsed[1]?.prevLineHash).toBe(sha256(lines[0] as string));
    expect(parsed.map((p) => p?.checkpointId)).toEqual(stored.map((c) => c.id));
    expect(parsed[1]).toMatchObject({
      batchNo: batches.at(-1)?.batchNo,
      batchHash: batches.at(-1)?.hash,
      rowsTotal: batches.reduce((n, b) => n + b.rowCount, 0),
      keyId: signer.keyId,
      signature: stored[1]?.signature,
    });
    expect(await verifyAccessLog(db, { verifiers: [signer], anchor })).toMatchObject({
      ok: true,
      checkpoints: 2,
      anchoredCheckpoints: 2,
    });
  });

  it('stop() seals what is final and writes a last checkpoint', async () => {
    const { db } = database;
    const lt = await buildProfessional(db, 'LOCAL_TEAM');
    const { householdId } = await buildHousehold(db, lt);
    const anchor = testAnchor();
    const sealer = createAccessLogSealer(db, {
      intervalMs: 60_000,
      checkpointSeconds: 3600,
      signer,
      anchor,
      log: (line) => {
        throw new Error(line);
      },
    });
    sealer.start();
    await openDossiers(db, lt, householdId, 4);
    await sealer.stop();
    expect(await rowsNotSealedExactlyOnce(db)).toEqual([]);
    const last = (await listBatches(db, 0, 1000)).at(-1);
    const checkpoints = await db
      .selectFrom('accessLogCheckpoints')
      .selectAll()
      .orderBy('id', 'desc')
      .execute();
    expect(checkpoints[0]).toMatchObject({ batchNo: last?.batchNo, batchHash: last?.hash });
    expect(await verifyAccessLog(db, { verifiers: [signer], anchor })).toMatchObject({
      ok: true,
      rowsPending: 0,
    });
  });

  it('a crash between committing a checkpoint and anchoring it leaves nothing the verifier misreads; the next checkpoint anchors it first (found by the crash test)', async () => {
    const { db } = database;
    const lt = await buildProfessional(db, 'LOCAL_TEAM');
    const h = await buildHousehold(db, lt);
    const trail = auditTrail(db, signer);
    await openDossiers(db, lt, h.householdId, 3);
    await trail.seal();
    // The process dies after the commit, before the anchor line is written.
    const dying = {
      append: async () => {
        throw new Error('killed');
      },
      readAll: () => trail.anchor.readAll(),
      lastAnchored: () => trail.anchor.lastAnchored(),
    };
    await expect(writeCheckpoint(db, { signer, anchor: dying, waitForLock: true })).rejects.toThrow('killed');
    const stored = await db
      .selectFrom('accessLogCheckpoints')
      .select('batchNo')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    // The checkpoint is in the database, not yet anchored: the log verifies (the anchor lags, it does not lie).
    expect(await trail.anchor.lastAnchored()).toBeNull();
    await expect(trail.verify()).resolves.toMatchObject({ ok: true });
    // The next checkpoint first anchors what the crash left, then its own: the anchor has both, in order.
    await openDossiers(db, lt, h.householdId, 2);
    await trail.seal();
    await trail.checkpoint();
    const lines: number[] = [];
    for await (const text of trail.anchor.readAll()) {
      lines.push(parseAnchorLine(text)?.batchNo ?? -1);
    }
    // (This file's database holds the checkpoints of the tests before; a new anchor takes them all, in order.)
    expect(lines).toContain(stored.batchNo);
    expect(lines.at(-1)).toBeGreaterThan(stored.batchNo);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
    await expect(trail.verify()).resolves.toMatchObject({ ok: true, anchoredCheckpoints: lines.length });
  });

  it('an anchor line that is edited, removed, reordered or unreadable is reported', async () => {
    const { db } = database;
    const lt = await buildProfessional(db, 'LOCAL_TEAM');
    const { householdId } = await buildHousehold(db, lt);
    const trail = auditTrail(db, signer);
    for (let i = 0; i < 3; i++) {
      await openDossiers(db, lt, householdId, 2);
      await trail.seal();
      await trail.checkpoint();
    }
    expect((await trail.verify()).ok).toBe(true);
    const original = fs.readFileSync(trail.anchor.file, 'utf8');
    const lines = original.trimEnd().split('\n');
    const rewriteAnchor = async (text: string) => {
      fs.writeFileSync(trail.anchor.file, text);
      return (await trail.verify()).problem;
    };
    expect(await rewriteAnchor(`${lines[0]}\n${lines[2]}\n`)).toMatchObject({
      code: 'anchor_broken',
      anchorLine: 2,
    });
    expect(await rewriteAnchor(`${lines[1]}\n${lines[0]}\n${lines[2]}\n`)).toMatchObject({
      code: 'anchor_broken',
      anchorLine: 1,
    });
    expect(await rewriteAnchor(`${lines[0]}\nnot json\n${lines[2]}\n`)).toMatchObject({
      code: 'anchor_broken',
      anchorLine: 2,
    });
    const edited = (lines[1] as string).replace(
      /"rowsTotal":(\d+)/,
      (_, n) => `"rowsTotal":${Number(n) + 1}`,
    );
    expect(await rewriteAnchor(`${lines[0]}\n${edited}\n${lines[2]}\n`)).toMatchObject({
      code: 'checkpoint_signature_invalid',
      anchorLine: 2,
    });
    expect(await rewriteAnchor(original)).toBeNull();
  });
});

describe('access-log sealing after the migration', () => {
  it('the first batch seals every row written before the migration (the old chain columns are gone)', async () => {
    const location = await prepareEmptyDatabase();
    const database = await openDatabase({ databaseUrl: location.databaseUrl, dataDir: location.dataDir });
    try {
      const migrator = new Migrator({
        // biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped Kysely
        db: database.db.withoutPlugins() as Kysely<any>,
        provider: { getMigrations: async () => migrations },
      });
      const before = await migrator.migrateTo('20261123000500-supervised-deadlines-page');
      expect(before.error).toBeUndefined();
      // Rows as the old design wrote them: chained by its trigger, under the head lock.
      await sql`insert into access_log (actor_kind, action, resource_type, purpose, legal_basis)
        select 'PROFESSIONAL', 'read', 'household', 'care', 'Jeugdwet' from generate_series(1, 7)`.execute(
        database.db,
      );
      const after = await migrator.migrateToLatest();
      expect(after.error).toBeUndefined();
      const columns = await sql<{ columnName: string }>`
        select column_name from information_schema.columns where table_name = 'access_log'`.execute(
        database.db,
      );
      expect(columns.rows.map((c) => c.columnName)).not.toContain('hash');
      const tables = await sql<{ n: number }>`
        select count(*)::int as n from information_schema.tables where table_name = 'access_log_head'`.execute(
        database.db,
      );
      expect(tables.rows[0]?.n).toBe(0);

      const trail = auditTrail(database.db as Kysely<DB>);
      await trail.seal();
      const [first, ...rest] = await listBatches(database.db, 0, 10);
      expect(rest).toEqual([]);
      expect(first).toMatchObject({ batchNo: 1, firstSeq: 0, lastSeq: 7, rowCount: 7, prevHash: 'genesis' });
      await trail.checkpoint();
      expect(await trail.verify()).toMatchObject({ ok: true, rowsSealed: 7, anchoredCheckpoints: 1 });
    } finally {
      await database.close();
      await location.drop();
    }
  });
});

describe('the server runs the sealer', () => {
  it('startServer creates the signing key (0600) and says where; stop seals, checkpoints and anchors', async () => {
    const location = await prepareTestDatabase();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-server-audit-'));
    const dataDir = location.databaseUrl ? dir : location.dataDir;
    const seeded = await openDatabase({ databaseUrl: location.databaseUrl, dataDir: location.dataDir });
    try {
      const lt = await buildProfessional(seeded.db, 'LOCAL_TEAM');
      const { householdId } = await buildHousehold(seeded.db, lt);
      await openDossiers(seeded.db, lt, householdId, 3);
    } finally {
      await seeded.close();
    }
    const logs: string[] = [];
    const config = loadConfig({
      DATABASE_URL: location.databaseUrl ?? undefined,
      DATA_DIR: dataDir,
      PORT: '0',
      SEED_ON_EMPTY: 'false',
      LOG_LEVEL: 'silent',
      AUDIT_ANCHOR_FILE: path.join(dir, 'anchor.jsonl'),
    });
    try {
      const server = await startServer(config, (line) => logs.push(line));
      await server.stop();
      const keyFile = path.join(dataDir, 'audit', 'signing-key.pem');
      expect(config.audit.signingKeyFile).toBe(keyFile);
      expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
      expect(logs.join('\n')).toContain(`Audit: created checkpoint signing key ${keyFile} (mode 0600).`);
      expect(logs.join('\n')).toContain('In production, set AUDIT_SIGNING_KEY_FILE');
      const anchor = new FileAnchorSink(config.audit.anchorFile);
      const database = await openDatabase({ databaseUrl: location.databaseUrl, dataDir: location.dataDir });
      try {
        expect(
          await verifyAccessLog(database.db, { verifiers: [loadSigningKey(keyFile)], anchor }),
        ).toMatchObject({
          ok: true,
          rowsSealed: 3,
          rowsPending: 0,
          checkpoints: 1,
          anchoredCheckpoints: 1,
        });
      } finally {
        await database.close();
      }
    } finally {
      await location.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the signing key is created once and then reused', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-key-'));
    try {
      const file = path.join(dir, 'nested', 'signing-key.pem');
      const logs: string[] = [];
      const created = loadOrCreateSigningKey(file, { configured: true, log: (l) => logs.push(l) });
      const again = loadOrCreateSigningKey(file, { configured: true, log: (l) => logs.push(l) });
      expect(again.keyId).toBe(created.keyId);
      expect(fs.readFileSync(file, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
      expect(logs[0]).toContain('created checkpoint signing key');
      expect(logs[1]).toContain(`(key ${created.keyId})`);
      expect(logs.join('\n')).not.toContain('In production');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
