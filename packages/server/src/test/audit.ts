import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Actor } from '@gezinsdossier/domain';
import { type Kysely, sql } from 'kysely';
import { FileAnchorSink } from '../audit/anchor';
import { sealAccessLog, writeCheckpoint } from '../audit/sealer';
import { type CheckpointSigner, signerFromPrivateKey } from '../audit/signing-key';
import { verifyAccessLog } from '../audit/verify-access-log';
import type { DB } from '../db/schema';
import { getDossier } from '../queries/get-dossier';
import { asActor } from './factories';

/** A fresh Ed25519 signing key, in memory. */
export function testSigner(): CheckpointSigner {
  return signerFromPrivateKey(generateKeyPairSync('ed25519').privateKey);
}

/** The temporary directory of this test file's anchors (see removeTestAnchors). */
let anchorsDir: string | null = null;

/** A file anchor in a new temporary directory. */
export function testAnchor(): FileAnchorSink {
  anchorsDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'gd-anchor-'));
  return new FileAnchorSink(path.join(fs.mkdtempSync(path.join(anchorsDir, 'a-')), 'anchor.jsonl'));
}

/** Removes every anchor testAnchor made; call it in the test file's afterAll. */
export function removeTestAnchors(): void {
  if (anchorsDir !== null) {
    fs.rmSync(anchorsDir, { recursive: true, force: true });
    anchorsDir = null;
  }
}

/** The audit trail of one test: key, anchor, and shortcuts to seal, checkpoint and verify. */
export function auditTrail(db: Kysely<DB>, signer: CheckpointSigner = testSigner()) {
  const anchor = testAnchor();
  return {
    signer,
    anchor,
    /** Seals everything final now; fails the test if transactions stay open. */
    async seal(maxBatchRows?: number) {
      const outcome = await sealAccessLog(db, { maxBatchRows });
      if (!outcome.final) {
        throw new Error('access log not final: transactions still open');
      }
      return outcome;
    },
    checkpoint: () => writeCheckpoint(db, { signer, anchor, waitForLock: true }),
    verify: (options: { withAnchor?: boolean } = {}) =>
      verifyAccessLog(db, { verifiers: [signer], anchor: options.withAnchor === false ? null : anchor }),
  };
}

/** `n` requests that each open a dossier, so each appends one access-log row. */
export async function openDossiers(db: Kysely<DB>, actor: Actor, householdId: string, n: number) {
  for (let i = 0; i < n; i++) {
    await asActor(db, actor, (ctx) => getDossier(ctx, householdId));
  }
}

/**
 * Runs SQL as the database owner would to tamper: with the append-only triggers of the audit tables
 * switched off for the duration, in one transaction.
 */
export async function tamperAsOwner(db: Kysely<DB>, statements: string): Promise<void> {
  const tables = ['access_log', 'access_log_seals', 'access_log_checkpoints'];
  await db.transaction().execute(async (tx) => {
    for (const table of tables) {
      await sql.raw(`alter table ${table} disable trigger user`).execute(tx);
    }
    await sql.raw(statements).execute(tx);
    for (const table of tables) {
      await sql.raw(`alter table ${table} enable trigger user`).execute(tx);
    }
  });
}
