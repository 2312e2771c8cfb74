import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The app's pages are served from `app://conference-chair/…` rather than `file://`: a file URL's origin is shared
 * with every other file on the disk, so with file:// any local `index.html` looked like the app. A custom scheme
 * with one fixed host gives the app an origin of its own, which the security checks compare exactly.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'conference-chair';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export type AppPage = 'index.html' | 'shared-screen.html';
export const APP_PAGES: readonly AppPage[] = ['index.html', 'shared-screen.html'];

/** Where a window loads a page from: the dev server during `npm run dev`, otherwise the app's own scheme. */
export function appPageUrl(page: AppPage, devServer: string | undefined): string {
  return `${devServer ?? APP_ORIGIN}/${page}`;
}

/**
 * The file on disk that an `app://conference-chair/…` request may be answered with, or null when the request must
 * be refused. Only files inside the built renderer folder are served: a path that climbs out of it (`..`, encoded
 * as `%2e%2e` or hidden behind an encoded slash), names a drive or an absolute path, or is not for the app's own
 * host gets nothing.
 */
export function resolveAppRequest(requestUrl: string, rendererFolder: string): string | null {
  // A URL parser quietly removes `..` and `%2e%2e` segments, which would keep the answer inside the folder but
  // serve a different file than the one asked for: a request that tries to climb is refused outright instead.
  if (/\/(?:\.|%2e){1,2}(?:[/?#]|$)/i.test(requestUrl)) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return null;
  const rawSegments = url.pathname.split('/').slice(1);
  if (rawSegments.length === 0 || rawSegments.some((s) => s === '')) return null;
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    // After decoding, one segment must still be one plain name: no separators of either platform, no dot
    // segments, no drive letters (`C:`), no NUL.
    if (segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  const root = resolve(rendererFolder);
  const file = resolve(root, ...segments);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('..')) return null;
  return file;
}

/**
 * The Vite dev server's address, honoured only in a development run. A packaged app ignores
 * ELECTRON_RENDERER_URL entirely, so nobody can point an installed copy at pages of their own by setting it, and
 * even in development only a loopback http address is accepted.
 */
export function devServerUrl(env: Record<string, string | undefined>, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined;
  const value = env.ELECTRON_RENDERER_URL;
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'http:' || !loopback || url.username || url.password) return undefined;
  return url.origin;
}
