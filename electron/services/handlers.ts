import type { ZodType } from 'zod';
import { apiMethods, Channels, type ApiMethod } from '@shared/api/channels';
import {
  bridgeContract,
  UNSAVED_REVISION,
  type AppStatus,
  type ParsedRequestOf,
  type ReplyOf,
} from '@shared/api/contract';
import { fail, ok, type Result } from '@shared/api/result';
import type { Conference } from '@shared/model/conference';
import { summariseConference } from '@shared/model/factory';
import { DEFAULT_SETTINGS, type OrganisationSettings } from '@shared/model/settings';
import { describeIssues, summariseProblems } from '@shared/model/validation';
import type { SharedScreenView } from '@shared/shared-screen/types';
import { startReviewFrom } from '@shared/plan/review';
import { buildHolidayTable } from '@shared/procedure/bank-holidays';
import { dateHolidaysSource } from '@shared/procedure/date-holidays-source';
import { StoreRefusal, type ConferenceStore } from './conference-store';
import {
  checkExport,
  LeakFoundError,
  MissingForFinalError,
  prepareExport,
  writeExport,
  type PreparedExport,
} from './export';
import { SaveRequestParser } from './save-request';
import type { SharedScreenHub } from './shared-screen-hub';
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

/** Where the user says documents go, and how they are shown a folder: main's own dialogs, never the page's paths. */
export type ExportFolders = { choose(): Promise<string | null>; open(folder: string): Promise<boolean> };

