import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

/**
 * The real `gezinsdossier` CLI in a process of its own, for tests about what happens between processes
 * (the data-directory lock, a start that is killed). Embedded database only: DATABASE_URL is removed.
 */

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const CLI = path.join(ROOT, 'packages/cli/src/main.ts');

export interface CliRun {
  child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output: () => string;
  exited: Promise<number | null>;
  /** Calls `listener` whenever it prints something. */
  onOutput: (listener: () => void) => void;
}

/**
 * Starts `gezinsdossier <args>` on `dataDir`, with the audit key and anchor in `auditDir`.
 * @param env extra variables (e.g. SEED_ON_EMPTY); PORT=0 and LOG_LEVEL=warn are set
 */
export function runCli(
  dataDir: string,
  args: string[],
  auditDir: string,
  env: Record<string, string> = {},
): CliRun {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  // Node runs the TypeScript directly through tsx's loader, so the pid is the CLI's own.
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    env: {
      ...inherited,
      DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'warn',
      AUDIT_SIGNING_KEY_FILE: path.join(auditDir, 'signing-key.pem'),
      AUDIT_ANCHOR_FILE: path.join(auditDir, 'anchor.jsonl'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners: (() => void)[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) {
      listener();
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited, onOutput: (listener) => listeners.push(listener) };
}

/**
 * Waits until the process has printed `text`, or has exited (then resolves 'exited'). No timer: the test's
 * own timeout bounds it.
 */
export function untilPrinted(run: CliRun, text: string): Promise<'printed' | 'exited'> {
  return new Promise((resolve) => {
    const check = () => {
      if (run.output().includes(text)) {
        resolve('printed');
      }
    };
    run.onOutput(check);
    check();
    run.exited.then(() => {
      check();
      resolve('exited');
    });
  });
}

/** Starts the server and waits until it serves; throws with its output if it exits instead. */
export async function startServerProcess(
  dataDir: string,
  auditDir: string,
  env: Record<string, string> = {},
): Promise<CliRun> {
  const run = runCli(dataDir, ['start'], auditDir, { SEED_ON_EMPTY: 'false', ...env });
  if ((await untilPrinted(run, 'Gezinsdossier is running at')) === 'exited') {
    throw new Error(`server exited:\n${run.output()}`);
  }
  return run;
}

/** Stops a process (SIGTERM, or SIGKILL to simulate a crash) and waits until it has exited. */
export async function stopProcess(run: CliRun, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (run.child.exitCode === null && run.child.signalCode === null) {
    run.child.kill(signal);
  }
  await run.exited;
}

/**
 * How a command that should refuse ended: its exit code, or 'served' if it started serving after all (then
 * it is stopped, so the test fails at once instead of waiting for an exit that never comes).
 */
export async function outcome(run: CliRun): Promise<number | null | 'served'> {
  if ((await untilPrinted(run, 'Gezinsdossier is running at')) === 'printed') {
    await stopProcess(run);
    return 'served';
  }
  return run.exited;
}
