import { apiMethods, type ApiMethod } from '../../../shared/api/channels';
import type { ConferenceApi } from '../../../shared/api/contract';
import { fail } from '../../../shared/api/result';

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
  return Object.fromEntries(apiMethods.map((m) => [m, (payload?: unknown) => call(m, payload)])) as ConferenceApi;
}
