import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import {
  assignXid,
  findLastBatch,
  findLastCheckpoint,
  haveAllEndedBefore,
  insertBatch,
  insertCheckpoint,
  listCheckpoints,
  listCanonicalRows,
  lockSealer,
  readLastSeq,
  sumRowCount,
  transactionTimeMicros,
} from '../db/repositories/access-log-seal.repository';
import type { DB } from '../db/schema';
import { batchHash, createRowsDigest, GENESIS } from './access-log-hashing';
import type { AnchoredCheckpoint, AnchorSink } from './anchor';
import { type CheckpointSigner, isCheckpointSignatureValid, signCheckpoint } from './signing-key';

/**
 * Seals the access log: one sealer, in the server process and on the owner connection, turns final rows
 * into hash-chained batches in `seq` order, and now and then signs a checkpoint over the newest batch.
 *
 * Request transactions append rows without any lock (see writeAccessLog). Under concurrency a row with a
 * lower seq can commit after a row with a higher seq, and a rolled-back transaction leaves a permanent gap,
 * so "all rows up to seq L" is only final once every transaction that could still write such a row has
 * ended. The sealer knows that from a horizon, not from a lock:
 *
 * - Invariant (runAsActor, writeAccessLog): a transaction that writes access-log rows has its transaction
 *   id assigned before it draws any seq.
 * - Horizon: first read L, the last seq handed out; then, in a separate transaction, assign a fresh
 *   transaction id X. A transaction that drew a seq <= L drew it before L was read, so it had its id before
 *   X was assigned, and ids are handed out in increasing order: its id is below X.
 * - Final: once a new snapshot's xmin is at or past X, every transaction with an id below X has ended
 *   (committed or rolled back), so the rows with seq <= L will never change: seal them.
 *
 * Why not X = pg_snapshot_xmax(pg_current_snapshot()): a snapshot's xmax is the latest *completed* id plus
 * one, not the next id to be assigned. A transaction that has its id but has not ended can have an id at or
 * above that xmax (PostgreSQL 15: with T holding id 724 open, another session sees the snapshot
 * `724:724:`), so once any later transaction commits, xmin reaches X while T is still open and could still
 * commit rows with seq <= L. A fresh id costs one id per horizon, taken only when new rows exist.
 *
 * The horizon is kept in memory only: a transaction id means nothing in another cluster (a restore starts
 * its own ids), so it is never stored. Two server processes may both run a sealer; each batch and
 * checkpoint is written under one advisory lock after re-reading the newest batch, so they never overlap.
 */

/** The largest number of rows in one batch (a huge first batch after the migration is split). */
const DEFAULT_MAX_BATCH_ROWS = 10_000;

/** A horizon: the rows with seq <= lastSeq are final once every transaction with an id below xid ended. */
export interface Horizon {
  lastSeq: number;
  /** xid8, as text. */
  xid: string;
}

/** What one sealing pass did. */
export interface SealOutcome {
  /** False when another sealer held the lock (nothing was done). */
  locked: boolean;
  batches: number;
  rows: number;
  /** The last seq covered by a batch after this pass (0 before the first batch). */
  sealedThrough: number;
}

/**
 * Takes a horizon. The order matters (see the module comment): L first, then a new transaction id.
 */
export async function takeHorizon(db: Kysely<DB>): Promise<Horizon> {
  const lastSeq = await readLastSeq(db);
  const xid = await assignXid(db);
  return { lastSeq, xid };
}

/** Whether every row with seq <= horizon.lastSeq is final (every transaction that could write one ended). */
export function isHorizonFinal(db: Kysely<DB>, horizon: Horizon): Promise<boolean> {
  return haveAllEndedBefore(db, horizon.xid);
}

/**
 * Seals the rows with seq <= throughSeq that no batch covers yet, as the next batches, in one transaction
 * under the sealer's advisory lock. The caller guarantees they are final (a horizon). A range without rows
 * (only gaps) gives no batch; the next batch covers it.
 */
