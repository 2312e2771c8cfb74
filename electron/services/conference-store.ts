import { copyFile, mkdir, readFile, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import type {
  BinEntry,
  ConferenceList,
  OpenedConference,
  SaveReceipt,
  UnreadableFile,
} from '../../shared/api/contract';
import { fail, ok, type BackupInfo, type Result } from '../../shared/api/result';
import type { Capture } from '../../shared/model/audience';
import type { Conference } from '../../shared/model/conference';
import {
  createConference,
  summariseConference,
  type ConferenceSummary,
  type NewConferenceRequest,
} from '../../shared/model/factory';
import { migrateConference } from '../../shared/model/migrate';
import { EnvelopeError, open as openEnvelope, seal } from './encryption';
import { stampOnSave } from './stamp-on-save';
import { silentLogger, type Logger } from './logger';

/**
 * One encrypted lowdb file per conference:
 *
 *   <data>/conferences/<id>.cpconf            the live file (steno: temp file then rename, so a write is atomic)
 *   <data>/backups/<id>/<stamp>.cpconf        rolling copies of earlier good states
 *   <data>/quarantine/<id>__<stamp>__<why>.cpconf   files that could not be read, moved aside untouched
 *   <data>/bin/<id>__<stamp>.cpconf           deleted conferences, restorable
 *
 * Rules that protect the user's work: a file that cannot be read is moved aside, never overwritten; a file from a
 * newer app is left where it is and refused for writing; restoring a backup first backs up what it replaces.
 */

export type StoreOptions = {
  dataFolder: string;
  key: Buffer;
  logger?: Logger;
  now?: () => Date;
  /** A save copies the previous state to backups when the newest backup is older than this. */
  backupIntervalMs?: number;
  backupsKept?: number;
};

const EXT = '.cpconf';
const BOM = '\uFEFF';

class ReadError extends Error {
  constructor(
    readonly code: 'corrupt-file' | 'wrong-key' | 'newer-version',
    message: string,
  ) {
    super(message);
  }
}

type Decoded = { conference: Conference; hadBom: boolean; migratedFrom?: number };

function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function dateOfStamp(stamp: string): string {
  // 2026-11-22T10-42-05-123Z -> 2026-11-22T10:42:05.123Z
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z` : stamp;
}

function isMissing(e: unknown): boolean {
  return (e as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

export class ConferenceStore {
  readonly folders: { conferences: string; backups: string; quarantine: string; bin: string };
  private readonly key: Buffer;
  private readonly logger: Logger;
  private readonly now: () => Date;
  private readonly backupIntervalMs: number;
  private readonly backupsKept: number;
  private readonly databases = new Map<string, Low<Conference>>();
  /** Files read or created successfully by this process: safe to write over. */
  private readonly known = new Set<string>();
  /** Files from a newer app version: never written. */
  private readonly readOnly = new Set<string>();
  private readonly lastBackupAt = new Map<string, number>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly summaryCache = new Map<string, { mtimeMs: number; size: number; summary: ConferenceSummary }>();

  constructor(options: StoreOptions) {
    const root = options.dataFolder;
    this.folders = {
      conferences: join(root, 'conferences'),
      backups: join(root, 'backups'),
      quarantine: join(root, 'quarantine'),
      bin: join(root, 'bin'),
    };
    this.key = options.key;
    this.logger = options.logger ?? silentLogger;
    this.now = options.now ?? (() => new Date());
    this.backupIntervalMs = options.backupIntervalMs ?? 5 * 60_000;
    this.backupsKept = options.backupsKept ?? 20;
  }

  async init(): Promise<void> {
    for (const folder of Object.values(this.folders)) await mkdir(folder, { recursive: true });
  }

  pathOf(id: string): string {
    return join(this.folders.conferences, id + EXT);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Encoding

  private encode(conference: Conference): string {
    return seal(JSON.stringify(conference), this.key);
  }

  private decode(text: string): Decoded {
    const hadBom = text.startsWith(BOM);
    const body = hadBom ? text.slice(1) : text;
    if (body.trim() === '') throw new ReadError('corrupt-file', 'The conference file is empty.');
    let plain: string;
    try {
      plain = openEnvelope(body, this.key);
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

  private async readDecoded(path: string): Promise<Decoded> {
    return this.decode(await readFile(path, 'utf8'));
  }

  private database(id: string): Low<Conference> {
    let db = this.databases.get(id);
    if (!db) {
      const adapter = new DataFile<Conference>(this.pathOf(id), {
        parse: (text) => this.decode(text).conference,
        stringify: (data) => this.encode(data),
      });
      db = new Low<Conference>(adapter, null as unknown as Conference);
      this.databases.set(id, db);
    }
    return db;
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

  // -------------------------------------------------------------------------------------------------------------
  // Quarantine and backups

  private async quarantine(id: string, why: string): Promise<string> {
    const name = `${id}__${stampOf(this.now())}__${why}${EXT}`;
    const target = join(this.folders.quarantine, name);
    await rename(this.pathOf(id), target);
    this.databases.delete(id);
    this.known.delete(id);
    this.summaryCache.delete(id);
    this.logger.warn('conference file moved to quarantine', { id, why });
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
      .filter((n) => n.endsWith(EXT))
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

  private async backupCurrent(id: string, force = false): Promise<void> {
    const now = this.now().getTime();
    let last = this.lastBackupAt.get(id);
    if (last === undefined) {
      const newest = (await this.listBackups(id))[0];
      last = newest ? Date.parse(newest.savedAt) : Number.NEGATIVE_INFINITY;
      this.lastBackupAt.set(id, last);
    }
    if (!force && now - last < this.backupIntervalMs) return;
    const folder = join(this.folders.backups, id);
    await mkdir(folder, { recursive: true });
    try {
      await copyFile(this.pathOf(id), join(folder, stampOf(new Date(now)) + EXT));
    } catch (e) {
      if (isMissing(e)) return; // nothing saved yet, so nothing to back up
      throw e;
    }
    this.lastBackupAt.set(id, now);
    // Backups are older copies of a file that is still there; beyond the kept number the oldest are dropped.
    for (const old of (await this.listBackups(id)).slice(this.backupsKept)) {
      await unlink(join(folder, old.name)).catch(() => undefined);
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // The operations behind the bridge

  async list(): Promise<ConferenceList> {
    const conferences: ConferenceSummary[] = [];
    const unreadable: UnreadableFile[] = [];
    const names = (await readdir(this.folders.conferences)).filter((n) => n.endsWith(EXT));
    for (const name of names) {
      const id = name.slice(0, -EXT.length);
      const path = join(this.folders.conferences, name);
      try {
        const s = await stat(path);
        const cached = this.summaryCache.get(id);
        if (cached && cached.mtimeMs === s.mtimeMs && cached.size === s.size) {
          conferences.push(cached.summary);
          continue;
        }
        const summary = summariseConference((await this.readDecoded(path)).conference);
        this.summaryCache.set(id, { mtimeMs: s.mtimeMs, size: s.size, summary });
        conferences.push(summary);
      } catch (e) {
        if (isMissing(e)) continue;
        if (e instanceof ReadError) unreadable.push({ fileName: name, code: e.code, message: e.message });
        else throw e;
      }
    }
    conferences.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { conferences, unreadable };
  }

  async create(request: NewConferenceRequest): Promise<Conference> {
    const conference = createConference(request, this.now());
    await this.exclusive(conference.id, async () => {
      const db = this.database(conference.id);
      db.data = conference;
      await db.write();
      this.known.add(conference.id);
    });
    return conference;
  }

  async open(id: string): Promise<Result<OpenedConference>> {
    return this.exclusive(id, () => this.openNow(id));
  }

  private async openNow(id: string): Promise<Result<OpenedConference>> {
    const path = this.pathOf(id);
    let decoded: Decoded;
    try {
      decoded = await this.readDecoded(path);
    } catch (e) {
      if (isMissing(e)) return fail('not-found', 'That conference is no longer in the conference folder.');
      if (!(e instanceof ReadError)) throw e;
      if (e.code === 'newer-version') {
        this.readOnly.add(id);
        return fail('newer-version', e.message);
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
    const notices: string[] = [];
    if (decoded.hadBom) {
      // Something outside the app added a byte-order mark. Keep the original bytes, then read past the mark.
      const kept = join(this.folders.quarantine, `${id}__${stampOf(this.now())}__byte-order-mark${EXT}`);
      await copyFile(path, kept);
      notices.push(
        `The file had been changed outside the app (a byte-order mark was added). It opened normally; the ` +
          `original is kept at ${kept}.`,
      );
    }
    if (decoded.migratedFrom !== undefined) {
      await this.backupCurrent(id, true);
      notices.push(`The file was upgraded from format ${decoded.migratedFrom}; a copy of the original was kept.`);
    }
    this.readOnly.delete(id);
    this.known.add(id);
    this.database(id).data = decoded.conference;
    return ok({ conference: decoded.conference, notices });
  }

  async save(conference: Conference): Promise<Result<SaveReceipt>> {
    const id = conference.id;
    return this.exclusive(id, async () => {
      if (this.readOnly.has(id)) {
        return fail('read-only', 'This conference was saved by a newer version of the app and cannot be changed here.');
      }
      if (!this.known.has(id)) {
        // Never write over a file we have not read: if it is there and damaged, move it aside first.
        const opened = await this.openNow(id);
        if (!opened.ok && opened.code === 'newer-version') return opened;
      }
      await this.backupCurrent(id);
      const savedAt = this.now().toISOString();
      const db = this.database(id);
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
      db.data = { ...stampedConference, updatedAt: savedAt };
      try {
        await db.write();
      } catch (e) {
        this.logger.error('save failed', { id, error: (e as Error).message });
        return fail('storage-failed', `The conference could not be saved to disk: ${(e as Error).message}`);
      }
      this.known.add(id);
      return ok(Object.keys(stamped).length ? { savedAt, stamped } : { savedAt });
    });
  }

  async remove(id: string): Promise<Result<BinEntry>> {
    return this.exclusive(id, async () => {
      let summary: ConferenceSummary | null = null;
      try {
        summary = summariseConference((await this.readDecoded(this.pathOf(id))).conference);
      } catch (e) {
        if (isMissing(e)) return fail('not-found', 'That conference is no longer in the conference folder.');
        // An unreadable file can still be put in the bin; it keeps its bytes.
      }
      const deletedAt = this.now();
      const entry = `${id}__${stampOf(deletedAt)}${EXT}`;
      await rename(this.pathOf(id), join(this.folders.bin, entry));
      this.databases.delete(id);
      this.known.delete(id);
      this.summaryCache.delete(id);
      return ok({ entry, deletedAt: deletedAt.toISOString(), summary });
    });
  }

  async listBin(): Promise<BinEntry[]> {
    const entries: BinEntry[] = [];
    for (const name of (await readdir(this.folders.bin)).sort().reverse()) {
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
      await rename(source, this.pathOf(id));
      return ok(summariseConference(decoded.conference));
    });
  }

  async restoreBackup(id: string, backupName: string): Promise<Result<OpenedConference>> {
    return this.exclusive(id, async () => {
      const source = join(this.folders.backups, id, backupName);
      let decoded: Decoded;
      try {
        decoded = await this.readDecoded(source);
      } catch (e) {
        if (isMissing(e)) return fail('not-found', 'That backup is no longer there.');
        if (e instanceof ReadError) return fail(e.code, `That backup cannot be used: ${e.message}`);
        throw e;
      }
      // Whatever is there now is kept as a backup of its own before the restore replaces it.
      await this.backupCurrent(id, true);
      const db = this.database(id);
      db.data = decoded.conference;
      await db.write();
      this.known.add(id);
      this.readOnly.delete(id);
      return ok({
        conference: decoded.conference,
        notices: [`Restored the backup from ${dateOfStamp(backupName.slice(0, -EXT.length))}.`],
      });
    });
  }
}
