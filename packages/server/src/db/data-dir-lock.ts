import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * One process per PGlite data directory. Two processes that open the same directory each run their own
 * PostgreSQL (in WASM) over the same files: both accept writes and each overwrites the other's pages, so
 * acknowledged writes disappear and indexes miss rows. The process that opens the directory therefore
 * holds `gezinsdossier.lock` in it, created with O_EXCL and holding its pid; any other process refuses to
 * open the directory and names the holder.
 *
 * A lock whose process is gone (killed, crashed, machine rebooted) is stale and taken over. A process
 * counts as the holder only when the pid is alive on this machine *and* started when the lock says (pid
 * reuse: in a container the server has the same low pid after every restart).
 */

export const LOCK_FILE = 'gezinsdossier.lock';

/** What the lock file records about the process holding it. */
export interface DataDirLockHolder {
  pid: number;
  hostname: string;
  /** What the holder runs, e.g. `gezinsdossier start`. */
  command: string;
  /** When it took the lock (ISO 8601). */
  startedAt: string;
  /** Linux only: the kernel's boot id and the process's start time in clock ticks since boot. */
  bootId?: string;
  processStart?: string;
  /** Unique per lock, so a holder recognises its own file. */
  token: string;
}

export class DataDirectoryInUseError extends Error {
  readonly dataDir: string;
  readonly holder: DataDirLockHolder;

  constructor(dataDir: string, holder: DataDirLockHolder) {
    const since = holder.startedAt ? `, sinds ${holder.startedAt}` : '';
    const elsewhere = holder.hostname !== os.hostname() ? ` op ${holder.hostname}` : '';
    super(
      `De datamap ${dataDir} is in gebruik door proces ${holder.pid}${elsewhere} (${holder.command}${since}). ` +
        'Twee processen op één datamap verliezen gegevens. Stop dat proces eerst, of gebruik de server die al draait.\n' +
        `The data directory ${dataDir} is in use by process ${holder.pid}${elsewhere ? ` on ${holder.hostname}` : ''} ` +
        `(${holder.command}${holder.startedAt ? `, since ${holder.startedAt}` : ''}). ` +
        'Two processes on one data directory lose data. Stop that process first, or use the server that is running.',
    );
    this.name = 'DataDirectoryInUseError';
    this.dataDir = dataDir;
    this.holder = holder;
  }
}

export interface DataDirLock {
  /** Removes the lock file (only if it is still ours). Idempotent. */
  release(): void;
}

/** Directories this process holds, shared by every copy of this module in the process. */
const HELD_KEY = Symbol.for('gezinsdossier.dataDirLocks');
const registry = globalThis as unknown as Record<symbol, Set<string> | undefined>;
registry[HELD_KEY] = registry[HELD_KEY] ?? new Set<string>();
const held: Set<string> = registry[HELD_KEY];

/**
 * Takes the exclusive lock on a data directory (which must exist).
 * @param dataDir the PGlite data directory
 * @param options.command what this process runs, shown to anyone refused
 * @throws DataDirectoryInUseError when another live process (or this one) holds it
 */
export function lockDataDirectory(dataDir: string, options: { command: string }): DataDirLock {
  const dir = path.resolve(dataDir);
  const file = path.join(dir, LOCK_FILE);
  const own: DataDirLockHolder = {
    pid: process.pid,
    hostname: os.hostname(),
    command: options.command,
    startedAt: new Date().toISOString(),
    ...linuxProcessIdentity(process.pid),
    token: randomUUID(),
  };
  // A few rounds: each either creates the file, refuses, or removes a stale lock and tries again.
  for (let round = 0; round < 5; round++) {
    if (tryCreate(file, own)) {
      held.add(dir);
      return { release: () => release(dir, file, own.token) };
    }
    const holder = readHolder(file);
    if (holder === 'missing') {
      continue;
    }
    if (holder === 'unreadable' && isRecent(file)) {
      // Created a moment ago and not written yet: another process is taking the lock right now.
      throw new Error(
        `De datamap ${dir} wordt op dit moment door een ander proces geopend. / Another process is opening the data directory ${dir} right now.`,
      );
    }
    if (holder !== 'unreadable' && isAlive(holder, held.has(dir))) {
      throw new DataDirectoryInUseError(dir, holder);
    }
    removeStale(file, holder);
  }
  throw new Error(`Could not take the lock ${file}: it keeps changing. Is another process starting?`);
}

