import { contextBridge, ipcRenderer } from 'electron';
import { Channels } from '../../shared/api/channels';
import type { ConferenceApi } from '../../shared/api/contract';

/**
 * One named function per channel: the page can reach exactly these and nothing else (no generic invoke).
 * This file is bundled to a single CommonJS script because sandboxed preloads cannot load ES modules.
 */
const conferenceApi = {
  appStatus: () => ipcRenderer.invoke(Channels.appStatus),
  listConferences: () => ipcRenderer.invoke(Channels.listConferences),
  createConference: (request) => ipcRenderer.invoke(Channels.createConference, request),
  openConference: (ref) => ipcRenderer.invoke(Channels.openConference, ref),
  closeConference: () => ipcRenderer.invoke(Channels.closeConference),
  saveConference: (conference) => ipcRenderer.invoke(Channels.saveConference, conference),
  deleteConference: (ref) => ipcRenderer.invoke(Channels.deleteConference, ref),
  listBackups: (ref) => ipcRenderer.invoke(Channels.listBackups, ref),
  restoreBackup: (ref) => ipcRenderer.invoke(Channels.restoreBackup, ref),
  listBin: () => ipcRenderer.invoke(Channels.listBin),
  restoreFromBin: (ref) => ipcRenderer.invoke(Channels.restoreFromBin, ref),
  bankHolidayTable: (span) => ipcRenderer.invoke(Channels.bankHolidayTable, span),
  publishPresenterView: (view) => ipcRenderer.invoke(Channels.publishPresenterView, view),
  openPresenterWindow: () => ipcRenderer.invoke(Channels.openPresenterWindow),
  getSettings: () => ipcRenderer.invoke(Channels.getSettings),
  saveSettings: (settings) => ipcRenderer.invoke(Channels.saveSettings, settings),
  exportDocuments: (request) => ipcRenderer.invoke(Channels.exportDocuments, request),
  chooseExportFolder: () => ipcRenderer.invoke(Channels.chooseExportFolder),
  openFolder: (ref) => ipcRenderer.invoke(Channels.openFolder, ref),
} satisfies ConferenceApi;

contextBridge.exposeInMainWorld('conferenceApi', conferenceApi);
