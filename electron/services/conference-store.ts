import { mkdir, readFile, readdir, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import type { BinEntry, ConferenceList, OpenedConference, SaveReceipt, UnreadableFile } from '@shared/api/contract';
import { fail, ok, type BackupInfo, type Failure, type Result } from '@shared/api/result';
import type { Capture } from '@shared/model/audience';
import { SCHEMA_VERSION, type Conference } from '@shared/model/conference';
import {
  createConference,
  summariseConference,
  type ConferenceSummary,
  type NewConferenceRequest,
} from '@shared/model/factory';
import { migrateConference } from '@shared/audience/migrate';
import {
  describeWriteFailure,
  DurableDataFile,
  isMissing,
  moveDurably,
  temporaryFileWriter,
  hashRevision,
  linkDurably,
  NO_FILE_REVISION,
  nodeDurableFs,
  writeDurably,
  type DurableFs,
  type FileCodec,
} from './durable-file';
import { isProcessAlive } from './data-lock';
import { EnvelopeError, open as openEnvelope, sealToBytes, UTF8_BOM } from './encryption';
import { jsonParts } from './json-parts';
import { stampOnSave } from './stamp-on-save';
import { silentLogger, type Logger } from './logger';

/**
 * One encrypted lowdb file per conference:
 *
 *   <data>/conferences/<id>.cpconf            the live file, read and written through lowdb with one adapter that
 *                                             decrypts, migrates and validates, and encrypts and writes durably
 *                                             (durable-file.ts: unique temp file, fsync, rename, fsync the folder)
 *   <data>/backups/<id>/<stamp>.cpconf        rolling copies of earlier good states (the oldest are pruned)
 *   <data>/quarantine/<id>__<stamp>__<why>.cpconf   files that could not be read or used here, kept untouched;
 *                                             nothing ever prunes this folder
 *   <data>/bin/<id>__<stamp>.cpconf           deleted conferences, restorable
 *
 * Rules that protect the user's work: a damaged file is moved aside, never overwritten; a file written with another
 * key is left where it is (it is not damaged: it opens under the account that saved it); a file from a newer app is
 * left where it is and refused for writing; restoring a backup first keeps what it replaces; every save names the
 * revision it was based on and a stale one is refused; a process that does not hold the data folder writes nothing.
 */

export type StoreOptions = {
  dataFolder: string;
  key: Buffer;
  logger?: Logger;
  now?: () => Date;
  /** A save copies the previous state to backups when the newest backup is older than this. */
  backupIntervalMs?: number;
  backupsKept?: number;
  /** The file-system calls of the durable writer; tests record them or make them fail. */
  fs?: DurableFs;
  /**
   * Set when another process holds the data folder (data-lock.ts): every write is refused with this sentence, which
   * says who holds it and what to do.
   */
  readOnly?: string;
};

const EXT = '.cpconf';

class ReadError extends Error {
  constructor(
    readonly code: 'corrupt-file' | 'wrong-key' | 'newer-version',
    message: string,
  ) {
    super(message);
  }
}

/**
 * A write the store refused or could not make, from a method that returns a value rather than a Result (create):
 * `failure` is the Result the bridge should pass on ('read-only', 'storage-failed').
 */
export class StoreRefusal extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
    this.name = 'StoreRefusal';
  }
}

type ReadDetails = { hadBom: boolean; migratedFrom?: number };
type Decoded = { conference: Conference } & ReadDetails;

/**
 * The revision of a conference file is a hash of its first line, the envelope header. That line holds the random IV
 * and the AES-GCM tag, which authenticates the whole ciphertext: every write gives a new one, and the body cannot
 * change without it (or the file no longer decrypts). So a save learns the file's current revision by reading about
 * a hundred bytes, not the whole 3 MB file, and never hashes the body. Bytes, not characters, so that a prefix read
 * and a whole read agree.
 */
const HEADER_LIMIT = 512;
function conferenceRevision(bytes: Buffer): string {
  const head = bytes.subarray(0, HEADER_LIMIT);
  const newline = head.indexOf(0x0a);
  return hashRevision(newline === -1 ? head : head.subarray(0, newline));
}

/** Nothing but spaces and line ends: an empty file, whatever an editor left in it. */
function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return false;
  return true;
}

const STALE_SAVE =
  'Not saved: another window or copy of the app saved this conference after this window opened it, so nothing ' +
  'was written over it. Copy anything you need from this screen, then reopen the conference to see the newer version.';
