import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  developmentContentSecurityPolicy,
  isAppUrl,
  isTrustedSender,
  withDevelopmentCsp,
  permissionDecision,
  secureWebPreferences,
  shouldBlockNavigation,
  windowOpenDecision,
} from '../../../electron/services/security';

const constructed: unknown[] = [];
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: unknown) {
      constructed.push(options);
    }
    once() {}
  },
}));

describe('Electron security rules', () => {
  it('every window is isolated, sandboxed and without Node', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('creates the chair’s window and the shared screen with exactly those preferences (electron mocked)', async () => {
    const { createWindow } = await import('../../../electron/main/windows');
    createWindow('chair-window', '/app/preload.cjs');
    createWindow('shared-screen', '/app/preload.cjs');
    expect(constructed).toHaveLength(2);
    for (const options of constructed) {
      expect((options as { webPreferences: unknown }).webPreferences).toEqual(secureWebPreferences('/app/preload.cjs'));
    }
  });

  it('blocks navigation away from the app’s own pages', () => {
    const page = 'app://conference-chair/index.html';
    expect(shouldBlockNavigation('https://example.com/', page, undefined)).toBe(true);
    expect(shouldBlockNavigation('file:///etc/passwd', page, undefined)).toBe(true);
    expect(shouldBlockNavigation('javascript:alert(1)', page, undefined)).toBe(true);
    expect(shouldBlockNavigation(page + '#/conference/x', page, undefined)).toBe(false);
    expect(shouldBlockNavigation('app://conference-chair/shared-screen.html', '', undefined)).toBe(false);
    expect(
      shouldBlockNavigation(
        'http://localhost:5173/index.html',
        'http://localhost:5173/index.html',
        'http://localhost:5173',
      ),
    ).toBe(false);
    expect(shouldBlockNavigation('http://localhost:5174/', 'http://localhost:5173/', 'http://localhost:5173')).toBe(
      true,
    );
  });

  it('denies new windows and every permission', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(permissionDecision(p)).toBe(false);
    }
  });

  it('answers IPC only from the app’s own pages', () => {
    expect(isTrustedSender('app://conference-chair/index.html', undefined)).toBe(true);
    expect(isTrustedSender('https://evil.example/', undefined)).toBe(false);
    expect(isTrustedSender(undefined, undefined)).toBe(false);
  });

  it('has a CSP that allows no inline or remote script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });
});

