import { beforeAll, describe, expect, it, vi } from 'vitest';
import { apiMethods, Channels, LifecycleChannels } from '@shared/api/channels';
import type { CloseReadiness, CloseRequests, ConferenceApi } from '@shared/api/contract';

/** Electron cannot run here: the preload is loaded against stand-ins for contextBridge and ipcRenderer. */
const electron = vi.hoisted(() => {
  type Handler = (event: unknown, ...args: unknown[]) => void;
  const listeners = new Map<string, Handler[]>();
  const exposed: Record<string, unknown> = {};
  return {
    exposed,
    listeners,
    contextBridge: {
      exposeInMainWorld: (name: string, api: unknown) => {
        exposed[name] = api;
      },
    },
    ipcRenderer: {
      invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'answer' })),
      send: vi.fn(),
      on: (channel: string, handler: Handler) => listeners.set(channel, [...(listeners.get(channel) ?? []), handler]),
      removeListener: (channel: string, handler: Handler) =>
        listeners.set(
          channel,
          (listeners.get(channel) ?? []).filter((h) => h !== handler),
        ),
    },
  };
});

vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

let api: ConferenceApi & CloseRequests;
beforeAll(async () => {
  await import('../../../electron/preload/index');
  api = electron.exposed.conferenceApi as ConferenceApi & CloseRequests;
});

/** Main's side of a close request: sends one, and resolves with the answer the page sends back. */
async function askToClose(id: string): Promise<unknown[]> {
  electron.ipcRenderer.send.mockClear();
  for (const handler of electron.listeners.get(LifecycleChannels.closeRequested) ?? []) handler({}, id);
  await vi.waitFor(() => expect(electron.ipcRenderer.send).toHaveBeenCalled());
  return electron.ipcRenderer.send.mock.calls[0]!;
}

describe('the preload', () => {
  it('gives the page one named function per channel and the close answerer, and no way to name a channel', () => {
    expect(Object.keys(api).sort()).toEqual([...apiMethods, 'onCloseRequested'].sort());
    expect(api).not.toHaveProperty('invoke');
  });

  it('sends each method on its own channel, with the request as given', async () => {
    const request = { conference: { id: 'conf_1' }, basedOn: 'r4' } as unknown as Parameters<
      ConferenceApi['saveConference']
    >[0];
    await api.saveConference(request);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(Channels.saveConference, request);
    await api.listBin();
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(Channels.listBin);
    for (const method of apiMethods) {
      electron.ipcRenderer.invoke.mockClear();
      await (api[method] as (r?: unknown) => Promise<unknown>)({});
      expect(electron.ipcRenderer.invoke.mock.calls[0]?.[0]).toBe(Channels[method]);
    }
  });

  it('answers main’s close request with the same id and the page’s readiness', async () => {
    const readiness: CloseReadiness = { saved: false, unsaved: ['the notes'] };
    const stop = api.onCloseRequested(async () => readiness);
    expect(await askToClose('close-1')).toEqual([LifecycleChannels.closeReadiness, 'close-1', readiness]);
    stop();
    expect(electron.listeners.get(LifecycleChannels.closeRequested)).toEqual([]);
  });

  it('answers "not saved" when the page’s answer fails, so main asks the user rather than guessing', async () => {
    const stop = api.onCloseRequested(() => Promise.reject(new Error('the store is gone')));
    const [, id, readiness] = await askToClose('close-2');
    expect(id).toBe('close-2');
    expect(readiness).toMatchObject({ saved: false });
    stop();
  });
});
