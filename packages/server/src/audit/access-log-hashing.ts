import { createHash, type Hash } from 'node:crypto';

/**
 * The hashes of the sealed access log, computed in the application with node:crypto and never by a
 * function stored in the database (whose owner could replace it). The sealer and `audit verify` use these
 * functions only, so both compute the same bytes.
 */

/** One access-log row exactly as hashed: every column, times as exact epoch microseconds (text). */
export interface CanonicalAccessLogRow {
  seq: number;
  /** `occurred_at` as epoch microseconds, selected as text so no precision is lost. */
  occurredAtMicros: string;
  actorId: string | null;
  actorKind: string;
  onBehalfOf: string | null;
  organisationId: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  householdId: string | null;
  personIds: string[];
  purpose: string;
  legalBasis: string;
  requestId: string | null;
  breakGlassGrantId: string | null;
}

/** The genesis value of the batch chain: the first batch's prev_hash. */
export const GENESIS = 'genesis';

/**
 * The canonical text of a row: a JSON array with a format tag and every column in a fixed order. JSON makes
 * it unambiguous (a NULL is `null`, an empty string `""`, separators inside values are escaped, arrays keep
 * their order and length).
 */
export function canonicalRowText(row: CanonicalAccessLogRow): string {
  return JSON.stringify([
    'access_log.v1',
    String(row.seq),
    row.occurredAtMicros,
    row.actorId,
    row.actorKind,
    row.onBehalfOf,
    row.organisationId,
    row.action,
    row.resourceType,
    row.resourceId,
    row.householdId,
    row.personIds,
    row.purpose,
    row.legalBasis,
    row.requestId,
    row.breakGlassGrantId,
  ]);
}

/** sha256 (hex) of a row's canonical text. */
export function rowHash(row: CanonicalAccessLogRow): string {
  return sha256(canonicalRowText(row));
}

/**
 * The running digest of a batch: sha256 over the row hashes (fixed-width hex) in seq order. Incremental,
 * so a batch of any size is hashed with flat memory.
 */
export function createRowsDigest(): {
  add(row: CanonicalAccessLogRow): void;
  readonly count: number;
  digest(): string;
} {
  const hash: Hash = createHash('sha256');
  let count = 0;
  return {
    add(row) {
      hash.update(rowHash(row));
      count++;
    },
    get count() {
      return count;
    },
    digest: () => hash.digest('hex'),
  };
}

/** The fields of a batch that its hash covers. */
export interface BatchFields {
  batchNo: number;
  firstSeq: number;
  lastSeq: number;
  rowCount: number;
  rowsDigest: string;
  /** `sealed_at` as epoch microseconds (text). */
  sealedAtMicros: string;
  prevHash: string;
}

/** sha256(batch_no | first_seq | last_seq | row_count | rows_digest | sealed_at | prev_hash), hex. */
export function batchHash(b: BatchFields): string {
  return sha256(
    [b.batchNo, b.firstSeq, b.lastSeq, b.rowCount, b.rowsDigest, b.sealedAtMicros, b.prevHash].join('|'),
  );
}

/** The fields a checkpoint signs. */
export interface CheckpointFields {
  batchNo: number;
  batchHash: string;
  rowsTotal: number;
  /** `created_at` as epoch microseconds (text). */
  createdAtMicros: string;
}

/** The exact text a checkpoint signature covers: batch_no|batch_hash|rows_total|created_at. */
export function checkpointPayload(c: CheckpointFields): string {
  return [c.batchNo, c.batchHash, c.rowsTotal, c.createdAtMicros].join('|');
}

/** sha256 of a UTF-8 string, hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
