import type { AppStatus } from '../../shared/api/contract';
import { installHolidaySource } from '../../shared/procedure/bank-holidays';
import { dateHolidaysSource } from '../../shared/procedure/date-holidays-source';
import { ConferenceStore } from './conference-store';
import type { DataKey } from './data-key';
import { defaultExportFolder } from './export';
import { createHandlers, type ServiceHandlers } from './handlers';
import type { Logger } from './logger';
import { PresenterHub } from './presenter-hub';
import { SettingsStore } from './settings-store';

export type AppServices = { store: ConferenceStore; handlers: ServiceHandlers; presenter: PresenterHub };

/** Wires the store and the bridge handlers once; Electron's main and the browser host both start here. */
export async function createAppServices(options: {
  dataFolder: string;
  dataKey: DataKey;
  transport: AppStatus['transport'];
  appVersion: string;
  logger: Logger;
  openPresenterWindow?: () => Promise<boolean>;
  /** Electron's folder dialog and file manager (main/index.ts); the browser run has neither. */
  folders?: { choose(): Promise<string | null>; open(folder: string): Promise<boolean> };
}): Promise<AppServices> {
  // Documents and deadlines built in this process count working days with date-holidays directly.
  installHolidaySource(dateHolidaysSource);
  const store = new ConferenceStore({
    dataFolder: options.dataFolder,
    key: options.dataKey.key,
    logger: options.logger,
  });
  await store.init();
  const status: AppStatus = {
    appVersion: options.appVersion,
    dataFolder: options.dataFolder,
    encryption: options.dataKey.mode,
    transport: options.transport,
    ...(options.dataKey.warning ? { encryptionWarning: options.dataKey.warning } : {}),
  };
  const presenter = new PresenterHub();
  const handlers = createHandlers({
    store,
    status: () => status,
    logger: options.logger,
    presenter,
    openPresenterWindow: options.openPresenterWindow ?? (async () => false),
    settings: new SettingsStore({ dataFolder: options.dataFolder, logger: options.logger }),
    exportFolder: (conference) => defaultExportFolder(options.dataFolder, conference),
    ...(options.folders ? { folders: options.folders } : {}),
  });
  return { store, handlers, presenter };
}
