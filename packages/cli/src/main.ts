import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { AppError, errorMessage } from '@gezinsdossier/domain';
import {
  addLifeDomain,
  type Config,
  ConfigError,
  DataDirectoryInUseError,
  describeAuditProblem,
  exportHouseholdAsOperator,
  FileAnchorSink,
  listAccounts,
  listLifeDomains,
  loadConfig,
  loadOrCreateSigningKey,
  loadSigningKey,
  migrateToLatest,
  openDatabase,
  pendingMigrations,
  pgliteDataDirState,
  renderExportDocument,
  retireLifeDomain,
  sealAccessLog,
  seedDemo,
  startServer,
  verifyAccessLog,
  writeCheckpoint,
} from '@gezinsdossier/server';
import { ADMINISTRATION_COMMANDS, ADMINISTRATION_USAGE, runAdministration } from './administration';

/**
 * `gezinsdossier` — operator commands on the server machine. They use the same configuration as the
 * server (DATABASE_URL or DATA_DIR). Every command but `start` and `migrate` needs an existing, migrated
 * database and refuses otherwise; a command that applies pending migrations says so first. Exit codes:
 * 0 ok, 1 failure (e.g. a broken audit chain, the data directory in use), 2 usage or no database.
 */
const USAGE = `Usage: gezinsdossier <command>

  start                              run the platform (migrate, seed an empty database, serve)
  migrate                            apply pending database migrations
  seed [--households N] [--seed S]   add N synthetic households (default 200, seed 1)
  audit verify                       check the sealed access log, its signed checkpoints and the anchor
  audit seal                         seal the access-log rows that are final now and write a checkpoint
  export household <id> --request R [--person P] [--format json|html]
                                     everything held about a household, or about one of its persons,
                                     as JSON or a readable document (AVG art. 15; R = request reference)
  users list                         accounts with organisation and role
  life-domains list                  the life domains of the family plan
  life-domains add CODE --nl T --en T   add a life domain (or rename and re-offer one)
  life-domains retire CODE           stop offering a life domain (existing goals keep it)
${ADMINISTRATION_USAGE}`;

/** The commands that work on an existing database (all but `start` and `migrate`, which may create one). */
const EXISTING_DATABASE_COMMANDS = new Set([
  'seed',
  'audit verify',
  'audit seal',
  'export household',
  'users list',
  'life-domains list',
  'life-domains add',
  'life-domains retire',
  ...ADMINISTRATION_COMMANDS,
]);

/**
 * Runs one CLI command.
 * @param out the command's output (stdout: an export can be piped into a file)
 * @param err notices and refusals for the operator (stderr)
 * @returns the exit code, or -1 when `start` keeps running
 */
