import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLastBatch, listBatches, listCanonicalRows } from '../db/repositories/access-log-seal.repository';
import { auditTrail, openDossiers, removeTestAnchors, tamperAsOwner, testSigner } from '../test/audit';
import { createTestDatabase } from '../test/database';
import { buildHousehold, buildProfessional } from '../test/factories';
import { batchHash, createRowsDigest } from './access-log-hashing';
import { signCheckpoint } from './signing-key';
import { type AccessLogVerification, verifyAccessLog } from './verify-access-log';

afterAll(removeTestAnchors);

/**
 * A log in three checkpointed stages, sealed in batches of at most four rows, with a gap left by a
 * rolled-back transaction inside a sealed batch and two rows that are not sealed yet.
 */
async function buildScenario() {
  const database = await createTestDatabase();
  const { db } = database;
  const lt = await buildProfessional(db, 'LOCAL_TEAM');
  const { householdId } = await buildHousehold(db, lt);
  const trail = auditTrail(db);
  await openDossiers(db, lt, householdId, 5);
  const gapSeq = await db
    .transaction()
    .execute(async (tx) => {
      const row = await tx
        .insertInto('accessLog')
        .values({
          actorKind: 'PROFESSIONAL',
          action: 'read',
          resourceType: 'x',
          personIds: [],
          purpose: 'p',
          legalBasis: 'l',
        })
        .returning('seq')
        .executeTakeFirstOrThrow();
      throw new GapError(row.seq);
    })
    .catch((error: unknown) => {
      if (error instanceof GapError) {
        return error.seq;
      }
      throw error;
    });
  await openDossiers(db, lt, householdId, 3);
  const stages = [];
  for (const requests of [0, 6, 5]) {
    await openDossiers(db, lt, householdId, requests);
    await trail.seal(4);
    const written = await trail.checkpoint();
    if (written.status !== 'written') {
      throw new Error('expected a checkpoint');
    }
    stages.push(written.checkpoint);
  }
  await openDossiers(db, lt, householdId, 2);
  return { database, db, lt, householdId, trail, gapSeq, stages };
}

class GapError extends Error {
  constructor(readonly seq: number) {
    super('rolled back on purpose');
  }
}

type Scenario = Awaited<ReturnType<typeof buildScenario>>;

/** The sealed rows and the batch of each. */
async function sealedRows(s: Scenario) {
  const batches = await listBatches(s.db, 0, 1000);
  const rows = await listCanonicalRows(s.db, 0, (await findLastBatch(s.db))?.lastSeq ?? 0, 1000);
  return rows.map((row) => {
    const batch = batches.find((b) => b.firstSeq < row.seq && row.seq <= b.lastSeq);
    if (!batch) {
      throw new Error(`row ${row.seq} is in no batch`);
    }
    return {
      seq: row.seq,
      batch: { batchNo: batch.batchNo, firstSeq: batch.firstSeq, lastSeq: batch.lastSeq },
    };
  });
}

