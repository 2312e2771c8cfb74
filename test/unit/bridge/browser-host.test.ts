import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../electron/host/browser-host';
import { createAppServices } from '../../../electron/services/app-services';
import { silentLogger } from '../../../electron/services/logger';
import { testKey, useTempFolders } from '../../helpers/temp';

type Reply = { status: number; body: string; headers: Record<string, string | string[] | undefined> };

function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser host', () => {
  const tempFolder = useTempFolders();
  let host: BrowserHost | null = null;
  afterEach(async () => {
    await host?.close();
    host = null;
  });

  async function start() {
    const dataFolder = await tempFolder();
    const rendererFolder = join(dataFolder, 'renderer');
    await mkdir(rendererFolder);
    await writeFile(join(rendererFolder, 'index.html'), '<!doctype html><title>app</title>');
    const services = await createAppServices({
      dataFolder,
      dataKey: { key: testKey(), mode: 'injected' },
      transport: 'browser',
      appVersion: 't',
      logger: silentLogger,
    });
    host = await startBrowserHost({ handlers: services.handlers, rendererFolder, logger: silentLogger });
    return host;
  }

  it('listens on loopback only and prints one URL carrying the token', async () => {
    const h = await start();
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/);
  });

  it('refuses requests without the token', async () => {
    const h = await start();
    const host = `127.0.0.1:${h.port}`;
    expect((await send(h.port, '/', { headers: { host } })).status).toBe(401);
    expect((await send(h.port, '/api/listConferences', { method: 'POST', headers: { host } })).status).toBe(401);
    expect(
      (await send(h.port, '/api/listConferences', { method: 'POST', headers: { host, 'x-conference-token': 'nope' } }))
        .status,
    ).toBe(401);
  });

  it('refuses a foreign Host (DNS rebinding) or Origin (another web page), even with the token', async () => {
    const h = await start();
    const token = h.token;
    const rebinding = await send(h.port, '/api/listConferences', {
      method: 'POST',
      headers: { host: 'evil.example:80', 'x-conference-token': token },
    });
    expect(rebinding.status).toBe(403);
    const crossSite = await send(h.port, '/api/listConferences', {
      method: 'POST',
      headers: { host: `127.0.0.1:${h.port}`, origin: 'https://evil.example', 'x-conference-token': token },
    });
    expect(crossSite.status).toBe(403);
  });

  it('sets an HttpOnly SameSite cookie from the token in the address, then accepts the cookie', async () => {
    const h = await start();
    const host = `127.0.0.1:${h.port}`;
    const first = await send(h.port, `/?token=${h.token}`, { headers: { host } });
    expect(first.status).toBe(200);
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(first.headers['content-security-policy']).toContain("script-src 'self'");
    const api = await send(h.port, '/api/listConferences', {
      method: 'POST',
      headers: { host, origin: h.origin, cookie: cookie.split(';')[0]! },
    });
    expect(api.status).toBe(200);
    expect(JSON.parse(api.body)).toEqual({ ok: true, value: { conferences: [], unreadable: [] } });
  });

  it('answers bad bodies and unknown methods with result objects, and keeps serving', async () => {
    const h = await start();
    const headers = { host: `127.0.0.1:${h.port}`, 'x-conference-token': h.token };
    const notJson = await send(h.port, '/api/createConference', { method: 'POST', headers, body: '{oops' });
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, code: 'invalid-request' });
    const unknown = await send(h.port, '/api/deleteEverything', { method: 'POST', headers });
    expect(unknown.status).toBe(404);
    const traversal = await send(h.port, '/../../etc/passwd', { headers });
    expect(traversal.status).toBe(404);
    const ok = await send(h.port, '/api/createConference', {
      method: 'POST',
      headers,
      body: JSON.stringify({ type: 'initial', nation: 'england', date: '2026-12-01' }),
    });
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true });
  });
});

describe('browser host after a restart', () => {
  const tempFolder = useTempFolders();
  it('lets the new address in although the browser still sends the old cookie', async () => {
    const dataFolder = await tempFolder();
    const rendererFolder = join(dataFolder, 'renderer');
    await mkdir(rendererFolder);
    await writeFile(join(rendererFolder, 'index.html'), '<!doctype html>');
    const services = await createAppServices({
      dataFolder,
      dataKey: { key: testKey(), mode: 'injected' },
      transport: 'browser',
      appVersion: 't',
      logger: silentLogger,
    });
    const h = await startBrowserHost({ handlers: services.handlers, rendererFolder, logger: silentLogger });
    try {
      const reply = await send(h.port, `/?token=${h.token}`, {
        headers: { host: `127.0.0.1:${h.port}`, cookie: 'cp_token=stale-from-last-run' },
      });
      expect(reply.status).toBe(200);
      expect(String(reply.headers['set-cookie'])).toContain(`cp_token=${h.token}`);
    } finally {
      await h.close();
    }
  });
});
