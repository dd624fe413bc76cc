import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isValidBsn } from '@gezinsdossier/domain';
import { openDatabase, seedDemo } from '@gezinsdossier/server';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  prepareEmptyDatabase,
  prepareTestDatabase,
  type TestDatabaseLocation,
} from '../../server/src/test/database';
import { main } from './main';

let location: TestDatabaseLocation;
const AUDIT_VARIABLES = ['AUDIT_SIGNING_KEY_FILE', 'AUDIT_ANCHOR_FILE'] as const;
const saved = {
  DATABASE_URL: process.env.DATABASE_URL,
  DATA_DIR: process.env.DATA_DIR,
  AUDIT_SIGNING_KEY_FILE: process.env.AUDIT_SIGNING_KEY_FILE,
  AUDIT_ANCHOR_FILE: process.env.AUDIT_ANCHOR_FILE,
};
const auditDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-cli-audit-'));

beforeAll(async () => {
  location = await prepareTestDatabase();
  // The signing key and the anchor live outside the database (and outside the repository's ./data).
  process.env.AUDIT_SIGNING_KEY_FILE = path.join(auditDir, 'signing-key.pem');
  process.env.AUDIT_ANCHOR_FILE = path.join(auditDir, 'anchor.jsonl');
  if (location.databaseUrl) {
    process.env.DATABASE_URL = location.databaseUrl;
  } else {
    delete process.env.DATABASE_URL;
    process.env.DATA_DIR = location.dataDir;
  }
});
afterAll(async () => {
  Object.assign(process.env, saved);
  for (const name of ['DATABASE_URL', ...AUDIT_VARIABLES] as const) {
    if (saved[name] === undefined) {
      delete process.env[name];
    }
  }
  await location?.drop();
  fs.rmSync(auditDir, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<{ code: number; output: string; errors: string }> {
  let output = '';
  let errors = '';
  const code = await main(
    args,
    (s) => {
      output += s;
    },
    (s) => {
      errors += s;
    },
  );
  return { code, output, errors };
}

/** Runs `fn` with some variables set (undefined: removed), then restores them. */
async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) {
        delete process.env[key];
      } else {
        process.env[key] = value;
      }
    }
  };
  apply(vars);
  try {
    return await fn();
  } finally {
    apply(before);
  }
}

async function withDb<T>(fn: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>): Promise<T> {
  const database = await openDatabase({ databaseUrl: location.databaseUrl, dataDir: location.dataDir });
  try {
    return await fn(database.db);
  } finally {
    await database.close();
  }
}

