import { isAbsolute } from 'node:path';
import type { ZodType, z } from 'zod';
import { Channels, type ApiMethod } from '../../shared/api/channels';
import {
  requestSchemas,
  type AppStatus,
  type ConferenceApi,
  type ExportReceipt,
  type ExportRequest,
  type NewConferenceRequest,
} from '../../shared/api/contract';
import { fail, ok, type Result } from '../../shared/api/result';
import type { Conference } from '../../shared/model/conference';
import { DEFAULT_SETTINGS, type OrganisationSettings } from '../../shared/model/settings';
import { describeIssues, summariseProblems } from '../../shared/model/validation';
import type { PresenterView } from '../../shared/presenter/types';
import { buildHolidayTable } from '../../shared/procedure/bank-holidays';
import { dateHolidaysSource } from '../../shared/procedure/date-holidays-source';
import type { ConferenceStore } from './conference-store';
import { exportDocuments, LeakFoundError, MissingForFinalError } from './export';
import type { PresenterHub } from './presenter-hub';
import type { Logger } from './logger';
import type { SettingsStore } from './settings-store';

type Reply<K extends ApiMethod> = Awaited<ReturnType<ConferenceApi[K]>>;

/** The main-process side of every bridge method, transport-free: IPC and the browser host both call these. */
export type ServiceHandlers = { [K in ApiMethod]: (payload: unknown) => Promise<Reply<K>> };

export type HandlerDeps = {
  store: ConferenceStore;
  status: () => AppStatus;
  logger: Logger;
  presenter: PresenterHub;
  /** Electron opens a window; the browser run has no way to, so the page opens its own. */
  openPresenterWindow: () => Promise<boolean>;
  /** Where the organisation's settings are kept; without one (benchmarks) the defaults are used and not saved. */
  settings?: SettingsStore;
  /** The folder documents go to when the request names none. */
  exportFolder?: (conference: Conference) => string;
  /** Electron's folder dialog and file manager; absent in the browser run, where documents go to the app's folder. */
  folders?: { choose(): Promise<string | null>; open(folder: string): Promise<boolean> };
};

/** Parses a request against the contract; a failure names the field and says how to fix it. */
export function parseRequest<T>(method: ApiMethod, payload: unknown): Result<T> {
  const schema = requestSchemas[method] as ZodType | null;
  if (schema === null) return ok(undefined as T);
  const parsed = schema.safeParse(payload);
  if (parsed.success) return ok(parsed.data as T);
  const problems = describeIssues(parsed.error);
  return fail('invalid-request', summariseProblems(problems), {
    problems,
    ...(problems[0] ? { field: problems[0].field } : {}),
  });
}

