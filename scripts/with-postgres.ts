/**
 * Runs a command against a real PostgreSQL. With DATABASE_URL set, that server is used as is. Otherwise a
 * throwaway cluster is created from the local binaries (initdb/pg_ctl; as the `postgres` user when run as
 * root, because initdb refuses root) in a temp dir with its own port and socket, and removed afterwards.
 *
 * Usage: tsx scripts/with-postgres.ts <command> [args…]
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: with-postgres <command> [args…]');
  process.exit(2);
}

function findPgBin(): string {
  const base = '/usr/lib/postgresql';
  if (fs.existsSync(base)) {
    const versions = fs
      .readdirSync(base)
      .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
      .sort((a, b) => Number(a) - Number(b));
    const newest = versions.at(-1);
    if (newest) {
      return path.join(base, newest, 'bin');
    }
  }
  throw new Error('PostgreSQL binaries not found under /usr/lib/postgresql (apt-get install postgresql)');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
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
  const bin = findPgBin();
  const isRoot = process.getuid?.() === 0;
  const asPostgres = (exe: string, exeArgs: string[]) =>
    isRoot ? (['runuser', ['-u', 'postgres', '--', exe, ...exeArgs]] as const) : ([exe, exeArgs] as const);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-pg-'));
  fs.chmodSync(dir, 0o755);
  if (isRoot) {
    execFileSync('chown', ['postgres:', dir]);
  }
  const port = await freePort();
  // Tests run with fsync off for speed; benchmarks of writes should set PG_FSYNC=on.
  const fsync = process.env.PG_FSYNC === 'on' ? 'on' : 'off';
  const dataDir = path.join(dir, 'data');
  const pgctl = path.join(bin, 'pg_ctl');
  const [initCmd, initArgs] = asPostgres(path.join(bin, 'initdb'), [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  execFileSync(initCmd, [...initArgs], { stdio: ['ignore', 'ignore', 'inherit'] });
  const [startCmd, startArgs] = asPostgres(pgctl, [
    '-D',
    dataDir,
    '-l',
    path.join(dir, 'server.log'),
    '-w',
    '-t',
    '30',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
    'start',
  ]);
  execFileSync(startCmd, [...startArgs], { stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = () => {
    const [stopCmd, stopArgs] = asPostgres(pgctl, ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
    spawnSync(stopCmd, [...stopArgs], { stdio: 'ignore' });
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });
  try {
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    console.log(`[with-postgres] PostgreSQL from ${bin} on port ${port} (fsync ${fsync})`);
    return await run(command as string, args, { ...process.env, DATABASE_URL: url });
  } finally {
    stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
