import type { StateCreator } from 'zustand';
import type { AppStatus } from '../../../shared/api/contract';
import { bridge } from '../bridge';
import type { RootState } from './index';

export type Route = { name: 'home' } | { name: 'conference'; id: string };

export type AppSlice = {
  status: AppStatus | null;
  route: Route;
  loadStatus(): Promise<void>;
  navigate(route: Route): void;
};

export function routeFromHash(hash: string): Route {
  const m = /^#\/conference\/([A-Za-z0-9_-]+)$/.exec(hash);
  return m ? { name: 'conference', id: m[1]! } : { name: 'home' };
}

export function hashOf(route: Route): string {
  return route.name === 'conference' ? `#/conference/${route.id}` : '#/';
}

export const createAppSlice: StateCreator<RootState, [], [], AppSlice> = (set) => ({
  status: null,
  route: routeFromHash(window.location.hash),
  async loadStatus() {
    const result = await bridge.appStatus();
    if (result.ok) set({ status: result.value });
  },
  navigate(route) {
    // The address keeps the open conference, so a reload comes back to it.
    if (window.location.hash !== hashOf(route)) window.history.pushState(null, '', hashOf(route));
    set({ route });
  },
});
