import type { AgendaItemProgress, AgendaProgress } from '../model/conference';
import type { FieldProblem } from '../model/validation';
import { agendaItem } from './definitions';
import type { AgendaItemDefinition } from './types';

/**
 * Moving through the agenda during the meeting. Every function is pure and returns a new `AgendaProgress`, so the
 * store can keep the previous state for undo and a test can freeze its input. Changes that can be refused (an item
 * that is not on this agenda, a skip without a reason) return a result naming the field at fault, in the same shape
 * as the model's validation problems, so the UI can put the message beside the right input.
 */

export type AgendaChange = { ok: true; progress: AgendaProgress } | { ok: false; problem: FieldProblem };

type Agenda = readonly AgendaItemDefinition[];

const NOT_STARTED: AgendaItemProgress = { status: 'pending', skippedReason: '', elapsedSeconds: 0, visits: [] };

/** An item's progress, treating an item never touched as pending with no time spent. */
export function itemProgress(progress: AgendaProgress, key: string): AgendaItemProgress {
  return progress.items[key] ?? NOT_STARTED;
}

const isPending = (progress: AgendaProgress, key: string): boolean => itemProgress(progress, key).status === 'pending';

function notOnAgenda(key: string): AgendaChange {
  return {
    ok: false,
    problem: { field: 'itemKey', message: `“${key}” is not an item on this agenda. Choose an item from the list.` },
  };
}

function withItem(progress: AgendaProgress, key: string, change: Partial<AgendaItemProgress>): AgendaProgress {
  return {
    ...progress,
    items: { ...progress.items, [key]: { ...itemProgress(progress, key), ...change } },
  };
}

/** The item the chair has open, or undefined before the meeting starts (or if the key is not on this agenda). */
export function currentItem(agenda: Agenda, progress: AgendaProgress): AgendaItemDefinition | undefined {
  return agendaItem(agenda, progress.currentItemKey);
}

/**
 * The next item still to be taken: the first pending item after the current one. Items already done or skipped
 * are passed over, because a chair who went back to an earlier item wants "next" to return to where the meeting
 * was, not to repeat finished items. Before the meeting starts, the first pending item.
 */
export function nextItemKey(agenda: Agenda, progress: AgendaProgress): string | undefined {
  const at = agenda.findIndex((item) => item.key === progress.currentItemKey);
  return agenda.slice(at + 1).find((item) => isPending(progress, item.key))?.key;
}

/** The item just before the current one in running order, whatever its status (the chair is going back). */
export function previousItemKey(agenda: Agenda, progress: AgendaProgress): string | undefined {
  const at = agenda.findIndex((item) => item.key === progress.currentItemKey);
  return at > 0 ? agenda[at - 1]?.key : undefined;
}

/**
 * Starts the meeting clock and opens the first item. Starting twice keeps the first start time: the minutes record
 * when the meeting really began, not when the chair pressed the button again after a reload.
 */
export function startMeeting(agenda: Agenda, progress: AgendaProgress, now: Date): AgendaProgress {
  const current = currentItem(agenda, progress)?.key ?? agenda[0]?.key;
  return {
    ...progress,
    meetingStartedAt: progress.meetingStartedAt ?? now.toISOString(),
    ...(current === undefined ? {} : { currentItemKey: current }),
  };
}

/** Stops the meeting clock. Ending twice keeps the first end: the minutes record when the meeting really ended. */
export function endMeeting(progress: AgendaProgress, now: Date): AgendaProgress {
  return { ...progress, meetingEndedAt: progress.meetingEndedAt ?? now.toISOString() };
}

/**
 * The chair ended the meeting by mistake (or the family came back with something to add): the clock runs on from its
 * first start, and the documents are drafts again until it is ended once more.
 */
export function reopenMeeting(progress: AgendaProgress): AgendaProgress {
  if (progress.meetingEndedAt === undefined) return progress;
  const { meetingEndedAt: _ended, ...open } = progress;
  return open;
}

/** Opens an item. Time already spent on it is kept (the item timer accumulates across visits). */
export function moveTo(agenda: Agenda, progress: AgendaProgress, key: string): AgendaChange {
  if (!agendaItem(agenda, key)) return notOnAgenda(key);
  return { ok: true, progress: { ...progress, currentItemKey: key } };
}

