import type { StoreApi } from 'zustand';
import type { Leak } from '@shared/audience/leak-guard';
import type { Conference } from '@shared/model/conference';
import { sharedScreenViewAndLeaks } from '@shared/shared-screen/view';
import type { SharedScreenChoice, SharedScreenView } from '@shared/shared-screen/types';
import type { RootState } from './index';

export type PublishedView = { view: SharedScreenView | null; leaks: Leak[] };

export type SharedScreenPublisher = {
  /**
   * Starts publishing (the chair's window shows the meeting): the current view goes to the shared screen now, and every
   * change after it. Returns the stop. While nothing has started it, nothing is sent.
   */
  start(): () => void;
  /** The view and the leak guard's findings for the store as it is now, worked out once per change. */
  current(): PublishedView;
  /** Told after each change of the view (for React's useSyncExternalStore). */
  subscribe(listener: () => void): () => void;
};

const NOTHING: PublishedView = { view: null, leaks: [] };

/**
 * The shared screen's view, worked out and sent the moment the store changes, inside the chair's own key press:
 * the shared screen is not kept waiting while React draws the chair's window (a meeting of a thousand notes takes tens
 * of milliseconds to draw). It listens to the store before any component does, so the request is on its way before
 * the window starts on its own work. Only the view leaves the window; the shared screen never receives the conference.
 */
export function createSharedScreenPublisher(
  store: StoreApi<RootState>,
  publish: (view: SharedScreenView) => void,
): SharedScreenPublisher {
  let conference: Conference | null = null;
  let screen: SharedScreenChoice | null = null;
  let leadTitle: string | undefined;
  let readBackPage = -1;
  let computed: PublishedView = NOTHING;
  /** The view's projection before the read-back page is set on it, so scrolling does not work the view out again. */
  let projected: PublishedView = NOTHING;
  let started = 0;
  /** What was last sent, as text: a change that leaves the view the same sends nothing. Forgotten on stopping. */
  let sent = '';
  const listeners = new Set<() => void>();

  /** Works the view out again when what it is made from has changed; says whether it has. */
  const refresh = (state: RootState): boolean => {
    const title = state.settings.leadProfessionalTitle;
    const sameProjection = state.conference === conference && state.screen === screen && title === leadTitle;
    if (sameProjection && state.readBackPage === readBackPage) return false;
    if (!sameProjection) {
      conference = state.conference;
      screen = state.screen;
      leadTitle = title;
      projected = conference
        ? sharedScreenViewAndLeaks(conference, state.screen, { leadProfessionalTitle: title })
        : NOTHING;
    }
    readBackPage = state.readBackPage;
    // How far the chair has scrolled the read-back goes with the view: the shared screen has no one at its keyboard.
    const view =
      projected.view?.mode === 'read-back' && readBackPage > 0
        ? { ...projected.view, page: readBackPage }
        : projected.view;
    computed = view === projected.view ? projected : { view, leaks: projected.leaks };
    return true;
  };

  const send = () => {
    const { view } = computed;
    if (!started || !view) return;
    const text = JSON.stringify(view);
    if (text === sent) return;
    sent = text;
    publish(view);
  };

  store.subscribe((state) => {
    // Nothing shows the view (the chair is in the setup or the decisions): it is not worked out on every key press,
    // but when it is next asked for.
    if (!started && listeners.size === 0) return;
    if (!refresh(state)) return;
    send();
    for (const listener of listeners) listener();
  });

  return {
    start() {
      started++;
      refresh(store.getState());
      send();
      let stopped = false;
      return () => {
        if (stopped) return;
        stopped = true;
        started--;
        // Shown again later, the view is sent again even if unchanged: the shared screen may have been put on hold
        // meanwhile.
        if (!started) sent = '';
      };
    },
    current() {
      refresh(store.getState());
      return computed;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
