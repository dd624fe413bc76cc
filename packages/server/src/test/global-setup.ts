import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateToLatest, openDatabase } from '../db/database';
import { seedReferenceData } from '../seed/seed';

/**
 * Prepares one migrated template database for the whole integration run; each test file then gets its own
 * copy (see database.ts), so files run in parallel and tests never share rows by accident.
 * - PGlite (default): a migrated data directory that files copy.
 * - PostgreSQL (DATABASE_URL set): a migrated template database that files clone with CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = `gd_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    await admin.end();
    const db = await openDatabase({ databaseUrl: withDatabase(url, template), dataDir: '' });
    await migrateToLatest(db.db);
    await seedReferenceData(db.db);
    await db.close();
    project.provide('testDatabase', { kind: 'postgres', url, template });
    return async () => {
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      const { rows } = await cleanup.query<{ datname: string }>(
        `select datname from pg_database where datname like 'gd_test_${process.pid}_%' or datname = $1`,
        [template],
      );
      for (const row of rows) {
        await cleanup.query(`drop database if exists ${row.datname} with (force)`);
      }
      await cleanup.end();
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-template-'));
  const db = await openDatabase({ databaseUrl: null, dataDir: dir });
  await migrateToLatest(db.db);
  await seedReferenceData(db.db);
  await db.close();
  project.provide('testDatabase', { kind: 'pglite', dir });
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: { kind: 'pglite'; dir: string } | { kind: 'postgres'; url: string; template: string };
  }
}