describe('the page CSP', () => {
  it('renderer/index.html carries the same policy as the host and Electron (frame-ancestors is header-only)', async () => {
    const { readFile } = await import('node:fs/promises');
    const html = await readFile(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const parts = (s: string) =>
      new Set(
        s
          .split(';')
          .map((p) => p.trim())
          .filter((p) => !p.startsWith('frame-ancestors')),
      );
    expect(meta).toBeDefined();
    expect(parts(meta!)).toEqual(parts(CONTENT_SECURITY_POLICY));
  });
});

/** Pages that must never count as the app's: foreign files, the app's own files by path, and app:// look-alikes. */
const lookAlikes = [
  'file:///tmp/evil/index.html',
  'file:///opt/Conference Chair/resources/app.asar/out/renderer/index.html',
  'file:///home/someone/out/renderer/index.html',
  'file://conference-chair/index.html',
  'app://conference-chair.evil/index.html',
  'app://evil/index.html',
  'app://evil.conference-chair/index.html',
  'app://conference-chair:8080/index.html',
  'app://user@conference-chair/index.html',
  'app://conference-chair/../index.html',
  'app://conference-chair/./index.html',
  'app://conference-chair/%2e%2e/index.html',
  'app://conference-chair//index.html',
  'app://conference-chair/sub/index.html',
  'app://conference-chair/evil/../index.html',
  'app://conference-chair/index.html.evil',
  'app://conference-chair/index.htm',
  'app://conference-chair/INDEX.html',
  'app://conference-chair/index.html/',
  'app://conference-chair/index.html?x',
  'app://conference-chair/index.html?x#y',
  'app://conference-chair/index.html;x',
  'app://conference-chair/',
  'app://conference-chair',
  'app:conference-chair/index.html',
  'apps://conference-chair/index.html',
  'http://127.0.0.1:5173/index.html',
  'http://localhost:5173/index.html',
  'http://127.0.0.1:5173',
  'https://conference-chair/index.html',
  'about:blank',
  'data:text/html,<p>x</p>',
  '',
];

describe('the app’s own pages, by exact origin and path', () => {
  for (const url of lookAlikes) {
    it(`refuses ${JSON.stringify(url)} as a sender for either page and as a navigation target`, () => {
      expect(isAppUrl(url, undefined)).toBe(false);
      expect(isTrustedSender(url, undefined, 'index.html')).toBe(false);
      expect(isTrustedSender(url, undefined, 'shared-screen.html')).toBe(false);
      expect(shouldBlockNavigation(url, 'app://conference-chair/index.html', undefined)).toBe(true);
      expect(shouldBlockNavigation(url, '', undefined)).toBe(true);
    });
  }

  it('accepts the real pages, with or without a route after #', () => {
    for (const url of ['app://conference-chair/index.html', 'app://conference-chair/index.html#/conference/c-1']) {
      expect(isTrustedSender(url, undefined, 'index.html')).toBe(true);
      expect(shouldBlockNavigation(url, 'app://conference-chair/index.html', undefined)).toBe(false);
    }
    expect(isTrustedSender('app://conference-chair/shared-screen.html', undefined, 'shared-screen.html')).toBe(true);
  });

  it('keeps each page to its own channels: the shared screen may not use the chair’s, nor the chair’s page the shared screen’s', () => {
    expect(isTrustedSender('app://conference-chair/shared-screen.html', undefined, 'index.html')).toBe(false);
    expect(isTrustedSender('app://conference-chair/shared-screen.html#x', undefined, 'index.html')).toBe(false);
    expect(isTrustedSender('app://conference-chair/index.html', undefined, 'shared-screen.html')).toBe(false);
    // The default page is the chair's: a channel that forgets to name its page is still not open to the shared screen.
    expect(isTrustedSender('app://conference-chair/shared-screen.html', undefined)).toBe(false);
  });

  it('accepts the dev server’s pages only when a dev server is in use, and only its exact origin', () => {
    const dev = 'http://localhost:5173';
    expect(isTrustedSender('http://localhost:5173/index.html', dev, 'index.html')).toBe(true);
    expect(isTrustedSender('http://localhost:5173/shared-screen.html', dev, 'shared-screen.html')).toBe(true);
    expect(isTrustedSender('http://localhost:5173/shared-screen.html', dev, 'index.html')).toBe(false);
    expect(isTrustedSender('http://localhost:5173/index.html', undefined, 'index.html')).toBe(false);
    expect(isTrustedSender('http://127.0.0.1:5173/index.html', dev, 'index.html')).toBe(false);
    expect(isTrustedSender('http://localhost:51730/index.html', dev, 'index.html')).toBe(false);
    expect(isTrustedSender('http://localhost:5173.evil/index.html', dev, 'index.html')).toBe(false);
    // The app's own pages stay trusted during development too.
    expect(isTrustedSender('app://conference-chair/index.html', dev, 'index.html')).toBe(true);
  });
});

describe('the development CSP', () => {
  it('is only swapped in for a page that carries the strict policy, and keeps everything but what Vite needs', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const page of ['index.html', 'shared-screen.html']) {
      const html = await readFile(new URL(`../../../renderer/${page}`, import.meta.url), 'utf8');
      const served = withDevelopmentCsp(html);
      expect(served).toContain(developmentContentSecurityPolicy());
      expect(served).not.toContain("style-src 'self';");
      expect(served.replace(developmentContentSecurityPolicy(), '')).toBe(
        html.replace(/content="default-src[^"]*"/, 'content=""'),
      );
    }
    expect(() => withDevelopmentCsp('<meta http-equiv="Content-Security-Policy" content="default-src *">')).toThrow(
      /strict/,
    );
  });

  it('opens inline styles and scripts and the websocket to the loopback dev server only', () => {
    const dev = developmentContentSecurityPolicy();
    expect(dev).toContain("style-src 'self' 'unsafe-inline'");
    expect(dev).toContain("default-src 'none'");
    expect(dev).not.toMatch(/unsafe-eval|https?:/);
    const sources = dev.split(';').flatMap((d) => d.trim().split(' ').slice(1));
    expect(sources.filter((s) => s === '*' || s.startsWith('ws://*') || s.startsWith('wss:'))).toEqual([]);
    const sockets = /connect-src ([^;]+)/
      .exec(dev)![1]!
      .split(' ')
      .filter((s) => s.startsWith('ws'));
    expect(sockets.length).toBeGreaterThan(0);
    for (const socket of sockets) expect(socket).toMatch(/^ws:\/\/(localhost|127\.0\.0\.1|\[::1\]):\*$/);
  });
});
