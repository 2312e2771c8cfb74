import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LifecycleChannels } from '@shared/api/channels';
import { CONTENT_SECURITY_POLICY } from '../../../electron/services/security';
import { silentLogger } from '../../../electron/services/logger';
import { useTempFolders } from '../../helpers/temp';

/**
 * main/*.ts wires Electron to the tested services. Electron cannot run here, so it is replaced by a recorder: the
 * test checks the wiring itself (what is registered, which requests are served, who may answer the close question).
 */
type Listener = (...args: unknown[]) => unknown;
/** Lets every pending promise chain run to its end. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const electron = vi.hoisted(() => {
  const appListeners = new Map<string, Array<(...args: unknown[]) => unknown>>();
  const ipcListeners = new Map<string, Array<(...args: unknown[]) => unknown>>();
  return {
    appListeners,
    ipcListeners,
    privileged: [] as unknown[],
    handlers: new Map<string, (request: Request) => Promise<Response>>(),
    quit: vi.fn(),
    showMessageBox: vi.fn(),
  };
});

vi.mock('electron', () => ({
  app: {
    on: (event: string, listener: Listener) => {
      electron.appListeners.set(event, [...(electron.appListeners.get(event) ?? []), listener]);
    },
    quit: electron.quit,
  },
  ipcMain: {
    on: (channel: string, listener: Listener) => {
      electron.ipcListeners.set(channel, [...(electron.ipcListeners.get(channel) ?? []), listener]);
    },
  },
  dialog: { showMessageBox: electron.showMessageBox },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => electron.privileged.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
      electron.handlers.set(scheme, handler),
  },
  net: {
    // Electron's net.fetch reads file: URLs; Node's fetch cannot, so the stand-in reads the file.
    fetch: async (url: string) =>
      new Response(await readFile(fileURLToPath(url)), { headers: { 'content-type': 'text/html' } }),
  },
}));

describe('the app:// scheme (main/protocol.ts)', () => {
  const tempFolder = useTempFolders();

  it('is registered as a standard, secure scheme that does not bypass the CSP', async () => {
    const { registerAppScheme } = await import('../../../electron/main/protocol');
    registerAppScheme();
    expect(electron.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(JSON.stringify(electron.privileged)).not.toContain('bypassCSP');
  });

  it('serves files inside the renderer folder with the CSP header, and nothing else', async () => {
    const folder = await tempFolder();
    const renderer = join(folder, 'renderer');
    await mkdir(join(renderer, 'assets'), { recursive: true });
    await writeFile(join(renderer, 'index.html'), '<p>app</p>');
    await writeFile(join(folder, 'secret.txt'), 'not for pages');
    const { serveRenderer } = await import('../../../electron/main/protocol');
    serveRenderer(renderer);
    const handle = electron.handlers.get('app')!;
    const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

    const page = await get('app://conference-chair/index.html');
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<p>app</p>');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    for (const url of [
      'app://conference-chair/../secret.txt',
      'app://conference-chair/%2e%2e/secret.txt',
      'app://conference-chair/..%2fsecret.txt',
      'app://conference-chair/assets',
      'app://conference-chair/missing.js',
      'app://evil/index.html',
    ]) {
      expect((await get(url)).status, url).toBe(404);
    }
    expect((await get('app://conference-chair/index.html', 'POST')).status).toBe(405);
  });
});

describe('closing waits (main/closing.ts)', () => {
  beforeEach(() => {
    electron.appListeners.clear();
    electron.ipcListeners.clear();
    electron.quit.mockClear();
    electron.showMessageBox.mockReset();
  });

  function chairWindow(url = 'app://conference-chair/index.html') {
    const sent: unknown[][] = [];
    const windowListeners = new Map<string, Listener>();
    const webContents = { send: (...args: unknown[]) => sent.push(args), isCrashed: () => false, url };
    const win = {
      webContents,
      isDestroyed: () => false,
      close: vi.fn(),
      destroy: vi.fn(),
      on: (event: string, listener: Listener) => windowListeners.set(event, listener),
    };
    return { win, sent, windowListeners };
  }

  function answer(from: { sender: unknown; url: string }, requestId: unknown, readiness: unknown) {
    for (const listener of electron.ipcListeners.get(LifecycleChannels.closeReadiness) ?? []) {
      listener({ sender: from.sender, senderFrame: { url: from.url } }, requestId, readiness);
    }
  }

  it('holds a quit, asks the chair’s window, and quits once it says everything is saved', async () => {
    const { guardClosing } = await import('../../../electron/main/closing');
    const { win, sent } = chairWindow();
    guardClosing({ chairWindow: () => win as never, devServer: undefined, logger: silentLogger });
    const beforeQuit = electron.appListeners.get('before-quit')![0]!;
    const event = { preventDefault: vi.fn() };
    beforeQuit(event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(sent).toEqual([[LifecycleChannels.closeRequested, 'close-1']]);

    // An answer from another window, or from a page that is not the app's, is ignored.
    answer({ sender: {}, url: 'app://conference-chair/index.html' }, 'close-1', { saved: true });
    answer({ sender: win.webContents, url: 'file:///tmp/evil/index.html' }, 'close-1', { saved: true });
    answer({ sender: win.webContents, url: 'app://conference-chair/shared-screen.html' }, 'close-1', { saved: true });
    await settle();
    expect(electron.quit).not.toHaveBeenCalled();

    answer({ sender: win.webContents, url: 'app://conference-chair/index.html#/c/1' }, 'close-1', { saved: true });
    await vi.waitFor(() => expect(electron.quit).toHaveBeenCalledTimes(1));
    // The second before-quit (from that quit) goes through.
    const again = { preventDefault: vi.fn() };
    beforeQuit(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('holds the chair’s window close and keeps it open when the chair goes back', async () => {
    const { guardClosing, holdCloseUntilSaved } = await import('../../../electron/main/closing');
    const { win, windowListeners } = chairWindow();
    const guard = guardClosing({ chairWindow: () => win as never, devServer: undefined, logger: silentLogger });
    holdCloseUntilSaved(win as never, guard);
    electron.showMessageBox.mockResolvedValue({ response: 0 });
    const event = { preventDefault: vi.fn() };
    windowListeners.get('close')!(event);
    expect(event.preventDefault).toHaveBeenCalled();
    answer({ sender: win.webContents, url: 'app://conference-chair/index.html' }, 'close-1', {
      saved: false,
      unsaved: ['Chair'],
    });
    await vi.waitFor(() => expect(electron.showMessageBox).toHaveBeenCalledTimes(1));
    const question = electron.showMessageBox.mock.calls[0]![1] as { detail: string; defaultId: number };
    expect(question.detail).toContain('Chair');
    await settle();
    expect(win.close).not.toHaveBeenCalled();
    expect(win.destroy).not.toHaveBeenCalled();

    electron.showMessageBox.mockResolvedValue({ response: 1 });
    windowListeners.get('close')!({ preventDefault: vi.fn() });
    answer({ sender: win.webContents, url: 'app://conference-chair/index.html' }, 'close-2', {
      saved: false,
      unsaved: ['Chair'],
    });
    // Destroyed, not closed again: a page that has stopped answering would hold up another close.
    await vi.waitFor(() => expect(win.destroy).toHaveBeenCalledTimes(1));
  });
});