export function markDone(agenda: Agenda, progress: AgendaProgress, key: string): AgendaChange {
  if (!agendaItem(agenda, key)) return notOnAgenda(key);
  return { ok: true, progress: withItem(progress, key, { status: 'done', skippedReason: '' }) };
}

/** Skipping a statutory item needs a reason for the minutes (for example "no other children in the household"). */
export function markSkipped(agenda: Agenda, progress: AgendaProgress, key: string, reason: string): AgendaChange {
  if (!agendaItem(agenda, key)) return notOnAgenda(key);
  const trimmed = reason.trim();
  if (trimmed === '') {
    return {
      ok: false,
      problem: {
        field: `agenda.items.${key}.skippedReason`,
        message: 'Say why this item is being skipped: the reason goes in the minutes.',
      },
    };
  }
  return { ok: true, progress: withItem(progress, key, { status: 'skipped', skippedReason: trimmed }) };
}

/** Puts a done or skipped item back to pending, for when the chair reopens it. */
export function reopen(agenda: Agenda, progress: AgendaProgress, key: string): AgendaChange {
  if (!agendaItem(agenda, key)) return notOnAgenda(key);
  return { ok: true, progress: withItem(progress, key, { status: 'pending', skippedReason: '' }) };
}

/** The chair's "done, next": marks the open item done and opens the next pending one (if there is one). */
export function doneAndNext(agenda: Agenda, progress: AgendaProgress): AgendaChange {
  const current = currentItem(agenda, progress);
  if (!current) {
    return { ok: false, problem: { field: 'itemKey', message: 'No agenda item is open. Start the meeting first.' } };
  }
  const done = withItem(progress, current.key, { status: 'done', skippedReason: '' });
  const next = nextItemKey(agenda, done);
  return { ok: true, progress: next === undefined ? done : { ...done, currentItemKey: next } };
}

/**
 * Adds time spent on an item. The timer ticks in whole seconds and the file stores whole seconds, so fractions are
 * dropped rather than rounded up (a timer must never claim time that was not spent).
 */
export function addElapsed(agenda: Agenda, progress: AgendaProgress, key: string, seconds: number): AgendaChange {
  if (!agendaItem(agenda, key)) return notOnAgenda(key);
  if (!Number.isFinite(seconds) || seconds < 0) {
    return {
      ok: false,
      problem: {
        field: `agenda.items.${key}.elapsedSeconds`,
        message: 'Time spent must be zero or more seconds.',
      },
    };
  }
  const elapsedSeconds = itemProgress(progress, key).elapsedSeconds + Math.floor(seconds);
  return { ok: true, progress: withItem(progress, key, { elapsedSeconds }) };
}

export type ItemTime = {
  key: string;
  budgetSeconds: number;
  elapsedSeconds: number;
  /** Time left on this item's budget; 0 once it is used up. */
  remainingSeconds: number;
  overBudget: boolean;
  overBySeconds: number;
};

export type TimeBudget = {
  /** The sum of every item's default minutes: what the agenda expects the meeting to take. */
  totalMinutes: number;
  budgetSeconds: number;
  elapsedSeconds: number;
  remainingSeconds: number;
  overBudget: boolean;
  overBySeconds: number;
  items: ItemTime[];
};

function measure(budgetSeconds: number, elapsedSeconds: number) {
  return {
    budgetSeconds,
    elapsedSeconds,
    remainingSeconds: Math.max(0, budgetSeconds - elapsedSeconds),
    overBudget: elapsedSeconds > budgetSeconds,
    overBySeconds: Math.max(0, elapsedSeconds - budgetSeconds),
  };
}

/**
 * Time spent against the budget, per item and for the whole meeting. A skipped item keeps its budget in the total:
 * the total is what the agenda planned, and time saved on a skipped item shows as time in hand.
 */
export function timeBudget(agenda: Agenda, progress: AgendaProgress): TimeBudget {
  const items = agenda.map((item) => ({
    key: item.key,
    ...measure(item.minutes * 60, itemProgress(progress, item.key).elapsedSeconds),
  }));
  const totalMinutes = agenda.reduce((sum, item) => sum + item.minutes, 0);
  const elapsed = items.reduce((sum, item) => sum + item.elapsedSeconds, 0);
  return { totalMinutes, ...measure(totalMinutes * 60, elapsed), items };
}
