import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { GENESIS, sha256 } from './access-log-hashing';

/**
 * The anchor: a copy of every signed checkpoint outside the database, so that a database owner who
 * deletes the tail of the log, truncates it or restores an older state cannot hide it. Each line carries
 * the sha256 of the previous line, so the anchor is a chain of its own.
 *
 * Sinks other than a file (a WORM bucket, a remote log service, a second machine) implement the same two
 * methods; the line format and its chain are defined here, once.
 */
export interface AnchorSink {
  /** Appends one checkpoint as a line chained to the previous line; durable when the promise resolves. */
  append(checkpoint: AnchoredCheckpoint): Promise<void>;
  /** Every line in the order appended, exactly as stored (without the line break). */
  readAll(): AsyncIterable<string>;
  /** The newest checkpoint anchored (its batch and row id); null when none is. */
  lastAnchored(): Promise<{ batchNo: number; checkpointId: number } | null>;
}

/** A checkpoint as anchored: what the signature covers, plus the key id, the signature and the row id. */
export interface AnchoredCheckpoint {
  checkpointId: number;
  batchNo: number;
  batchHash: string;
  rowsTotal: number;
  createdAtMicros: string;
  keyId: string;
  signature: string;
}

/** One parsed anchor line. */
export interface AnchorLine extends AnchoredCheckpoint {
  /** sha256 of the previous line's text, or 'genesis' for the first line. */
  prevLineHash: string;
}

const FORMAT = 'gezinsdossier.access-log-anchor.v1';

/** The text of an anchor line (JSON, one line) for a checkpoint after the line whose hash is given. */
export function formatAnchorLine(checkpoint: AnchoredCheckpoint, prevLineHash: string): string {
  return JSON.stringify({
    format: FORMAT,
    checkpointId: checkpoint.checkpointId,
    batchNo: checkpoint.batchNo,
    batchHash: checkpoint.batchHash,
    rowsTotal: checkpoint.rowsTotal,
    createdAtMicros: checkpoint.createdAtMicros,
    keyId: checkpoint.keyId,
    signature: checkpoint.signature,
    prevLineHash,
  });
}

/** Parses an anchor line; null when it is not a well-formed line of this format. */
export function parseAnchorLine(text: string): AnchorLine | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) {
    return null;
  }
  const v = value as Record<string, unknown>;
  const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
  const isText = (x: unknown): x is string => typeof x === 'string' && x.length > 0;
  if (
    v.format !== FORMAT ||
    !isCount(v.checkpointId) ||
    !isCount(v.batchNo) ||
    !isText(v.batchHash) ||
    !isCount(v.rowsTotal) ||
    !isText(v.createdAtMicros) ||
    !isText(v.keyId) ||
    !isText(v.signature) ||
    !isText(v.prevLineHash)
  ) {
    return null;
  }
  return {
    checkpointId: v.checkpointId,
    batchNo: v.batchNo,
    batchHash: v.batchHash,
    rowsTotal: v.rowsTotal,
    createdAtMicros: v.createdAtMicros,
    keyId: v.keyId,
    signature: v.signature,
    prevLineHash: v.prevLineHash,
  };
}

/** The chain value of a line: sha256 of its exact text. */
export function anchorLineHash(text: string): string {
  return sha256(text);
}

/**
 * The default anchor: an append-only JSON-lines file (AUDIT_ANCHOR_FILE). Appends are fsynced. The file is
 * created with mode 0600 in a directory created with mode 0700. Appends from several processes are ordered
 * by the sealer's advisory lock (see sealer.ts), so lines stay in checkpoint order.
 */
export class FileAnchorSink implements AnchorSink {
  constructor(readonly file: string) {}

  async append(checkpoint: AnchoredCheckpoint): Promise<void> {
    await fs.promises.mkdir(path.dirname(this.file), { recursive: true, mode: 0o700 });
    const last = await readLastLine(this.file);
    const line = formatAnchorLine(checkpoint, last === null ? GENESIS : anchorLineHash(last.text));
    const handle = await fs.promises.open(this.file, 'a', 0o600);
    try {
      // A file that does not end in a line break (a torn write) gets one, so the new line stays whole;
      // verification then reports the torn line instead of a merged one.
      await handle.write(`${last !== null && !last.terminated ? '\n' : ''}${line}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  async lastAnchored(): Promise<{ batchNo: number; checkpointId: number } | null> {
    const last = await readLastLine(this.file);
    let line = last ? parseAnchorLine(last.text) : null;
    if (last && !line) {
      // A torn last line: the newest readable one counts.
      for await (const text of this.readAll()) {
        line = parseAnchorLine(text) ?? line;
      }
    }
    return line ? { batchNo: line.batchNo, checkpointId: line.checkpointId } : null;
  }

  async *readAll(): AsyncIterable<string> {
    if (!fs.existsSync(this.file)) {
      return;
    }
    const lines = readline.createInterface({
      input: fs.createReadStream(this.file, { encoding: 'utf8' }),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    for await (const line of lines) {
      if (line !== '') {
        yield line;
      }
    }
  }
}

/** The last non-empty line of a file, read from its end; null when the file is missing or empty. */
async function readLastLine(file: string): Promise<{ text: string; terminated: boolean } | null> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return null;
    }
    throw error;
  }
  try {
    const { size } = await handle.stat();
    let chunkSize = 8192;
    for (;;) {
      const start = Math.max(0, size - chunkSize);
      const buffer = Buffer.alloc(size - start);
      await handle.read(buffer, 0, buffer.length, start);
      const text = buffer.toString('utf8');
      const terminated = text.endsWith('\n');
      const body = terminated ? text.slice(0, -1) : text;
      const cut = body.lastIndexOf('\n');
      if (cut >= 0 || start === 0) {
        const last = body.slice(cut + 1);
        return last === '' ? null : { text: last, terminated };
      }
      chunkSize *= 4;
    }
  } finally {
    await handle.close();
  }
}