describe('gezinsdossier CLI', () => {
  it('seed adds deterministic households and says so; the same seed again adds nothing', async () => {
    const first = await cli('seed', '--households', '6', '--seed', '42');
    expect(first.code).toBe(0);
    expect(first.output).toMatch(/Seeded 6 households, \d+ persons, \d+ timeline entries/);
    const again = await cli('seed', '--households', '6', '--seed', '42');
    expect(again.output).toContain('Seed 42 was already used in this database; nothing added.');
  });

  it('users list shows the demo accounts with organisation and role', async () => {
    const { code, output } = await cli('users', 'list');
    expect(code).toBe(0);
    expect(output).toMatch(
      /PROFESSIONAL\s+RVT_INTAKE\s+.+ — Regionaal Veiligheidsteam Regio Utrecht \[demo\]/,
    );
  });

  it('export household writes everything held as JSON and logs the export with the request reference', async () => {
    const household = await withDb((db) =>
      db.selectFrom('households').select('id').orderBy('id').executeTakeFirstOrThrow(),
    );
    const { code, output } = await cli('export', 'household', household.id, '--request', 'AVG-2026-017');
    expect(code).toBe(0);
    const data = JSON.parse(output);
    expect(data).toMatchObject({
      format: 'gezinsdossier.export.v3',
      household: { id: household.id },
    });
    expect(data.members.length).toBeGreaterThan(0);
    expect(data.changeHistory.length).toBeGreaterThan(0);
    const logged = await withDb((db) =>
      db
        .selectFrom('accessLog')
        .select(['action', 'purpose', 'requestId'])
        .where('householdId', '=', household.id)
        .execute(),
    );
    expect(logged).toContainEqual({
      action: 'export',
      purpose: 'subject_access_request',
      requestId: expect.stringMatching(/:AVG-2026-017$/),
    });
  });

  it('--help prints the usage and succeeds; no command is a usage error', async () => {
    const help = await cli('--help');
    expect(help).toMatchObject({
      code: 0,
      output: expect.stringContaining('Usage: gezinsdossier <command>'),
    });
    expect((await cli()).code).toBe(2);
  });

  it('export without a request reference is a usage error', async () => {
    expect((await cli('export', 'household', '00000000-0000-4000-8000-000000000000')).code).toBe(2);
  });

  it('life domains are configurable: add one, retire one, and a bad code changes nothing', async () => {
    const added = await cli(
      'life-domains',
      'add',
      'DIGITAL_SKILLS',
      '--nl',
      'Digitale vaardigheden',
      '--en',
      'Digital skills',
    );
    expect(added.code).toBe(0);
    expect((await cli('life-domains', 'retire', 'JUSTICE')).code).toBe(0);
    const listed = (await cli('life-domains', 'list')).output;
    expect(listed).toMatch(/DIGITAL_SKILLS\s+active\s+Digitale vaardigheden \/ Digital skills/);
    expect(listed).toMatch(/JUSTICE\s+retired/);
    expect((await cli('life-domains', 'retire', 'NOPE')).code).toBe(1);
    expect((await cli('life-domains', 'add', 'lower case', '--nl', 'x', '--en', 'y')).code).toBe(1);
    expect((await cli('life-domains', 'list')).output).not.toContain('lower case');
  });

  it('audit seal seals and signs a checkpoint; audit verify reports an intact log, and after tampering the first bad batch', async () => {
    const sealed = await cli('audit', 'seal');
    expect(sealed.code).toBe(0);
    expect(sealed.output).toMatch(/Sealed \d+ rows in \d+ new batches; sealed through seq \d+\./);
    expect(sealed.output).toMatch(/Checkpoint of batch \d+ \(\d+ rows\) signed and anchored in /);
    expect(fs.statSync(path.join(auditDir, 'signing-key.pem')).mode & 0o777).toBe(0o600);
    expect((await cli('audit', 'seal')).output).toContain('No new batches since the last checkpoint.');
    const intact = await cli('audit', 'verify');
    expect(intact.code).toBe(0);
    expect(intact.output).toMatch(/Access log intact: \d+ rows, hash chain unbroken\./);
    expect(intact.output).toMatch(
      /\d+ rows sealed in \d+ batches, 0 pending \(not sealed yet\); checkpoints: 1 signed, 1 in the anchor/,
    );
    const batch = await withDb(async (db) => {
      const row = await db.selectFrom('accessLog').select('seq').orderBy('seq').executeTakeFirstOrThrow();
      await sql.raw('alter table access_log disable trigger user').execute(db);
      await sql`update access_log set purpose = 'something else' where seq = ${row.seq}`.execute(db);
      await sql.raw('alter table access_log enable trigger user').execute(db);
      return db
        .selectFrom('accessLogSeals')
        .select(['batchNo', 'firstSeq', 'lastSeq'])
        .where('firstSeq', '<', row.seq)
        .where('lastSeq', '>=', row.seq)
        .executeTakeFirstOrThrow();
    });
    const broken = await cli('audit', 'verify');
    expect(broken.code).toBe(1);
    expect(broken.output).toContain(
      `Access log BROKEN at batch ${batch.batchNo} (seq ${batch.firstSeq + 1}–${batch.lastSeq}) (row_changed)`,
    );
  });

  it('audit verify catches a truncated log through the anchor, naming the first anchored checkpoint', async () => {
    await withDb((db) =>
      sql
        .raw(
          `alter table access_log disable trigger user; alter table access_log_seals disable trigger user;
           alter table access_log_checkpoints disable trigger user;
           delete from access_log; delete from access_log_seals; delete from access_log_checkpoints;`,
        )
        .execute(db),
    );
    const truncated = await cli('audit', 'verify');
    expect(truncated.code).toBe(1);
    expect(truncated.output).toContain('Access log BROKEN at anchor line 1 (checkpoint of batch');
    expect(truncated.output).toContain('(rolled_back)');
  });

  it('seedDemo is deterministic: the same seed in two fresh databases gives the same people, with valid BSNs', async () => {
    const seedInFreshDatabase = async () => {
      const fresh = await prepareTestDatabase();
      const database = await openDatabase({ databaseUrl: fresh.databaseUrl, dataDir: fresh.dataDir });
      try {
        await seedDemo(database.db, {
          households: 4,
          seed: 777,
          referenceDate: new Date('2026-06-01T00:00:00Z'),
        });
        return await database.db
          .selectFrom('persons')
          .select(['id', 'givenName', 'familyName', 'birthDate', 'bsn'])
          .orderBy('id')
          .execute();
      } finally {
        await database.close();
        await fresh.drop();
      }
    };
    const first = await seedInFreshDatabase();
    const second = await seedInFreshDatabase();
    expect(first.length).toBeGreaterThanOrEqual(4);
    expect(second).toEqual(first);
    for (const person of first) {
      if (person.bsn !== null) {
        expect(isValidBsn(person.bsn)).toBe(true);
        expect(person.bsn.startsWith('999')).toBe(true);
      }
    }
  });
});

