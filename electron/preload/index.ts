import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { Channels, LifecycleChannels, type ApiMethod } from '@shared/api/channels';
import type { CloseReadiness, CloseRequests, ConferenceApi } from '@shared/api/contract';

/**
 * The function for one channel, typed from the bridge table: it takes that method's request (or nothing) and
 * answers with its reply. Each is bound to its own channel here, so the page still gets one named function per
 * channel and no way to name a channel itself.
 */
function invoker<K extends ApiMethod>(method: K): ConferenceApi[K] {
  const channel = Channels[method];
  return ((...request: Parameters<ConferenceApi[K]>) => ipcRenderer.invoke(channel, ...request)) as ConferenceApi[K];
}

/** This file is bundled to a single CommonJS script because sandboxed preloads cannot load ES modules. */
const conferenceApi = {
  appStatus: invoker('appStatus'),
  listConferences: invoker('listConferences'),
  createConference: invoker('createConference'),
  openConference: invoker('openConference'),
  closeConference: invoker('closeConference'),
  saveConference: invoker('saveConference'),
  deleteConference: invoker('deleteConference'),
  listBackups: invoker('listBackups'),
  restoreBackup: invoker('restoreBackup'),
  startReview: invoker('startReview'),
  listBin: invoker('listBin'),
  restoreFromBin: invoker('restoreFromBin'),
  bankHolidayTable: invoker('bankHolidayTable'),
  publishSharedScreenView: invoker('publishSharedScreenView'),
  openSharedScreen: invoker('openSharedScreen'),
  getSettings: invoker('getSettings'),
  saveSettings: invoker('saveSettings'),
  checkExport: invoker('checkExport'),
  exportDocuments: invoker('exportDocuments'),
  onCloseRequested: (listener) => {
    // Main asks (with an id) before the window closes or the app quits; the page writes what is pending and the
    // answer goes back with the same id. An answer that cannot be worked out says nothing is known to be saved,
    // so main asks the user rather than closing on a guess.
    const onRequest = (_event: IpcRendererEvent, id: unknown) => {
      void (async () => {
        let readiness: CloseReadiness;
        try {
          readiness = await listener();
        } catch {
          readiness = { saved: false, unsaved: ['the latest changes'] };
        }
        ipcRenderer.send(LifecycleChannels.closeReadiness, id, readiness);
      })();
    };
    ipcRenderer.on(LifecycleChannels.closeRequested, onRequest);
    return () => {
      ipcRenderer.removeListener(LifecycleChannels.closeRequested, onRequest);
    };
  },
} satisfies ConferenceApi & CloseRequests;

contextBridge.exposeInMainWorld('conferenceApi', conferenceApi);