export async function main(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s),
): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    err(`${describeError(error)}\n\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  const [command, sub, arg] = positionals;
  if (values.help) {
    out(USAGE);
    return 0;
  }
  if (!command) {
    out(USAGE);
    return 2;
  }
  const config = loadConfig();
  if (command === 'start') {
    const server = await startServer(config, (line) => out(`${line}\n`));
    const shutdown = () => {
      server.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
    return -1;
  }
  const name = command === 'seed' || command === 'migrate' ? command : `${command} ${sub ?? ''}`.trim();
  if (name !== 'migrate' && !EXISTING_DATABASE_COMMANDS.has(name)) {
    out(USAGE);
    return 2;
  }
  // Arguments are checked before the database is opened: a bad argument changes nothing.
  const seedArgs = name === 'seed' ? parseSeedArgs(values.households, values.seed) : null;
  if (typeof seedArgs === 'string') {
    err(seedArgs);
    return 2;
  }
  const needsExisting = name !== 'migrate';
  // Opening a PGlite directory that does not hold a database would create an empty one there (a mistyped
  // DATA_DIR would then "verify" an empty access log): refuse before opening.
  if (needsExisting && !config.db.databaseUrl) {
    const state = pgliteDataDirState(config.db.dataDir);
    if (state !== 'present') {
      err(noDatabase(`DATA_DIR ${config.db.dataDir}`, state));
      return 2;
    }
  }
  const database = await openDatabase({
    databaseUrl: config.db.databaseUrl,
    dataDir: config.db.dataDir,
    command: `gezinsdossier ${name}`,
  });
  try {
    const { pending, total } = await pendingMigrations(database.db);
    if (needsExisting && pending.length === total) {
      err(
        noDatabase(
          config.db.databaseUrl ? 'DATABASE_URL' : `DATA_DIR ${config.db.dataDir}`,
          'never migrated',
        ),
      );
      return 2;
    }
    if (pending.length > 0) {
      err(
        `Applying ${pending.length} pending database migration${pending.length === 1 ? '' : 's'}: ${pending.join(', ')}.\n`,
      );
      await migrateToLatest(database.db);
    }
    switch (name) {
      case 'migrate':
        out('Database is up to date.\n');
        return 0;
      case 'seed': {
        const { households, seed } = seedArgs as { households: number; seed: number };
        const started = Date.now();
        let summary: Awaited<ReturnType<typeof seedDemo>>;
        try {
          summary = await seedDemo(database.db, {
            households,
            seed,
            onProgress: (done, total) => out(`\r  ${done}/${total} households`),
          });
        } catch (error) {
          // What was seeded is kept (each batch and each walked family is committed on its own); running
          // the same command again finishes the run.
          const reason = error instanceof AppError ? errorMessage(error.code, 'en') : describeError(error);
          err(
            `\nHet seeden is gestopt: ${error instanceof AppError ? errorMessage(error.code, 'nl') : reason}. Wat al is toegevoegd blijft staan; voer dezelfde opdracht opnieuw uit om het af te maken.\n` +
              `Seeding stopped: ${reason}. What was added is kept; run the same command again to finish it.\n`,
          );
          return 1;
        }
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        out(
          summary.skipped
            ? `\nSeed ${seed} was already used in this database; nothing added.\n`
            : `\n${summary.resumed ? `Finished the interrupted seed ${seed}: added` : 'Seeded'} ${summary.households} households, ${summary.persons} persons, ${summary.timelineEntries} timeline entries${summary.stagedHouseholds > 0 ? `, ${summary.stagedHouseholds} families walked through the stages of the path` : ''} in ${seconds} s.\n`,
        );
        return 0;
      }
      case 'audit verify':
        return await auditVerify(database.db, config, out);
      case 'audit seal': {
        const sealed = await sealAccessLog(database.db);
        out(
          sealed.final
            ? `Sealed ${sealed.rows} rows in ${sealed.batches} new batches; sealed through seq ${sealed.sealedThrough}.\n`
            : 'Transactions that write the access log are still open; nothing new sealed. Try again.\n',
        );
        const signer = loadOrCreateSigningKey(config.audit.signingKeyFile, {
          configured: config.audit.signingKeyConfigured,
          log: (line) => out(`${line}\n`),
        });
        const checkpoint = await writeCheckpoint(database.db, {
          signer,
          anchor: new FileAnchorSink(config.audit.anchorFile),
          waitForLock: true,
        });
        out(
          checkpoint.status === 'written'
            ? `Checkpoint of batch ${checkpoint.checkpoint.batchNo} (${checkpoint.checkpoint.rowsTotal} rows) signed and anchored in ${config.audit.anchorFile}.\n`
            : 'No new batches since the last checkpoint.\n',
        );
        return sealed.final ? 0 : 1;
      }
      case 'export household': {
        const format = values.format ?? 'json';
        if (!arg || !values.request || !['json', 'html'].includes(format)) {
          out(
            'Usage: gezinsdossier export household <id> --request <AVG request reference> [--person <id>] [--format json|html]\n',
          );
          return 2;
        }
        const data = await exportHouseholdAsOperator(database.db, arg, {
          name: os.userInfo().username,
          requestReference: values.request,
          ...(values.person ? { personId: values.person } : {}),
        });
        out(format === 'html' ? renderExportDocument(data) : `${JSON.stringify(data, null, 2)}\n`);
        return 0;
      }
      case 'users list': {
        for (const a of await listAccounts(database.db)) {
          out(
            `${a.id}  ${a.kind.padEnd(13)} ${(a.role ?? '-').padEnd(12)} ${a.displayName}${a.organisationName ? ` — ${a.organisationName}` : ''}${a.isDemo ? ' [demo]' : ''}\n`,
          );
        }
        return 0;
      }
      case 'life-domains list': {
        for (const d of await listLifeDomains(database.db)) {
          out(`${d.code.padEnd(20)} ${d.active ? 'active ' : 'retired'} ${d.labelNl} / ${d.labelEn}\n`);
        }
        return 0;
      }
      case 'life-domains add': {
        if (!arg || !values.nl || !values.en) {
          out('Usage: gezinsdossier life-domains add CODE --nl "Dutch label" --en "English label"\n');
          return 2;
        }
        try {
          await addLifeDomain(database.db, { code: arg, labelNl: values.nl, labelEn: values.en });
        } catch (error) {
          out(`Refused: ${error instanceof Error ? error.message : String(error)}\n`);
          return 1;
        }
        out(`Life domain ${arg} added.\n`);
        return 0;
      }
      case 'life-domains retire': {
        if (!arg) {
          out('Usage: gezinsdossier life-domains retire CODE\n');
          return 2;
        }
        if (!(await retireLifeDomain(database.db, arg))) {
          out(`No life domain ${arg}.\n`);
          return 1;
        }
        out(`Life domain ${arg} is no longer offered.\n`);
        return 0;
      }
      default:
        if (ADMINISTRATION_COMMANDS.has(name)) {
          return await runAdministration(database.db, name, arg, values, out, err);
        }
        out(USAGE);
        return 2;
    }
  } finally {
    await database.close();
  }
}

/** The command line: positionals and options. @throws TypeError on an unknown or ambiguous option */
function parseCommandLine(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      households: { type: 'string' },
      seed: { type: 'string' },
      request: { type: 'string' },
      person: { type: 'string' },
      format: { type: 'string' },
      nl: { type: 'string' },
      en: { type: 'string' },
      kind: { type: 'string' },
      name: { type: 'string' },
      email: { type: 'string' },
      'oidc-subject': { type: 'string' },
      reason: { type: 'string' },
      organisation: { type: 'string' },
      role: { type: 'string' },
      region: { type: 'string' },
      municipality: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** `seed --households N --seed S`, or the message (Dutch and English) saying what is wrong with them. */
function parseSeedArgs(
  householdsArg: string | undefined,
  seedArg: string | undefined,
): { households: number; seed: number } | string {
  const households = Number(householdsArg ?? 200);
  const seed = Number(seedArg ?? 1);
  const wholeIn = (n: number, max: number) => /^\d+$/.test(String(n)) && n <= max;
  if (!wholeIn(households, MAX_SEED_HOUSEHOLDS) || !wholeIn(seed, MAX_SEED)) {
    return (
      `--households neemt een heel getal van 0 tot en met ${MAX_SEED_HOUSEHOLDS}, --seed een heel getal van 0 tot en met ${MAX_SEED}.\n` +
      `--households takes a whole number from 0 to ${MAX_SEED_HOUSEHOLDS}, --seed a whole number from 0 to ${MAX_SEED}.\n`
    );
  }
  return { households, seed };
}

const MAX_SEED_HOUSEHOLDS = 100_000;
const MAX_SEED = 2_147_483_647;

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Why there is no database to work on, in Dutch and English, with what to do. */
function noDatabase(where: string, state: 'missing' | 'empty' | 'never migrated'): string {
  const nl = {
    missing: 'de map bestaat niet',
    empty: 'de map bevat geen database',
    'never migrated': 'de database is leeg (er is nooit een migratie uitgevoerd)',
  }[state];
  const en = {
    missing: 'the directory does not exist',
    empty: 'the directory holds no database',
    'never migrated': 'the database is empty (it was never migrated)',
  }[state];
  const setting = where.split(' ')[0];
  return (
    `Geen database in ${where}: ${nl}. Controleer ${setting}, of maak een nieuwe database met \`gezinsdossier migrate\` (of \`start\`).\n` +
    `No database in ${where}: ${en}. Check ${setting}, or create a new database with \`gezinsdossier migrate\` (or \`start\`).\n`
  );
}

