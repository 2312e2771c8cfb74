import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from '../services/security';

export type WindowKind = 'chair-window' | 'shared-screen';

/** The one place windows are made, so every window gets the same locked-down web preferences. */
export function windowOptions(kind: WindowKind, preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: kind === 'chair-window' ? 1440 : 1280,
    height: kind === 'chair-window' ? 900 : 720,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: kind === 'chair-window' ? '#f6f7f9' : '#0b1f33',
    title: kind === 'chair-window' ? 'Conference Chair' : 'Conference Chair — shared screen',
    autoHideMenuBar: kind === 'shared-screen',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/**
 * Windows start hidden. The chair's window shows itself once its page is ready; the shared screen is shown by
 * main/shared-screen.ts only after it has been placed on its display (and made full screen), so it never flashes
 * up on the chair's display first.
 */
export function createWindow(kind: WindowKind, preloadPath: string): BrowserWindow {
  const win = new BrowserWindow(windowOptions(kind, preloadPath));
  if (kind === 'chair-window') win.once('ready-to-show', () => win.show());
  return win;
}