describe('issue 9.11: administration at the command line', () => {
  it('issue 9.11: the operator makes the first administrator, a region with a municipality and a Lokaal Team, and a professional with a role; bad input changes nothing', async () => {
    const admin = await cli(
      'users',
      'create',
      '--kind',
      'ADMINISTRATOR',
      '--name',
      'Eerste Beheerder',
      '--oidc-subject',
      'sub-eerste-beheerder',
    );
    expect(admin.code, admin.errors).toBe(0);
    expect(admin.output).toMatch(/^Account [0-9a-f-]{36} created \(ADMINISTRATOR\)\.\n$/);
    const taken = await cli(
      'users',
      'create',
      '--kind',
      'PROFESSIONAL',
      '--name',
      'Tweede',
      '--oidc-subject',
      'sub-eerste-beheerder',
    );
    expect(taken.code).toBe(1);
    expect(taken.errors).toContain('Deze OIDC-inlog hoort al bij een ander account.');
    const badRegion = await cli('regions', 'add', 'VRX', '--name', 'Fout');
    expect(badRegion.code).toBe(2);
    expect(badRegion.errors).toContain('Een regiocode is VR gevolgd door twee cijfers');
    expect((await cli('regions', 'add', 'VR77', '--name', 'Proefregio CLI')).code).toBe(0);
    expect(
      (await cli('municipalities', 'add', 'GM9777', '--name', 'Proefstad', '--region', 'VR77')).code,
    ).toBe(0);
    const lt = await cli(
      'organisations',
      'add',
      '--name',
      'Lokaal Team Proefstad',
      '--kind',
      'LOCAL_TEAM',
      '--region',
      'VR77',
      '--municipality',
      'GM9777',
    );
    expect(lt.code, lt.errors).toBe(0);
    const organisationId = /Organisation ([0-9a-f-]{36}) added/.exec(lt.output)?.[1] as string;
    const listed = await cli('organisations', 'list');
    expect(listed.output).toContain(`${organisationId}  LOCAL_TEAM     Lokaal Team Proefstad (GM9777)`);
    const pro = await cli('users', 'create', '--kind', 'PROFESSIONAL', '--name', 'Proef Professional CLI');
    const accountId = /Account ([0-9a-f-]{36})/.exec(pro.output)?.[1] as string;
    const role = await cli(
      'users',
      'add-role',
      accountId,
      '--organisation',
      organisationId,
      '--role',
      'TEAM_LEAD',
    );
    expect(role.code, role.errors).toBe(0);
    const noReason = await cli('users', 'deactivate', accountId);
    expect(noReason.code).toBe(2);
    expect(noReason.errors).toContain('reason');
    expect((await cli('users', 'deactivate', accountId, '--reason', 'Uit dienst')).code).toBe(0);
    const database = await openDatabase({ databaseUrl: location.databaseUrl, dataDir: location.dataDir });
    try {
      const log = await database.db
        .selectFrom('adminChanges')
        .select(['action', 'actorLabel'])
        .orderBy('seq')
        .execute();
      expect(log.map((r) => r.action)).toEqual([
        'account.created',
        'region.added',
        'municipality.added',
        'organisation.added',
        'account.created',
        'membership.added',
        'account.deactivated',
      ]);
      expect(log.every((r) => /^operator .+ \(CLI\)$/.test(r.actorLabel))).toBe(true);
    } finally {
      await database.close();
    }
  });
});

