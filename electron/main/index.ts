import { app, dialog, ipcMain, safeStorage, screen, session, shell, type BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiMethods, Channels } from '../../shared/api/channels';
import { PresenterChannels } from '../../shared/api/presenter-channels';
import { fail, ok } from '../../shared/api/result';
import { createAppServices } from '../services/app-services';
import { loadDataKey, type KeyProtector } from '../services/data-key';
import { createLogger } from '../services/logger';
import { isTrustedSender, permissionDecision, shouldBlockNavigation, windowOpenDecision } from '../services/security';
import { createWindow } from './windows';

/**
 * The Electron shell: single instance, locked-down windows, and IPC handlers that delegate to the same services
 * the browser host uses. Logic lives in ../services (testable in Node); this file only wires Electron to it.
 */

const here = dirname(fileURLToPath(import.meta.url));
const preloadPath = join(here, '../preload/index.cjs');
const presenterPreloadPath = join(here, '../preload/presenter.cjs');
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const logger = createLogger();

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
      if (shouldBlockNavigation(url, contents.getURL(), devServerUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (shouldBlockNavigation(url, contents.getURL(), devServerUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => windowOpenDecision());
  });
}

async function loadPage(win: BrowserWindow, page: 'index.html' | 'presenter.html'): Promise<void> {
  if (devServerUrl) await win.loadURL(`${devServerUrl}/${page}`);
  else await win.loadFile(join(here, '../renderer', page));
}

async function start(): Promise<void> {
  // UK procedures, UK readers: native date and time inputs in dd/mm/yyyy and the 24-hour clock, whatever the OS.
  app.commandLine.appendSwitch('lang', 'en-GB');
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let operator: BrowserWindow | null = null;
  let presenter: BrowserWindow | null = null;
  app.on('second-instance', () => {
    // A second launch brings the running app forward instead of opening the same files twice.
    if (operator) {
      if (operator.isMinimized()) operator.restore();
      operator.focus();
    }
  });

  await app.whenReady();
  hardenSessions();

  /** The shared screen goes full screen on a display other than the chair's, when there is one. */
  async function openPresenter(): Promise<boolean> {
    if (presenter && !presenter.isDestroyed()) {
      presenter.focus();
      return true;
    }
    presenter = createWindow('presenter', presenterPreloadPath);
    const chairDisplay = operator ? screen.getDisplayMatching(operator.getBounds()) : screen.getPrimaryDisplay();
    const wall = screen.getAllDisplays().find((d) => d.id !== chairDisplay.id);
    if (wall) {
      presenter.setBounds(wall.bounds);
      presenter.setFullScreen(true);
    }
    presenter.on('closed', () => {
      presenter = null;
    });
    await loadPage(presenter, 'presenter.html');
    return true;
  }

  let services;
  try {
    const dataFolder = join(app.getPath('userData'), 'data');
    const dataKey = await loadDataKey(dataFolder, keyProtector());
    services = await createAppServices({
      dataFolder,
      dataKey,
      transport: 'electron',
      appVersion: app.getVersion(),
      logger,
      openPresenterWindow: openPresenter,
      folders: {
        async choose() {
          const options = {
            title: 'Choose where to save the documents',
            buttonLabel: 'Save documents here',
            properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>,
          };
          const result = operator
            ? await dialog.showOpenDialog(operator, options)
            : await dialog.showOpenDialog(options);
          return result.canceled ? null : (result.filePaths[0] ?? null);
        },
        async open(folder) {
          return (await shell.openPath(folder)) === '';
        },
      },
    });
  } catch (e) {
    dialog.showErrorBox('Conference Chair cannot start', (e as Error).message);
    app.quit();
    return;
  }

  services.presenter.subscribe((view) => {
    if (presenter && !presenter.isDestroyed()) presenter.webContents.send(PresenterChannels.viewEvent, view);
  });
  const hub = services.presenter;
  ipcMain.handle(PresenterChannels.currentView, (event) => {
    if (!isTrustedSender(event.senderFrame?.url, devServerUrl, 'presenter.html')) {
      return fail('invalid-request', 'Refused: the request did not come from the shared screen.');
    }
    return ok(hub.current());
  });

  for (const method of apiMethods) {
    const handler = services.handlers[method] as (payload: unknown) => Promise<unknown>;
    ipcMain.handle(Channels[method], async (event, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url, devServerUrl, 'index.html')) {
        return fail('invalid-request', 'Refused: the request did not come from the app’s own page.');
      }
      return handler(payload);
    });
  }

  operator = createWindow('operator', preloadPath);
  operator.on('closed', () => {
    operator = null;
  });
  await loadPage(operator, 'index.html');

  operator.on('close', () => presenter?.close());
  app.on('window-all-closed', () => app.quit());
}

start().catch((e: unknown) => {
  logger.error('start failed', { error: (e as Error).message });
  app.quit();
});
