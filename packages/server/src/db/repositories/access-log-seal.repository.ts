import { type Kysely, sql, type Transaction } from 'kysely';
import type { CanonicalAccessLogRow } from '../../audit/access-log-hashing';
import type { DB } from '../schema';

/**
 * SQL of the access-log sealer and of `audit verify`. Everything here runs on the owner connection (never
 * as the application role, which has no rights on seals and checkpoints). No hash is computed in SQL.
 */

type Tx = Transaction<DB> | Kysely<DB>;

/** Key of the transaction-level advisory lock that one sealer holds while it seals or checkpoints. */
const SEALER_LOCK_KEY = 7513_0001;

/** A sealed batch as stored, with `sealed_at` as exact epoch microseconds. */
export interface StoredBatch {
  batchNo: number;
  firstSeq: number;
  lastSeq: number;
  rowCount: number;
  rowsDigest: string;
  prevHash: string;
  hash: string;
  sealedAtMicros: string;
}

/** A checkpoint as stored, with `created_at` as exact epoch microseconds. */
export interface StoredCheckpoint {
  id: number;
  batchNo: number;
  batchHash: string;
  rowsTotal: number;
  createdAtMicros: string;
  keyId: string;
  signature: string;
}

const micros = (column: string) =>
  sql<string>`(extract(epoch from ${sql.ref(column)}) * 1000000)::bigint::text`;

/**
 * The last seq handed out by the access log's identity sequence (0 before the first). A direct read of
 * the sequence, not transactional: it sees values drawn by transactions that have not committed.
 */
export async function readLastSeq(db: Kysely<DB>): Promise<number> {
  const name = await sql<{
    name: string;
  }>`select pg_get_serial_sequence('access_log', 'seq') as name`.execute(db);
  const sequence = name.rows[0]?.name;
  if (!sequence) {
    throw new Error('access_log.seq has no identity sequence');
  }
  // The name comes from pg_get_serial_sequence, which returns it quoted where needed.
  const result = await sql<{ lastValue: number; isCalled: boolean }>`
    select last_value, is_called from ${sql.raw(sequence)}`.execute(db);
  const row = result.rows[0];
  return row?.isCalled ? row.lastValue : 0;
}

/**
 * Assigns a transaction id to a statement of its own (autocommit) and returns it (xid8 as text). Every
 * transaction that already had a transaction id has a smaller one.
 */
export async function assignXid(db: Kysely<DB>): Promise<string> {
  const result = await sql<{ xid: string }>`select pg_current_xact_id()::text as xid`.execute(db);
  const xid = result.rows[0]?.xid;
  if (!xid) {
    throw new Error('pg_current_xact_id() returned nothing');
  }
  return xid;
}

/** Whether every transaction with an id below `xid` has ended (a fresh snapshot's xmin is at or past it). */
export async function haveAllEndedBefore(db: Kysely<DB>, xid: string): Promise<boolean> {
  const result = await sql<{ ended: boolean }>`
    select pg_snapshot_xmin(pg_current_snapshot()) >= ${xid}::xid8 as ended`.execute(db);
  return result.rows[0]?.ended === true;
}

/**
 * Takes the sealer's advisory lock for the rest of the transaction.
 * @param wait wait for the lock (an explicit `audit seal`) instead of giving up at once (a timer round)
 * @returns whether the lock is held
 */
export async function lockSealer(tx: Transaction<DB>, wait: boolean): Promise<boolean> {
  if (wait) {
    await sql`select pg_advisory_xact_lock(${SEALER_LOCK_KEY})`.execute(tx);
    return true;
  }
  const result = await sql<{ locked: boolean }>`
    select pg_try_advisory_xact_lock(${SEALER_LOCK_KEY}) as locked`.execute(tx);
  return result.rows[0]?.locked === true;
}

const batchColumns = sql`batch_no, first_seq, last_seq, row_count, rows_digest, prev_hash, hash,
  ${micros('sealed_at')} as sealed_at_micros`;

/** The newest batch, or null before the first. */
export async function findLastBatch(tx: Tx): Promise<StoredBatch | null> {
  const result = await sql<StoredBatch>`
    select ${batchColumns} from access_log_seals order by batch_no desc limit 1`.execute(tx);
  return result.rows[0] ?? null;
}

/** Batches after `afterBatchNo`, in order, at most `limit`. */
export async function listBatches(tx: Tx, afterBatchNo: number, limit: number): Promise<StoredBatch[]> {
  const result = await sql<StoredBatch>`
    select ${batchColumns} from access_log_seals where batch_no > ${afterBatchNo}
    order by batch_no limit ${limit}`.execute(tx);
  return result.rows;
}

/** The batches with these numbers (those that exist). */
export async function findBatches(tx: Tx, batchNos: number[]): Promise<StoredBatch[]> {
  if (batchNos.length === 0) {
    return [];
  }
  const result = await sql<StoredBatch>`
    select ${batchColumns} from access_log_seals where batch_no = any(${batchNos}::bigint[])`.execute(tx);
  return result.rows;
}