export async function sealThrough(
  db: Kysely<DB>,
  throughSeq: number,
  options: { waitForLock: boolean; maxBatchRows?: number },
): Promise<SealOutcome> {
  const maxBatchRows = options.maxBatchRows ?? DEFAULT_MAX_BATCH_ROWS;
  return db.transaction().execute(async (tx) => {
    if (!(await lockSealer(tx, options.waitForLock))) {
      return { locked: false, batches: 0, rows: 0, sealedThrough: 0 };
    }
    // Re-read inside the lock: another process may have sealed since this one last looked.
    let last = await findLastBatch(tx);
    let batches = 0;
    let rows = 0;
    const sealedAtMicros = await transactionTimeMicros(tx);
    while ((last?.lastSeq ?? 0) < throughSeq) {
      const firstSeq = last?.lastSeq ?? 0;
      const chunk = await listCanonicalRows(tx, firstSeq, throughSeq, maxBatchRows);
      const lastRow = chunk.at(-1);
      if (!lastRow) {
        break;
      }
      const digest = createRowsDigest();
      for (const row of chunk) {
        digest.add(row);
      }
      const fields = {
        batchNo: (last?.batchNo ?? 0) + 1,
        firstSeq,
        lastSeq: chunk.length < maxBatchRows ? throughSeq : lastRow.seq,
        rowCount: chunk.length,
        rowsDigest: digest.digest(),
        sealedAtMicros,
        prevHash: last?.hash ?? GENESIS,
      };
      const hash = batchHash(fields);
      const { sealedAtMicros: _, ...stored } = fields;
      await insertBatch(tx, { ...stored, hash });
      last = { ...fields, hash };
      batches++;
      rows += chunk.length;
    }
    return { locked: true, batches, rows, sealedThrough: last?.lastSeq ?? 0 };
  });
}

/**
 * Seals everything that is final now (for tests, `audit seal` and shutdown): takes a horizon, waits until
 * it is final, and seals through it, waiting for the lock if another sealer holds it.
 * @param options.maxWaitMs how long to wait for open transactions to end (default 30 s)
 * @returns `final: false` when transactions were still open after maxWaitMs (nothing new sealed then)
 */
export async function sealAccessLog(
  db: Kysely<DB>,
  options: { maxWaitMs?: number; maxBatchRows?: number } = {},
): Promise<SealOutcome & { final: boolean }> {
  const lastSeq = await readLastSeq(db);
  const sealed = (await findLastBatch(db))?.lastSeq ?? 0;
  if (lastSeq <= sealed) {
    return { final: true, locked: true, batches: 0, rows: 0, sealedThrough: sealed };
  }
  const horizon = { lastSeq, xid: await assignXid(db) };
  const deadline = Date.now() + (options.maxWaitMs ?? 30_000);
  while (!(await isHorizonFinal(db, horizon))) {
    if (Date.now() > deadline) {
      return { final: false, locked: true, batches: 0, rows: 0, sealedThrough: sealed };
    }
    await sleep(10);
  }
  const outcome = await sealThrough(db, horizon.lastSeq, {
    waitForLock: true,
    maxBatchRows: options.maxBatchRows,
  });
  return { final: true, ...outcome };
}

/** What a checkpoint attempt did. */
export type CheckpointOutcome =
  | { status: 'locked' }
  | { status: 'nothing_new' }
  | { status: 'written'; checkpoint: AnchoredCheckpoint };

/**
 * Signs a checkpoint over the newest batch when it is newer than the newest checkpoint, stores it and
 * appends it to the anchor, under the sealer's lock (so anchors shared by several processes receive
 * checkpoints in order). The anchor is written before the transaction commits: if the commit then fails,
 * the anchor holds a checkpoint the database lacks, which `audit verify` reports (checkpoint_missing)
 * rather than hiding; the reverse order could lose a checkpoint from the anchor silently.
 */
export async function writeCheckpoint(
  db: Kysely<DB>,
  options: { signer: CheckpointSigner; anchor: AnchorSink; waitForLock: boolean },
): Promise<CheckpointOutcome> {
  const outcome = await db.transaction().execute(async (tx): Promise<CheckpointOutcome> => {
    if (!(await lockSealer(tx, options.waitForLock))) {
      return { status: 'locked' };
    }
    const batch = await findLastBatch(tx);
    const previous = await findLastCheckpoint(tx);
    if (!batch || (previous && previous.batchNo >= batch.batchNo)) {
      return { status: 'nothing_new' };
    }
    // Count on from the previous checkpoint when it is ours and intact; otherwise from the start.
    const base = previous && isCheckpointSignatureValid([options.signer], previous) ? previous : null;
    const rowsTotal = (base?.rowsTotal ?? 0) + (await sumRowCount(tx, base?.batchNo ?? 0, batch.batchNo));
    const fields = {
      batchNo: batch.batchNo,
      batchHash: batch.hash,
      rowsTotal,
      createdAtMicros: await transactionTimeMicros(tx),
    };
    const signature = signCheckpoint(options.signer, fields);
    const { createdAtMicros: _, ...stored } = fields;
    const checkpointId = await insertCheckpoint(tx, { ...stored, keyId: options.signer.keyId, signature });
    const checkpoint = { checkpointId, ...fields, keyId: options.signer.keyId, signature };
    return { status: 'written', checkpoint };
  });
  // Anchored only once the checkpoint is committed. A crash in between leaves a checkpoint that is not
  // anchored yet, which the next call anchors; never an anchored checkpoint the database lacks, which
  // verification rightly reads as a rollback (the crash test found this order reversed).
  await anchorPending(db, options.anchor, options.waitForLock);
  return outcome;
}

