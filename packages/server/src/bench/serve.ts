/**
 * The HTTP server as the concurrent benchmark runs it: the real app (sessions, validation, policies,
 * presenters, access log) on the PostgreSQL in DATABASE_URL, in a process of its own so that the load
 * generator does not share its event loop. Prints `listening <port>` when ready.
 */
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
  const app = await buildApp({ config, database, now: () => new Date() });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
  process.once('SIGTERM', () => {
    app.close().then(
      () => database.close().then(() => process.exit(0)),
      () => process.exit(1),
    );
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
