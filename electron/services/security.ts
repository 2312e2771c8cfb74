import { APP_ORIGIN, APP_PAGES, type AppPage } from './app-protocol';

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

/**
 * The policy while `npm run dev` serves the pages from Vite: Vite injects styles as inline `<style>` elements, the
 * React plugin injects a small inline script, and hot reload talks over a websocket to the dev server. This is
 * allowed only on the loopback address of the dev server, and only when Vite serves (the build keeps the strict
 * policy: see electron.vite.config.ts).
 */
export function developmentContentSecurityPolicy(): string {
  // (Chromium does not accept an IPv6 address in a source; 'self' already covers the dev server's own socket.)
  const loopbackSockets = 'ws://localhost:* ws://127.0.0.1:*';
  return [
    "default-src 'none'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${loopbackSockets}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** The page's CSP meta as written in renderer/*.html: the strict policy without frame-ancestors (header-only). */
export function metaContentSecurityPolicy(): string {
  return CONTENT_SECURITY_POLICY.split('; ')
    .filter((p) => !p.startsWith('frame-ancestors'))
    .join('; ');
}

/**
 * The page as Vite's dev server should serve it: the strict CSP meta swapped for the development one. Throws if
 * the page does not carry exactly the strict policy, so a page edited by hand cannot drift without notice.
 */
export function withDevelopmentCsp(html: string): string {
  const strict = `content="${metaContentSecurityPolicy()}"`;
  if (html.split(strict).length !== 2) throw new Error('The page does not carry the strict Content-Security-Policy.');
  return html.replace(strict, `content="${developmentContentSecurityPolicy()}"`);
}

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

/**
 * Whether `url` is exactly one of the app's own pages: `app://conference-chair/index.html` or `…/shared-screen.html`
 * (or the same page on the dev server during `npm run dev`), optionally followed by a `#…` route. The string is
 * compared as it stands, not after parsing, so look-alikes a parser would tidy up (`/../index.html`, `%2e%2e`,
 * another host such as `conference-chair.evil`, a port, user info, a query the app never uses) are all refused.
 * `file://` is never an app page: any file on the disk could be called index.html.
 */
export function appPageOf(url: string | undefined, devServerUrl: string | undefined): AppPage | null {
  if (typeof url !== 'string') return null;
  const origins = devServerUrl ? [APP_ORIGIN, devServerUrl] : [APP_ORIGIN];
  for (const origin of origins) {
    for (const page of APP_PAGES) {
      const exact = `${origin}/${page}`;
      if (url === exact || url.startsWith(exact + '#')) return page;
    }
  }
  return null;
}

/** The app's own pages: the app:// pages, or the dev server's during `npm run dev`. */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  return appPageOf(url, devServerUrl) !== null;
}

/** Navigation away from the app is never allowed: a link in a note must not turn the window into a browser. */
export function shouldBlockNavigation(
  targetUrl: string,
  currentUrl: string,
  devServerUrl: string | undefined,
): boolean {
  if (!isAppUrl(targetUrl, devServerUrl)) return true;
  // Reloading or moving between the app's own pages is fine; leaving a page that is not the app's is not.
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

export type { AppPage };

/**
 * IPC is answered only for frames that show the app's own pages, and each channel only for the page it serves:
 * the shared-screen page may not call the chair's window's channels, nor the chair's page the shared screen's.
 */
export function isTrustedSender(
  senderUrl: string | undefined,
  devServerUrl: string | undefined,
  page: AppPage = 'index.html',
): boolean {
  return appPageOf(senderUrl, devServerUrl) === page;
}
