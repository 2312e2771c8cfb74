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
  listBin: 'bin:list',
  restoreFromBin: 'bin:restore',
  bankHolidayTable: 'calendar:bank-holidays',
  publishPresenterView: 'presenter:publish',
  openPresenterWindow: 'presenter:open-window',
  getSettings: 'settings:get',
  saveSettings: 'settings:save',
  exportDocuments: 'export:documents',
  chooseExportFolder: 'export:choose-folder',
  openFolder: 'export:open-folder',
} as const;

export type ApiMethod = keyof typeof Channels;
export type ChannelName = (typeof Channels)[ApiMethod];

export const apiMethods = Object.keys(Channels) as ApiMethod[];

/** Header and cookie that carry the browser host's access token. */
export const BROWSER_TOKEN_HEADER = 'x-conference-token';
export const BROWSER_TOKEN_COOKIE = 'cp_token';
