import { net, protocol } from 'electron';
import { stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { APP_SCHEME, resolveAppRequest } from '../services/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../services/security';

/**
 * Must run before the app is ready. `standard` and `secure` give app://conference-chair a real origin of its own
 * (relative URLs resolve, the page counts as a secure context); Vite's pages load their scripts as modules with
 * `crossorigin`, which are fetched in CORS mode, so the scheme takes part in CORS and fetch. It does not bypass the
 * CSP, and serves no service workers.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

/**
 * Serves the built renderer folder on app://conference-chair/. Which file a request may have is decided by
 * resolveAppRequest (tested); anything outside the folder gets 404. Every answer carries the strict CSP as a header
 * too, where frame-ancestors also applies.
 */
export function serveRenderer(rendererFolder: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const file = resolveAppRequest(request.url, rendererFolder);
    // Files only: a folder would be answered with a listing of its contents.
    if (!file || !(await stat(file).catch(() => null))?.isFile()) return new Response('Not found', { status: 404 });
    const found = await net.fetch(pathToFileURL(file).toString());
    if (!found.ok) return new Response('Not found', { status: 404 });
    const headers = new Headers(found.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    // HEAD asks for the headers only.
    return new Response(request.method === 'HEAD' ? null : found.body, { status: 200, headers });
  });
}
