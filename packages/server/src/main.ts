import { FileAnchorSink } from './audit/anchor';
import { createAccessLogSealer } from './audit/sealer';
import { loadOrCreateSigningKey } from './audit/signing-key';
import type { Config } from './config';
import { migrateToLatest, openDatabase } from './db/database';
import { isEmpty } from './db/repositories/reference.repository';
import { findSeedRun } from './db/repositories/seed.repository';
import type { Deps } from './deps';
import { buildApp } from './http/app';
import { seedDemo } from './seed/seed';

/** The seed number of the demo region that `start` seeds into an empty database. */
const DEMO_SEED = 1;

/**
 * Starts the platform: opens the database (PGlite in DATA_DIR, or PostgreSQL with DATABASE_URL), runs
 * pending migrations, seeds the synthetic demo region into an empty database, starts the access-log sealer,
 * and serves the API and web app. Stops cleanly on SIGINT/SIGTERM: the sealer seals what is final and
 * writes a last checkpoint, and PGlite's files are closed properly.
 */
export async function startServer(config: Readonly<Config>, log: (line: string) => void = console.log) {
  const database = await openDatabase({
    databaseUrl: config.db.databaseUrl,
    dataDir: config.db.dataDir,
    poolSize: config.db.poolSize,
    log,
    command: 'gezinsdossier start',
  });
  log(
    `Database: ${database.backend === 'pglite' ? `PGlite in ${config.db.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
  );
  const ran = await migrateToLatest(database.db);
  if (ran.length > 0) {
    log(`Migrations applied: ${ran.join(', ')}`);
  }
  const anchor = new FileAnchorSink(config.audit.anchorFile);
  const sealer = createAccessLogSealer(database.db, {
    intervalMs: config.audit.sealIntervalMs,
    checkpointSeconds: config.audit.checkpointSeconds,
    signer: loadOrCreateSigningKey(config.audit.signingKeyFile, {
      configured: config.audit.signingKeyConfigured,
      log,
    }),
    anchor,
    log,
  });
  log(`Audit: checkpoints are anchored in ${anchor.file}.`);
  // Started before seeding, so the rows of a first start are sealed as they come.
  sealer.start();
  if (config.seed.onEmpty) {
    // The first start seeds the demo region; a first start that was stopped while seeding (killed, power
    // cut) left an unfinished run, which this start finishes.
    const unfinished = await findSeedRun(database.db, DEMO_SEED);
    const empty = await isEmpty(database.db);
    if (empty || (unfinished && !unfinished.completed)) {
      const households = Math.max(config.seed.households, unfinished?.households ?? 0);
      log(
        empty
          ? `Empty database: seeding the synthetic demo region (${households} households)…`
          : `The demo seed of an earlier start was interrupted: finishing it (${households} households)…`,
      );
      await seedDemo(database.db, {
        households,
        seed: DEMO_SEED,
        onProgress: (done, total) => log(`  ${done}/${total} households`),
      });
    }
  }
  if (!config.auth.demoMode && !config.auth.oidc) {
    log(
      'No sign-in is configured: nobody can sign in. Set OIDC_ISSUER, OIDC_CLIENT_ID and PUBLIC_URL for organisation sign-in, or DEMO_MODE=true for a demo with synthetic data only.',
    );
  }
  const deps: Deps = { config, database, now: () => new Date() };
  const app = await buildApp(deps);
  await app.listen({ port: config.http.port, host: config.http.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.http.port;
  const host = config.http.host === '0.0.0.0' ? 'localhost' : config.http.host;
  log(
    `Gezinsdossier is running at http://${host}:${port}${config.auth.demoMode ? ' (demo mode: synthetic data only)' : ''}`,
  );
  const stop = async () => {
    await app.close();
    await sealer.stop();
    await database.close();
  };
  return { app, database, port, stop };
}
