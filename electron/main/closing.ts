import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import { LifecycleChannels } from '@shared/api/channels';
import { CloseGuard } from '../services/close-guard';
import type { Logger } from '../services/logger';
import { isTrustedSender } from '../services/security';

/**
 * Closing the chair's window and quitting wait for its pending saves and ask before anything unsaved is lost. The
 * decisions are in ../services/close-guard.ts (tested); this wires them to Electron's events.
 */
export function guardClosing(options: {
  chairWindow: () => BrowserWindow | null;
  devServer: string | undefined;
  logger: Logger;
}): CloseGuard {
  const guard = new CloseGuard({
    request(requestId) {
      const chair = options.chairWindow();
      if (!chair || chair.isDestroyed() || chair.webContents.isCrashed()) return false;
      chair.webContents.send(LifecycleChannels.closeRequested, requestId);
      return true;
    },
    async ask(question) {
      const chair = options.chairWindow();
      const { response } = chair ? await dialog.showMessageBox(chair, question) : await dialog.showMessageBox(question);
      options.logger.info('asked before closing with unsaved changes', { closeAnyway: response === 1 });
      return response;
    },
  });

  ipcMain.on(LifecycleChannels.closeReadiness, (event, requestId: unknown, readiness: unknown) => {
    const chair = options.chairWindow();
    // Only the chair's own window, showing the app's page, may say whether its work is saved.
    if (!chair || event.sender !== chair.webContents) return;
    if (!isTrustedSender(event.senderFrame?.url, options.devServer, 'index.html')) return;
    guard.receive(requestId, readiness);
  });

  app.on('before-quit', (event) => {
    if (guard.isConfirmed() || !options.chairWindow()) return;
    event.preventDefault();
    void guard.confirm().then((close) => {
      if (close) app.quit();
    });
  });

  return guard;
}

/** The chair's window: its close is held back until the guard agrees (then it closes for real). */
export function holdCloseUntilSaved(chair: BrowserWindow, guard: CloseGuard): void {
  chair.on('close', (event) => {
    if (guard.isConfirmed()) return;
    event.preventDefault();
    void guard.confirm().then((close) => {
      // destroy, not close: the chair has agreed, and a page that stopped answering would hold up close() again.
      if (close && !chair.isDestroyed()) chair.destroy();
    });
  });
}
