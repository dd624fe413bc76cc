import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../db/database';
import { withDatabase } from './global-setup';

/**
 * A fresh, migrated database for one test file, on the backend of this run (PGlite or PostgreSQL), with
 * the demo reference data (regions, municipalities, organisations). Never a mock.
 */
export async function createTestDatabase(): Promise<Database & { backendLabel: string }> {
  const source = inject('testDatabase');
  if (source.kind === 'postgres') {
    const name = `gd_test_${process.ppid}_${randomUUID().slice(0, 8)}`.replaceAll('-', '');
    const admin = new pg.Client({ connectionString: source.url });
    await admin.connect();
    await admin.query(`create database ${name} template ${source.template}`);
    await admin.end();
    const db = await openDatabase({ databaseUrl: withDatabase(source.url, name), dataDir: '', poolSize: 4 });
    return { ...db, backendLabel: 'postgres', close: async () => db.close() };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-test-'));
  fs.cpSync(source.dir, dir, { recursive: true });
  const db = await openDatabase({ databaseUrl: null, dataDir: dir });
  return {
    ...db,
    backendLabel: 'pglite',
    close: async () => {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
