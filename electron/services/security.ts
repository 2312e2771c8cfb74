/**
 * Electron security rules as pure functions, so they are unit-tested without Electron. main/index.ts wires them
 * to the real events. (Electron's security checklist: isolate, sandbox, deny navigation, windows, permissions.)
 */

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** The options every window is created with. Only the preload path differs between windows. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  } as const;
}

/** The app's own pages: the packaged files, or the dev server during `npm run dev`. */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'file:') return parsed.pathname.endsWith('.html') && !parsed.host;
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    return parsed.origin === dev.origin;
  }
  return false;
}

/** Navigation away from the app is never allowed: a link in a note must not turn the window into a browser. */
export function shouldBlockNavigation(
  targetUrl: string,
  currentUrl: string,
  devServerUrl: string | undefined,
): boolean {
  if (!isAppUrl(targetUrl, devServerUrl)) return true;
  // Reloading or moving between the app's own pages is fine; anything else is not.
  return !isAppUrl(currentUrl, devServerUrl) && currentUrl !== '';
}

/** window.open and target=_blank: always denied. External help links, if ever needed, go through shell with a list. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Camera, microphone, notifications, geolocation, …: the app needs none of them. */
export function permissionDecision(_permission: string): boolean {
  return false;
}

export type AppPage = 'index.html' | 'presenter.html';

/**
 * IPC is answered only for frames that show the app's own pages, and each channel only for the page it serves:
 * the shared-screen page may not call the operator's channels.
 */
export function isTrustedSender(
  senderUrl: string | undefined,
  devServerUrl: string | undefined,
  page: AppPage = 'index.html',
): boolean {
  if (typeof senderUrl !== 'string' || !isAppUrl(senderUrl, devServerUrl)) return false;
  const path = new URL(senderUrl).pathname;
  return page === 'index.html'
    ? path.endsWith('/index.html') || path === '/' || path === ''
    : path.endsWith('/presenter.html');
}
