import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppServices } from '../services/app-services';
import { keyFromHex, loadDataKey } from '../services/data-key';
import { createLogger } from '../services/logger';
import { startBrowserHost } from './browser-host';

/**
 * `npm run browser`: serves the built renderer and the real handlers on 127.0.0.1 and prints one URL.
 *   CP_DATA_DIR  where conferences are kept (default ~/.conference-chair/browser-data)
 *   CP_DATA_KEY  64 hex characters to use as the data key (tests); otherwise a key file in the data folder
 *   CP_PORT      port to listen on (default: a free one)
 */
async function main(): Promise<void> {
  const logger = createLogger();
  const here = dirname(fileURLToPath(import.meta.url));
  const dataFolder = resolve(process.env.CP_DATA_DIR ?? join(homedir(), '.conference-chair', 'browser-data'));
  const dataKey = process.env.CP_DATA_KEY ? keyFromHex(process.env.CP_DATA_KEY) : await loadDataKey(dataFolder, null);
  const services = await createAppServices({
    dataFolder,
    dataKey,
    transport: 'browser',
    appVersion: process.env.npm_package_version ?? 'dev',
    logger,
  });
  const host = await startBrowserHost({
    handlers: services.handlers,
    sharedScreen: services.sharedScreen,
    rendererFolder: resolve(here, '../renderer'),
    port: Number(process.env.CP_PORT ?? 0),
    logger,
    releaseDataFolder: services.close,
  });
  process.stdout.write(`${host.url}\n`);
  const stop = () => {
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`Could not start the browser run: ${(e as Error).message}\n`);
  process.exit(1);
});
