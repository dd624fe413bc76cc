/**
 * Runs a command against a real PostgreSQL. With DATABASE_URL set, that server is used as is. Otherwise a
 * throwaway cluster is created from the local binaries (initdb/pg_ctl; as the `postgres` user when run as
 * root, because initdb refuses root) in a temp dir with its own port and socket, and removed afterwards
 * (see packages/server/src/test/pg-cluster.ts).
 *
 * Usage: tsx scripts/with-postgres.ts <command> [args…]
 */
import { spawn } from 'node:child_process';
import { createPgCluster, findPgBin } from '../packages/server/src/test/pg-cluster';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: with-postgres <command> [args…]');
  process.exit(2);
}

function run(cmd: string, cmdArgs: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, { stdio: 'inherit', env, shell: process.platform === 'win32' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  if (process.env.DATABASE_URL) {
    return run(command as string, args, process.env);
  }
  // Tests run with fsync off for speed; benchmarks of writes should set PG_FSYNC=on.
  const fsync = process.env.PG_FSYNC === 'on' ? 'on' : 'off';
  const cluster = await createPgCluster({ fsync });
  process.on('SIGINT', () => {
    cluster.destroy();
    process.exit(130);
  });
  try {
    console.log(`[with-postgres] PostgreSQL from ${findPgBin()} on port ${cluster.port} (fsync ${fsync})`);
    return await run(command as string, args, { ...process.env, DATABASE_URL: cluster.url });
  } finally {
    cluster.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
