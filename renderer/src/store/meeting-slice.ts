import type { StateCreator } from 'zustand';
import {
  addElapsed,
  agendaForConference,
  doneAndNext,
  endMeeting,
  markSkipped,
  moveTo,
  nextItemKey,
  reopen,
  startMeeting,
  type AgendaChange,
} from '../../../shared/agenda';
import { RESTRICTED } from '../../../shared/model/audience';
import type { Conference, Note } from '../../../shared/model/conference';
import { newId } from '../../../shared/model/ids';
import type { FieldProblem } from '../../../shared/model/validation';
import type { PresenterScreen } from '../../../shared/presenter/types';
import type { RootState } from './index';

/**
 * The live meeting: where the agenda is, what the shared screen shows, the item timer, closed sessions and notes.
 * What the screen shows and when the current item was opened are this window's state, not the file's: they mean
 * nothing after the meeting. Everything the minutes need is written into the conference.
 */
export type MeetingSlice = {
  screen: PresenterScreen;
  /** What the screen showed before the chair held it (B), to go back to with the same key. */
  heldFrom: PresenterScreen | null;
  chairTools: boolean;
  /** When the open item was opened (ms), for the live item timer; null when the clock is not running. */
  itemOpenedAt: number | null;
  setScreen(screen: PresenterScreen): void;
  toggleHold(): void;
  zoomBy(step: number): void;
  setChairTools(on: boolean): void;
  startMeeting(): void;
  endMeeting(): void;
  goToItem(key: string): FieldProblem | null;
  doneAndNext(): FieldProblem | null;
  skipItem(key: string, reason: string): FieldProblem | null;
  reopenItem(key: string): FieldProblem | null;
  startClosedSession(reason: string, excludedParticipantIds: string[]): void;
  endClosedSession(): void;
  /** `restricted`: the minute-taker marked it for the restricted annex as they typed (Alt+R). */
  addNote(note: Omit<Note, 'id' | 'createdAt' | 'closedSessionId'>, options?: { restricted?: boolean }): void;
  updateNote(id: string, patch: Partial<Pick<Note, 'text' | 'participantId'>>): void;
  deleteNote(id: string): void;
};

export function openClosedSession(conference: Conference) {
  return conference.closedSessions.find((s) => s.endedAt === undefined);
}

function agendaOf(c: Conference) {
  return agendaForConference(c);
}

export const createMeetingSlice: StateCreator<RootState, [], [], MeetingSlice> = (set, get) => {
  /** Banks the time spent on the open item since it was opened, then applies a change to the agenda. */
  const changeAgenda = (change: (c: Conference) => AgendaChange, restartClock = true): FieldProblem | null => {
    const c = get().conference;
    if (!c) return null;
    let progress = c.agenda;
    const opened = get().itemOpenedAt;
    const now = Date.now();
    if (opened !== null && progress.currentItemKey && !progress.meetingEndedAt) {
      const banked = addElapsed(agendaOf(c), progress, progress.currentItemKey, (now - opened) / 1000);
      if (banked.ok) progress = banked.progress;
    }
    const result = change({ ...c, agenda: progress });
    if (!result.ok) return result.problem;
    get().editConference((conf) => ({ ...conf, agenda: result.progress }));
    const running = Boolean(result.progress.meetingStartedAt) && !result.progress.meetingEndedAt;
    set({ itemOpenedAt: restartClock && running ? now : null });
    return null;
  };

  return {
    screen: { mode: 'welcome', zoom: 1 },
    heldFrom: null,
    chairTools: true,
    itemOpenedAt: null,
    setScreen(screen) {
      set({ screen, heldFrom: null });
    },
    toggleHold() {
      const { screen, heldFrom } = get();
      if (heldFrom) set({ screen: heldFrom, heldFrom: null });
      else set({ heldFrom: screen, screen: { ...screen, mode: 'holding' } });
    },
    zoomBy(step) {
      const screen = get().screen;
      const zoom = Math.round(Math.min(3, Math.max(0.5, (screen.zoom ?? 1) + step)) * 10) / 10;
      set({ screen: { ...screen, zoom } });
    },
    setChairTools(on) {
      set({ chairTools: on });
    },
    startMeeting() {
      const c = get().conference;
      if (!c) return;
      const agenda = agendaOf(c);
      get().editConference((conf) => ({ ...conf, agenda: startMeeting(agenda, conf.agenda, new Date()) }));
      set((s) => ({ itemOpenedAt: Date.now(), screen: { ...s.screen, mode: 'agenda' }, heldFrom: null }));
    },
    endMeeting() {
      changeAgenda((c) => ({ ok: true, progress: endMeeting(c.agenda, new Date()) }), false);
    },
    goToItem(key) {
      return changeAgenda((c) => moveTo(agendaOf(c), c.agenda, key));
    },
    doneAndNext() {
      return changeAgenda((c) => doneAndNext(agendaOf(c), c.agenda));
    },
    skipItem(key, reason) {
      return changeAgenda((c) => {
        const agenda = agendaOf(c);
        const skipped = markSkipped(agenda, c.agenda, key, reason);
        if (!skipped.ok || skipped.progress.currentItemKey !== key) return skipped;
        // Skipping the open item moves on to the next item still to take, as "done, next" does.
        const next = nextItemKey(agenda, skipped.progress);
        return next === undefined ? skipped : moveTo(agenda, skipped.progress, next);
      });
    },
    reopenItem(key) {
      return changeAgenda((c) => reopen(agendaOf(c), c.agenda, key));
    },
    startClosedSession(reason, excludedParticipantIds) {
      get().editConference((c) =>
        openClosedSession(c)
          ? c
          : {
              ...c,
              closedSessions: [
                ...c.closedSessions,
                { id: newId('closed'), startedAt: new Date().toISOString(), reason, excludedParticipantIds },
              ],
            },
      );
    },
    endClosedSession() {
      const ended = new Date().toISOString();
      get().editConference((c) => ({
        ...c,
        closedSessions: c.closedSessions.map((s) => (s.endedAt === undefined ? { ...s, endedAt: ended } : s)),
      }));
    },
    addNote(note, options = {}) {
      get().editConference((c) => {
        const closed = openClosedSession(c);
        const full: Note = {
          ...note,
          id: newId('note'),
          createdAt: new Date().toISOString(),
          // Said while family members were out of the room: restricted by default and withheld from them
          // (shared/audience/captured.ts), whatever the toggle says.
          ...(closed ? { closedSessionId: closed.id } : {}),
        };
        const captures = options.restricted
          ? { ...c.captures, [`note:${full.id}`]: { audience: RESTRICTED } }
          : c.captures;
        return { ...c, notes: [...c.notes, full], captures };
      });
    },
    updateNote(id, patch) {
      get().editConference((c) => ({
        ...c,
        notes: c.notes.map((n) => (n.id === id ? { ...n, ...patch, updatedAt: new Date().toISOString() } : n)),
      }));
    },
    deleteNote(id) {
      get().editConference((c) => ({ ...c, notes: c.notes.filter((n) => n.id !== id) }));
    },
  };
};
