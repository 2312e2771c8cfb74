import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { SaveReceipt } from '../../shared/api/contract';
import { fail, ok, type Result } from '../../shared/api/result';
import { DEFAULT_SETTINGS, OrganisationSettings } from '../../shared/model/settings';
import { describeIssues, summariseProblems } from '../../shared/model/validation';
import { silentLogger, type Logger } from './logger';

/**
 * The organisation's settings in `<data>/settings.json`. Plain JSON, not encrypted: names, phone numbers and
 * timescales an organisation publishes anyway. Written through lowdb (steno: temp file then rename), so a crash
 * during a save leaves the previous settings whole. A missing file means the defaults; a damaged one is reported with
 * the field at fault and never overwritten by a read.
 */
export class SettingsStore {
  readonly path: string;
  private readonly logger: Logger;
  private readonly now: () => Date;

  constructor(options: { dataFolder: string; logger?: Logger; now?: () => Date }) {
    this.path = join(options.dataFolder, 'settings.json');
    this.logger = options.logger ?? silentLogger;
    this.now = options.now ?? (() => new Date());
  }

  async get(): Promise<Result<OrganisationSettings>> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return ok(DEFAULT_SETTINGS);
      throw e;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      this.logger.warn('settings file is not valid JSON');
      return fail('corrupt-file', `The settings file ${this.path} is damaged: its content is not valid JSON.`);
    }
    const parsed = OrganisationSettings.safeParse(raw);
    if (!parsed.success) {
      const problems = describeIssues(parsed.error);
      return fail('corrupt-file', `The settings file is not valid: ${summariseProblems(problems)}`, {
        problems,
        ...(problems[0] ? { field: problems[0].field } : {}),
      });
    }
    return ok(parsed.data);
  }

  async save(settings: OrganisationSettings): Promise<Result<SaveReceipt>> {
    const parsed = OrganisationSettings.parse(settings);
    try {
      await mkdir(dirname(this.path), { recursive: true });
      const db = new Low<OrganisationSettings>(new JSONFile<OrganisationSettings>(this.path), DEFAULT_SETTINGS);
      db.data = parsed;
      await db.write();
    } catch (e) {
      this.logger.error('settings save failed', { error: (e as Error).message });
      return fail('storage-failed', `The settings could not be saved: ${(e as Error).message}`);
    }
    return ok({ savedAt: this.now().toISOString() });
  }
}
