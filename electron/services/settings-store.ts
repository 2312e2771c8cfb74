import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import type { SaveReceipt } from '@shared/api/contract';
import { fail, ok, type Failure, type Result } from '@shared/api/result';
import { DEFAULT_SETTINGS, OrganisationSettings } from '@shared/model/settings';
import { describeIssues, summariseProblems } from '@shared/model/validation';
import {
  describeWriteFailure,
  DurableDataFile,
  hashRevision,
  NO_FILE_REVISION,
  type DurableFs,
  type FileCodec,
} from './durable-file';
import { silentLogger, type Logger } from './logger';

/** A settings file that cannot be used: `failure` says why, with the field at fault. */
class SettingsReadError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

/**
 * The organisation's settings in `<data>/settings.json`. Plain JSON, not encrypted: names, phone numbers and
 * timescales an organisation publishes anyway. Read and written through lowdb with the plain-JSON variant of the
 * durable adapter (durable-file.ts: validated on read, written to a unique temp file, fsynced, renamed, folder
 * fsynced), so a crash or a power cut during a save leaves the previous settings whole. A missing file means the
 * defaults; a damaged one is reported with the field at fault and never overwritten by a read.
 */
export class SettingsStore {
  readonly path: string;
  private readonly logger: Logger;
  private readonly now: () => Date;
  private readOnly: string | undefined;
  private readonly adapter: DurableDataFile<OrganisationSettings>;
  private readonly db: Low<OrganisationSettings>;

  /** Another copy has taken the data folder: write nothing more. */
  becomeReadOnly(reason: string): void {
    this.readOnly = reason;
  }

  constructor(options: { dataFolder: string; logger?: Logger; now?: () => Date; fs?: DurableFs; readOnly?: string }) {
    this.path = join(options.dataFolder, 'settings.json');
    this.logger = options.logger ?? silentLogger;
    this.now = options.now ?? (() => new Date());
    this.readOnly = options.readOnly;
    const codec: FileCodec<OrganisationSettings> = {
      decode: (bytes) => ({ data: this.decode(bytes.toString('utf8')), details: undefined }),
      encode: (settings) => `${JSON.stringify(settings, null, 2)}\n`,
      // A few kilobytes: hashing the whole file costs nothing.
      revisionOf: hashRevision,
    };
    this.adapter = new DurableDataFile(this.path, codec, options.fs);
    this.db = new Low<OrganisationSettings>(this.adapter, DEFAULT_SETTINGS);
  }

  private decode(text: string): OrganisationSettings {
    let raw: unknown;
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      this.logger.warn('settings file is not valid JSON');
      throw new SettingsReadError(
        fail('corrupt-file', `The settings file ${this.path} is damaged: its content is not valid JSON.`),
      );
    }
    const parsed = OrganisationSettings.safeParse(raw);
    if (!parsed.success) {
      const problems = describeIssues(parsed.error);
      throw new SettingsReadError(
        fail('corrupt-file', `The settings file is not valid: ${summariseProblems(problems)}`, {
          problems,
          ...(problems[0] ? { field: problems[0].field } : {}),
        }),
      );
    }
    return parsed.data;
  }

  async get(): Promise<Result<OrganisationSettings>> {
    this.db.data = DEFAULT_SETTINGS;
    try {
      await this.db.read();
    } catch (e) {
      if (e instanceof SettingsReadError) return e.failure;
      throw e;
    }
    return ok(this.adapter.revision === NO_FILE_REVISION ? DEFAULT_SETTINGS : this.db.data);
  }

  async save(settings: OrganisationSettings): Promise<Result<SaveReceipt>> {
    if (this.readOnly !== undefined) return fail('read-only', this.readOnly);
    this.db.data = OrganisationSettings.parse(settings);
    try {
      await mkdir(dirname(this.path), { recursive: true });
      await this.db.write();
    } catch (e) {
      this.logger.error('settings save failed', { error: (e as Error).message });
      return fail('storage-failed', describeWriteFailure(e, 'the settings'));
    }
    return ok({ savedAt: this.now().toISOString(), revision: this.adapter.revision ?? NO_FILE_REVISION });
  }
}