/**
 * Appends to the anchor, in order, every committed checkpoint it does not hold yet — under the sealer's lock,
 * so two processes never anchor the same checkpoint twice.
 */
export async function anchorPending(
  db: Kysely<DB>,
  anchor: AnchorSink,
  waitForLock: boolean,
): Promise<number> {
  return db.transaction().execute(async (tx) => {
    if (!(await lockSealer(tx, waitForLock))) {
      return 0;
    }
    const last = await anchor.lastAnchored();
    const pending = await listCheckpoints(
      tx,
      { batchNo: last?.batchNo ?? 0, id: last?.checkpointId ?? 0 },
      1000,
    );
    for (const c of pending) {
      const { id, ...rest } = c;
      await anchor.append({ checkpointId: id, ...rest });
    }
    return pending.length;
  });
}

export interface SealerOptions {
  /** Pause between rounds (AUDIT_SEAL_INTERVAL_MS). */
  intervalMs: number;
  /** Minimum time between checkpoints (AUDIT_CHECKPOINT_SECONDS). */
  checkpointSeconds: number;
  signer: CheckpointSigner;
  anchor: AnchorSink;
  /** Where errors go; a failed round is logged and the next round tries again. */
  log: (line: string) => void;
  maxBatchRows?: number;
}

export interface AccessLogSealer {
  /** Runs rounds every intervalMs (the first at once) until stop(). */
  start(): void;
  /** One round; exposed for tests that drive the sealer step by step. */
  round(): Promise<void>;
  /** Stops the rounds, seals what is final and writes a last checkpoint when there is anything new. */
  stop(): Promise<void>;
}

/**
 * The sealer of a server process. A round: (a) if the horizon of an earlier round is final, seal through
 * it; (b) if rows were appended since, take a new horizon, and seal at once if it is already final (nothing
 * in flight); (c) every checkpointSeconds, write a checkpoint if there are new batches.
 */
export function createAccessLogSealer(db: Kysely<DB>, options: SealerOptions): AccessLogSealer {
  let horizon: Horizon | null = null;
  /** The last seq known to be sealed (by any process); -1 before the first round looked. */
  let sealedThrough = -1;
  let lastCheckpointAttempt = Number.NEGATIVE_INFINITY;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  /** Seals through a final horizon; false when another sealer held the lock (keep the horizon then). */
  async function sealFinal(h: Horizon): Promise<boolean> {
    const outcome = await sealThrough(db, h.lastSeq, {
      waitForLock: false,
      maxBatchRows: options.maxBatchRows,
    });
    if (outcome.locked) {
      sealedThrough = Math.max(sealedThrough, outcome.sealedThrough);
    }
    return outcome.locked;
  }

  async function round(): Promise<void> {
    if (horizon && (await isHorizonFinal(db, horizon)) && (await sealFinal(horizon))) {
      horizon = null;
    }
    if (!horizon) {
      const lastSeq = await readLastSeq(db);
      if (lastSeq > sealedThrough) {
        const fresh = { lastSeq, xid: await assignXid(db) };
        horizon = (await isHorizonFinal(db, fresh)) && (await sealFinal(fresh)) ? null : fresh;
      }
    }
    if (Date.now() - lastCheckpointAttempt >= options.checkpointSeconds * 1000) {
      const outcome = await writeCheckpoint(db, {
        signer: options.signer,
        anchor: options.anchor,
        waitForLock: false,
      }).finally(() => {
        lastCheckpointAttempt = Date.now();
      });
      if (outcome.status === 'locked') {
        lastCheckpointAttempt = Number.NEGATIVE_INFINITY;
      }
    }
  }

  function schedule(delayMs: number): void {
    if (stopped) {
      return;
    }
    timer = setTimeout(() => {
      running = round()
        .catch((error: unknown) => options.log(`Audit sealer: round failed: ${describe(error)}`))
        .finally(() => {
          running = null;
          schedule(options.intervalMs);
        });
    }, delayMs);
    // The sealer never keeps a process alive on its own (the HTTP server does).
    timer.unref();
  }

  return {
    start: () => schedule(0),
    round,
    async stop() {
      stopped = true;
      if (timer) {
        clearTimeout(timer);
      }
      await running;
      try {
        const sealed = await sealAccessLog(db, { maxWaitMs: 5000, maxBatchRows: options.maxBatchRows });
        if (!sealed.final) {
          options.log(
            'Audit sealer: transactions still open at shutdown; their rows are sealed on next start.',
          );
        }
        await writeCheckpoint(db, { signer: options.signer, anchor: options.anchor, waitForLock: true });
      } catch (error) {
        options.log(`Audit sealer: final seal failed: ${describe(error)}`);
      }
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
