import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, open, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { hostname as osHostname, uptime } from 'node:os';
import { join } from 'node:path';

/**
 * One process at a time may write a data folder. The one that holds `<data>/app.lock` writes; any other copy of
 * the app started on the same folder (a second browser run, the desktop app beside it, another computer on a synced
 * folder) opens it read-only and says who holds it.
 *
 * The lock file is created with O_EXCL, so of two processes starting together exactly one creates it. It names its
 * holder (process id, computer, when it started, which program) and a random token. The holder touches it every
 * 30 seconds and removes it when it stops. A lock is stale, and is taken over, when its holder is on this computer
 * and its process is gone (a crash, a kill), or when it is on another computer and has not been touched for a few
 * minutes (that computer crashed or lost the synced folder). On this computer the process check decides, so that a
 * laptop waking from sleep, whose lock has not been touched for hours, is not robbed of its folder; but a lock from
 * before the computer last started is stale whatever its process id, because after a power cut or a restart that id
 * may belong to some other program by now (Windows reuses them quickly).
 */

export type LockProgram = 'app' | 'browser-run';

export type LockHolder = {
  pid: number;
  hostname: string;
  startedAt: string;
  program: LockProgram;
  token: string;
  /** When the holder's computer last started (absent in locks written before this was recorded). */
  bootedAt?: string;
};

export type DataLockOptions = {
  dataFolder: string;
  program: LockProgram;
  /** How long a lock from another computer may go untouched before it counts as abandoned. */
  staleAfterMs?: number;
  refreshEveryMs?: number;
  now?: () => Date;
  /** Tests stand in other computers and dead processes. */
  hostname?: string;
  isAlive?: (pid: number) => boolean;
  /** When this computer last started; tests stand in a restart. */
  bootedAt?: () => Date;
  /** Removes the lock when the process exits without releasing it (process.exit). Default true. */
  releaseOnExit?: boolean;
};

export type LockOutcome = { held: true; lock: DataLock } | { held: false; holder: LockHolder | null; readOnly: string };

export const LOCK_FILE = 'app.lock';
const DEFAULT_STALE_AFTER_MS = 3 * 60_000;
const DEFAULT_REFRESH_MS = 30_000;
/** Start times worked out from the uptime drift by a second or so; a real restart is far more than this apart. */
const SAME_BOOT_WITHIN_MS = 60_000;

function lastBoot(): Date {
  return new Date(Date.now() - uptime() * 1000);
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const raw = JSON.parse(text) as Partial<LockHolder>;
    if (
      typeof raw.pid === 'number' &&
      typeof raw.hostname === 'string' &&
      typeof raw.startedAt === 'string' &&
      (raw.program === 'app' || raw.program === 'browser-run') &&
      typeof raw.token === 'string' &&
      (raw.bootedAt === undefined || typeof raw.bootedAt === 'string')
    ) {
      return raw as LockHolder;
    }
  } catch {
    // Not a lock we can read: treated as held by someone unknown until it goes stale.
  }
  return null;
}

function timeOf(iso: string, now: Date): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return 'an unknown time';
  const time = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return at.toDateString() === now.toDateString()
    ? time
    : `${time} on ${at.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })}`;
}

/** The sentence the user reads when this copy may only read. */
export function readOnlySentence(holder: LockHolder | null, now: Date = new Date()): string {
  const who = holder
    ? ` (${holder.program === 'browser-run' ? 'the browser run' : 'the desktop app'}, process ${holder.pid} on ` +
      `${holder.hostname}, since ${timeOf(holder.startedAt, now)})`
    : '';
  return (
    `Another copy of Conference Chair${who} has this data folder open, so this one can only read. Close the other ` +
    `copy and restart this one to make changes. If no other copy is open, restart the computer: that frees the ` +
    `folder.`
  );
}

