import type { Kysely } from 'kysely';
import {
  countRowsAfter,
  findBatches,
  findCheckpointsByBatch,
  findRowAtOrBelow,
  listBatches,
  listCanonicalRows,
  listCheckpoints,
  type StoredBatch,
  type StoredCheckpoint,
  sumRowCount,
} from '../db/repositories/access-log-seal.repository';
import type { DB } from '../db/schema';
import { batchHash, type CanonicalAccessLogRow, createRowsDigest, GENESIS } from './access-log-hashing';
import { type AnchorLine, type AnchorSink, anchorLineHash, parseAnchorLine } from './anchor';
import { type CheckpointVerifier, isCheckpointSignatureValid } from './signing-key';

/**
 * `audit verify`, entirely in the application: nothing stored in the database is trusted to compute a
 * hash or to say what is correct.
 *
 * 1. The batches, in order: each links to its predecessor (number, seq range, prev_hash); its rows are
 *    re-read and re-hashed (row count and digest), and its hash is recomputed.
 * 2. Rows beyond the last batch are pending (not sealed yet): counted, not judged.
 * 3. Every checkpoint in the database: a valid signature by a known key, over exactly the batch at its
 *    batch_no and the number of rows sealed through it.
 * 4. The anchor outside the database: its own line chain, every line's signature, that the database's
 *    newest checkpoint is not older than any anchored one, that every anchored batch is in the database
 *    with that hash and row total, and that the database still holds the anchored checkpoint.
 *
 * The first problem found is reported, with a stable code. Batches, rows, checkpoints and anchor lines are
 * read page by page, so memory stays flat however long the log is.
 */

export type AuditProblemCode =
  /** The rows of a batch no longer hash to its digest (a row was changed). */
  | 'row_changed'
  /** A batch's seq range holds a different number of rows than it sealed, or a row lies before any batch. */
  | 'row_missing_or_added'
  /** A batch does not follow its predecessor (number, seq range or prev_hash). */
  | 'batch_link_broken'
  /** A batch's stored hash is not the hash of its fields. */
  | 'batch_hash_mismatch'
  /** A checkpoint (database or anchor) is not validly signed by a known key. */
  | 'checkpoint_signature_invalid'
  /** A validly signed database checkpoint does not match the batch (or row total) at its batch_no. */
  | 'checkpoint_mismatch'
  /** An anchored checkpoint is not in the database although its batch is. */
  | 'checkpoint_missing'
  /** An anchored checkpoint's batch is not in the database with that hash and row total. */
  | 'anchored_batch_missing'
  /** The anchor holds a checkpoint newer than the database's newest: the database was rolled back or truncated. */
  | 'rolled_back'
  /** An anchor line is unreadable, out of order, or does not chain to the previous line. */
  | 'anchor_broken';

export interface AuditProblem {
  code: AuditProblemCode;
  /** The one row concerned, when a single row can be named. */
  seq: number | null;
  /** The batch concerned, with its range (first_seq exclusive, last_seq inclusive). */
  batch: { batchNo: number; firstSeq: number; lastSeq: number } | null;
  /** The checkpoint concerned, by batch number (and database id, when known). */
  checkpoint: { batchNo: number; id: number | null } | null;
  /** The anchor line concerned (1-based). */
  anchorLine: number | null;
  /** One English sentence on what was found. */
  detail: string;
}

export interface AccessLogVerification {
  ok: boolean;
  /** Batches verified. */
  batches: number;
  /** Rows verified inside batches. */
  rowsSealed: number;
  /** Rows beyond the last batch (appended, not sealed yet). */
  rowsPending: number;
  /** Database checkpoints verified. */
  checkpoints: number;
  /** Anchor lines verified. */
  anchoredCheckpoints: number;
  problem: AuditProblem | null;
}

export interface VerifyOptions {
  /** The public keys checkpoints may be signed with. */
  verifiers: readonly CheckpointVerifier[];
  /** The anchor outside the database; null to verify the database alone. */
  anchor: AnchorSink | null;
  /** Page size for rows (default 5000). */
  pageSize?: number;
}

