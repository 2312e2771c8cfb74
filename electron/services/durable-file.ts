import { createHash, randomBytes } from 'node:crypto';
import { link, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { UNSAVED_REVISION } from '@shared/api/contract';

/**
 * The one way this app puts a file on disk: conferences, their backups, settings, the key file and exported
 * documents all come through `writeDurably`.
 *
 *   1. write the bytes to a temporary name of our own in the same folder (unique per process and write, so two
 *      writers never share one temp file),
 *   2. fsync that file (the bytes are on the disk, not only in the operating system's cache),
 *   3. rename it over the target (atomic: a reader sees the old file or the new one, never half of either),
 *   4. fsync the folder (the rename itself is on the disk, so a power cut cannot bring the old name back).
 *
 * Any failure before the rename (a full disk part-way through, for example) removes the temporary file and raises
 * the error: the previous file is untouched.
 */

/** The slice of an open file this writer needs. */
export type DurableFileHandle = {
  writeFile(data: Uint8Array | string): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
};

/**
 * The file-system calls the writer makes, injectable so that a test can record their order or make one fail (a full
 * disk). `nodeDurableFs` is the real one.
 */
export type DurableFs = {
  open(path: string, flags: string, mode?: number): Promise<DurableFileHandle>;
  rename(from: string, to: string): Promise<void>;
  /** A second name for a file; fails with EEXIST rather than replace one (creating a file only if it is absent). */
  link(existing: string, newName: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
};

export const nodeDurableFs: DurableFs = {
  open: (path, flags, mode) => open(path, flags, mode),
  rename: (from, to) => rename(from, to),
  link: (existing, newName) => link(existing, newName),
  rm: (path, options) => rm(path, options),
};

/** A temporary name beside the target: hidden, ours alone (pid and random), and recognisable as a leftover. */
export function temporaryNameFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * The process that wrote a temporary file of ours, from its name; null for any other name. One is left behind only if
 * its process died between the write and the rename.
 */
export function temporaryFileWriter(name: string): number | null {
  const m = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/.exec(name);
  return m ? Number(m[1]) : null;
}

// Errors that mean "this file system cannot fsync a folder", not "the data is lost": the rename has already
// happened, so reporting a failed save would be false.
const FOLDER_SYNC_UNSUPPORTED = new Set(['EINVAL', 'ENOTSUP', 'EISDIR', 'EPERM', 'EBADF']);

async function syncFolder(folder: string, fs: DurableFs): Promise<void> {
  // Windows cannot open a folder as a file, so its entry cannot be fsynced there; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  let handle: DurableFileHandle;
  try {
    handle = await fs.open(folder, 'r');
  } catch (e) {
    if (FOLDER_SYNC_UNSUPPORTED.has((e as NodeJS.ErrnoException).code ?? '')) return;
    throw e;
  }
  try {
    await handle.sync();
  } catch (e) {
    if (!FOLDER_SYNC_UNSUPPORTED.has((e as NodeJS.ErrnoException).code ?? '')) throw e;
  } finally {
    await handle.close();
  }
}

/**
 * Step 1 and 2 of every durable write: the bytes into a new temporary file of our own and onto the disk. 'wx': the
 * name is new, so nothing of anyone else's is ever written into.
 */
async function writeTemporaryFile(
  temp: string,
  data: Uint8Array | string,
  fs: DurableFs,
  mode: number | undefined,
): Promise<void> {
  const handle = await fs.open(temp, 'wx', mode ?? 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function writeDurably(
  path: string,
  data: Uint8Array | string,
  options: {
    fs?: DurableFs;
    mode?: number;
    /**
     * Called as soon as the new file has replaced the old, before the folder is flushed: if flushing the folder then
     * fails, the save is reported as failed (it may not survive a power cut) but the file on disk is the new one.
     */
    onReplaced?: () => void;
    /**
     * Work that must be done before the file is replaced, started by the caller before this write (a backup of the
     * file being replaced): awaited after the new file is flushed, just before the rename. If it fails, nothing is
     * replaced and this write fails with its error.
     */
    beforeReplace?: Promise<unknown>;
  } = {},
): Promise<void> {
  const fs = options.fs ?? nodeDurableFs;
  const temp = temporaryNameFor(path);
  try {
    await writeTemporaryFile(temp, data, fs, options.mode);
    await options.beforeReplace;
    await fs.rename(temp, path);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
  options.onReplaced?.();
  await syncFolder(dirname(path), fs);
}

/**
 * Several files written durably together (an export's documents): each to its temporary file and fsynced, all at
 * once, then each renamed over its target, then each folder fsynced once. Every file is on the disk before its
 * rename, and every rename before this resolves, as with writeDurably file by file; a failure before the renames
 * removes every temporary file and leaves all the targets as they were.
 */
export async function writeAllDurably(
  files: readonly { path: string; data: Uint8Array | string }[],
  options: { fs?: DurableFs; mode?: number } = {},
): Promise<void> {
  const fs = options.fs ?? nodeDurableFs;
  const temps = files.map((f) => temporaryNameFor(f.path));
  const written = await Promise.allSettled(
    files.map((file, i) => writeTemporaryFile(temps[i]!, file.data, fs, options.mode)),
  );
  const failed = written.find((w): w is PromiseRejectedResult => w.status === 'rejected');
  if (failed) {
    await Promise.all(temps.map((t) => fs.rm(t, { force: true }).catch(() => undefined)));
    throw failed.reason;
  }
  for (const [i, file] of files.entries()) {
    try {
      await fs.rename(temps[i]!, file.path);
    } catch (e) {
      await Promise.all(temps.slice(i).map((t) => fs.rm(t, { force: true }).catch(() => undefined)));
      throw e;
    }
  }
  for (const folder of new Set(files.map((f) => dirname(f.path)))) await syncFolder(folder, fs);
}

/**
 * As writeDurably, but only if there is no file at `path` yet: the new file is given its name with a hard link, which
 * never replaces one that appeared meanwhile. Resolves false (and leaves nothing behind) when one did. For files
 * two processes might both create, where the second must use the first's rather than write over it (the key).
 */
export async function writeDurablyIfAbsent(
  path: string,
  data: Uint8Array | string,
  options: { fs?: DurableFs; mode?: number } = {},
): Promise<boolean> {
  const fs = options.fs ?? nodeDurableFs;
  const temp = temporaryNameFor(path);
  let created = false;
  try {
    await writeTemporaryFile(temp, data, fs, options.mode);
    await fs.link(temp, path);
    created = true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
      await fs.rm(temp, { force: true }).catch(() => undefined);
      throw e;
    }
  }
  await fs.rm(temp, { force: true });
  if (created) await syncFolder(dirname(path), fs);
  return created;
}

// Errors that mean "this file system cannot give a file a second name" (FAT and exFAT, some network shares).
const LINK_UNSUPPORTED = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK', 'EINVAL']);

/**
 * A durable second name for a file that is never changed in place: a backup of a conference file, which every save
 * replaces with a new file rather than writing into. The backup then holds exactly the bytes the file held, without
 * reading and writing megabytes: the file is linked, fsynced (its bytes were flushed when the app wrote them; this
 * covers a file something else put there) and the folder fsynced. Resolves false, having made nothing, where the
 * file system cannot link; the caller copies instead. Rejects with ENOENT when there is no file to link.
 */
export async function linkDurably(existing: string, path: string, options: { fs?: DurableFs } = {}): Promise<boolean> {
  const fs = options.fs ?? nodeDurableFs;
  try {
    await fs.link(existing, path);
  } catch (e) {
    if (LINK_UNSUPPORTED.has((e as NodeJS.ErrnoException).code ?? '')) return false;
    throw e;
  }
  try {
    const handle = await fs.open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (e) {
    await fs.rm(path, { force: true }).catch(() => undefined);
    throw e;
  }
  await syncFolder(dirname(path), fs);
  return true;
}

/**
 * Moves a file to another name (into the bin, quarantine, or back) and flushes both folders, so that after a power
 * cut the file is where the app said it put it, not back where it was.
 */
export async function moveDurably(from: string, to: string, fs: DurableFs = nodeDurableFs): Promise<void> {
  await fs.rename(from, to);
  await syncFolder(dirname(to), fs);
  if (dirname(from) !== dirname(to)) await syncFolder(dirname(from), fs);
}

/** A plain sentence for a failed write: a full disk is said as such, with what to do and that nothing was lost. */
export function describeWriteFailure(e: unknown, what: string): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return (
      `The disk is full, so ${what} could not be saved. Free some space (empty the recycle bin, or move large ` +
      `files elsewhere) and it will save again. Nothing was lost: the last saved version is intact.`
    );
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return (
      `${what[0]!.toUpperCase()}${what.slice(1)} could not be saved: this computer does not allow the app to write ` +
      `to its folder. Ask IT to check the folder's permissions. The last saved version is intact.`
    );
  }
  return (
    // The code only: the message names the file, and its path can hold a person's name.
    `${what[0]!.toUpperCase()}${what.slice(1)} could not be saved to disk (${code ?? 'an unexpected error'}). ` +
    `The last saved version is intact; the app will try again. If this keeps happening, send IT the log file.`
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The lowdb adapter

/**
 * How one kind of file is turned into data and back. `decode` throws for a file that cannot be used (damaged,
 * another key, a newer format); it may also return details the store wants to know (a byte-order mark, a migration).
 */
export type FileCodec<T, Details = undefined> = {
  decode(bytes: Buffer): { data: T; details: Details };
  encode(data: T): string | Uint8Array;
  /**
   * The revision of a file's bytes: changes whenever the content does. `revisionPrefixBytes` says how many leading
   * bytes it depends on, so the revision of the file on disk can be learned without reading all of it.
   */
  revisionOf(bytes: Buffer): string;
  revisionPrefixBytes?: number;
};

/** The revision of a file that is not there: a save based on it creates the file (the bridge's UNSAVED_REVISION). */
export const NO_FILE_REVISION: string = UNSAVED_REVISION;

/** The revision of any bytes as a short SHA-256 (for files small enough to hash whole, or a header line). */
export function hashRevision(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url').slice(0, 22);
}

/** Whether an error means the file (or folder) is not there. */
export function isMissing(e: unknown): boolean {
  return (e as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/**
 * lowdb's Adapter for one file: reads through the codec (decrypt, migrate, validate) and writes through the codec
 * and `writeDurably`. It remembers the revision of what it last read or wrote, and the details of the last read.
 */
export class DurableDataFile<T, Details = undefined> implements Adapter<T> {
  /** The revision this process last read or wrote; null before either. */
  revision: string | null = null;
  details: Details | undefined;

  constructor(
    readonly path: string,
    private readonly codec: FileCodec<T, Details>,
    private readonly fs: DurableFs = nodeDurableFs,
  ) {}

  async read(): Promise<T | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.path);
    } catch (e) {
      if (isMissing(e)) {
        this.revision = NO_FILE_REVISION;
        this.details = undefined;
        return null;
      }
      throw e;
    }
    const { data, details } = this.codec.decode(bytes);
    this.revision = this.codec.revisionOf(bytes);
    this.details = details;
    return data;
  }

  /** lowdb's write; `beforeReplace` is as writeDurably's (what must be done before the old file is replaced). */
  async write(data: T, options: { beforeReplace?: Promise<unknown> } = {}): Promise<void> {
    const encoded = this.codec.encode(data);
    // A view of the encoded bytes, not a copy: a conference file is megabytes, and this runs on every save.
    const bytes =
      typeof encoded === 'string'
        ? Buffer.from(encoded, 'utf8')
        : Buffer.from(encoded.buffer, encoded.byteOffset, encoded.byteLength);
    // The revision follows the file as soon as it is replaced: a retry after a failed folder flush is this process's
    // own next save, not a save from a copy that another writer has moved past.
    await writeDurably(this.path, bytes, {
      fs: this.fs,
      ...(options.beforeReplace ? { beforeReplace: options.beforeReplace } : {}),
      onReplaced: () => {
        this.revision = this.codec.revisionOf(bytes);
      },
    });
  }

  /** The revision of the file on disk now (another process may have written it), reading as little as it needs. */
  async revisionOnDisk(): Promise<string> {
    const prefix = this.codec.revisionPrefixBytes;
    try {
      if (prefix === undefined) return this.codec.revisionOf(await readFile(this.path));
      const handle = await open(this.path, 'r');
      try {
        const buffer = Buffer.alloc(prefix);
        const { bytesRead } = await handle.read(buffer, 0, prefix, 0);
        return this.codec.revisionOf(buffer.subarray(0, bytesRead));
      } finally {
        await handle.close();
      }
    } catch (e) {
      if (isMissing(e)) return NO_FILE_REVISION;
      throw e;
    }
  }
}