const GONE_SAVE =
  'Not saved: another window or copy of the app deleted or moved this conference after this window opened it. ' +
  'Copy anything you need from this screen, then look for it in the bin or the conference list.';

function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function dateOfStamp(stamp: string): string {
  // 2026-11-22T10-42-05-123Z -> 2026-11-22T10:42:05.123Z
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z` : stamp;
}

/**
 * The summary index (<data>/conference-index.cpidx): what the conference list shows of each file, so that opening
 * the list does not decrypt every conference (500 conferences took seconds). Encrypted like a conference and written
 * durably. An entry is used only while its file has the same name, size, modification time and inode as when it was
 * summarised; any other file is read again. A missing, damaged or older index is rebuilt from the files.
 * Change INDEX_FORMAT whenever summariseConference changes what it gives, so that an older index is not used.
 */
const INDEX_NAME = 'conference-index.cpidx';
const INDEX_FORMAT = 1;
type FileStamp = { mtimeMs: number; size: number; ino: number };
type IndexedSummary = FileStamp & { summary: ConferenceSummary };

function sameFile(a: FileStamp, b: FileStamp): boolean {
  return a.mtimeMs === b.mtimeMs && a.size === b.size && a.ino === b.ino;
}

function isIndexedSummary(value: unknown): value is IndexedSummary {
  const v = value as Partial<IndexedSummary> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.mtimeMs === 'number' &&
    typeof v.size === 'number' &&
    typeof v.ino === 'number' &&
    typeof v.summary === 'object' &&
    v.summary !== null &&
    typeof v.summary.id === 'string' &&
    typeof v.summary.updatedAt === 'string' &&
    Array.isArray(v.summary.childrenNames)
  );
}

export class ConferenceStore {
  readonly folders: { conferences: string; backups: string; quarantine: string; bin: string };
  /** The conference list's summary index (see INDEX_NAME). */
  readonly indexFile: string;
  private readonly key: Buffer;
  private readonly logger: Logger;
  private readonly now: () => Date;
  private readonly backupIntervalMs: number;
  private readonly backupsKept: number;
  private readonly fs: DurableFs;
  /** Set from the start (another copy held the folder), or later if another copy takes the folder (becomeReadOnly). */
  private readOnlyReason: string | undefined;
  private readonly codec: FileCodec<Conference, ReadDetails>;
  private readonly databases = new Map<string, Low<Conference>>();
  /** Files read or created successfully by this process: safe to write over. */
  private readonly known = new Set<string>();
  /** Files from a newer app version: never written. */
  private readonly newerVersion = new Set<string>();
  /**
   * The revision of each file whose original this process has kept aside on opening (a file with a byte-order mark,
   * or in an older format), and what the chair was told: read again unchanged, it is not kept again.
   */
  private readonly originalsKept = new Map<string, { revision: string; notices: string[] }>();
  /** Per conference: a save that replaced the file from revision `from` to `to` but failed after (see save). */
  private readonly unconfirmedWrites = new Map<string, { from: string; to: string }>();
  private readonly lastBackupAt = new Map<string, number>();
  private readonly queues = new Map<string, Promise<unknown>>();
  /** The conference list's summaries by conference id, from the index file and from files read or saved here. */
  private readonly summaryCache = new Map<string, IndexedSummary>();
  /** Whether the index file has been read into `summaryCache` yet (once per process, at the first list). */
  private indexLoaded = false;
  /** Whether `summaryCache` holds something the index file does not: the next list writes it. */
  private indexChanged = false;

  constructor(options: StoreOptions) {
    const root = options.dataFolder;
    this.folders = {
      conferences: join(root, 'conferences'),
      backups: join(root, 'backups'),
      quarantine: join(root, 'quarantine'),
      bin: join(root, 'bin'),
    };
    this.indexFile = join(root, INDEX_NAME);
    this.key = options.key;
    this.logger = options.logger ?? silentLogger;
    this.now = options.now ?? (() => new Date());
    this.backupIntervalMs = options.backupIntervalMs ?? 5 * 60_000;
    this.backupsKept = options.backupsKept ?? 20;
    this.fs = options.fs ?? nodeDurableFs;
    this.readOnlyReason = options.readOnly;
    this.codec = {
      decode: (bytes) => {
        const { conference, ...details } = this.decode(bytes);
        return { data: conference, details };
      },
      encode: (conference) => sealToBytes(jsonParts(conference), this.key),
      revisionOf: conferenceRevision,
      revisionPrefixBytes: HEADER_LIMIT,
    };
  }

  /** Whether this process may only read (another holds the data folder), and why. */
  get readOnly(): string | undefined {
    return this.readOnlyReason;
  }

  /** Another copy has taken the data folder (this one was asleep too long on a synced folder): write nothing more. */
  becomeReadOnly(reason: string): void {
    this.readOnlyReason = reason;
  }

  async init(): Promise<void> {
    // A read-only process makes nothing, not even folders: the copy that holds the data folder does that.
    if (this.readOnlyReason !== undefined) return;
    for (const folder of Object.values(this.folders)) await mkdir(folder, { recursive: true });
    await this.removeLeftoverTemporaryFiles();
  }

  /**
   * A process killed between writing a temporary file and renaming it leaves the temporary file behind (the live
   * file is whole: a save is acknowledged only after the rename). Such files are removed when the process named in
   * them has gone; one whose writer is still running (a save in flight, here or in a tool on the same folder) is left.
   */
  private async removeLeftoverTemporaryFiles(): Promise<void> {
    // The data folder itself too: the index (and settings) are written there.
    const folders = [dirname(this.indexFile), this.folders.conferences, this.folders.quarantine, this.folders.bin];
    for (const id of await readdir(this.folders.backups).catch(() => [] as string[]))
      folders.push(join(this.folders.backups, id));
    let removed = 0;
    for (const folder of folders) {
      for (const name of await readdir(folder).catch(() => [] as string[])) {
        const writer = temporaryFileWriter(name);
        if (writer === null || writer === process.pid || isProcessAlive(writer)) continue;
        await unlink(join(folder, name)).catch(() => undefined);
        removed++;
      }
    }
    if (removed > 0) this.logger.info('removed temporary files left by an interrupted save', { removed });
  }

  pathOf(id: string): string {
    return join(this.folders.conferences, id + EXT);
  }

  private refuseWrite(): Failure | null {
    return this.readOnlyReason === undefined ? null : fail('read-only', this.readOnlyReason);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Encoding

  private decode(bytes: Buffer): Decoded {
    const hadBom = bytes.subarray(0, UTF8_BOM.length).equals(UTF8_BOM);
    if (isBlank(bytes.subarray(hadBom ? UTF8_BOM.length : 0)))
      throw new ReadError('corrupt-file', 'The conference file is empty.');
    let plain: string;
    try {
      plain = openEnvelope(bytes, this.key);
    } catch (e) {
      if (e instanceof EnvelopeError)
        throw new ReadError(e.code === 'wrong-key' ? 'wrong-key' : 'corrupt-file', e.message);
      throw e;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(plain);
    } catch {
      throw new ReadError('corrupt-file', 'The conference file is damaged: its content is not valid JSON.');
    }
    const migrated = migrateConference(raw);
    if (!migrated.ok)
      throw new ReadError(migrated.code === 'newer-version' ? 'newer-version' : 'corrupt-file', migrated.message);
    return migrated.migratedFrom === undefined
      ? { conference: migrated.conference, hadBom }
      : { conference: migrated.conference, hadBom, migratedFrom: migrated.migratedFrom };
  }

  /** Reads a file that is not the live one (a backup, a bin entry): read only, never through lowdb's writer. */
  private async readDecoded(path: string): Promise<Decoded> {
    return this.decode(await readFile(path));
  }

  private database(id: string): Low<Conference> {
    let db = this.databases.get(id);
    if (!db) {
      const adapter = new DurableDataFile<Conference, ReadDetails>(this.pathOf(id), this.codec, this.fs);
      db = new Low<Conference>(adapter, null as unknown as Conference);
      this.databases.set(id, db);
    }
    return db;
  }

  private adapterOf(db: Low<Conference>): DurableDataFile<Conference, ReadDetails> {
    return db.adapter as DurableDataFile<Conference, ReadDetails>;
  }

  /** Serialises operations on one conference so a backup copy never races a write. */
  private exclusive<T>(id: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.then(work, work);
    this.queues.set(
      id,
      next.catch(() => undefined),
    );
    return next;
  }

  /** Resolves once every save, backup or move already asked of the store has finished (closing waits for it). */
  async settled(): Promise<void> {
    // A save may queue behind another while this waits, so wait until a pass finds nothing new.
    for (;;) {
      const pending = [...this.queues.values()];
      await Promise.all(pending);
      if ([...this.queues.values()].every((p, i) => p === pending[i]) && this.queues.size === pending.length) return;
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Quarantine and backups

  /** Where a file this app cannot use is kept: named by conference, time and why, never pruned. */
  private quarantinePath(id: string, why: string): string {
    return join(this.folders.quarantine, `${id}__${stampOf(this.now())}__${why}${EXT}`);
  }

  private async quarantine(id: string, why: string): Promise<string> {
    const target = this.quarantinePath(id, why);
    await moveDurably(this.pathOf(id), target, this.fs);
    this.databases.delete(id);
    this.known.delete(id);
    this.forgetSummary(id);
    this.logger.warn('conference file moved to quarantine', { id, why });
    return target;
  }

  /** A durable copy of the bytes of a file that this app cannot use, where pruning never reaches. */
  private async keepInQuarantine(id: string, why: string, bytes: Buffer): Promise<string> {
    const target = this.quarantinePath(id, why);
    await mkdir(this.folders.quarantine, { recursive: true });
    await writeDurably(target, bytes, { fs: this.fs });
    this.logger.warn('conference file kept in quarantine', { id, why });
    return target;
  }

  async listBackups(id: string): Promise<BackupInfo[]> {
    const folder = join(this.folders.backups, id);
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (e) {
      if (isMissing(e)) return [];
      throw e;
    }
    const infos: BackupInfo[] = [];
    for (const name of names
      .filter((n) => n.endsWith(EXT) && !n.startsWith('.'))
      .sort()
      .reverse()) {
      const s = await stat(join(folder, name));
      infos.push({ name, savedAt: dateOfStamp(name.slice(0, -EXT.length)), sizeBytes: s.size });
    }
    return infos;
  }

  /** Backups that decrypt and validate, newest first: what we offer after a file is found damaged. */
  private async goodBackups(id: string): Promise<BackupInfo[]> {
    const good: BackupInfo[] = [];
    for (const info of await this.listBackups(id)) {
      try {
        await this.readDecoded(join(this.folders.backups, id, info.name));
        good.push(info);
      } catch {
        // A damaged backup is not offered; it stays on disk untouched.
      }
    }
    return good;
  }

  /** The names of a conference's backups, newest first (the names are their times): no file is opened. */
  private async backupNames(id: string): Promise<string[]> {
    try {
      const names = await readdir(join(this.folders.backups, id));
      return names
        .filter((n) => n.endsWith(EXT) && !n.startsWith('.'))
        .sort()
        .reverse();
    } catch (e) {
      if (isMissing(e)) return [];
      throw e;
    }
  }

  /**
   * Keeps the live file in backups (durably) when the newest backup is old enough, then prunes the oldest. A save
   * gives the live file its backup name with a hard link (linkDurably): it is about to be replaced by a new file,
   * never written into, so the backup keeps its bytes exactly, at no cost of reading and writing them. Where links
   * are not possible, and for `current` bytes already read (a restore), the bytes are written as a new file.
   */
  private async backupCurrent(id: string, force = false, current?: Buffer): Promise<void> {
    const now = this.now().getTime();
    let last = this.lastBackupAt.get(id);
    if (last === undefined) {
      const newest = (await this.backupNames(id))[0];
      last = newest ? Date.parse(dateOfStamp(newest.slice(0, -EXT.length))) : Number.NEGATIVE_INFINITY;
      this.lastBackupAt.set(id, last);
    }
    if (!force && now - last < this.backupIntervalMs) return;
    const folder = join(this.folders.backups, id);
    const target = join(folder, stampOf(new Date(now)) + EXT);
    await mkdir(folder, { recursive: true });
    let linked = false;
    if (current === undefined) {
      try {
        linked = await linkDurably(this.pathOf(id), target, { fs: this.fs });
      } catch (e) {
        if (isMissing(e)) return; // nothing saved yet, so nothing to back up
        // A backup of this very moment is there already (a clock that did not move): it is replaced, as a copy would.
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
    if (!linked) {
      let bytes = current;
      if (bytes === undefined) {
        try {
          bytes = await readFile(this.pathOf(id));
        } catch (e) {
          if (isMissing(e)) return;
          throw e;
        }
      }
      await writeDurably(target, bytes, { fs: this.fs });
    }
    this.lastBackupAt.set(id, now);
    // Backups are older copies of a file that is still there; beyond the kept number the oldest are dropped. Only
    // readable copies of this app's own files come here: anything else is kept in quarantine, which is never pruned.
    for (const old of (await this.backupNames(id)).slice(this.backupsKept)) {
      await unlink(join(folder, old)).catch(() => undefined);
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // The operations behind the bridge

  async list(): Promise<ConferenceList> {
    const conferences: ConferenceSummary[] = [];
    const unreadable: UnreadableFile[] = [];
    let names: string[];
    try {
      names = (await readdir(this.folders.conferences)).filter((n) => n.endsWith(EXT) && !n.startsWith('.'));
    } catch (e) {
      // A read-only process does not make the folders; before the first conference there is nothing to list.
      if (isMissing(e)) return { conferences, unreadable };
      throw e;
    }
    if (!this.indexLoaded) await this.loadIndex();
    const listed = new Set<string>();
    for (const name of names) {
      const id = name.slice(0, -EXT.length);
      const path = join(this.folders.conferences, name);
      try {
        const s = await stat(path);
        const file = { mtimeMs: s.mtimeMs, size: s.size, ino: s.ino };
        const cached = this.summaryCache.get(id);
        if (cached && sameFile(cached, file)) {
          conferences.push(cached.summary);
          listed.add(id);
          continue;
        }
        const summary = summariseConference((await this.readDecoded(path)).conference);
        this.summaryCache.set(id, { ...file, summary });
        this.indexChanged = true;
        conferences.push(summary);
        listed.add(id);
      } catch (e) {
        if (isMissing(e)) continue;
        if (e instanceof ReadError) unreadable.push({ fileName: name, code: e.code, message: e.message });
        else throw e;
      }
    }
    // Files gone since (deleted, moved by another copy of the app, unreadable now) leave the index.
    for (const id of this.summaryCache.keys()) {
      if (!listed.has(id)) this.forgetSummary(id);
    }
    if (this.indexChanged) await this.writeIndex();
    conferences.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { conferences, unreadable };
  }

  private forgetSummary(id: string): void {
    if (this.summaryCache.delete(id)) this.indexChanged = true;
  }

  /** Reads the index into `summaryCache`; an index that cannot be used is ignored (the list rebuilds it). */
  private async loadIndex(): Promise<void> {
    this.indexLoaded = true;
    let raw: unknown;
    try {
      raw = JSON.parse(openEnvelope(await readFile(this.indexFile), this.key));
    } catch (e) {
      if (!isMissing(e)) {
        this.indexChanged = true;
        this.logger.warn('conference list index could not be read; rebuilding it from the files', {});
      }
      return;
    }
    const index = raw as { format?: unknown; schemaVersion?: unknown; entries?: unknown } | null;
    if (index?.format !== INDEX_FORMAT || index.schemaVersion !== SCHEMA_VERSION || typeof index.entries !== 'object') {
      this.indexChanged = true;
      return;
    }
    for (const [id, entry] of Object.entries(index.entries ?? {})) {
      // An entry another save of this process made since is newer than the file's.
      if (isIndexedSummary(entry) && !this.summaryCache.has(id)) this.summaryCache.set(id, entry);
      else this.indexChanged = true;
    }
  }

  /**
   * Writes the index durably. A process that only reads writes nothing; a failure to write is logged and the list
   * is still answered (the index is only a shortcut: the next list tries again).
   */
  private async writeIndex(): Promise<void> {
    if (this.readOnlyReason !== undefined) return;
    this.indexChanged = false;
    const index = {
      format: INDEX_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      entries: Object.fromEntries(this.summaryCache),
    };
    try {
      await writeDurably(this.indexFile, sealToBytes(JSON.stringify(index), this.key), { fs: this.fs });
    } catch (e) {
      this.indexChanged = true;
      this.logger.warn('conference list index not written', { error: (e as Error).message });
    }
  }

  /** After a save: the summary of what was written, for the list (one stat; the index file is written by the list). */
  private async noteSaved(id: string, conference: Conference): Promise<void> {
    try {
      const s = await stat(this.pathOf(id));
      this.summaryCache.set(id, {
        mtimeMs: s.mtimeMs,
        size: s.size,
        ino: s.ino,
        summary: summariseConference(conference),
      });
      this.indexChanged = true;
    } catch {
      // The list reads the file itself.
      this.forgetSummary(id);
    }
  }

  /**
   * Creates a conference and its file. Throws a StoreRefusal ('read-only', 'storage-failed') when the file cannot be
   * written; its `failure` is the Result to pass on.
   */
  async create(request: NewConferenceRequest): Promise<OpenedConference> {
    const refused = this.refuseWrite();
    if (refused) throw new StoreRefusal(refused);
    const conference = createConference(request, this.now());
    return this.exclusive(conference.id, async () => {
      const db = this.database(conference.id);
      db.data = conference;
      try {
        await db.write();
      } catch (e) {
        this.databases.delete(conference.id);
        this.logger.error('create failed', { id: conference.id, error: (e as Error).message });
        throw new StoreRefusal(fail('storage-failed', describeWriteFailure(e, 'the new conference')));
      }
      this.known.add(conference.id);
      return { conference, notices: [], revision: this.adapterOf(db).revision ?? NO_FILE_REVISION };
    });
  }

  async open(id: string): Promise<Result<OpenedConference>> {
    return this.exclusive(id, () => this.openNow(id));
  }

  private async openNow(id: string): Promise<Result<OpenedConference>> {
    const path = this.pathOf(id);
    const db = this.database(id);
    const adapter = this.adapterOf(db);
    db.data = null as unknown as Conference;
    try {
      await db.read();
    } catch (e) {
      if (!(e instanceof ReadError)) throw e;
      if (e.code === 'newer-version') {
        this.newerVersion.add(id);
        return fail('newer-version', e.message);
      }
      if (e.code === 'wrong-key') {
        // Not damage: the file opens under the key it was written with. It stays exactly where it is.
        this.known.delete(id);
        this.logger.warn('conference file written with another key, left in place', { id });
        return fail(
          'wrong-key',
          `${e.message} It has been left where it is, and opens again on the computer and user account that saved ` +
            `it.`,
        );
      }
      if (this.readOnlyReason !== undefined) {
        return fail(e.code, `${e.message} This copy of the app can only read, so the file was left where it is.`);
      }
      const quarantinedAs = await this.quarantine(id, e.code);
      const backups = await this.goodBackups(id);
      const offer = backups.length
        ? ` The newest good backup is from ${backups[0]!.savedAt}; you can restore it.`
        : ' There is no earlier backup of it.';
      return fail(e.code, `${e.message} The file has been moved aside, unchanged, to ${quarantinedAs}.${offer}`, {
        quarantinedAs,
        backups,
      });
    }
    if (adapter.revision === NO_FILE_REVISION || db.data === null) {
      return fail('not-found', 'That conference is no longer in the conference folder.');
    }
    const conference = db.data;
    const details = adapter.details ?? { hadBom: false };
    const revision = adapter.revision ?? NO_FILE_REVISION;
    // The export and its check read the conference as an open does, after every pause in the chair's changes: the
    // original of a file that needs one is kept once, not at every read (a copy in quarantine, which is never pruned,
    // or a backup that would push older ones out).
    const kept = this.originalsKept.get(id);
    if (kept?.revision === revision) {
      this.newerVersion.delete(id);
      this.known.add(id);
      return ok({ conference, notices: kept.notices, revision });
    }
    const notices: string[] = [];
    if (details.hadBom && this.readOnlyReason === undefined) {
      // Something outside the app added a byte-order mark. Keep the original bytes, then read past the mark.
      const kept = await this.keepInQuarantine(id, 'byte-order-mark', await readFile(path));
      notices.push(
        `The file had been changed outside the app (a byte-order mark was added). It opened normally; the ` +
          `original is kept at ${kept}.`,
      );
    }
    if (details.migratedFrom !== undefined && this.readOnlyReason === undefined) {
      await this.backupCurrent(id, true);
      notices.push(`The file was upgraded from format ${details.migratedFrom}; a copy of the original was kept.`);
    }
    if (notices.length) this.originalsKept.set(id, { revision, notices });
    this.newerVersion.delete(id);
    this.known.add(id);
    return ok({ conference, notices, revision });
  }

  /**
   * Saves the chair's copy, based on the revision it was opened (or last saved) at. A save based on anything but
   * the file's current revision is refused ('stale-save'): another window or process has written since, and its
   * work must not be overwritten. A conference not yet on disk is saved based on NO_FILE_REVISION.
   */
  async save(conference: Conference, basedOn: string): Promise<Result<SaveReceipt>> {
    const id = conference.id;
    return this.exclusive(id, async () => {
      const refused = this.refuseWrite();
      if (refused) return refused;
      if (this.newerVersion.has(id)) {
        return fail('read-only', 'This conference was saved by a newer version of the app and cannot be changed here.');
      }
      let movedAside = false;
      if (!this.known.has(id)) {
        // Never write over a file we have not read: if it is there and damaged, move it aside first.
        const opened = await this.openNow(id);
        if (!opened.ok && (opened.code === 'newer-version' || opened.code === 'wrong-key')) return opened;
        // The damaged file is kept in quarantine; the chair's copy is the best there is, so it is saved.
        movedAside = !opened.ok && opened.code === 'corrupt-file';
      }
      const db = this.database(id);
      const adapter = this.adapterOf(db);
      const onDisk = await adapter.revisionOnDisk();
      // A save of ours that replaced the file but failed after (the folder flush) is this window's own write, so the
      // retry, still based on the revision before it, is not stale.
      const unconfirmed = this.unconfirmedWrites.get(id);
      const ownWrite = unconfirmed?.from === basedOn && unconfirmed.to === onDisk;
      if (!movedAside && onDisk !== basedOn && !ownWrite) {
        this.logger.warn('stale save refused', { id });
        return fail('stale-save', onDisk === NO_FILE_REVISION ? GONE_SAVE : STALE_SAVE);
      }
      const savedAt = this.now().toISOString();
      // Texts that reached main without a time are stamped now (see stamp-on-save.ts); the copy last saved is what
      // keeps main's earlier stamps steady. It is null for a conference this process has not read or written.
      const lastSaved = db.data as Conference | null;
      // Stamping is a safety net: should it ever fail, the chair's words are saved as they came, never refused.
      let stampedConference = conference;
      let stamped: Record<string, Capture> = {};
      try {
        ({ conference: stampedConference, stamped } = stampOnSave(conference, lastSaved, savedAt));
      } catch (e) {
        this.logger.warn('texts saved without main’s time stamps', { id, why: (e as Error).message });
      }
      try {
        // The backup's file-system calls (a link and two flushes) run while the new file is encoded and written;
        // the new file replaces the old only once the backup is on disk, as when they ran one after the other.
        const backup = this.backupCurrent(id);
        backup.catch(() => undefined); // its failure is the write's: awaited there, before anything is replaced
        db.data = { ...stampedConference, updatedAt: savedAt };
        await this.adapterOf(db).write(db.data, { beforeReplace: backup });
      } catch (e) {
        const replaced = adapter.revision !== null && adapter.revision !== onDisk;
        if (replaced) {
          // The new file is in place but the save could not be confirmed: it is what the file holds now.
          this.unconfirmedWrites.set(id, { from: basedOn, to: adapter.revision! });
        } else {
          // What was saved last is still on disk (the writer never touches it on failure): keep it as the copy to
          // stamp against, so the next save starts from what the file really holds.
          db.data = lastSaved as Conference;
        }
        this.logger.error('save failed', { id, error: (e as NodeJS.ErrnoException).code ?? 'unknown' });
        return fail('storage-failed', describeWriteFailure(e, 'the conference'));
      }
      this.unconfirmedWrites.delete(id);
      this.known.add(id);
      await this.noteSaved(id, db.data);
      const revision = adapter.revision ?? NO_FILE_REVISION;
      return ok(Object.keys(stamped).length ? { savedAt, revision, stamped } : { savedAt, revision });
    });
  }

  async remove(id: string): Promise<Result<BinEntry>> {
    return this.exclusive(id, async () => {
      const refused = this.refuseWrite();
      if (refused) return refused;
      let summary: ConferenceSummary | null = null;
      try {
        summary = summariseConference((await this.readDecoded(this.pathOf(id))).conference);
      } catch (e) {
        if (isMissing(e)) return fail('not-found', 'That conference is no longer in the conference folder.');
        // An unreadable file can still be put in the bin; it keeps its bytes.
      }
      const deletedAt = this.now();
      const entry = `${id}__${stampOf(deletedAt)}${EXT}`;
      await moveDurably(this.pathOf(id), join(this.folders.bin, entry), this.fs);
      this.databases.delete(id);
      this.known.delete(id);
      this.forgetSummary(id);
      return ok({ entry, deletedAt: deletedAt.toISOString(), summary });
    });
  }

  async listBin(): Promise<BinEntry[]> {
    const entries: BinEntry[] = [];
    let names: string[];
    try {
      names = await readdir(this.folders.bin);
    } catch (e) {
      if (isMissing(e)) return entries;
      throw e;
    }
    for (const name of names.sort().reverse()) {
      const m = /^([A-Za-z0-9_-]+)__([0-9TZ-]+)\.cpconf$/.exec(name);
      if (!m) continue;
      let summary: ConferenceSummary | null = null;
      try {
        summary = summariseConference((await this.readDecoded(join(this.folders.bin, name))).conference);
      } catch {
        summary = null;
      }
      entries.push({ entry: name, deletedAt: dateOfStamp(m[2]!), summary });
    }
    return entries;
  }

  async restoreFromBin(entry: string): Promise<Result<ConferenceSummary>> {
    const m = /^([A-Za-z0-9_-]+)__([0-9TZ-]+)\.cpconf$/.exec(entry);
    if (!m) return fail('invalid-request', 'Choose one of the listed entries.', { field: 'entry' });
    const id = m[1]!;
    return this.exclusive(id, async () => {
      const refused = this.refuseWrite();
      if (refused) return refused;
      const source = join(this.folders.bin, entry);
      let decoded: Decoded;
      try {
        decoded = await this.readDecoded(source);
      } catch (e) {
        if (isMissing(e)) return fail('not-found', 'That entry is no longer in the bin.');
        if (e instanceof ReadError) return fail(e.code, `That entry cannot be restored: ${e.message}`);
        throw e;
      }
      try {
        await stat(this.pathOf(id));
        return fail(
          'invalid-request',
          'A conference with the same record is already in the list. Delete or rename that one first.',
        );
      } catch (e) {
        if (!isMissing(e)) throw e;
      }
      await moveDurably(source, this.pathOf(id), this.fs);
      return ok(summariseConference(decoded.conference));
    });
  }

  async restoreBackup(id: string, backupName: string): Promise<Result<OpenedConference>> {
    return this.exclusive(id, async () => {
      const refused = this.refuseWrite();
      if (refused) return refused;
      const source = join(this.folders.backups, id, backupName);
      let decoded: Decoded;
      try {
        decoded = await this.readDecoded(source);
      } catch (e) {
        if (isMissing(e)) return fail('not-found', 'That backup is no longer there.');
        if (e instanceof ReadError) return fail(e.code, `That backup cannot be used: ${e.message}`);
        throw e;
      }
      const notices = [`Restored the backup from ${dateOfStamp(backupName.slice(0, -EXT.length))}.`];
      const db = this.database(id);
      const previous = db.data as Conference | null;
      try {
        // Whatever is there now is kept before the restore replaces it. A file this app can read becomes a backup of
        // its own; one it cannot (a newer version's, another key's, a damaged one) is kept in quarantine, which
        // backup pruning never touches, because no other copy of it may exist.
        let current: Buffer | null = null;
        try {
          current = await readFile(this.pathOf(id));
        } catch (e) {
          if (!isMissing(e)) throw e;
        }
        if (current) {
          let unusable: ReadError | null = null;
          try {
            this.decode(current);
          } catch (e) {
            if (!(e instanceof ReadError)) throw e;
            unusable = e;
          }
          if (unusable) {
            const kept = await this.keepInQuarantine(id, unusable.code, current);
            notices.push(
              unusable.code === 'newer-version'
                ? `The file it replaced had been saved by a newer version of the app. It is kept, unchanged, at ` +
                    `${kept}; backups are pruned, but that folder never is.`
                : `The file it replaced could not be read here (${unusable.code}). It is kept, unchanged, at ${kept}.`,
            );
          } else {
            await this.backupCurrent(id, true, current);
          }
        }
        db.data = decoded.conference;
        await db.write();
      } catch (e) {
        db.data = previous as Conference;
        this.logger.error('restore failed', { id, error: (e as Error).message });
        return fail('storage-failed', describeWriteFailure(e, 'the restored conference'));
      }
      this.known.add(id);
      this.newerVersion.delete(id);
      this.forgetSummary(id);
      return ok({
        conference: decoded.conference,
        notices,
        revision: this.adapterOf(db).revision ?? NO_FILE_REVISION,
      });
    });
  }
}