/**
 * Verifies the sealed access log, its checkpoints and the anchor. Runs on the owner connection.
 * @returns counts, and the first problem (null when everything verifies)
 */
export async function verifyAccessLog(
  db: Kysely<DB>,
  options: VerifyOptions,
): Promise<AccessLogVerification> {
  const pageSize = options.pageSize ?? 5000;
  const result: AccessLogVerification = {
    ok: false,
    batches: 0,
    rowsSealed: 0,
    rowsPending: 0,
    checkpoints: 0,
    anchoredCheckpoints: 0,
    problem: null,
  };
  const fail = (problem: AuditProblem) => ({ ...result, problem });

  const stray = await findRowAtOrBelow(db, 0);
  if (stray !== null) {
    return fail(
      problem('row_missing_or_added', { seq: stray }, `Row ${stray} lies before the first batch (seq 0).`),
    );
  }

  const rows = pages<CanonicalAccessLogRow>((after) =>
    listCanonicalRows(db, after?.seq ?? 0, Number.MAX_SAFE_INTEGER, pageSize),
  );
  const checkpoints = pages<StoredCheckpoint>((after) =>
    listCheckpoints(db, after ?? { batchNo: Number.MIN_SAFE_INTEGER, id: 0 }, 1000),
  );
  const batches = pages<StoredBatch>((after) => listBatches(db, after?.batchNo ?? 0, 1000));
  let previous = { batchNo: 0, lastSeq: 0, hash: GENESIS };
  let rowsTotal = 0;
  let newestCheckpoint: number | null = null;

  for (let batch = await batches.next(); batch; batch = await batches.next()) {
    const range = { batchNo: batch.batchNo, firstSeq: batch.firstSeq, lastSeq: batch.lastSeq };
    if (
      batch.batchNo !== previous.batchNo + 1 ||
      batch.firstSeq !== previous.lastSeq ||
      batch.lastSeq <= batch.firstSeq ||
      batch.prevHash !== previous.hash
    ) {
      return fail(
        problem(
          'batch_link_broken',
          { batch: range },
          `Batch ${batch.batchNo} does not follow batch ${previous.batchNo} (expected number ${previous.batchNo + 1}, first seq ${previous.lastSeq} and its predecessor's hash).`,
        ),
      );
    }
    const digest = createRowsDigest();
    for (let row = await rows.peek(); row && row.seq <= batch.lastSeq; row = await rows.peek()) {
      digest.add(row);
      await rows.next();
    }
    if (digest.count !== batch.rowCount) {
      return fail(
        problem(
          'row_missing_or_added',
          { batch: range },
          `Batch ${batch.batchNo} sealed ${batch.rowCount} rows with seq ${batch.firstSeq + 1}–${batch.lastSeq}; the log now holds ${digest.count}.`,
        ),
      );
    }
    if (digest.digest() !== batch.rowsDigest) {
      return fail(
        problem(
          'row_changed',
          { batch: range },
          `A row with seq ${batch.firstSeq + 1}–${batch.lastSeq} differs from what batch ${batch.batchNo} sealed.`,
        ),
      );
    }
    if (batchHash(batch) !== batch.hash) {
      return fail(
        problem(
          'batch_hash_mismatch',
          { batch: range },
          `Batch ${batch.batchNo}'s hash does not match its fields.`,
        ),
      );
    }
    rowsTotal += batch.rowCount;
    result.batches++;
    result.rowsSealed = rowsTotal;
    for (
      let cp = await checkpoints.peek();
      cp && cp.batchNo <= batch.batchNo;
      cp = await checkpoints.peek()
    ) {
      const found = checkDatabaseCheckpoint(cp, { batch, rowsTotal }, options.verifiers);
      if (found) {
        return fail(found);
      }
      result.checkpoints++;
      newestCheckpoint = cp.batchNo;
      await checkpoints.next();
    }
    previous = batch;
  }
  const orphan = await checkpoints.peek();
  if (orphan) {
    return fail(checkDatabaseCheckpoint(orphan, null, options.verifiers) as AuditProblem);
  }
  result.rowsPending = await countRowsAfter(db, previous.lastSeq);

  if (options.anchor) {
    const found = await checkAnchor(db, options.anchor, options.verifiers, newestCheckpoint, result);
    if (found) {
      return fail(found);
    }
  }
  return { ...result, ok: true };
}

