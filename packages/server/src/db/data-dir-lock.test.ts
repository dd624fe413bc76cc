import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type CliRun,
  outcome,
  runCli as cli,
  startServerProcess as startServer,
  stopProcess as stop,
} from '../test/cli-process';
import { prepareTestDatabase, type TestDatabaseLocation } from '../test/database';
import { openDatabase } from './database';
import { DataDirectoryInUseError, lockDataDirectory } from './data-dir-lock';

/**
 * Two processes on one PGlite data directory lose data (two WASM PostgreSQLs over the same files). The
 * directory is locked by the process that opens it; any other process — a second `start`, a CLI command —
 * refuses with a message naming the holder.
 */

if (inject('testDatabase').kind === 'pglite') {
  describe('issue 8.2: one PGlite data directory, one process (real processes)', () => {
    let location: TestDatabaseLocation;
    let auditDir: string;
    const running: CliRun[] = [];

    beforeAll(async () => {
      location = await prepareTestDatabase();
      auditDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-lock-audit-'));
    });
    afterEach(async () => {
      for (const run of running.splice(0)) {
        await stop(run);
      }
    });
    afterAll(async () => {
      await location?.drop();
      fs.rmSync(auditDir, { recursive: true, force: true });
    });

    it('issue 8.2: a second start and CLI commands refuse while the server runs, naming the process; after it stops they work', async () => {
      const server = await startServer(location.dataDir, auditDir);
      running.push(server);
      const holder = server.child.pid as number;

      const second = cli(location.dataDir, ['start'], auditDir);
      expect(await outcome(second)).toBe(1);
      expect(second.output()).toContain(
        `De datamap ${location.dataDir} is in gebruik door proces ${holder} (gezinsdossier start`,
      );
      expect(second.output()).toContain(`in use by process ${holder}`);
      expect(second.output()).not.toContain('Gezinsdossier is running at');

      for (const args of [
        ['audit', 'verify'],
        ['users', 'list'],
        ['export', 'household', '00000000-0000-4000-8000-000000000000', '--request', 'R-1'],
      ]) {
        const command = cli(location.dataDir, args, auditDir);
        expect(await outcome(command), args.join(' ')).toBe(1);
        expect(command.output()).toContain(`is in gebruik door proces ${holder}`);
        expect(command.output()).not.toContain('Access log intact');
      }
      // The server is unaffected and still serves.
      expect(server.child.exitCode).toBeNull();

      await stop(server);
      const verify = cli(location.dataDir, ['audit', 'verify'], auditDir);
      expect(await verify.exited, verify.output()).toBe(0);
      expect(verify.output()).toContain('Access log intact');
    }, 240_000);

    it('issue 8.2: the lock of a process that was killed (kill -9) is stale: the next start takes over', async () => {
      const killed = await startServer(location.dataDir, auditDir);
      await stop(killed, 'SIGKILL');
      expect(fs.existsSync(path.join(location.dataDir, 'gezinsdossier.lock'))).toBe(true);
      const next = await startServer(location.dataDir, auditDir);
      running.push(next);
      const lock = JSON.parse(fs.readFileSync(path.join(location.dataDir, 'gezinsdossier.lock'), 'utf8'));
      expect(lock.pid).toBe(next.child.pid);
    }, 240_000);
  });
}

describe('issue 8.2: the data-directory lock', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-lock-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('issue 8.2: a second lock on the same directory is refused, also in the same process; released, it can be taken again', () => {
    const first = lockDataDirectory(dir, { command: 'gezinsdossier start' });
    let refused: unknown;
    try {
      lockDataDirectory(dir, { command: 'gezinsdossier seed' });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DataDirectoryInUseError);
    expect((refused as DataDirectoryInUseError).holder).toMatchObject({
      pid: process.pid,
      command: 'gezinsdossier start',
    });
    first.release();
    expect(fs.existsSync(path.join(dir, 'gezinsdossier.lock'))).toBe(false);
    lockDataDirectory(dir, { command: 'again' }).release();
  });

  it('issue 8.2: a lock left by a process that no longer exists is taken over', () => {
    // A pid that is not running: the highest pid the kernel would hand out, plus one.
    fs.writeFileSync(
      path.join(dir, 'gezinsdossier.lock'),
      JSON.stringify({
        pid: 4_194_305,
        hostname: os.hostname(),
        command: 'gone',
        startedAt: '2026-01-01T00:00:00Z',
      }),
    );
    const lock = lockDataDirectory(dir, { command: 'gezinsdossier start' });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'gezinsdossier.lock'), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('issue 8.2: PGlite is opened only under the lock: a second open of an open directory is refused', async () => {
    // On the PostgreSQL run the test database is not a directory; PGlite then initialises a fresh one.
    const location = await prepareTestDatabase();
    const dataDir = location.dataDir || path.join(dir, 'pglite');
    try {
      const database = await openDatabase({ databaseUrl: null, dataDir });
      try {
        await expect(openDatabase({ databaseUrl: null, dataDir })).rejects.toBeInstanceOf(
          DataDirectoryInUseError,
        );
      } finally {
        await database.close();
      }
      const again = await openDatabase({ databaseUrl: null, dataDir });
      await again.close();
    } finally {
      await location.drop();
    }
  });
});
