import { mkdir } from 'node:fs/promises';
import type { AppStatus } from '@shared/api/contract';
import { installHolidaySource } from '@shared/procedure/bank-holidays';
import { dateHolidaysSource } from '@shared/procedure/date-holidays-source';
import { ConferenceStore } from './conference-store';
import type { DataKey } from './data-key';
import { acquireDataLock, readOnlySentence, type DataLock, type DataLockOptions } from './data-lock';
import type { DurableFs } from './durable-file';
import { defaultExportFolder } from './export';
import { createHandlers, type BridgeEndpoints, type ExportFolders } from './handlers';
import type { Logger } from './logger';
import { SharedScreenHub } from './shared-screen-hub';
import { SettingsStore } from './settings-store';

export type AppServices = {
  store: ConferenceStore;
  handlers: BridgeEndpoints;
  sharedScreen: SharedScreenHub;
  /** What the page is told (app version, data folder, encryption, and `readOnly` when another copy holds the folder). */
  status: AppStatus;
  /** Lets go of the data folder (its lock) so that another copy can write it. Call once, on a normal exit. */
  close(): Promise<void>;
};

/**
 * Wires the store and the bridge handlers once; Electron's main and the browser host both start here. It takes the
 * data folder's lock (data-lock.ts); when another copy of the app holds it, this one opens read-only: the status
 * says who holds it, and every write is refused with 'read-only'.
 */
export async function createAppServices(options: {
  dataFolder: string;
  dataKey: DataKey;
  transport: AppStatus['transport'];
  appVersion: string;
  logger: Logger;
  openSharedScreen?: () => Promise<boolean>;
  /** Electron's folder dialog and file manager (main/index.ts); the browser run has neither. */
  folders?: ExportFolders;
  /** Tests: stand in other computers and dead processes for the lock, or refresh it faster. */
  lock?: Partial<Omit<DataLockOptions, 'dataFolder' | 'program'>>;
  /** Tests: the durable writer's file-system calls. */
  fs?: DurableFs;
}): Promise<AppServices> {
  // Documents and deadlines built in this process count working days with date-holidays directly.
  installHolidaySource(dateHolidaysSource);
  await mkdir(options.dataFolder, { recursive: true });
  const locked = await acquireDataLock({
    ...options.lock,
    dataFolder: options.dataFolder,
    program: options.transport === 'electron' ? 'app' : 'browser-run',
  });
  const dataLock: DataLock | null = locked.held ? locked.lock : null;
  const readOnly = locked.held ? undefined : locked.readOnly;
  if (!locked.held) {
    // Process and computer of the holder only: enough for IT to find it, nothing about anyone's work.
    options.logger.warn('data folder held by another copy: read-only', {
      pid: locked.holder?.pid ?? 'unknown',
      program: locked.holder?.program ?? 'unknown',
    });
  }
  const shared = {
    dataFolder: options.dataFolder,
    logger: options.logger,
    ...(readOnly !== undefined ? { readOnly } : {}),
    ...(options.fs ? { fs: options.fs } : {}),
  };
  const store = new ConferenceStore({ ...shared, key: options.dataKey.key });
  await store.init();
  const status: AppStatus = {
    appVersion: options.appVersion,
    dataFolder: options.dataFolder,
    encryption: options.dataKey.mode,
    transport: options.transport,
    ...(options.dataKey.warning ? { encryptionWarning: options.dataKey.warning } : {}),
    ...(readOnly !== undefined ? { readOnly } : {}),
  };
  const sharedScreen = new SharedScreenHub();
  const settings = new SettingsStore(shared);
  if (dataLock) {
    dataLock.onLost = (holder) => {
      // Another copy took the folder while this one was not looking (asleep on a synced folder): from now on this one
      // only reads, and the page hears it from its next save, as a copy that started read-only would say.
      const reason = readOnlySentence(holder);
      status.readOnly = reason;
      store.becomeReadOnly(reason);
      settings.becomeReadOnly(reason);
      options.logger.warn('data folder taken over by another copy: read-only', {
        pid: holder?.pid ?? 'unknown',
        program: holder?.program ?? 'unknown',
      });
    };
  }
  const handlers = createHandlers({
    store,
    status: () => status,
    logger: options.logger,
    sharedScreen,
    openSharedScreen: options.openSharedScreen ?? (async () => false),
    settings,
    exportFolder: (conference) => defaultExportFolder(options.dataFolder, conference),
    ...(options.folders ? { folders: options.folders } : {}),
  });
  return {
    store,
    handlers,
    sharedScreen,
    status,
    close: async () => {
      // Saves already under way finish before the folder is let go: another copy may take it the moment it is free.
      // (Electron bounds the whole of close() when quitting, so a stuck disk cannot keep the app open.)
      await store.settled();
      await dataLock?.release();
    },
  };
}