export function createHandlers({
  store,
  status,
  logger,
  presenter,
  openPresenterWindow,
  settings,
  exportFolder,
  folders,
}: HandlerDeps): ServiceHandlers {
  /** Folders the user chose in a dialog, or that an export wrote: the only places the page may write or open. */
  const approvedFolders = new Set<string>();
  // Each handler validates, then calls the store; unexpected exceptions become an 'internal' result so the UI
  // always gets an answer it can show, and the app keeps running.
  const guard =
    <K extends ApiMethod, In>(method: K, run: (request: In) => Promise<Reply<K>>) =>
    async (payload: unknown): Promise<Reply<K>> => {
      const request = parseRequest<In>(method, payload);
      if (!request.ok) return request as Reply<K>;
      try {
        return await run(request.value);
      } catch (e) {
        logger.error('handler failed', { channel: Channels[method], error: (e as Error).message });
        return fail('internal', `Something went wrong in ${Channels[method]}: ${(e as Error).message}`) as Reply<K>;
      }
    };

  return {
    appStatus: guard('appStatus', async () => ok(status())),
    listConferences: guard('listConferences', async () => ok(await store.list())),
    createConference: guard('createConference', async (r: z.infer<typeof NewConferenceRequest>) =>
      ok(await store.create(r)),
    ),
    openConference: guard('openConference', (r: { id: string }) => {
      // The wall leaves the last family's screen before anything is read: whatever happens next (a slow read, a
      // file that cannot be opened), it shows nothing of the conference that was open before.
      presenter.openConference(r.id);
      return store.open(r.id);
    }),
    closeConference: guard('closeConference', async () => {
      const wasOpen = presenter.openConferenceId() !== null;
      presenter.closeConference();
      return ok({ closed: wasOpen });
    }),
    saveConference: guard('saveConference', (c: Parameters<ConferenceStore['save']>[0]) => store.save(c)),
    deleteConference: guard('deleteConference', (r: { id: string }) => {
      presenter.forgetConference(r.id);
      return store.remove(r.id);
    }),
    listBackups: guard('listBackups', async (r: { id: string }) => ok(await store.listBackups(r.id))),
    // A restored backup becomes the conference open in the chair's window, as an opened one does.
    restoreBackup: guard('restoreBackup', (r: { id: string; backup: string }) => {
      presenter.openConference(r.id);
      return store.restoreBackup(r.id, r.backup);
    }),
    listBin: guard('listBin', async () => ok(await store.listBin())),
    restoreFromBin: guard('restoreFromBin', (r: { entry: string }) => store.restoreFromBin(r.entry)),
    bankHolidayTable: guard('bankHolidayTable', async (span: { fromYear: number; toYear: number }) =>
      ok(buildHolidayTable(dateHolidaysSource, span.fromYear, span.toYear)),
    ),
    publishPresenterView: guard('publishPresenterView', async (view: PresenterView) => {
      const outcome = presenter.publish(view);
      if (!outcome.shown) {
        // Usually a late publish from the conference the chair has just left: harmless, and never shown.
        logger.info('presenter view refused', { reason: outcome.reason });
        return fail('invalid-request', `${outcome.reason} The shared screen was not changed.`, {
          field: 'conferenceId',
        });
      }
      return ok({ listeners: outcome.listeners });
    }),
    openPresenterWindow: guard('openPresenterWindow', async () => ok({ opened: await openPresenterWindow() })),
    getSettings: guard('getSettings', async () => (settings ? settings.get() : ok(DEFAULT_SETTINGS))),
    saveSettings: guard('saveSettings', async (s: OrganisationSettings) =>
      settings ? settings.save(s) : fail('storage-failed', 'Settings cannot be saved in this run of the app.'),
    ),
    exportDocuments: guard('exportDocuments', async (r: z.infer<typeof ExportRequest>) => {
      if (r.folder !== undefined && (!isAbsolute(r.folder) || !approvedFolders.has(r.folder))) {
        // The page may only write where the user chose in the dialog (or the app's own folder), nowhere else.
        return fail('invalid-request', 'Choose a folder to save the documents in.', { field: 'folder' });
      }
      const opened = await store.open(r.conferenceId);
      if (!opened.ok) return opened;
      const current = settings ? await settings.get() : ok(DEFAULT_SETTINGS);
      if (!current.ok) return current;
      const folder = r.folder ?? exportFolder?.(opened.value.conference);
      if (!folder) return fail('invalid-request', 'Choose a folder to save the documents in.', { field: 'folder' });
      let receipt: ExportReceipt;
      try {
        receipt = await exportDocuments(
          opened.value.conference,
          current.value,
          folder,
          r.draft === undefined ? {} : { draft: r.draft },
        );
      } catch (e) {
        if (e instanceof MissingForFinalError) {
          // Which settings or fields, by key: names of settings, never what anyone typed.
          logger.info('final export stopped: something families need is missing', {
            missing: e.missing.map((m) => m.key).join(','),
          });
          return fail('missing-for-final', e.message, { missing: e.missing });
        }
        if (!(e instanceof LeakFoundError)) throw e;
        // The log says how many, never which words: the log file is not a place for what the guard protects.
        logger.info('final export stopped by the leak guard', { leaks: e.leaks.length });
        return fail('leak-found', e.message, { leaks: e.leaks });
      }
      logger.info('documents exported', {
        files: receipt.files.length,
        stale: receipt.staleFiles.length,
        warnings: receipt.warnings.length,
        missingForFinal: receipt.missingForFinal.length,
      });
      approvedFolders.add(receipt.folder);
      return ok(receipt);
    }),
    chooseExportFolder: guard('chooseExportFolder', async () => {
      if (!folders) return ok({ folder: null, cancelled: false });
      const chosen = await folders.choose();
      if (chosen) approvedFolders.add(chosen);
      return ok({ folder: chosen, cancelled: chosen === null });
    }),
    openFolder: guard('openFolder', async (r: { folder: string }) => {
      if (!approvedFolders.has(r.folder))
        return fail('invalid-request', 'That folder was not written by this export.', { field: 'folder' });
      return ok({ opened: folders ? await folders.open(r.folder) : false });
    }),
  };
}