/** One line per problem, in English, naming the item concerned; for the CLI. */
export function describeAuditProblem(p: AuditProblem): string {
  const where =
    p.seq !== null
      ? `seq ${p.seq}`
      : p.anchorLine !== null
        ? `anchor line ${p.anchorLine}${p.checkpoint ? ` (checkpoint of batch ${p.checkpoint.batchNo})` : ''}`
        : p.checkpoint !== null
          ? `checkpoint ${p.checkpoint.id ?? '?'} (batch ${p.checkpoint.batchNo})`
          : p.batch !== null
            ? `batch ${p.batch.batchNo} (seq ${p.batch.firstSeq + 1}–${p.batch.lastSeq})`
            : 'the log';
  return `at ${where} (${p.code}): ${p.detail}`;
}

/** A database checkpoint against the batch at its number (null: that batch does not exist). */
function checkDatabaseCheckpoint(
  cp: StoredCheckpoint,
  at: { batch: StoredBatch; rowsTotal: number } | null,
  verifiers: readonly CheckpointVerifier[],
): AuditProblem | null {
  const checkpoint = { batchNo: cp.batchNo, id: cp.id };
  if (!isCheckpointSignatureValid(verifiers, cp)) {
    return problem(
      'checkpoint_signature_invalid',
      { checkpoint },
      `Checkpoint ${cp.id} is not validly signed by a known key (key id ${cp.keyId}).`,
    );
  }
  if (!at || at.batch.batchNo !== cp.batchNo) {
    return problem(
      'checkpoint_mismatch',
      { checkpoint },
      `Checkpoint ${cp.id} signs batch ${cp.batchNo}, which is missing.`,
    );
  }
  if (cp.batchHash !== at.batch.hash || cp.rowsTotal !== at.rowsTotal) {
    return problem(
      'checkpoint_mismatch',
      { checkpoint },
      `Checkpoint ${cp.id} signed batch ${cp.batchNo} with another hash or row total (signed ${cp.rowsTotal} rows; the log has ${at.rowsTotal}).`,
    );
  }
  return null;
}

/** The anchor, line by line; database look-ups in chunks of lines so memory stays flat. */
async function checkAnchor(
  db: Kysely<DB>,
  anchor: AnchorSink,
  verifiers: readonly CheckpointVerifier[],
  newestCheckpoint: number | null,
  result: AccessLogVerification,
): Promise<AuditProblem | null> {
  let prevLineHash = GENESIS;
  let lastBatchNo = 0;
  let lineNo = 0;
  let chunk: { lineNo: number; line: AnchorLine }[] = [];
  const flush = async () => {
    const found = await checkAnchoredInDatabase(db, chunk);
    result.anchoredCheckpoints += found ? 0 : chunk.length;
    chunk = [];
    return found;
  };
  for await (const text of anchor.readAll()) {
    lineNo++;
    const line = parseAnchorLine(text);
    const inline = !line
      ? problem('anchor_broken', { anchorLine: lineNo }, `Anchor line ${lineNo} is not a checkpoint line.`)
      : line.prevLineHash !== prevLineHash
        ? problem(
            'anchor_broken',
            { anchorLine: lineNo },
            `Anchor line ${lineNo} does not chain to the line before it.`,
          )
        : line.batchNo < lastBatchNo
          ? problem(
              'anchor_broken',
              { anchorLine: lineNo },
              `Anchor line ${lineNo} is older than the line before it.`,
            )
          : !isCheckpointSignatureValid(verifiers, line)
            ? problem(
                'checkpoint_signature_invalid',
                { anchorLine: lineNo, checkpoint: { batchNo: line.batchNo, id: line.checkpointId } },
                `The checkpoint on anchor line ${lineNo} is not validly signed by a known key (key id ${line.keyId}).`,
              )
            : newestCheckpoint === null || line.batchNo > newestCheckpoint
              ? problem(
                  'rolled_back',
                  { anchorLine: lineNo, checkpoint: { batchNo: line.batchNo, id: line.checkpointId } },
                  `The anchor holds a checkpoint of batch ${line.batchNo} (${line.rowsTotal} rows); the database's newest checkpoint is ${newestCheckpoint === null ? 'none' : `of batch ${newestCheckpoint}`}.`,
                )
              : null;
    if (inline || !line) {
      // Problems on earlier lines come first.
      return (await flush()) ?? inline;
    }
    prevLineHash = anchorLineHash(text);
    lastBatchNo = line.batchNo;
    chunk.push({ lineNo, line });
    if (chunk.length >= 500) {
      const found = await flush();
      if (found) {
        return found;
      }
    }
  }
  return flush();
}