/** Whether a file was changed in the last few seconds (a lock being written, not one left behind). */
function isRecent(file: string): boolean {
  try {
    return Date.now() - fs.statSync(file).mtimeMs < 10_000;
  } catch {
    return false;
  }
}

function tryCreate(file: string, holder: DataDirLockHolder): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return false;
    }
    throw error;
  }
  try {
    fs.writeSync(fd, `${JSON.stringify(holder)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

function readHolder(file: string): DataDirLockHolder | 'missing' | 'unreadable' {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return 'missing';
    }
    throw error;
  }
  try {
    const value = JSON.parse(text) as Partial<DataDirLockHolder>;
    if (typeof value.pid !== 'number' || !Number.isInteger(value.pid) || value.pid <= 0) {
      return 'unreadable';
    }
    return {
      pid: value.pid,
      hostname: typeof value.hostname === 'string' ? value.hostname : os.hostname(),
      command: typeof value.command === 'string' ? value.command : 'unknown command',
      startedAt: typeof value.startedAt === 'string' ? value.startedAt : '',
      ...(typeof value.bootId === 'string' ? { bootId: value.bootId } : {}),
      ...(typeof value.processStart === 'string' ? { processStart: value.processStart } : {}),
      token: typeof value.token === 'string' ? value.token : '',
    };
  } catch {
    // Empty or cut off: its writer died between creating and writing it (the write is a few bytes).
    return 'unreadable';
  }
}

/**
 * Whether the process named in a lock still runs. Another machine's process cannot be checked and counts
 * as alive (the operator must remove the lock); our own pid counts only if this process holds the lock.
 */
function isAlive(holder: DataDirLockHolder, heldHere: boolean): boolean {
  if (holder.hostname !== os.hostname()) {
    return true;
  }
  if (holder.pid === process.pid) {
    return heldHere;
  }
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') {
      return false;
    }
  }
  const now = linuxProcessIdentity(holder.pid);
  if (holder.bootId && now.bootId && holder.bootId !== now.bootId) {
    return false;
  }
  if (holder.processStart && now.processStart && holder.processStart !== now.processStart) {
    return false;
  }
  return true;
}

/**
 * Removes a stale lock without removing a fresh one that another process created meanwhile: the file is
 * first renamed to a name of our own (atomic), then checked; if it turns out to be someone else's new lock,
 * it is put back (a hard link never replaces an existing file).
 */
function removeStale(file: string, stale: DataDirLockHolder | 'unreadable'): void {
  const aside = `${file}.stale-${process.pid}-${randomUUID().slice(0, 8)}`;
  try {
    fs.renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return;
    }
    throw error;
  }
  const moved = readHolder(aside);
  const isTheStaleOne =
    moved === 'unreadable' || moved === 'missing'
      ? stale === 'unreadable'
      : stale !== 'unreadable' && moved.pid === stale.pid && moved.token === stale.token;
  if (!isTheStaleOne) {
    try {
      fs.linkSync(aside, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
    }
  }
  fs.rmSync(aside, { force: true });
}

function release(dir: string, file: string, token: string): void {
  if (!held.has(dir)) {
    return;
  }
  held.delete(dir);
  const holder = readHolder(file);
  if (typeof holder === 'object' && holder.token === token) {
    fs.rmSync(file, { force: true });
  }
}

/** Linux: the boot id and a process's start time (field 22 of /proc/<pid>/stat); empty elsewhere. */
function linuxProcessIdentity(pid: number): { bootId?: string; processStart?: string } {
  try {
    const bootId = fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may contain spaces: count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const processStart = fields[19];
    return processStart ? { bootId, processStart } : { bootId };
  } catch {
    return {};
  }
}