export type HandlerDeps = {
  store: ConferenceStore;
  status: () => AppStatus;
  logger: Logger;
  sharedScreen: SharedScreenHub;
  /** Electron opens a window; the browser run has no way to, so the page opens its own. */
  openSharedScreen: () => Promise<boolean>;
  /** Where the organisation's settings are kept; without one (benchmarks) the defaults are used and not saved. */
  settings?: SettingsStore;
  /** The folder documents go to when the user does not choose one (or cannot: the browser run has no dialog). */
  exportFolder?: (conference: Conference) => string;
  /** Electron's folder dialog and file manager; absent in the browser run, where documents go to the app's folder. */
  folders?: ExportFolders;
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
  // The autosave, which comes often and carries every note, skips the notes it has parsed before (save-request.ts).
  const saves = new SaveRequestParser((payload) => parseRequest('saveConference', payload));
  const parse = <K extends ApiMethod>(method: K, payload: unknown): Result<ParsedRequestOf<K>> =>
    method === 'saveConference' ? (saves.parse(payload) as Result<ParsedRequestOf<K>>) : parseRequest(method, payload);
  const endpoint =
    <K extends ApiMethod>(method: K) =>
    async (payload: unknown): Promise<Result<ReplyOf<K>>> => {
      // The one place the table's per-method types meet a method chosen at run time.
      const handler = handlers[method] as (request: ParsedRequestOf<K>) => Promise<Result<ReplyOf<K>>>;
      try {
        // Inside the try: a payload that breaks the parser itself (nested past the stack) is answered, not thrown.
        const request = parse(method, payload);
        if (!request.ok) return request;
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
  sharedScreen,
  openSharedScreen,
  settings,
  exportFolder,
  folders,
}: HandlerDeps): ServiceHandlers {
  /** The organisation's settings as saved: what the documents are built with. */
  const currentSettings = async (): Promise<Result<OrganisationSettings>> =>
    settings ? settings.get() : ok(DEFAULT_SETTINGS);

  return {
    appStatus: async () => ok(status()),
    listConferences: async () => ok(await store.list()),
    createConference: async (r) => ok(await store.create(r)),
    openConference: (r) => {
      // The shared screen leaves the last family's screen before anything is read: whatever happens next (a slow read,
      // a file that cannot be opened), it shows nothing of the conference that was open before.
      sharedScreen.openConference(r.id);
      return store.open(r.id);
    },
    closeConference: async () => {
      const wasOpen = sharedScreen.openConferenceId() !== null;
      sharedScreen.closeConference();
      return ok({ closed: wasOpen });
    },
    saveConference: (r) => store.save(r.conference, r.basedOn),
    deleteConference: (r) => {
      sharedScreen.forgetConference(r.id);
      return store.remove(r.id);
    },
    listBackups: async (r) => ok(await store.listBackups(r.id)),
    // A restored backup becomes the conference open in the chair's window, as an opened one does.
    restoreBackup: (r) => {
      sharedScreen.openConference(r.id);
      return store.restoreBackup(r.id, r.backup);
    },
    startReview: async (r) => {
      // The earlier conference is read here, not in the chair's window: the review is built beside the file it comes
      // from, and only the new conference's summary goes back. A refusal to read it is the store's own.
      const previous = await store.open(r.previousId);
      if (!previous.ok) return previous;
      const review = startReviewFrom(previous.value.conference, { date: r.date });
      // A new file only: a save based on "no file yet" is refused ('stale-save') if one with the review's id is
      // already there, so nothing is ever written over.
      const saved = await store.save(review, UNSAVED_REVISION);
      if (!saved.ok) return saved;
      return ok(summariseConference(review));
    },
    listBin: async () => ok(await store.listBin()),
    restoreFromBin: (r) => store.restoreFromBin(r.entry),
    bankHolidayTable: async (span) => ok(buildHolidayTable(dateHolidaysSource, span.fromYear, span.toYear)),
    publishSharedScreenView: async (envelope) => {
      // Main checked the envelope (mode, conference, size); the rest is the view `sharedScreenView` built, which the
      // hub shows only while its conference is the open one.
      const outcome = sharedScreen.publish(envelope as SharedScreenView);
      if (!outcome.shown) {
        // Usually a late publish from the conference the chair has just left: harmless, and never shown.
        logger.info('shared-screen view refused', { reason: outcome.reason });
        return fail('invalid-request', `${outcome.reason} The shared screen was not changed.`, {
          field: 'conferenceId',
        });
      }
      return ok({ listeners: outcome.listeners });
    },
    openSharedScreen: async () => ok({ opened: await openSharedScreen() }),
    getSettings: currentSettings,
    saveSettings: async (s) =>
      settings ? settings.save(s) : fail('storage-failed', 'Settings cannot be saved in this run of the app.'),
    checkExport: async (r) => {
      const opened = await store.open(r.conferenceId);
      if (!opened.ok) return opened;
      const current = await currentSettings();
      if (!current.ok) return current;
      const options = r.draft === undefined ? {} : { draft: r.draft };
      return ok(checkExport(opened.value.conference, current.value, options));
    },
    exportDocuments: async (r) => {
      // Only main's own dialog names a folder outside the data folder; the page cannot name one at all.
      const dialog = r.chooseFolder && folders ? folders : null;
      // The app's own folder is inside the data folder, which belongs to the copy holding it: without a dialog, a
      // copy that may only read is refused before any work. A folder the user chooses elsewhere is not the data
      // folder, so such a copy may still write there.
      const readOnly = status().readOnly;
      if (!dialog && readOnly !== undefined) return fail('read-only', readOnly);
      const opened = await store.open(r.conferenceId);
      if (!opened.ok) return opened;
      const current = await currentSettings();
      if (!current.ok) return current;
      const conference = opened.value.conference;
      let prepared: PreparedExport;
      try {
        // Checked before the folder dialog: the chair is not asked where to save documents that will not be written.
        prepared = prepareExport(conference, current.value, r.draft === undefined ? {} : { draft: r.draft });
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
      let folder: string | undefined;
      if (dialog) {
        const chosen = await dialog.choose();
        if (chosen === null) return ok({ cancelled: true });
        folder = chosen;
      } else folder = exportFolder?.(conference);
      if (!folder) return fail('storage-failed', 'This run of the app has no folder to write documents to.');
      const receipt = await writeExport(prepared, folder);
      logger.info('documents exported', {
        files: receipt.files.length,
        stale: receipt.staleFiles.length,
        warnings: receipt.warnings.length,
        missingForFinal: receipt.missingForFinal.length,
        chosenFolder: dialog !== null,
      });
      // Shown only once every file is in it; the browser run has no file manager to show it in.
      const folderShown = r.showFolder && folders ? await folders.open(receipt.folder) : false;
      return ok({ cancelled: false, receipt, folderShown });
    },
  };
}
