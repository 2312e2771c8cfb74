import { afterEach } from 'vitest';
import { createAppServices, type AppServices } from '../../electron/services/app-services';
import { silentLogger } from '../../electron/services/logger';

type LockOptions = Parameters<typeof createAppServices>[0]['lock'];

/**
 * Main's services as the browser run starts them, on a folder and key the test chose; every copy started in a test
 * is closed after it (their data-folder locks released), whether the test passed or not.
 */
export function useAppServices(): (dataFolder: string, key: Buffer, lock?: LockOptions) => Promise<AppServices> {
  const started: AppServices[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.close()));
  });
  return async (dataFolder, key, lock = {}) => {
    const services = await createAppServices({
      dataFolder,
      dataKey: { key, mode: 'injected' },
      transport: 'browser',
      appVersion: 'test',
      logger: silentLogger,
      lock,
    });
    started.push(services);
    return services;
  };
}
