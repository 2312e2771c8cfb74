import { apiMethods, type ApiMethod } from '@shared/api/channels';
import type { ConferenceApi, SharedScreenApi } from '@shared/api/contract';
import { fail, ok } from '@shared/api/result';
import type { SharedScreenView } from '@shared/shared-screen/types';

/**
 * The browser transport: each bridge method is a POST to the loopback host that `npm run browser` starts. The
 * access token travels in an HttpOnly cookie the host set, so this code never sees it.
 */
export function createHttpApi(fetchImpl: typeof fetch = (...args) => fetch(...args)): ConferenceApi {
  const call = async (method: ApiMethod, payload?: unknown): Promise<unknown> => {
    try {
      const response = await fetchImpl(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: payload === undefined ? '' : JSON.stringify(payload),
        credentials: 'same-origin',
      });
      if (response.status === 401 || response.status === 403) {
        return fail('invalid-request', 'This page is no longer connected: open the address the app printed again.');
      }
      return await response.json();
    } catch {
      return fail('storage-failed', 'The app could not reach its data service. Your work is still on this screen.');
    }
  };
  const api = Object.fromEntries(apiMethods.map((m) => [m, (payload?: unknown) => call(m, payload)])) as ConferenceApi;
  // A page cannot ask the host to open a browser window, so the page opens the shared screen itself.
  api.openSharedScreen = async () => {
    const opened = window.open('/shared-screen.html', 'conference-shared-screen', 'popup,width=1280,height=720');
    return ok({ opened: opened !== null });
  };
  return api;
}

/** The shared-screen page in the browser run: the current view, then new ones as server-sent events. */
export function createHttpSharedScreenApi(): SharedScreenApi {
  return {
    async currentView() {
      try {
        const response = await fetch('/api/shared-screen/current', { credentials: 'same-origin' });
        return (await response.json()) as Awaited<ReturnType<SharedScreenApi['currentView']>>;
      } catch {
        return fail('storage-failed', 'The shared screen could not reach the app.');
      }
    },
    onView(listener) {
      const source = new EventSource('/api/shared-screen/events');
      source.onmessage = (event: MessageEvent<string>) => listener(JSON.parse(event.data) as SharedScreenView);
      return () => source.close();
    },
  };
}