/**
 * `audit verify`: batches, rows, checkpoints and the anchor, with the public half of the configured signing
 * key. Prints one summary or the first problem; exit code 1 on any problem.
 */
async function auditVerify(
  db: Parameters<typeof verifyAccessLog>[0],
  config: Readonly<Config>,
  out: (s: string) => void,
): Promise<number> {
  const keyFile = config.audit.signingKeyFile;
  const verifiers = fs.existsSync(keyFile) ? [loadSigningKey(keyFile)] : [];
  if (verifiers.length === 0) {
    out(`Warning: no signing key at ${keyFile}; checkpoints cannot be verified.\n`);
  }
  const anchor = new FileAnchorSink(config.audit.anchorFile);
  const result = await verifyAccessLog(db, { verifiers, anchor });
  if (!result.ok && result.problem) {
    out(`Access log BROKEN ${describeAuditProblem(result.problem)}\n`);
    out(`${result.rowsSealed} sealed rows in ${result.batches} batches checked before this problem.\n`);
    return 1;
  }
  out(`Access log intact: ${result.rowsSealed + result.rowsPending} rows, hash chain unbroken.\n`);
  out(
    `  ${result.rowsSealed} rows sealed in ${result.batches} batches, ${result.rowsPending} pending (not sealed yet); checkpoints: ${result.checkpoints} signed, ${result.anchoredCheckpoints} in the anchor ${anchor.file}.\n`,
  );
  if (result.checkpoints > 0 && result.anchoredCheckpoints === 0) {
    out(
      'Warning: the anchor holds no checkpoints, so a truncated or rolled-back log cannot be detected. Check AUDIT_ANCHOR_FILE.\n',
    );
  }
  return 0;
}

const isEntry = process.argv[1] && /cli[\\/]src[\\/]main\.ts$|gezinsdossier(\.mjs)?$/.test(process.argv[1]);
if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => {
      if (code >= 0) {
        process.exitCode = code;
      }
    },
    (error: unknown) => {
      if (error instanceof ConfigError) {
        console.error(error.message);
        process.exitCode = 2;
        return;
      }
      if (error instanceof DataDirectoryInUseError) {
        console.error(error.message);
        process.exitCode = 1;
        return;
      }
      const code = (error as { code?: string }).code;
      console.error(code === 'not_found' ? 'Not found.' : error);
      process.exitCode = 1;
    },
  );
}
