import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A throwaway PostgreSQL cluster from the local binaries (initdb/pg_ctl), in a temp dir with its own port
 * and socket. Used by scripts/with-postgres.ts for the `test:pg` run, and by tests that must stop and start
 * a cluster of their own (stopping the shared one would break the test files running beside them).
 * As root, the binaries run as the `postgres` user, because initdb refuses root.
 */
export interface PgCluster {
  /** Connection string of the `postgres` database (trust authentication). */
  url: string;
  port: number;
  dataDir: string;
  /** Stops the cluster (fast shutdown: sessions are terminated) and waits until it is down. */
  stop(): void;
  /** Starts it again with the same settings and waits until it accepts connections. */
  start(): void;
  /** Stops the cluster and removes its files. */
  destroy(): void;
}

/** The bin directory of the newest PostgreSQL under /usr/lib/postgresql, or null when none is installed. */
export function findPgBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) {
    return null;
  }
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(a) - Number(b));
  const newest = versions.at(-1);
  return newest ? path.join(base, newest, 'bin') : null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Creates and starts a cluster. Its settings (port, socket directory, fsync) are written to
 * postgresql.conf, so `start()` after `stop()` comes back on the same port.
 * @param options.fsync 'off' for tests (the default), 'on' for honest write benchmarks
 * @throws Error when the PostgreSQL binaries are not installed
 */
export async function createPgCluster(options: { fsync?: 'on' | 'off' } = {}): Promise<PgCluster> {
  const bin = findPgBin();
  if (!bin) {
    throw new Error('PostgreSQL binaries not found under /usr/lib/postgresql (apt-get install postgresql)');
  }
  const isRoot = process.getuid?.() === 0;
  const run = (exe: string, args: string[], ignoreFailure = false) => {
    const [cmd, cmdArgs] = isRoot
      ? ['runuser', ['-u', 'postgres', '--', path.join(bin, exe), ...args]]
      : [path.join(bin, exe), args];
    if (ignoreFailure) {
      spawnSync(cmd, cmdArgs, { stdio: 'ignore' });
    } else {
      execFileSync(cmd, cmdArgs, { stdio: ['ignore', 'ignore', 'inherit'] });
    }
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-pg-'));
  fs.chmodSync(dir, 0o755);
  if (isRoot) {
    execFileSync('chown', ['postgres:', dir]);
  }
  const port = await freePort();
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  run('initdb', [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  const settings = [
    `port = ${port}`,
    `unix_socket_directories = '${dir}'`,
    `listen_addresses = '127.0.0.1'`,
    `fsync = ${options.fsync ?? 'off'}`,
    'max_connections = 200',
  ];
  fs.appendFileSync(
    path.join(dataDir, 'postgresql.conf'),
    `\n# scripts/with-postgres\n${settings.join('\n')}\n`,
  );
  const start = () => run('pg_ctl', ['-D', dataDir, '-l', logFile, '-w', '-t', '30', 'start']);
  const stop = () => run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    start,
    stop,
    destroy: () => {
      run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop'], true);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