describe('issue 8.12a: commands refuse a data directory or database that does not exist', () => {
  const COMMANDS = [
    ['audit', 'verify'],
    ['audit', 'seal'],
    ['seed', '--households', '2'],
    ['users', 'list'],
    ['export', 'household', '00000000-0000-4000-8000-000000000000', '--request', 'R-1'],
    ['life-domains', 'list'],
  ];

  it.each(COMMANDS.map((c) => [c.join(' '), c]))(
    'issue 8.12a: %s with a mistyped DATA_DIR refuses (exit 2) and creates nothing',
    async (_name, args) => {
      const missing = path.join(os.tmpdir(), `gd-typo-${process.pid}-${Date.now()}`, 'dat');
      const result = await withEnv({ DATABASE_URL: undefined, DATA_DIR: missing }, () =>
        cli(...(args as string[])),
      );
      expect(result.code).toBe(2);
      expect(result.output).toBe('');
      expect(result.errors).toContain(`Geen database in DATA_DIR ${missing}: de map bestaat niet.`);
      expect(result.errors).toContain(`No database in DATA_DIR ${missing}: the directory does not exist.`);
      expect(fs.existsSync(missing)).toBe(false);
      expect(fs.existsSync(path.dirname(missing))).toBe(false);
    },
  );

  it('issue 8.12a: an empty database is refused; migrate creates it and says which migrations it applied; then commands work', async () => {
    const empty = await prepareEmptyDatabase();
    // Its own anchor: the file's other database has anchored checkpoints this one never had.
    const audit = {
      AUDIT_SIGNING_KEY_FILE: path.join(auditDir, 'empty-key.pem'),
      AUDIT_ANCHOR_FILE: path.join(auditDir, 'empty-anchor.jsonl'),
    };
    const env = empty.databaseUrl
      ? { ...audit, DATABASE_URL: empty.databaseUrl }
      : { ...audit, DATABASE_URL: undefined, DATA_DIR: empty.dataDir };
    try {
      const refused = await withEnv(env, () => cli('audit', 'verify'));
      expect(refused.code).toBe(2);
      expect(refused.output).not.toContain('intact');
      expect(refused.errors).toMatch(/Geen database in (DATA_DIR|DATABASE_URL)/);
      expect(refused.errors).toContain('gezinsdossier migrate');

      const migrated = await withEnv(env, () => cli('migrate'));
      expect(migrated.code).toBe(0);
      expect(migrated.errors).toMatch(
        /^Applying \d+ pending database migrations: 20261123000000-foundation, /m,
      );
      expect(migrated.output).toContain('Database is up to date.');

      const verified = await withEnv(env, () => cli('audit', 'verify'));
      expect(verified.code).toBe(0);
      expect(verified.output).toContain('Access log intact: 0 rows');
      // Nothing was pending any more, so nothing is said about migrations.
      expect(verified.errors).not.toContain('pending database migration');
    } finally {
      await empty.drop();
    }
  });
});

describe('issue 8.12b: seed from the command line', () => {
  it('issue 8.12b: a second seed with another seed number adds its households and says so, instead of a stack trace', async () => {
    const first = await cli('seed', '--households', '8', '--seed', '501');
    expect(first.code).toBe(0);
    const second = await cli('seed', '--households', '8', '--seed', '502');
    expect(second.errors).toBe('');
    expect(second.code).toBe(0);
    // The stages the first seed could not fill (too few families with an RVT partner) are filled now.
    expect(second.output).toMatch(
      /Seeded 8 households, \d+ persons, \d+ timeline entries(, \d+ families walked through the stages of the path)? in /,
    );
    const more = await cli('seed', '--households', '12', '--seed', '502');
    expect(more.code).toBe(0);
    expect(more.output).toMatch(/Seeded 4 households, /);
  });

  it.each([
    ['--households', '=-3'],
    ['--households', 'many'],
    ['--households', '100001'],
    ['--seed', '1.5'],
  ])('issue 8.12b: seed %s %s is refused before anything changes (exit 2)', async (flag, value) => {
    const before = await withDb((db) => db.selectFrom('households').select('id').execute());
    const result = await cli('seed', ...(value.startsWith('=') ? [`${flag}${value}`] : [flag, value]));
    expect(result.code).toBe(2);
    expect(result.errors).toContain('--households neemt een heel getal van 0 tot en met 100000');
    expect(result.errors).toContain('--households takes a whole number from 0 to 100000');
    expect(await withDb((db) => db.selectFrom('households').select('id').execute())).toHaveLength(
      before.length,
    );
  });
});
