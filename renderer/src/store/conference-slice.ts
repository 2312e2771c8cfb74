import type { StateCreator } from 'zustand';
import { SAVE_BEFORE_CLOSE_MS } from '@shared/api/channels';
import type { CloseReadiness } from '@shared/api/contract';
import type { Failure } from '@shared/api/result';
import { stampCaptures } from '@shared/audience/stamp';
import type { Conference } from '@shared/model/conference';
import { bridge } from '../bridge';
import { createAutosaver, type SaveState } from './autosave';
import type { RootState } from './index';

export type ConferenceSlice = {
  conference: Conference | null;
  openFailure: Failure | null;
  notices: string[];
  saveState: SaveState;
  openConference(id: string): Promise<void>;
  /** Leaves the conference; false when the chair chose to stay because edits are not yet on disk. */
  closeConference(): Promise<boolean>;
  /** Every edit goes through here: it replaces the conference immutably and schedules the autosave. */
  editConference(recipe: (conference: Conference) => Conference): void;
  restoreBackup(id: string, backup: string): Promise<void>;
  /**
   * After a stale save: read the conference again as it is on disk, dropping what this window could not save (the
   * chair has been told to copy anything they need first).
   */
  reopenConference(): Promise<void>;
  flushSave(): Promise<void>;
  /** Main asks before the window closes: write what is pending, then say what could not be saved. */
  readinessToClose(): Promise<CloseReadiness>;
  /** Whether anything edited in this window is not yet on disk (the browser run asks before leaving). */
  hasUnsavedWork(): boolean;
  dismissNotice(index: number): void;
};

/** The browser's own question (a native dialog in Electron too); a window without one keeps the edits. */
function askToDiscard(question: string): boolean {
  return typeof globalThis.confirm === 'function' ? globalThis.confirm(question) : false;
}

export const createConferenceSlice: StateCreator<RootState, [], [], ConferenceSlice> = (set, get) => {
  const autosaver = createAutosaver({
    save: (request) => bridge.saveConference(request),
    onState: (saveState) => {
      set({ saveState });
      // A save refused because this copy may only read tells every screen, as the status at start would have.
      if (saveState.phase === 'read-only' && !get().readOnly) {
        void get().noteReadOnly({ ok: false, code: 'read-only', message: saveState.message });
      }
    },
    readOnly: () => get().readOnly,
  });

  /**
   * Before leaving a conference: write what is pending (bounded), and if anything is still not on disk (a full disk,
   * a stale or read-only copy), ask the chair, naming what would be lost. Leaving without asking would drop edits
   * that the retry was still trying to save.
   */
  const mayLeave = async (): Promise<boolean> => {
    if (!get().conference) return true;
    const readiness = await autosaver.settle(SAVE_BEFORE_CLOSE_MS);
    if (readiness.saved) return true;
    const listed = readiness.unsaved.length ? readiness.unsaved.join(', ') : 'some changes';
    const leave = askToDiscard(`Not saved: ${listed}.\n\nLeave this conference anyway and lose these changes?`);
    if (leave) autosaver.forget();
    return leave;
  };

  return {
    conference: null,
    openFailure: null,
    notices: [],
    saveState: { phase: 'idle' },
    async openConference(id) {
      const leaving = get().conference?.id;
      if (leaving === id) return;
      if (!(await mayLeave())) {
        // The chair stays: the address goes back to the conference still open.
        if (leaving) get().navigate({ name: 'conference', id: leaving });
        return;
      }
      set({ conference: null, openFailure: null, notices: [], saveState: { phase: 'idle' } });
      const result = await bridge.openConference({ id });
      if (!result.ok) {
        set({ openFailure: result });
        return;
      }
      const { conference, notices, revision } = result.value;
      autosaver.onDisk(conference, revision);
      // Reopened mid-meeting (after a restart, say): the shared screen goes back to the agenda and the item clock
      // resumes.
      const running = Boolean(conference.agenda.meetingStartedAt) && !conference.agenda.meetingEndedAt;
      set((s) => ({
        conference,
        notices,
        screen: { ...s.screen, mode: running ? 'agenda' : 'welcome' },
        heldFrom: null,
        itemOpenedAt: running ? Date.now() : null,
      }));
    },
    async closeConference() {
      // The last save first (bounded, so a stuck disk cannot keep the family on the shared screen for long), and the
      // chair's say if it did not reach the disk; then main puts the shared screen on hold, so the family's names and
      // decisions do not stay on the shared screen once the chair has left their conference.
      if (!(await mayLeave())) return false;
      await bridge.closeConference();
      autosaver.forget();
      set({ conference: null, openFailure: null, notices: [], saveState: { phase: 'idle' } });
      return true;
    },
    editConference(recipe) {
      const current = get().conference;
      if (!current) return;
      const edited = recipe(current);
      if (edited === current) return;
      // Time on everything captured: a text that has just got its first words is stamped with the time, the agenda
      // item and the closed session open now, and a text whose words change in a closed session is marked with it,
      // before anything is saved (main stamps again as the save arrives).
      const next = stampCaptures(edited, new Date().toISOString(), current);
      set({ conference: next });
      autosaver.schedule(next);
    },
    async restoreBackup(id, backup) {
      const result = await bridge.restoreBackup({ id, backup });
      if (result.ok) {
        autosaver.onDisk(result.value.conference, result.value.revision);
        set({ conference: result.value.conference, notices: result.value.notices, openFailure: null });
      } else set({ openFailure: result });
    },
    async reopenConference() {
      const id = get().conference?.id;
      if (!id || !(await mayLeave())) return;
      set({ conference: null, openFailure: null, notices: [], saveState: { phase: 'idle' } });
      await get().openConference(id);
    },
    flushSave: () => autosaver.flush(),
    // Main waits a few seconds for the answer as well; this bound leaves it time to hear one.
    readinessToClose: () => autosaver.settle(SAVE_BEFORE_CLOSE_MS),
    hasUnsavedWork: () => autosaver.hasUnsaved(),
    dismissNotice(index) {
      set((s) => ({ notices: s.notices.filter((_, i) => i !== index) }));
    },
  };
};