async function readHolder(path: string): Promise<{ holder: LockHolder | null; mtimeMs: number } | null> {
  // A lock being created is empty for a moment: read it again before deciding it is unreadable.
  for (let attempt = 0; ; attempt++) {
    let text: string;
    let mtimeMs: number;
    try {
      mtimeMs = (await stat(path)).mtimeMs;
      text = await readFile(path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    const holder = parseHolder(text);
    if (holder || attempt >= 3) return { holder, mtimeMs };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Locks this process holds, released on process 'exit': one listener for all of them. */
const heldLocks = new Set<DataLock>();
let exitHookInstalled = false;
function releaseAllOnExit(lock: DataLock): void {
  heldLocks.add(lock);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const held of [...heldLocks]) held.releaseSync();
  });
}

export class DataLock {
  private timer: NodeJS.Timeout | null = null;
  private released = false;

  constructor(
    readonly path: string,
    readonly holder: LockHolder,
    refreshEveryMs: number,
    releaseOnExit: boolean,
  ) {
    // Touching the file says "still here" to a copy on another computer; unref'd so it never keeps a process alive.
    this.timer = setInterval(() => void this.refresh(), refreshEveryMs);
    this.timer.unref();
    if (releaseOnExit) releaseAllOnExit(this);
  }

  /** Called once if another copy is found holding the folder at a refresh (see refresh). */
  onLost: ((holder: LockHolder | null) => void) | null = null;

  /**
   * Says "still here", after checking the lock is still this process's: a computer that slept for longer than the
   * stale time on a synced folder may find that another computer has taken the folder over. Then this copy must stop
   * writing, rather than carry on beside the new holder.
   */
  async refresh(): Promise<void> {
    if (this.released) return;
    let current: LockHolder | null;
    try {
      current = parseHolder(await readFile(this.path, 'utf8'));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return; // unreadable for now: try at the next refresh
      // Removed by someone tidying the folder: put it back, unless another copy has just made one.
      await writeFile(this.path, JSON.stringify(this.holder), { flag: 'wx' }).catch(() => undefined);
      return;
    }
    // Half-written (another copy creating it this instant) or unreadable: decide at the next refresh.
    if (current === null) return;
    if (current.token !== this.holder.token) {
      this.stop();
      this.onLost?.(current);
      return;
    }
    const now = new Date();
    await utimes(this.path, now, now).catch(() => undefined);
  }

  private stop(): boolean {
    if (this.released) return false;
    this.released = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    heldLocks.delete(this);
    return true;
  }

  /** Removes the lock, if it is still ours (it is never someone else's that took over a lock thought stale). */
  async release(): Promise<void> {
    if (!this.stop()) return;
    try {
      if (parseHolder(await readFile(this.path, 'utf8'))?.token === this.holder.token) await unlink(this.path);
    } catch {
      // Already gone.
    }
  }

  /** The same, for process 'exit', where nothing asynchronous runs. */
  releaseSync(): void {
    if (!this.stop()) return;
    try {
      if (parseHolder(readFileSync(this.path, 'utf8'))?.token === this.holder.token) unlinkSync(this.path);
    } catch {
      // Already gone.
    }
  }
}

/**
 * Takes the data folder's lock, or says who has it. Never throws for a lock held by someone else; throws only when
 * the folder itself cannot be written (then the app cannot work at all, and the caller says so).
 */
export async function acquireDataLock(options: DataLockOptions): Promise<LockOutcome> {
  const path = join(options.dataFolder, LOCK_FILE);
  const now = options.now ?? (() => new Date());
  const host = options.hostname ?? osHostname();
  const isAlive = options.isAlive ?? isProcessAlive;
  const staleAfterMs = options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
  const booted = (options.bootedAt ?? lastBoot)();
  const holder: LockHolder = {
    pid: process.pid,
    hostname: host,
    startedAt: now().toISOString(),
    program: options.program,
    token: randomBytes(12).toString('hex'),
    bootedAt: booted.toISOString(),
  };
  let seen: LockHolder | null = null;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const handle = await open(path, 'wx', 0o644);
      try {
        await handle.writeFile(JSON.stringify(holder));
        await handle.sync();
      } finally {
        await handle.close();
      }
      return {
        held: true,
        lock: new DataLock(path, holder, options.refreshEveryMs ?? DEFAULT_REFRESH_MS, options.releaseOnExit ?? true),
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const current = await readHolder(path);
    if (!current) continue; // released in the meantime: try again
    seen = current.holder;
    const untouchedFor = now().getTime() - current.mtimeMs;
    const stale =
      current.holder && current.holder.hostname === host
        ? fromEarlierBoot(current.holder, booted) || !isAlive(current.holder.pid)
        : untouchedFor > staleAfterMs;
    if (!stale) break;
    await takeOver(path, current.holder);
  }
  return { held: false, holder: seen, readOnly: readOnlySentence(seen, now()) };
}

/** A lock written on this computer before it last started: its process cannot still be running. */
function fromEarlierBoot(holder: LockHolder, booted: Date): boolean {
  if (holder.bootedAt === undefined) return false;
  const then = Date.parse(holder.bootedAt);
  return Number.isFinite(then) && Math.abs(then - booted.getTime()) > SAME_BOOT_WITHIN_MS;
}

/**
 * Moves a stale lock aside. Two processes may judge the same lock stale at once; the rename makes one of them move
 * it, and a process that finds it has moved someone else's fresh lock puts it back (link refuses to replace a lock
 * created since) before trying again.
 */
async function takeOver(path: string, judged: LockHolder | null): Promise<void> {
  const aside = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.stale`;
  try {
    await rename(path, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  let moved: LockHolder | null = null;
  try {
    moved = parseHolder(await readFile(aside, 'utf8'));
  } catch {
    moved = null;
  }
  if (moved?.token !== judged?.token) {
    await link(aside, path).catch(() => undefined);
  }
  await unlink(aside).catch(() => undefined);
}
