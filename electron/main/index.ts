import { app, dialog, ipcMain, safeStorage, session, shell, type BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiMethods, Channels } from '@shared/api/channels';
import { SharedScreenChannels } from '@shared/api/shared-screen-channels';
import { fail, ok } from '@shared/api/result';
import { appPageUrl, devServerUrl, type AppPage } from '../services/app-protocol';
import { createAppServices, type AppServices } from '../services/app-services';
import { loadDataKey, type KeyProtector } from '../services/data-key';
import { isTrustedSender, permissionDecision, shouldBlockNavigation, windowOpenDecision } from '../services/security';
import { guardClosing, holdCloseUntilSaved } from './closing';
import { createMainLogger } from './logging';
import { attachContextMenu, installApplicationMenu, useBritishSpelling } from './menus';
import { registerAppScheme, serveRenderer } from './protocol';
import { sharedScreenWindow } from './shared-screen';
import { createWindow } from './windows';

/**
 * The Electron shell: single instance, locked-down windows served from app://, and IPC handlers that delegate to
 * the same services the browser host uses. Logic lives in ../services (tested in Node); this file only wires
 * Electron to it.
 */

const here = dirname(fileURLToPath(import.meta.url));
const preloadPath = join(here, '../preload/index.cjs');
const sharedScreenPreloadPath = join(here, '../preload/shared-screen.cjs');
const rendererFolder = join(here, '../renderer');

// Before the app is ready: the app:// scheme must be privileged before any page exists.
registerAppScheme();
const logger = createMainLogger();
/** Only a development run may load its pages from Vite's dev server; a packaged app ignores the variable. */
const devServer = devServerUrl(process.env, app.isPackaged);

/** safeStorage on Linux without a keyring falls back to a hard-coded password: treat that as unavailable. */
function keyProtector(): KeyProtector {
  const weak = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  return {
    isEncryptionAvailable: () => !weak && safeStorage.isEncryptionAvailable(),
    encryptString: (plain) => safeStorage.encryptString(plain),
    decryptString: (sealed) => safeStorage.decryptString(sealed),
  };
}

function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) =>
    callback(permissionDecision(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => permissionDecision(permission));
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (shouldBlockNavigation(url, contents.getURL(), devServer)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (shouldBlockNavigation(url, contents.getURL(), devServer)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => windowOpenDecision());
    attachContextMenu(contents);
  });
}

/** Crashes and hangs go in the log with Electron's reason codes, so IT can tell what happened. */
function logProcessTrouble(): void {
  app.on('render-process-gone', (_event, _contents, details) =>
    logger.error('a window’s page stopped', { reason: details.reason, exitCode: details.exitCode }),
  );
  app.on('child-process-gone', (_event, details) =>
    logger.warn('a helper process stopped', { type: details.type, reason: details.reason, exitCode: details.exitCode }),
  );
}

function watchResponsiveness(win: BrowserWindow, window: 'chair-window' | 'shared-screen'): void {
  win.on('unresponsive', () => logger.warn('window not responding', { window }));
  win.on('responsive', () => logger.info('window responding again', { window }));
}

async function loadPage(win: BrowserWindow, page: AppPage): Promise<void> {
  await win.loadURL(appPageUrl(page, devServer));
}

async function start(): Promise<void> {
  // UK procedures, UK readers: native date and time inputs in dd/mm/yyyy and the 24-hour clock, whatever the OS.
  app.commandLine.appendSwitch('lang', 'en-GB');
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let chairWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    // A second launch brings the running app forward instead of opening the same files twice.
    if (chairWindow) {
      if (chairWindow.isMinimized()) chairWindow.restore();
      chairWindow.focus();
    }
  });
  logProcessTrouble();

  await app.whenReady();
  logger.info('started', {
    version: app.getVersion(),
    electron: process.versions.electron ?? 'unknown',
    platform: process.platform,
    packaged: app.isPackaged,
  });
  serveRenderer(rendererFolder);
  hardenSessions();
  installApplicationMenu();
  useBritishSpelling();
  const closeGuard = guardClosing({ chairWindow: () => chairWindow, devServer, logger });

  const sharedScreen = sharedScreenWindow({
    preloadPath: sharedScreenPreloadPath,
    chairWindow: () => chairWindow,
    load: async (win) => {
      watchResponsiveness(win, 'shared-screen');
      await loadPage(win, 'shared-screen.html');
    },
  });

  let services: AppServices;
  try {
    const dataFolder = join(app.getPath('userData'), 'data');
    const dataKey = await loadDataKey(dataFolder, keyProtector());
    services = await createAppServices({
      dataFolder,
      dataKey,
      transport: 'electron',
      appVersion: app.getVersion(),
      logger,
      openSharedScreen: () => sharedScreen.open(),
      folders: {
        async choose() {
          const options = {
            title: 'Choose where to save the documents',
            buttonLabel: 'Save documents here',
            properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>,
          };
          const result = chairWindow
            ? await dialog.showOpenDialog(chairWindow, options)
            : await dialog.showOpenDialog(options);
          return result.canceled ? null : (result.filePaths[0] ?? null);
        },
        async open(folder) {
          return (await shell.openPath(folder)) === '';
        },
      },
    });
  } catch (e) {
    logger.error('start failed', { error: (e as Error).message });
    dialog.showErrorBox('Conference Chair cannot start', (e as Error).message);
    app.quit();
    return;
  }
  releaseDataFolderOnQuit(services);

  services.sharedScreen.subscribe((view) => {
    sharedScreen.current()?.webContents.send(SharedScreenChannels.viewEvent, view);
  });
  const hub = services.sharedScreen;
  ipcMain.handle(SharedScreenChannels.currentView, (event) => {
    if (!isTrustedSender(event.senderFrame?.url, devServer, 'shared-screen.html')) {
      return fail('invalid-request', 'Refused: the request did not come from the shared screen.');
    }
    return ok(hub.current());
  });

  for (const method of apiMethods) {
    const handler = services.handlers[method] as (payload: unknown) => Promise<unknown>;
    ipcMain.handle(Channels[method], async (event, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url, devServer, 'index.html')) {
        return fail('invalid-request', 'Refused: the request did not come from the app’s own page.');
      }
      return handler(payload);
    });
  }

  const chair = createWindow('chair-window', preloadPath);
  chairWindow = chair;
  holdCloseUntilSaved(chair, closeGuard);
  watchResponsiveness(chair, 'chair-window');
  chair.on('closed', () => {
    chairWindow = null;
    // The shared screen belongs to the meeting in the chair's window: it goes when that window goes.
    sharedScreen.current()?.close();
  });
  app.on('window-all-closed', () => app.quit());
  await loadPage(chair, 'index.html');
}

/** On quit, the services let go of the data folder (its lock), bounded so a stuck disk cannot keep the app open. */
function releaseDataFolderOnQuit(services: AppServices): void {
  let released = false;
  let releasing = false;
  app.on('will-quit', (event) => {
    if (released) return;
    event.preventDefault();
    // close() is called once, even if another quit arrives while the folder is being released.
    if (releasing) return;
    releasing = true;
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, 5_000));
    void Promise.race([Promise.resolve().then(() => services.close()), timeout])
      .catch((e: unknown) => logger.error('data folder not released', { error: (e as Error).message }))
      .finally(() => {
        released = true;
        logger.info('quit');
        app.quit();
      });
  });
}

start().catch((e: unknown) => {
  logger.error('start failed', { error: (e as Error).message });
  app.quit();
});
