import { isAbsolute } from 'node:path';
import type { ZodType } from 'zod';
import { apiMethods, Channels, type ApiMethod } from '../../shared/api/channels';
import {
  bridgeContract,
  type AppStatus,
  type ExportReceipt,
  type ParsedRequestOf,
  type ReplyOf,
} from '../../shared/api/contract';
import { fail, ok, type Result } from '../../shared/api/result';
import type { Conference } from '../../shared/model/conference';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { describeIssues, summariseProblems } from '../../shared/model/validation';
import type { PresenterView } from '../../shared/presenter/types';
import { buildHolidayTable } from '../../shared/procedure/bank-holidays';
import { dateHolidaysSource } from '../../shared/procedure/date-holidays-source';
import { StoreRefusal, type ConferenceStore } from './conference-store';
import { exportDocuments, LeakFoundError, MissingForFinalError } from './export';
import type { PresenterHub } from './presenter-hub';
import type { Logger } from './logger';
import type { SettingsStore } from './settings-store';

/**
 * What main implements, derived from the bridge table: each handler receives its request already parsed (defaults
 * filled in) and answers with a result. Changing what a handler takes without changing the table is a type error.
 */
export type ServiceHandlers = {
  [K in ApiMethod]: (typeof bridgeContract)[K]['request'] extends ZodType
    ? (request: ParsedRequestOf<K>) => Promise<Result<ReplyOf<K>>>
    : () => Promise<Result<ReplyOf<K>>>;
};

/**
 * What a transport calls (IPC and the browser host): the payload as it arrived, untrusted, parsed against the
 * table before the handler sees it.
 */
export type BridgeEndpoints = { [K in ApiMethod]: (payload: unknown) => Promise<Result<ReplyOf<K>>> };

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

/** Parses a request against the table; a failure names the field and says how to fix it. */
export function parseRequest<K extends ApiMethod>(method: K, payload: unknown): Result<ParsedRequestOf<K>> {
  const entry: { request: ZodType | null; fieldsWithin?: string } = bridgeContract[method];
  if (entry.request === null) return ok(undefined as ParsedRequestOf<K>);
  const parsed = entry.request.safeParse(payload);
  if (parsed.success) return ok(parsed.data as ParsedRequestOf<K>);
  const within = entry.fieldsWithin ? `${entry.fieldsWithin}.` : '';
  // The form knows the conference's own fields ("details.chair"), not the envelope the save travels in.
  const problems = describeIssues(parsed.error).map((p) =>
    within && p.field.startsWith(within) ? { ...p, field: p.field.slice(within.length) } : p,
  );
  return fail('invalid-request', summariseProblems(problems), {
    problems,
    ...(problems[0] ? { field: problems[0].field } : {}),
  });
}

/**
 * The generic dispatch: parse, then call the handler. An unexpected exception becomes an 'internal' result so the
 * UI always gets an answer it can show, and the app keeps running.
 */
export function endpointsFor(handlers: ServiceHandlers, logger: Logger): BridgeEndpoints {
  const endpoint =
    <K extends ApiMethod>(method: K) =>
    async (payload: unknown): Promise<Result<ReplyOf<K>>> => {
      const request = parseRequest(method, payload);
      if (!request.ok) return request;
      // The one place the table's per-method types meet a method chosen at run time.
      const handler = handlers[method] as (request: ParsedRequestOf<K>) => Promise<Result<ReplyOf<K>>>;
      try {
        return await handler(request.value);
      } catch (e) {
        // The store's own refusal (read-only, a full disk) from a method that returns a value, not a Result: its code
        // and sentence, so the page can say why.
        if (e instanceof StoreRefusal) return e.failure;
        logger.error('handler failed', { channel: Channels[method], error: (e as Error).message });
        // The page shows this to the chair: what happened to their work and what to do, not the exception, which
        // may name files and means nothing to them. The log has the channel.
        return fail(
          'internal',
          'Something unexpected went wrong in the app, so this was not done. Your work on screen is still here; try ' +
            'again, and if it keeps happening, send IT the log file (see "What is logged" in the guide).',
        );
      }
    };
  return Object.fromEntries(apiMethods.map((method) => [method, endpoint(method)])) as BridgeEndpoints;
}

/** The bridge's handlers behind the parse-then-call dispatch: what IPC and the browser host serve. */
export function createHandlers(deps: HandlerDeps): BridgeEndpoints {
  return endpointsFor(serviceHandlers(deps), deps.logger);
}

/** Main's side of every method, each taking its parsed request (see `ServiceHandlers`). */
export function serviceHandlers({
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

  return {
    appStatus: async () => ok(status()),
    listConferences: async () => ok(await store.list()),
    createConference: async (r) => ok(await store.create(r)),
    openConference: (r) => {
      // The wall leaves the last family's screen before anything is read: whatever happens next (a slow read, a
      // file that cannot be opened), it shows nothing of the conference that was open before.
      presenter.openConference(r.id);
      return store.open(r.id);
    },
    closeConference: async () => {
      const wasOpen = presenter.openConferenceId() !== null;
      presenter.closeConference();
      return ok({ closed: wasOpen });
    },
    saveConference: (r) => store.save(r.conference, r.basedOn),
    deleteConference: (r) => {
      presenter.forgetConference(r.id);
      return store.remove(r.id);
    },
    listBackups: async (r) => ok(await store.listBackups(r.id)),
    // A restored backup becomes the conference open in the chair's window, as an opened one does.
    restoreBackup: (r) => {
      presenter.openConference(r.id);
      return store.restoreBackup(r.id, r.backup);
    },
    listBin: async () => ok(await store.listBin()),
    restoreFromBin: (r) => store.restoreFromBin(r.entry),
    bankHolidayTable: async (span) => ok(buildHolidayTable(dateHolidaysSource, span.fromYear, span.toYear)),
    publishPresenterView: async (envelope) => {
      // Main checked the envelope (mode, conference, size); the rest is the view `presenterView` built, which the
      // hub shows only while its conference is the open one.
      const outcome = presenter.publish(envelope as PresenterView);
      if (!outcome.shown) {
        // Usually a late publish from the conference the chair has just left: harmless, and never shown.
        logger.info('presenter view refused', { reason: outcome.reason });
        return fail('invalid-request', `${outcome.reason} The shared screen was not changed.`, {
          field: 'conferenceId',
        });
      }
      return ok({ listeners: outcome.listeners });
    },
    openPresenterWindow: async () => ok({ opened: await openPresenterWindow() }),
    getSettings: async () => (settings ? settings.get() : ok(DEFAULT_SETTINGS)),
    saveSettings: async (s) =>
      settings ? settings.save(s) : fail('storage-failed', 'Settings cannot be saved in this run of the app.'),
    exportDocuments: async (r) => {
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
    },
    chooseExportFolder: async () => {
      if (!folders) return ok({ folder: null, cancelled: false });
      const chosen = await folders.choose();
      if (chosen) approvedFolders.add(chosen);
      return ok({ folder: chosen, cancelled: chosen === null });
    },
    openFolder: async (r) => {
      if (!approvedFolders.has(r.folder))
        return fail('invalid-request', 'That folder was not written by this export.', { field: 'folder' });
      return ok({ opened: folders ? await folders.open(r.folder) : false });
    },
  };
}
