import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { PresenterChannels } from '../../shared/api/presenter-channels';
import type { PresenterApi } from '../../shared/api/contract';
import type { PresenterView } from '../../shared/presenter/types';

/** The shared-screen window's preload: it can only read views. It has no way to reach conferences. */
const presenterApi = {
  currentView: () => ipcRenderer.invoke(PresenterChannels.currentView),
  onView: (listener) => {
    const handler = (_event: IpcRendererEvent, view: PresenterView) => listener(view);
    ipcRenderer.on(PresenterChannels.viewEvent, handler);
    return () => {
      ipcRenderer.removeListener(PresenterChannels.viewEvent, handler);
    };
  },
} satisfies PresenterApi;

contextBridge.exposeInMainWorld('presenterApi', presenterApi);
