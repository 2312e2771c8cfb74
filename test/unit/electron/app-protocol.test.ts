import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPageUrl, devServerUrl, resolveAppRequest } from '../../../electron/services/app-protocol';

const renderer = resolve('/opt/Conference Chair/resources/app.asar/out/renderer');

describe('serving app://conference-chair/ from the renderer folder', () => {
  it('answers the pages and their assets with files inside the folder', () => {
    expect(resolveAppRequest('app://conference-chair/index.html', renderer)).toBe(join(renderer, 'index.html'));
    expect(resolveAppRequest('app://conference-chair/shared-screen.html#/x', renderer)).toBe(
      join(renderer, 'shared-screen.html'),
    );
    expect(resolveAppRequest('app://conference-chair/assets/index-Bg8vVaOR.js', renderer)).toBe(
      join(renderer, 'assets', 'index-Bg8vVaOR.js'),
    );
    expect(resolveAppRequest('app://conference-chair/assets/a%20b.css?v=1', renderer)).toBe(
      join(renderer, 'assets', 'a b.css'),
    );
  });

  const refused = [
    // climbing out, plainly (the URL parser already removes these: what is left must still be inside) or encoded
    'app://conference-chair/../../../etc/passwd',
    'app://conference-chair/%2e%2e/%2e%2e/etc/passwd',
    'app://conference-chair/..%2f..%2fetc%2fpasswd',
    'app://conference-chair/assets/..%2f..%2f..%2fmain%2findex.js',
    'app://conference-chair/..%5c..%5cwindows%5cwin.ini',
    'app://conference-chair/%2e%2e%5c%2e%2e%5cx',
    'app://conference-chair/%2fetc%2fpasswd',
    'app://conference-chair/C:%5cWindows%5cwin.ini',
    'app://conference-chair/c%3a/Windows/win.ini',
    'app://conference-chair/index.html%00.png',
    'app://conference-chair/%E0%A4%A',
    'app://conference-chair//etc/passwd',
    'app://conference-chair/',
    'app://conference-chair',
    // another host, or not this scheme
    'app://evil/index.html',
    'app://conference-chair.evil/index.html',
    'app://user:pw@conference-chair/index.html',
    'file:///etc/passwd',
    'https://conference-chair/index.html',
    'not a url',
  ];
  for (const url of refused) {
    it(`refuses ${url}`, () => {
      expect(resolveAppRequest(url, renderer)).toBeNull();
    });
  }

  it('loads pages from app:// unless a dev server is in use', () => {
    expect(appPageUrl('index.html', undefined)).toBe('app://conference-chair/index.html');
    expect(appPageUrl('shared-screen.html', undefined)).toBe('app://conference-chair/shared-screen.html');
    expect(appPageUrl('index.html', 'http://localhost:5173')).toBe('http://localhost:5173/index.html');
  });
});

describe('ELECTRON_RENDERER_URL', () => {
  it('is ignored by a packaged app', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeUndefined();
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' }, true)).toBeUndefined();
  });

  it('is honoured in development, as the dev server’s origin', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe('http://localhost:5173');
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' }, false)).toBe('http://127.0.0.1:5173');
    expect(devServerUrl({}, false)).toBeUndefined();
  });

  it('is refused in development too unless it is plain http on this machine', () => {
    for (const value of [
      'https://evil.example',
      'http://evil.example:5173',
      'http://localhost.evil:5173',
      'file:///tmp/evil',
      'http://user:pw@localhost:5173',
      'javascript:alert(1)',
      'nonsense',
      '',
    ]) {
      expect(devServerUrl({ ELECTRON_RENDERER_URL: value }, false), value).toBeUndefined();
    }
  });
});
