import type { AppStatus } from '../../shared/api/contract';
import { ConferenceStore } from './conference-store';
import type { DataKey } from './data-key';
import { createHandlers, type ServiceHandlers } from './handlers';
import type { Logger } from './logger';

export type AppServices = { store: ConferenceStore; handlers: ServiceHandlers };

/** Wires the store and the bridge handlers once; Electron's main and the browser host both start here. */
export async function createAppServices(options: {
  dataFolder: string;
  dataKey: DataKey;
  transport: AppStatus['transport'];
  appVersion: string;
  logger: Logger;
}): Promise<AppServices> {
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
  const handlers = createHandlers({ store, status: () => status, logger: options.logger });
  return { store, handlers };
}