/** Anchored checkpoints (in line order) against the database's batches and checkpoints. */
async function checkAnchoredInDatabase(
  db: Kysely<DB>,
  chunk: { lineNo: number; line: AnchorLine }[],
): Promise<AuditProblem | null> {
  const batchNos = [...new Set(chunk.map((c) => c.line.batchNo))];
  const batches = new Map((await findBatches(db, batchNos)).map((b) => [b.batchNo, b]));
  const stored = new Map((await findCheckpointsByBatch(db, batchNos)).map((c) => [c.batchNo, c]));
  for (const { lineNo, line } of chunk) {
    const where = { anchorLine: lineNo, checkpoint: { batchNo: line.batchNo, id: line.checkpointId } };
    const batch = batches.get(line.batchNo);
    if (!batch || batch.hash !== line.batchHash) {
      return problem(
        'anchored_batch_missing',
        where,
        `Batch ${line.batchNo}, anchored with hash ${line.batchHash.slice(0, 12)}…, is ${batch ? 'different' : 'missing'} in the database.`,
      );
    }
    const cp = stored.get(line.batchNo);
    // A database checkpoint was already verified against its batch, including the row total.
    const rowsTotal =
      cp && cp.batchHash === line.batchHash ? cp.rowsTotal : await sumRowCount(db, 0, line.batchNo);
    if (rowsTotal !== line.rowsTotal) {
      return problem(
        'anchored_batch_missing',
        where,
        `Batch ${line.batchNo} was anchored with ${line.rowsTotal} rows sealed through it; the database has ${rowsTotal}.`,
      );
    }
    if (
      !cp ||
      cp.batchHash !== line.batchHash ||
      cp.rowsTotal !== line.rowsTotal ||
      cp.createdAtMicros !== line.createdAtMicros ||
      cp.keyId !== line.keyId ||
      cp.signature !== line.signature
    ) {
      return problem(
        'checkpoint_missing',
        where,
        `The checkpoint of batch ${line.batchNo} on anchor line ${lineNo} is not in the database.`,
      );
    }
  }
  return null;
}

function problem(
  code: AuditProblemCode,
  at: Partial<Pick<AuditProblem, 'seq' | 'batch' | 'checkpoint' | 'anchorLine'>>,
  detail: string,
): AuditProblem {
  return {
    code,
    seq: at.seq ?? null,
    batch: at.batch ?? null,
    checkpoint: at.checkpoint ?? null,
    anchorLine: at.anchorLine ?? null,
    detail,
  };
}

/** A forward-only cursor over keyset pages: `load(last item of the previous page)`. */
function pages<T>(load: (after: T | undefined) => Promise<T[]>) {
  let buffer: T[] = [];
  let index = 0;
  let last: T | undefined;
  let done = false;
  const peek = async (): Promise<T | undefined> => {
    if (index >= buffer.length && !done) {
      buffer = await load(last);
      index = 0;
      done = buffer.length === 0;
    }
    return buffer[index];
  };
  return {
    peek,
    async next(): Promise<T | undefined> {
      const item = await peek();
      if (item !== undefined) {
        last = item;
        index++;
      }
      return item;
    },
  };
}
