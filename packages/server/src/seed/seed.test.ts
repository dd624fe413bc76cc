import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isValidBsn } from '@gezinsdossier/domain';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Database, openDatabase } from '../db/database';
import { runCli, stopProcess, untilPrinted } from '../test/cli-process';
import { createTestDatabase } from '../test/database';
import { buildHousehold, buildProfessional } from '../test/factories';
import { DEMO_STAGES } from './demo-casework';
import { addressIdFor, seedDemo } from './seed';
import { SyntheticFactory } from './synthetic';
import { DEMO_MUNICIPALITIES } from './demo-region';

/**
 * `npm run seed -- --households N --seed S` and the first start: a second seed, another seed number, and a
 * seed that was interrupted all end in a complete, consistent demo region, and never in a crash.
 */

const REFERENCE_DATE = new Date('2026-06-01T00:00:00Z');

async function snapshot(database: Database) {
  const { db } = database;
  return {
    persons: await db
      .selectFrom('persons')
      .select(['id', 'givenName', 'familyName', 'birthDate', 'bsn'])
      .orderBy('id')
      .execute(),
    // Without ids: the use cases that walk families through the stages make their own.
    team: await db
      .selectFrom('caseTeamMembers')
      .select(['householdId', 'professionalId', 'role'])
      .orderBy('householdId')
      .orderBy('professionalId')
      .orderBy('role')
      .execute(),
    addresses: await db.selectFrom('personAddresses').select(['id', 'personId']).orderBy('id').execute(),
    timeline: await db
      .selectFrom('timelineEntries')
      .select('id')
      .where('kind', '<>', 'STEP')
      .orderBy('id')
      .execute(),
  };
}

async function stagedStates(database: Database): Promise<string[]> {
  const rows = await database.db
    .selectFrom('cases')
    .innerJoin('reports', 'reports.householdId', 'cases.householdId')
    .select('cases.pathwayState')
    .where('cases.closedAt', 'is', null)
    .orderBy('cases.pathwayState')
    .execute();
  return rows.map((r) => r.pathwayState);
}

describe('issue 8.12b: seeding is idempotent, resumable and never crashes on a second seed', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.close());

  it('issue 8.12b: a second seed with another seed number adds its households, even when one of its BSNs is taken, and does not walk the casework again', async () => {
    const first = await seedDemo(database.db, { households: 30, seed: 11, referenceDate: REFERENCE_DATE });
    expect(first).toMatchObject({ households: 30, stagedHouseholds: DEMO_STAGES.length, skipped: false });

    // A person who already holds the BSN that seed 12 will give to one of its first persons.
    const upcoming = new SyntheticFactory(12, REFERENCE_DATE).household(
      DEMO_MUNICIPALITIES.map((m) => m.code),
    );
    const taken = upcoming.persons.find((p) => p.bsn !== null)?.bsn as string;
    const lt = await buildProfessional(database.db, 'LOCAL_TEAM');
    await buildHousehold(database.db, lt, { bsn: taken });

    const second = await seedDemo(database.db, { households: 30, seed: 12, referenceDate: REFERENCE_DATE });
    expect(second).toMatchObject({ households: 30, stagedHouseholds: 0, skipped: false });
    const persons = await database.db.selectFrom('persons').select(['id', 'bsn']).execute();
    const bsns = persons.map((p) => p.bsn).filter((b): b is string => b !== null);
    expect(new Set(bsns).size).toBe(bsns.length);
    expect(bsns.every(isValidBsn)).toBe(true);
    const holder = persons.filter((p) => p.bsn === taken);
    expect(holder).toHaveLength(1);

    const again = await seedDemo(database.db, { households: 30, seed: 12, referenceDate: REFERENCE_DATE });
    expect(again).toMatchObject({ households: 0, stagedHouseholds: 0, skipped: true });
    // One family per stage in the whole database, not one per seed.
    const spoed = await database.db.selectFrom('urgentSafetyEpisodes').select('id').execute();
    expect(spoed).toHaveLength(1);
  });

  it('issue 8.12b: a seed interrupted after its first batch is finished by running it again, with the same result as an uninterrupted one', async () => {
    const interrupted = await createTestDatabase();
    const whole = await createTestDatabase();
    try {
      const options = { households: 120, seed: 21, referenceDate: REFERENCE_DATE };
      await expect(
        seedDemo(interrupted.db, {
          ...options,
          onProgress: (done) => {
            if (done === 50) {
              throw new Error('killed');
            }
          },
        }),
      ).rejects.toThrow('killed');
      expect(await interrupted.db.selectFrom('households').select('id').execute()).toHaveLength(50);

      const resumed = await seedDemo(interrupted.db, options);
      expect(resumed).toMatchObject({ households: 70, stagedHouseholds: DEMO_STAGES.length, skipped: false });
      await seedDemo(whole.db, options);

      const a = await snapshot(interrupted);
      const b = await snapshot(whole);
      expect(a.persons).toEqual(b.persons);
      expect(a.team).toEqual(b.team);
      expect(a.addresses).toEqual(b.addresses);
      expect(a.timeline).toEqual(b.timeline);
      expect(await stagedStates(interrupted)).toEqual(await stagedStates(whole));
    } finally {
      await interrupted.close();
      await whole.close();
    }
  });

  it('issue 8.12b: a person address id is derived from the person id, not drawn from the random stream', async () => {
    const addresses = await database.db.selectFrom('personAddresses').select(['id', 'personId']).execute();
    expect(addresses.length).toBeGreaterThan(20);
    for (const a of addresses) {
      expect(a.id).toBe(addressIdFor(a.personId));
    }
    expect(addressIdFor('8f0d3c1e-3b7a-4c59-9a51-0b2f6b7e1a11')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

if (inject('testDatabase').kind === 'pglite') {
  describe('issue 8.12b: a first start killed while seeding (real processes, embedded database)', () => {
    it('issue 8.12b: the next start finishes the demo region instead of leaving it half-seeded', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-seed-kill-'));
      const dataDir = path.join(dir, 'data');
      const env = { SEED_HOUSEHOLDS: '120', SEED_ON_EMPTY: 'true' };
      try {
        const first = runCli(dataDir, ['start'], dir, env);
        expect(await untilPrinted(first, '50/120 households'), first.output()).toBe('printed');
        await stopProcess(first, 'SIGKILL');

        const second = runCli(dataDir, ['start'], dir, env);
        expect(await untilPrinted(second, 'Gezinsdossier is running at'), second.output()).toBe('printed');
        expect(second.output()).toContain(
          'The demo seed of an earlier start was interrupted: finishing it (120 households)…',
        );
        await stopProcess(second);

        const database = await openDatabase({ databaseUrl: null, dataDir });
        try {
          const { db } = database;
          expect(await db.selectFrom('households').select('id').execute()).toHaveLength(120);
          const stages = await db
            .selectFrom('demoStages')
            .select('stage')
            .where('completedAt', 'is not', null)
            .execute();
          expect(stages.map((s) => s.stage).sort()).toEqual([...DEMO_STAGES].sort());
          const run = await db.selectFrom('demoSeedRuns').selectAll().execute();
          expect(run).toEqual([
            expect.objectContaining({ seed: 1, households: 120, completedAt: expect.any(Date) }),
          ]);
        } finally {
          await database.close();
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }, 240_000);
  });
}
