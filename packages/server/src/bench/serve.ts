/**
 * The HTTP server as the concurrent benchmark runs it: the real app (sessions, validation, policies,
 * presenters, access log) on the PostgreSQL in DATABASE_URL, with the access-log sealer running as in
 * production (a throwaway signing key and anchor), in a process of its own so that the load generator does
 * not share its event loop. Prints `listening <port>` when ready.
 */
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileAnchorSink } from '../audit/anchor';
import { createAccessLogSealer } from '../audit/sealer';
import { signerFromPrivateKey } from '../audit/signing-key';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { buildApp } from '../http/app';

async function main() {
  const config = loadConfig({ ...process.env, PORT: '0', SEED_ON_EMPTY: 'false' });
  const database = await openDatabase({
    databaseUrl: config.db.databaseUrl,
    dataDir: config.db.dataDir,
    poolSize: config.db.poolSize,
  });
  const auditDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-bench-audit-'));
  const sealer = createAccessLogSealer(database.db, {
    intervalMs: config.audit.sealIntervalMs,
    checkpointSeconds: config.audit.checkpointSeconds,
    signer: signerFromPrivateKey(generateKeyPairSync('ed25519').privateKey),
    anchor: new FileAnchorSink(path.join(auditDir, 'anchor.jsonl')),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  sealer.start();
  const app = await buildApp({ config, database, now: () => new Date() });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
  process.once('SIGTERM', () => {
    app
      .close()
      .then(() => sealer.stop())
      .then(() => database.close())
      .then(
        () => {
          fs.rmSync(auditDir, { recursive: true, force: true });
          process.exit(0);
        },
        () => process.exit(1),
      );
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
