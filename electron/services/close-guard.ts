import { CLOSE_WAIT_MS } from '@shared/api/channels';
import type { CloseReadiness } from '@shared/api/contract';

/**
 * Closing the chair's window or quitting waits for the window to finish saving, and asks before anything unsaved
 * is thrown away. The protocol (main side; the window's side is in the preload and renderer):
 *
 *  1. the close or quit is held back and main sends `LifecycleChannels.closeRequested` with a request id;
 *  2. the window writes what is pending and answers on `LifecycleChannels.closeReadiness` with that id and a
 *     CloseReadiness;
 *  3. `{ saved: true }` closes at once; `{ saved: false, unsaved }`, an answer that makes no sense, or no answer
 *     within CLOSE_WAIT_MS asks the chair, with "Go back" as the safe default.
 *
 * Electron-free: main passes in how to ask the window and how to show the question.
 */

/** At most this many field names are listed in the question; the rest are counted. */
export const MAX_LISTED = 8;

export type CloseAnswer = CloseReadiness | 'timed-out';

/** What to do with the window's answer: close, or ask (listing what is unsaved, or null when nobody could say). */
export function closeDecision(answer: CloseAnswer): { action: 'close' } | { action: 'ask'; unsaved: string[] | null } {
  if (answer === 'timed-out') return { action: 'ask', unsaved: null };
  if (answer.saved) return { action: 'close' };
  return { action: 'ask', unsaved: answer.unsaved };
}

/** The window's answer, checked: it crosses from a renderer, so it is treated as untrusted input. */
export function readinessFrom(value: unknown): CloseReadiness | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as { saved?: unknown; unsaved?: unknown };
  if (v.saved === true) return { saved: true };
  if (v.saved !== false || !Array.isArray(v.unsaved)) return null;
  const unsaved = v.unsaved.filter((u): u is string => typeof u === 'string').map((u) => u.trim().slice(0, 80));
  return { saved: false, unsaved: unsaved.filter((u) => u !== '') };
}

export const GO_BACK = 0;
export const CLOSE_ANYWAY = 1;

export type CloseQuestion = {
  type: 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
};

/** The question put to the chair. "Go back" is first, the default, and what Escape or closing the box means. */
export function closeQuestion(unsaved: string[] | null): CloseQuestion {
  let detail: string;
  if (unsaved === null) {
    detail =
      'Conference Chair could not confirm that everything was saved: the window did not answer in time. ' +
      'Go back and wait a moment, or close anyway and lose anything not yet saved.';
  } else if (unsaved.length === 0) {
    detail = 'Some changes could not be saved. Go back to see them, or close anyway and lose them.';
  } else {
    const listed = unsaved.slice(0, MAX_LISTED).join(', ');
    const more = unsaved.length > MAX_LISTED ? ` and ${unsaved.length - MAX_LISTED} more` : '';
    // Not "fix them": a stale or read-only window cannot save them at all; going back lets the chair copy them.
    detail = `Not saved: ${listed}${more}. Go back to see them (and copy anything you need), or close anyway and lose them.`;
  }
  return {
    type: 'warning',
    title: 'Changes not saved',
    message: 'Some changes have not been saved. Close anyway and lose them?',
    detail,
    buttons: ['Go back', 'Close anyway'],
    defaultId: GO_BACK,
    cancelId: GO_BACK,
    noLink: true,
  };
}

export type CloseGuardDeps = {
  /** Sends the request to the chair's window; false when there is no window to ask (nothing to save there). */
  request(requestId: string): boolean;
  /** Shows the question and resolves with the button chosen. */
  ask(question: CloseQuestion): Promise<number>;
  waitMs?: number;
};

export class CloseGuard {
  private confirmed = false;
  private asking: Promise<boolean> | null = null;
  private readonly waiting = new Map<string, (answer: CloseAnswer) => void>();
  private nextId = 1;

  constructor(private readonly deps: CloseGuardDeps) {}

  /** True once the chair has agreed to close (or nothing was left to save): closes and quits then go ahead. */
  isConfirmed(): boolean {
    return this.confirmed;
  }

  /**
   * Runs the protocol once and resolves true when closing may go ahead. A second close or quit while the first is
   * still being decided shares its answer rather than asking twice.
   */
  confirm(): Promise<boolean> {
    if (this.confirmed) return Promise.resolve(true);
    this.asking ??= this.run().finally(() => {
      this.asking = null;
    });
    return this.asking;
  }

  /** The window's answer (from ipcMain, after the sender has been checked). Unknown ids are ignored. */
  receive(requestId: unknown, readiness: unknown): void {
    if (typeof requestId !== 'string') return;
    const settle = this.waiting.get(requestId);
    if (!settle) return;
    settle(readinessFrom(readiness) ?? { saved: false, unsaved: [] });
  }

  private async run(): Promise<boolean> {
    const requestId = `close-${this.nextId++}`;
    const answer = await new Promise<CloseAnswer>((resolve) => {
      const timer = setTimeout(() => settle('timed-out'), this.deps.waitMs ?? CLOSE_WAIT_MS);
      const settle = (a: CloseAnswer) => {
        clearTimeout(timer);
        this.waiting.delete(requestId);
        resolve(a);
      };
      this.waiting.set(requestId, settle);
      if (!this.deps.request(requestId)) settle({ saved: true });
    });
    const decision = closeDecision(answer);
    const close =
      decision.action === 'close' || (await this.deps.ask(closeQuestion(decision.unsaved))) === CLOSE_ANYWAY;
    if (close) this.confirmed = true;
    return close;
  }
}