describe('access log sealing (NEN 7513): audit verify on a clean and a tampered log', () => {
  let shared: Scenario;
  beforeAll(async () => {
    shared = await buildScenario();
  });
  afterAll(async () => shared?.database.close());

  /** Tampers as the owner inside a transaction, verifies in it, and rolls back. */
  async function verifyInside(tamper: string): Promise<AccessLogVerification> {
    let result: AccessLogVerification | undefined;
    await shared.db
      .transaction()
      .execute(async (tx) => {
        for (const table of ['access_log', 'access_log_seals', 'access_log_checkpoints']) {
          await sql.raw(`alter table ${table} disable trigger user`).execute(tx);
        }
        await sql.raw(tamper).execute(tx);
        result = await verifyAccessLog(tx, { verifiers: [shared.trail.signer], anchor: shared.trail.anchor });
        throw new Error('rollback');
      })
      .catch((error: Error) => {
        if (error.message !== 'rollback') {
          throw error;
        }
      });
    return result as AccessLogVerification;
  }

  it('verifies a clean log: every sealed row, checkpoint and anchor line; unsealed rows are pending', async () => {
    const rows = await sealedRows(shared);
    expect(rows.length).toBe(19);
    expect(rows.map((r) => r.seq)).not.toContain(shared.gapSeq);
    expect(await shared.trail.verify()).toEqual({
      ok: true,
      batches: 6,
      rowsSealed: 19,
      rowsPending: 2,
      checkpoints: 3,
      anchoredCheckpoints: 3,
      problem: null,
    });
  });

  it('an edited row: any column of any sealed row, reported as row_changed in its batch', async () => {
    const rows = await sealedRows(shared);
    for (const { seq, batch } of rows) {
      const result = await verifyInside(`update access_log set action = 'export' where seq = ${seq}`);
      expect(result).toMatchObject({ ok: false, problem: { code: 'row_changed', batch } });
    }
    const { seq, batch } = rows[7] as (typeof rows)[number];
    for (const edit of [
      `occurred_at = occurred_at + interval '1 microsecond'`,
      `resource_id = ''`,
      'on_behalf_of = actor_id',
      `person_ids = array_append(person_ids, '00000000-0000-4000-8000-000000000000')`,
      `request_id = request_id || ' '`,
    ]) {
      const result = await verifyInside(`update access_log set ${edit} where seq = ${seq}`);
      expect(result.problem).toMatchObject({ code: 'row_changed', batch });
    }
  });

  it('a deleted row anywhere (also in the middle of a sealed batch): row_missing_or_added in its batch', async () => {
    const rows = await sealedRows(shared);
    for (const { seq, batch } of rows) {
      const result = await verifyInside(`delete from access_log where seq = ${seq}`);
      expect(result).toMatchObject({ ok: false, problem: { code: 'row_missing_or_added', batch } });
    }
  });

  it('a forged row inserted into the sealed past: into a gap, before the first batch, or in place of a real row', async () => {
    const forged = (seq: number) =>
      `insert into access_log (seq, occurred_at, actor_kind, action, resource_type, purpose, legal_basis)
       overriding system value
       values (${seq}, now() - interval '1 day', 'PROFESSIONAL', 'read', 'household', 'p', 'l')`;
    const batchOfGap = (await listBatches(shared.db, 0, 1000)).find(
      (b) => b.firstSeq < shared.gapSeq && shared.gapSeq <= b.lastSeq,
    );
    expect(batchOfGap).toBeDefined();
    expect((await verifyInside(forged(shared.gapSeq))).problem).toMatchObject({
      code: 'row_missing_or_added',
      batch: { batchNo: batchOfGap?.batchNo },
    });
    expect((await verifyInside(forged(0))).problem).toMatchObject({ code: 'row_missing_or_added', seq: 0 });
    const { seq, batch } = (await sealedRows(shared))[2] as { seq: number; batch: object };
    expect(
      (await verifyInside(`delete from access_log where seq = ${seq}; ${forged(seq)}`)).problem,
    ).toMatchObject({ code: 'row_changed', batch });
  });

  it('the application role cannot change the log or touch seals and checkpoints; the owner is stopped by triggers', async () => {
    const attempt = (statement: string, asApp: boolean) =>
      shared.db.transaction().execute(async (tx) => {
        if (asApp) {
          await sql.raw('set local role gezinsdossier_app').execute(tx);
        }
        await sql.raw(statement).execute(tx);
      });
    for (const statement of [
      `update access_log set action = 'read' where seq = 1`,
      'delete from access_log where seq = 1',
      'select * from access_log_seals',
      'select * from access_log_checkpoints',
      `insert into access_log_seals values (99, 0, 1, 1, 'x', 'x', 'x', now())`,
    ]) {
      await expect(attempt(statement, true)).rejects.toThrow(/permission denied/);
    }
    for (const statement of [
      `update access_log set action = 'read' where seq = 1`,
      'truncate access_log',
      `update access_log_seals set hash = 'x'`,
      'delete from access_log_seals',
      'truncate access_log_seals',
      'delete from access_log_checkpoints',
      'truncate access_log_checkpoints',
    ]) {
      await expect(attempt(statement, false)).rejects.toThrow(/append-only/);
    }
    expect((await shared.trail.verify()).ok).toBe(true);
  });
});

