import { createContext, useContext, useDeferredValue, type ReactNode } from 'react';
import type { Conference } from '@shared/model/conference';
import { isDrawnLater } from './drawn-later';
import { useAppStore } from './index';

/** Undefined outside a provider: there, the store's own conference is read. */
const ShownConference = createContext<Conference | null | undefined>(undefined);

/**
 * The conference as the screens draw it: the store's, one step behind while the chair types. Every key in a field
 * goes to the store at once (the autosave, the shared screen and the field itself see it straight away), and the
 * rest of the screen (a plan of a hundred actions, its checks, its hints, who sees each text) is drawn again with
 * it when React has a moment between key presses, instead of before the key's own frame is painted. React drops a
 * half-drawn screen for a newer conference, so what is drawn always ends up as the store has it. Only the changes
 * marked with drawLater (drawn-later.ts) wait; any other is drawn at once.
 */
export function ShownConferenceProvider({ children }: { children: ReactNode }) {
  const conference = useAppStore((s) => s.conference);
  const deferred = useDeferredValue(conference);
  const shown = isDrawnLater(conference) ? deferred : conference;
  return <ShownConference.Provider value={shown}>{children}</ShownConference.Provider>;
}

/** The conference to draw: the provider's (see above), else the store's as it is now. */
export function useShownConference(): Conference | null {
  const shown = useContext(ShownConference);
  const fromStore = useAppStore((s) => (shown === undefined ? s.conference : null));
  return shown === undefined ? fromStore : shown;
}
