/**
 * IPC channel names, namespaced by area. This file imports nothing so that the sandboxed preload, which must be
 * one small CommonJS bundle, can include it without pulling in zod or the model.
 */
export const Channels = {
  appStatus: 'app:status',
  listConferences: 'conference:list',
  createConference: 'conference:create',
  openConference: 'conference:open',
  closeConference: 'conference:close',
  saveConference: 'conference:save',
  deleteConference: 'conference:delete',
  listBackups: 'conference:list-backups',
  restoreBackup: 'conference:restore-backup',
  startReview: 'conference:start-review',
  listBin: 'bin:list',
  restoreFromBin: 'bin:restore',
  bankHolidayTable: 'calendar:bank-holidays',
  publishSharedScreenView: 'shared-screen:publish',
  openSharedScreen: 'shared-screen:open-window',
  getSettings: 'settings:get',
  saveSettings: 'settings:save',
  checkExport: 'export:check',
  exportDocuments: 'export:documents',
} as const;

/**
 * Main asks the chair's window to finish saving before it closes; not a bridge method, as main starts it.
 *
 * 1. Main → window: `webContents.send(closeRequested, id)`, `id` a string main makes up for this one request.
 * 2. The preload passes it to the listener the page registered with `conferenceApi.onCloseRequested`: the page
 *    writes its pending edits at once, waits for the save in flight (for at most 4 seconds), and answers.
 * 3. Window → main: `ipcRenderer.send(closeReadiness, id, readiness)`, `readiness` a `CloseReadiness`:
 *    `{ saved: true }`, or `{ saved: false, unsaved: [...] }` naming what was not written by field label or part
 *    ("the notes"), never by what was typed. A listener that throws answers `{ saved: false, unsaved: [...] }`.
 * 4. Main checks the answer came from the same trusted sender with the id it is waiting for, ignores any other,
 *    and bounds its own wait (a page that never answers, e.g. before it has registered, counts as not saved).
 *    On `saved: false` (or no answer) it asks the user before discarding; on `saved: true` it closes.
 * A page with nothing open answers `{ saved: true }` at once. The browser run has no preload: it uses
 * `beforeunload` instead.
 */
/**
 * How long main waits for the chair's window to answer a close request. The window gives its own save at most a
 * second less (SAVE_BEFORE_CLOSE_MS), so that its answer arrives while main is still listening.
 */
export const CLOSE_WAIT_MS = 5_000;
export const SAVE_BEFORE_CLOSE_MS = CLOSE_WAIT_MS - 1_000;

export const LifecycleChannels = {
  closeRequested: 'app:close-requested',
  closeReadiness: 'app:close-readiness',
} as const;

export type ApiMethod = keyof typeof Channels;
export type ChannelName = (typeof Channels)[ApiMethod];

export const apiMethods = Object.keys(Channels) as ApiMethod[];

/** Header and cookie that carry the browser host's access token. */
export const BROWSER_TOKEN_HEADER = 'x-conference-token';
export const BROWSER_TOKEN_COOKIE = 'cp_token';
