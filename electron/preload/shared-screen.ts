import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { SharedScreenChannels } from '@shared/api/shared-screen-channels';
import type { SharedScreenApi } from '@shared/api/contract';
import type { SharedScreenView } from '@shared/shared-screen/types';

/** The shared-screen window's preload: it can only read views. It has no way to reach conferences. */
const sharedScreenApi = {
  currentView: () => ipcRenderer.invoke(SharedScreenChannels.currentView),
  onView: (listener) => {
    const handler = (_event: IpcRendererEvent, view: SharedScreenView) => listener(view);
    ipcRenderer.on(SharedScreenChannels.viewEvent, handler);
    return () => {
      ipcRenderer.removeListener(SharedScreenChannels.viewEvent, handler);
    };
  },
} satisfies SharedScreenApi;

contextBridge.exposeInMainWorld('sharedScreenApi', sharedScreenApi);