describe('access log sealing (NEN 7513): tampering that needs the checkpoints or the anchor', () => {
  it('a deleted tail with its seals and checkpoints removed too (head moved back): caught by the anchor', async () => {
    const s = await buildScenario();
    try {
      const last = s.stages[2];
      // The three newest sealed rows disappear, with the batches that sealed them and the checkpoint over
      // them; the surviving rows of a cut batch look like rows that were never sealed.
      const rows = await sealedRows(s);
      const cut = rows.at(-4)?.seq;
      await tamperAsOwner(
        s.db,
        `delete from access_log where seq > ${cut} and seq <= ${rows.at(-1)?.seq};
         delete from access_log_seals where last_seq > ${cut};
         delete from access_log_checkpoints where batch_no > (select max(batch_no) from access_log_seals);`,
      );
      expect((await s.trail.verify({ withAnchor: false })).ok).toBe(true);
      expect((await s.trail.verify()).problem).toMatchObject({
        code: 'rolled_back',
        anchorLine: 3,
        checkpoint: { batchNo: last?.batchNo },
      });
      // Life goes on: new requests, sealed and checkpointed by the real sealer over the shortened log.
      await openDossiers(s.db, s.lt, s.householdId, 4);
      await s.trail.seal(4);
      expect((await s.trail.checkpoint()).status).toBe('written');
      expect((await s.trail.verify({ withAnchor: false })).ok).toBe(true);
      expect((await s.trail.verify()).problem).toMatchObject({
        code: 'anchored_batch_missing',
        anchorLine: 3,
        checkpoint: { batchNo: last?.batchNo },
      });
    } finally {
      await s.database.close();
    }
  });

  it('a re-chained log (a row edited, every later digest and batch hash recomputed): caught by the signed checkpoints', async () => {
    const s = await buildScenario();
    try {
      const [victim] = await sealedRows(s).then((rows) => rows.slice(5, 6));
      if (!victim) {
        throw new Error('no row');
      }
      await tamperAsOwner(s.db, `update access_log set purpose = 'curiosity' where seq = ${victim.seq}`);
      // The attacker knows the algorithm and recomputes every batch from the edited one on.
      const batches = await listBatches(s.db, 0, 1000);
      let prevHash = batches.find((b) => b.batchNo === victim.batch.batchNo - 1)?.hash ?? 'genesis';
      const rewritten: string[] = [];
      for (const b of batches.filter((x) => x.batchNo >= victim.batch.batchNo)) {
        const digest = createRowsDigest();
        for (const row of await listCanonicalRows(s.db, b.firstSeq, b.lastSeq, 1000)) {
          digest.add(row);
        }
        const fields = { ...b, rowsDigest: digest.digest(), prevHash };
        const hash = batchHash(fields);
        rewritten.push(
          `update access_log_seals set rows_digest = '${fields.rowsDigest}', prev_hash = '${prevHash}', hash = '${hash}' where batch_no = ${b.batchNo};`,
        );
        prevHash = hash;
      }
      await tamperAsOwner(s.db, rewritten.join('\n'));
      const firstCheckpointAfter = s.stages.find((c) => c.batchNo >= victim.batch.batchNo);
      // The chain itself is consistent again; the signed checkpoint over the old hash is not.
      expect(await s.trail.verify()).toMatchObject({
        ok: false,
        problem: { code: 'checkpoint_mismatch', checkpoint: { batchNo: firstCheckpointAfter?.batchNo } },
      });
      // Making the checkpoints agree breaks their signatures; signing them needs the key.
      await tamperAsOwner(
        s.db,
        'update access_log_checkpoints c set batch_hash = b.hash from access_log_seals b where b.batch_no = c.batch_no',
      );
      expect((await s.trail.verify()).problem).toMatchObject({
        code: 'checkpoint_signature_invalid',
        checkpoint: { batchNo: firstCheckpointAfter?.batchNo },
      });
      // Signing with a key of the attacker's own is no better.
      const forger = testSigner();
      const stored = await s.db.selectFrom('accessLogCheckpoints').selectAll().execute();
      const micros = await sql<{ id: number; micros: string }>`
        select id, (extract(epoch from created_at) * 1000000)::bigint::text as micros
        from access_log_checkpoints`.execute(s.db);
      await tamperAsOwner(
        s.db,
        stored
          .map((c) => {
            const createdAtMicros = micros.rows.find((m) => m.id === c.id)?.micros ?? '';
            const signature = signCheckpoint(forger, { ...c, createdAtMicros });
            return `update access_log_checkpoints set key_id = '${forger.keyId}', signature = '${signature}' where id = ${c.id};`;
          })
          .join('\n'),
      );
      expect((await s.trail.verify({ withAnchor: false })).problem).toMatchObject({
        code: 'checkpoint_signature_invalid',
      });
    } finally {
      await s.database.close();
    }
  });

  it('a truncated log (all rows, seals and database checkpoints gone): caught by the anchor', async () => {
    const s = await buildScenario();
    try {
      await tamperAsOwner(
        s.db,
        'delete from access_log; delete from access_log_seals; delete from access_log_checkpoints;',
      );
      // On its own, an empty log is a consistent log.
      expect((await s.trail.verify({ withAnchor: false })).ok).toBe(true);
      expect(await s.trail.verify()).toMatchObject({
        ok: false,
        problem: { code: 'rolled_back', anchorLine: 1, checkpoint: { batchNo: s.stages[0]?.batchNo } },
      });
    } finally {
      await s.database.close();
    }
  });

  it('a rollback to an older checkpoint (everything after the first checkpoint removed): caught by the anchor', async () => {
    const s = await buildScenario();
    try {
      const first = s.stages[0];
      const batch = (await listBatches(s.db, 0, 1000)).find((b) => b.batchNo === first?.batchNo);
      await tamperAsOwner(
        s.db,
        `delete from access_log where seq > ${batch?.lastSeq};
         delete from access_log_seals where batch_no > ${batch?.batchNo};
         delete from access_log_checkpoints where batch_no > ${batch?.batchNo};`,
      );
      expect(await s.trail.verify({ withAnchor: false })).toMatchObject({ ok: true, rowsPending: 0 });
      expect((await s.trail.verify()).problem).toMatchObject({
        code: 'rolled_back',
        anchorLine: 2,
        checkpoint: { batchNo: s.stages[1]?.batchNo },
      });
    } finally {
      await s.database.close();
    }
  });

  it('a deleted or edited database checkpoint is reported', async () => {
    const s = await buildScenario();
    try {
      const second = s.stages[1];
      await tamperAsOwner(s.db, `delete from access_log_checkpoints where batch_no = ${second?.batchNo}`);
      expect((await s.trail.verify()).problem).toMatchObject({
        code: 'checkpoint_missing',
        anchorLine: 2,
        checkpoint: { batchNo: second?.batchNo },
      });
      await tamperAsOwner(s.db, `update access_log_checkpoints set rows_total = rows_total + 1`);
      expect((await s.trail.verify()).problem).toMatchObject({ code: 'checkpoint_signature_invalid' });
    } finally {
      await s.database.close();
    }
  });
});