/** Sum of row_count of the batches numbered above `afterBatchNo` and at most `throughBatchNo`. */
export async function sumRowCount(tx: Tx, afterBatchNo: number, throughBatchNo: number): Promise<number> {
  const result = await sql<{ total: number }>`
    select coalesce(sum(row_count), 0)::bigint as total from access_log_seals
    where batch_no > ${afterBatchNo} and batch_no <= ${throughBatchNo}`.execute(tx);
  return result.rows[0]?.total ?? 0;
}

/** Rows with afterSeq < seq <= throughSeq in seq order, at most `limit`, with every column as hashed. */
export async function listCanonicalRows(
  tx: Tx,
  afterSeq: number,
  throughSeq: number,
  limit: number,
): Promise<CanonicalAccessLogRow[]> {
  const result = await sql<CanonicalAccessLogRow>`
    select seq, ${micros('occurred_at')} as occurred_at_micros, actor_id::text as actor_id, actor_kind,
      on_behalf_of::text as on_behalf_of, organisation_id::text as organisation_id, action, resource_type,
      resource_id, household_id::text as household_id, person_ids::text[] as person_ids, purpose,
      legal_basis, request_id, break_glass_grant_id::text as break_glass_grant_id
    from access_log where seq > ${afterSeq} and seq <= ${throughSeq}
    order by seq limit ${limit}`.execute(tx);
  return result.rows;
}

/** The smallest seq at or below `seq` (rows no batch can cover), or null. */
export async function findRowAtOrBelow(tx: Tx, seq: number): Promise<number | null> {
  const result = await sql<{ seq: number }>`
    select seq from access_log where seq <= ${seq} order by seq limit 1`.execute(tx);
  return result.rows[0]?.seq ?? null;
}

/** Number of rows with seq above `seq`. */
export async function countRowsAfter(tx: Tx, seq: number): Promise<number> {
  const result = await sql<{ n: number }>`
    select count(*)::bigint as n from access_log where seq > ${seq}`.execute(tx);
  return result.rows[0]?.n ?? 0;
}

/** The current transaction's time (now()) as exact epoch microseconds. */
export async function transactionTimeMicros(tx: Transaction<DB>): Promise<string> {
  const result = await sql<{
    micros: string;
  }>`select (extract(epoch from now()) * 1000000)::bigint::text as micros`.execute(tx);
  const value = result.rows[0]?.micros;
  if (!value) {
    throw new Error('now() returned nothing');
  }
  return value;
}

/** Stores a batch, sealed at the transaction's time (`now()`, the time its hash covers). */
export async function insertBatch(
  tx: Transaction<DB>,
  batch: Omit<StoredBatch, 'sealedAtMicros'>,
): Promise<void> {
  await tx
    .insertInto('accessLogSeals')
    .values({ ...batch, sealedAt: sql<Date>`now()` })
    .execute();
}

const checkpointColumns = sql`id, batch_no, batch_hash, rows_total, ${micros('created_at')} as created_at_micros,
  key_id, signature`;

/** The checkpoint with the highest batch number, or null. */
export async function findLastCheckpoint(tx: Tx): Promise<StoredCheckpoint | null> {
  const result = await sql<StoredCheckpoint>`
    select ${checkpointColumns} from access_log_checkpoints order by batch_no desc, id desc limit 1`.execute(
    tx,
  );
  return result.rows[0] ?? null;
}

/** Checkpoints ordered by batch number (then id), after the given position, at most `limit`. */
export async function listCheckpoints(
  tx: Tx,
  after: { batchNo: number; id: number },
  limit: number,
): Promise<StoredCheckpoint[]> {
  const result = await sql<StoredCheckpoint>`
    select ${checkpointColumns} from access_log_checkpoints
    where (batch_no, id) > (${after.batchNo}, ${after.id})
    order by batch_no, id limit ${limit}`.execute(tx);
  return result.rows;
}

/** The checkpoints over these batch numbers (those that exist). */
export async function findCheckpointsByBatch(tx: Tx, batchNos: number[]): Promise<StoredCheckpoint[]> {
  if (batchNos.length === 0) {
    return [];
  }
  const result = await sql<StoredCheckpoint>`
    select ${checkpointColumns} from access_log_checkpoints
    where batch_no = any(${batchNos}::bigint[])`.execute(tx);
  return result.rows;
}

/** Stores a checkpoint created at the transaction's time (`now()`, the time its signature covers). */
export async function insertCheckpoint(
  tx: Transaction<DB>,
  checkpoint: Omit<StoredCheckpoint, 'id' | 'createdAtMicros'>,
): Promise<number> {
  const row = await tx
    .insertInto('accessLogCheckpoints')
    .values({ ...checkpoint, createdAt: sql<Date>`now()` })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
