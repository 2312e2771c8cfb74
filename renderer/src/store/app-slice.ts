import type { StateCreator } from 'zustand';
import type { AppStatus } from '@shared/api/contract';
import type { Failure } from '@shared/api/result';
import { DEFAULT_SETTINGS, type OrganisationSettings } from '@shared/model/settings';
import { bridge } from '../bridge';
import type { RootState } from './index';

export type Route = { name: 'home' } | { name: 'settings' } | { name: 'conference'; id: string };

export type AppSlice = {
  status: AppStatus | null;
  /**
   * Why this copy of the app may only read (main's words), from the status at start or a refused save; null while
   * it may save. Every screen shows it, and the autosave does not try.
   */
  readOnly: string | null;
  /**
   * A bridge call was refused as read-only: if main says the whole app may only read, every screen says so (a
   * conference from a newer version of the app is read-only on its own, and only its screen says so).
   */
  noteReadOnly(failure: Failure): Promise<void>;
  route: Route;
  /** The organisation's settings: contacts for documents, local timescales for the date engine. */
  settings: OrganisationSettings;
  loadStatus(): Promise<void>;
  loadSettings(): Promise<void>;
  saveSettings(settings: OrganisationSettings): Promise<Failure | null>;
  navigate(route: Route): void;
};

export function routeFromHash(hash: string): Route {
  if (hash === '#/settings') return { name: 'settings' };
  const m = /^#\/conference\/([A-Za-z0-9_-]+)$/.exec(hash);
  return m ? { name: 'conference', id: m[1]! } : { name: 'home' };
}

export function hashOf(route: Route): string {
  if (route.name === 'settings') return '#/settings';
  return route.name === 'conference' ? `#/conference/${route.id}` : '#/';
}

/**
 * Counts saves of the settings, so that a read begun before a save cannot land after it and put the old settings
 * back (the settings screen reads them on opening; a chair who saves quickly would otherwise lose the change).
 */
let settingsSaves = 0;

export const createAppSlice: StateCreator<RootState, [], [], AppSlice> = (set, get) => ({
  status: null,
  readOnly: null,
  async noteReadOnly(failure) {
    if (failure.code !== 'read-only' || get().readOnly) return;
    const result = await bridge.appStatus();
    if (!result.ok) set({ readOnly: failure.message });
    else set({ status: result.value, readOnly: result.value.readOnly ?? null });
  },
  route: routeFromHash(window.location.hash),
  settings: DEFAULT_SETTINGS,
  async loadSettings() {
    const savesBefore = settingsSaves;
    const result = await bridge.getSettings();
    if (result.ok && savesBefore === settingsSaves) set({ settings: result.value });
  },
  async saveSettings(settings) {
    settingsSaves++;
    const result = await bridge.saveSettings(settings);
    if (!result.ok) return result;
    set({ settings });
    return null;
  },
  async loadStatus() {
    const result = await bridge.appStatus();
    if (result.ok) set((s) => ({ status: result.value, readOnly: result.value.readOnly ?? s.readOnly }));
  },
  navigate(route) {
    // The address keeps the open conference, so a reload comes back to it.
    if (window.location.hash !== hashOf(route)) window.history.pushState(null, '', hashOf(route));
    set({ route });
  },
});
