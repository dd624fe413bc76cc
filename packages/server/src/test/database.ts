import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../db/database';
import { withDatabase } from './global-setup';

export interface TestDatabaseLocation {
  databaseUrl: string | null;
  dataDir: string;
  /** Removes the database (call after closing every connection to it). */
  drop: () => Promise<void>;
}

/**
 * A fresh copy of the migrated template for one test file, on the backend of this run (PGlite or
 * PostgreSQL), with the demo reference data. Not opened, so a test can hand it to the CLI.
 */
export async function prepareTestDatabase(): Promise<TestDatabaseLocation> {
  const source = inject('testDatabase');
  if (source.kind === 'postgres') {
    const name = `gd_test_${process.ppid}_${randomUUID().slice(0, 8)}`.replaceAll('-', '');
    const admin = new pg.Client({ connectionString: source.url });
    await admin.connect();
    await admin.query(`create database ${name} template ${source.template}`);
    await admin.end();
    return { databaseUrl: withDatabase(source.url, name), dataDir: '', drop: async () => {} };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-test-'));
  fs.cpSync(source.dir, dir, { recursive: true });
  return {
    databaseUrl: null,
    dataDir: dir,
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** A fresh, migrated, opened database for one test file. Never a mock. */
export async function createTestDatabase(): Promise<Database> {
  const location = await prepareTestDatabase();
  const db = await openDatabase({
    databaseUrl: location.databaseUrl,
    dataDir: location.dataDir,
    poolSize: 4,
  });
  return {
    ...db,
    close: async () => {
      await db.close();
      await location.drop();
    },
  };
}

/**
 * An empty database (no migrations), on the backend of this run: for tests of the migrations themselves.
 * Not opened; drop it after closing every connection to it.
 */
export async function prepareEmptyDatabase(): Promise<TestDatabaseLocation> {
  const source = inject('testDatabase');
  if (source.kind === 'postgres') {
    const name = `gd_test_${process.ppid}_${randomUUID().slice(0, 8)}`.replaceAll('-', '');
    const admin = new pg.Client({ connectionString: source.url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    return { databaseUrl: withDatabase(source.url, name), dataDir: '', drop: async () => {} };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-test-'));
  return {
    databaseUrl: null,
    dataDir: dir,
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
