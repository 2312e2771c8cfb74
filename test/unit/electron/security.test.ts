import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isTrustedSender,
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

  it('creates operator and presenter windows with exactly those preferences (electron mocked)', async () => {
    const { createWindow } = await import('../../../electron/main/windows');
    createWindow('operator', '/app/preload.cjs');
    createWindow('presenter', '/app/preload.cjs');
    expect(constructed).toHaveLength(2);
    for (const options of constructed) {
      expect((options as { webPreferences: unknown }).webPreferences).toEqual(secureWebPreferences('/app/preload.cjs'));
    }
  });

  it('blocks navigation away from the app’s own pages', () => {
    const page = 'file:///opt/app/resources/app.asar/out/renderer/index.html';
    expect(shouldBlockNavigation('https://example.com/', page, undefined)).toBe(true);
    expect(shouldBlockNavigation('file:///etc/passwd', page, undefined)).toBe(true);
    expect(shouldBlockNavigation('javascript:alert(1)', page, undefined)).toBe(true);
    expect(shouldBlockNavigation(page + '#/conference/x', page, undefined)).toBe(false);
    expect(
      shouldBlockNavigation('http://localhost:5173/index.html', 'http://localhost:5173/', 'http://localhost:5173'),
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
    expect(isTrustedSender('file:///opt/app/out/renderer/index.html', undefined)).toBe(true);
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
