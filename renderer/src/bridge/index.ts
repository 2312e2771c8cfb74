import type { CloseRequests, ConferenceApi, SharedScreenApi } from '@shared/api/contract';
import { createHttpApi, createHttpSharedScreenApi } from './http-api';

declare global {
  // Augmenting the global Window needs interface merging; a type alias cannot do it.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** Installed by the Electron preload; absent in the browser run. */
    conferenceApi?: ConferenceApi & CloseRequests;
    /** Installed by the shared-screen window's preload; absent in the browser run. */
    sharedScreenApi?: SharedScreenApi;
  }
}

/** The one way the UI reaches the outside world. Electron's preload if present, else the loopback host. */
export const bridge: ConferenceApi = window.conferenceApi ?? createHttpApi();

/**
 * Main's questions before the window closes (Electron only). Null in the browser run, where the page asks the
 * browser to warn before leaving instead.
 */
export const closeRequests: CloseRequests | null = window.conferenceApi ?? null;

/** The shared screen's narrower bridge. */
export function sharedScreenBridge(): SharedScreenApi {
  return window.sharedScreenApi ?? createHttpSharedScreenApi();
}
