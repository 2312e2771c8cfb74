import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { apiMethods, BROWSER_TOKEN_COOKIE, BROWSER_TOKEN_HEADER, type ApiMethod } from '@shared/api/channels';
import { fail } from '@shared/api/result';
import type { BridgeEndpoints } from '../services/handlers';
import type { SharedScreenHub } from '../services/shared-screen-hub';
import { silentLogger, type Logger } from '../services/logger';
import { CONTENT_SECURITY_POLICY } from '../services/security';

/**
 * The browser run: the same main-process handlers served over HTTP on 127.0.0.1 only, with the built renderer, so
 * the real UI can be driven in real Chromium where the Electron binary is not available (tests, demos).
 *
 * Every request needs the random token printed at start (as ?token= once, then an HttpOnly SameSite=Strict
 * cookie, or a header). Requests whose Host or Origin is not this loopback address are refused, which stops other
 * web pages on the machine from reaching the data through DNS rebinding or cross-site requests.
 */

export type BrowserHostOptions = {
  handlers: BridgeEndpoints;
  /** Feeds the shared-screen page (server-sent events), as the Electron main process feeds the shared-screen window. */
  sharedScreen?: SharedScreenHub;
  rendererFolder: string;
  port?: number;
  token?: string;
  logger?: Logger;
  maxBodyBytes?: number;
  /**
   * Lets go of the data folder (AppServices.close) when the host closes, so that another copy can write it. The
   * host closes on SIGINT and SIGTERM (cli.ts); on any other exit the lock removes itself (data-lock.ts).
   */
  releaseDataFolder?: () => Promise<void>;
};

export type BrowserHost = { url: string; origin: string; token: string; port: number; close(): Promise<void> };

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const logger = options.logger ?? silentLogger;
  const maxBody = options.maxBodyBytes ?? 64 * 1024 * 1024;
  const root = normalize(options.rendererFolder);
  let port = 0;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  function send(
    res: ServerResponse,
    status: number,
    body: string | Buffer,
    type: string,
    extra: Record<string, string> = {},
  ) {
    res.writeHead(status, {
      'content-type': type,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      ...extra,
    });
    res.end(body);
  }

  function sendJson(res: ServerResponse, status: number, value: unknown) {
    send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts().has(req.headers.host ?? '')) {
      return send(res, 403, 'Forbidden: wrong Host.', 'text/plain; charset=utf-8');
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) {
      return send(res, 403, 'Forbidden: foreign Origin.', 'text/plain; charset=utf-8');
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const queryToken = url.searchParams.get('token');
    // Any one matching credential will do: after a restart the browser still sends the old cookie alongside the
    // new token in the address, and the address must win.
    const presented = [
      req.headers[BROWSER_TOKEN_HEADER] as string | undefined,
      queryToken ?? undefined,
      cookieValue(req.headers.cookie, BROWSER_TOKEN_COOKIE),
    ].filter((t): t is string => typeof t === 'string');
    if (!presented.some((t) => sameSecret(t, token))) {
      return send(
        res,
        401,
        'Unauthorised: open the address printed by `npm run browser`.',
        'text/plain; charset=utf-8',
      );
    }
    // Once the token has come in the address, keep it in a cookie the page's scripts cannot read.
    const cookie =
      queryToken !== null && sameSecret(queryToken, token)
        ? { 'set-cookie': `${BROWSER_TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/` }
        : undefined;

    if (url.pathname === '/api/shared-screen/current' && req.method === 'GET') {
      return sendJson(res, 200, { ok: true, value: options.sharedScreen?.current() ?? null });
    }
    if (url.pathname === '/api/shared-screen/events' && req.method === 'GET') {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        connection: 'keep-alive',
      });
      const push = (view: unknown) => res.write(`data: ${JSON.stringify(view)}\n\n`);
      const current = options.sharedScreen?.current();
      if (current) push(current);
      const unsubscribe = options.sharedScreen?.subscribe(push) ?? (() => undefined);
      const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 20_000);
      req.on('close', () => {
        clearInterval(keepAlive);
        unsubscribe();
      });
      return;
    }

    if (url.pathname.startsWith('/api/')) {
      const method = url.pathname.slice('/api/'.length) as ApiMethod;
      if (req.method !== 'POST' || !apiMethods.includes(method)) {
        return sendJson(res, 404, fail('invalid-request', `No such bridge method: ${url.pathname}`));
      }
      const body = await readBody(req, maxBody);
      if (body === null) return sendJson(res, 413, fail('invalid-request', 'The request is too large.'));
      let payload: unknown;
      try {
        payload = body === '' ? undefined : JSON.parse(body);
      } catch {
        return sendJson(res, 400, fail('invalid-request', 'The request body is not valid JSON.'));
      }
      const handler = options.handlers[method] as (p: unknown) => Promise<unknown>;
      return sendJson(res, 200, await handler(payload === null ? undefined : payload));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
    const wanted = url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname);
    const file = normalize(join(root, wanted));
    if (!file.startsWith(root + sep)) return send(res, 404, 'Not found', 'text/plain');
    try {
      const data = await readFile(file);
      return send(res, 200, data, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', cookie);
    } catch {
      return send(res, 404, 'Not found', 'text/plain');
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      logger.error('browser host request failed', { error: (e as Error).message });
      if (!res.headersSent) sendJson(res, 500, fail('internal', 'The host could not answer that request.'));
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      // After the last request has been answered: nothing is written once the lock is gone.
      await options.releaseDataFolder?.();
    },
  };
}
