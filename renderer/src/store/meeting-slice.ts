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
} from '@shared/agenda';
import { reopenMeeting } from '@shared/agenda/progress';
import { withSaidBy, type SaidBy } from '@shared/meeting/speakers';
import { RESTRICTED } from '@shared/model/audience';
import type { ClosedSession, Conference, Note } from '@shared/model/conference';
import { newId } from '@shared/model/ids';
import type { FieldProblem } from '@shared/model/validation';
import type { SharedScreenChoice } from '@shared/shared-screen/types';
import { drawLater } from './drawn-later';
import type { RootState } from './index';

/**
 * The live meeting: where the agenda is, what the shared screen shows, the item timer, closed sessions and notes.
 * What the screen shows and when the current item was opened are this window's state, not the file's: they mean
 * nothing after the meeting. Everything the minutes need is written into the conference.
 */
export type MeetingSlice = {
  screen: SharedScreenChoice;
  /** What the screen showed before the chair held it (B), to go back to with the same key. */
  heldFrom: SharedScreenChoice | null;
  chairTools: boolean;
  /** When the open item was opened (ms), for the live item timer; null when the clock is not running. */
  itemOpenedAt: number | null;
  /**
   * How far down the read-back the chair has scrolled the shared screen, in screenfuls (0 = the top). The read-back
   * is longer than a screen, and the shared screen has no one at its keyboard; a new child or mode starts at the top.
   */
  readBackPage: number;
  setScreen(screen: SharedScreenChoice): void;
  setReadBackPage(page: number): void;
  toggleHold(): void;
  zoomBy(step: number): void;
  setChairTools(on: boolean): void;
  startMeeting(): void;
  /** Stops the meeting clock (and ends a closed session still open at the same moment). */
  endMeeting(): void;
  /** Undoes "End the meeting": the clock runs on from its first start. */
  reopenMeeting(): void;
  /** Corrects when the meeting started or ended (the buttons were pressed late). */
  setMeetingTimes(times: { startedAt?: string; endedAt?: string }): void;
  /** Corrects a closed session's times or reason. */
  updateClosedSession(id: string, patch: Partial<Pick<ClosedSession, 'startedAt' | 'endedAt' | 'reason'>>): void;
  goToItem(key: string): FieldProblem | null;
  doneAndNext(): FieldProblem | null;
  skipItem(key: string, reason: string): FieldProblem | null;
  reopenItem(key: string): FieldProblem | null;
  startClosedSession(reason: string, excludedParticipantIds: string[]): void;
  endClosedSession(): void;
  /** `restricted`: the minute-taker marked it for the restricted annex as they typed (Alt+R). */
  addNote(note: Omit<Note, 'id' | 'createdAt' | 'closedSessionId'>, options?: { restricted?: boolean }): void;
  /** `saidBy`: who said it now (a participant, the chair or the minute-taker), or null for nobody named. */
  updateNote(id: string, patch: { text?: string; saidBy?: SaidBy | null }): void;
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
    readBackPage: 0,
    setScreen(screen) {
      const before = get().screen;
      const sameReadBack = screen.mode === before.mode && screen.readBackChildId === before.readBackChildId;
      set({ screen, heldFrom: null, ...(sameReadBack ? {} : { readBackPage: 0 }) });
    },
    setReadBackPage(page) {
      set({ readBackPage: Math.max(0, Math.round(page)) });
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
      const now = new Date();
      changeAgenda((c) => ({ ok: true, progress: endMeeting(c.agenda, now) }), false);
      // A closed session cannot outlast the meeting: it ends when the meeting does.
      const ended = get().conference?.agenda.meetingEndedAt ?? now.toISOString();
      get().editConference((c) =>
        openClosedSession(c)
          ? {
              ...c,
              closedSessions: c.closedSessions.map((s) => (s.endedAt === undefined ? { ...s, endedAt: ended } : s)),
            }
          : c,
      );
    },
    reopenMeeting() {
      const c = get().conference;
      if (!c?.agenda.meetingEndedAt) return;
      get().editConference((conf) => ({ ...conf, agenda: reopenMeeting(conf.agenda) }));
      set({ itemOpenedAt: c.agenda.meetingStartedAt ? Date.now() : null });
    },
    setMeetingTimes(times) {
      get().editConference((c) => ({
        ...c,
        agenda: {
          ...c.agenda,
          ...(times.startedAt ? { meetingStartedAt: times.startedAt } : {}),
          ...(times.endedAt ? { meetingEndedAt: times.endedAt } : {}),
        },
      }));
    },
    updateClosedSession(id, patch) {
      get().editConference((c) => ({
        ...c,
        closedSessions: c.closedSessions.map((s) => (s.id === id ? { ...s, ...patch } : s)),
      }));
    },
    goToItem(key) {
      const problem = changeAgenda((c) => moveTo(agendaOf(c), c.agenda, key));
      // The shared screen has been sent the new item already; the chair's own item, with its notes, may follow a moment
      // later.
      drawLater(get().conference);
      return problem;
    },
    doneAndNext() {
      const problem = changeAgenda((c) => doneAndNext(agendaOf(c), c.agenda));
      drawLater(get().conference);
      return problem;
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
        notes: c.notes.map((n) => {
          if (n.id !== id) return n;
          const attributed = patch.saidBy === undefined ? n : withSaidBy(n, patch.saidBy);
          return {
            ...attributed,
            ...(patch.text === undefined ? {} : { text: patch.text }),
            updatedAt: new Date().toISOString(),
          };
        }),
      }));
    },
    deleteNote(id) {
      get().editConference((c) => ({ ...c, notes: c.notes.filter((n) => n.id !== id) }));
    },
  };
};
