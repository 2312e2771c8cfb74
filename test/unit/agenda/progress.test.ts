import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addElapsed,
  agendaFor,
  currentItem,
  doneAndNext,
  endMeeting,
  itemProgress,
  markDone,
  markSkipped,
  moveTo,
  nextItemKey,
  previousItemKey,
  reopen,
  startMeeting,
  timeBudget,
} from '@shared/agenda';
import type { AgendaChange } from '@shared/agenda';
import { AgendaProgress, Conference } from '@shared/model/conference';

const review = agendaFor('review', 'england');
const initial = agendaFor('initial', 'england');

/** Frozen all the way down, so any mutation by the code under test throws. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) frozen(child);
    Object.freeze(value);
  }
  return value;
}

const blank = (): AgendaProgress => frozen(AgendaProgress.parse({}));

function progressAt(currentItemKey: string, items: AgendaProgress['items'] = {}): AgendaProgress {
  return frozen(AgendaProgress.parse({ currentItemKey, items }));
}

function accepted(change: AgendaChange): AgendaProgress {
  if (!change.ok) throw new Error(`Refused: ${change.problem.field}: ${change.problem.message}`);
  return change.progress;
}

const done = { status: 'done' as const, skippedReason: '', elapsedSeconds: 0, visits: [] };

describe('starting and ending the meeting', () => {
  it('opens the first item and stamps the start time', () => {
    const started = startMeeting(review, blank(), new Date('2026-12-01T14:02:00Z'));
    expect(started.meetingStartedAt).toBe('2026-12-01T14:02:00.000Z');
    expect(started.currentItemKey).toBe('welcome');
    expect(currentItem(review, started)?.title).toBe('Welcome and introductions');
  });

  it('keeps the first start time and the open item when started again (after a reload)', () => {
    const first = frozen(startMeeting(review, blank(), new Date('2026-12-01T14:02:00Z')));
    const atAnalysis = frozen(accepted(moveTo(review, first, 'analysis')));
    const again = startMeeting(review, atAnalysis, new Date('2026-12-01T14:40:00Z'));
    expect(again.meetingStartedAt).toBe('2026-12-01T14:02:00.000Z');
    expect(again.currentItemKey).toBe('analysis');
  });

  it('opens the first item when the saved current item is not on this agenda', () => {
    const stale = progressAt('plan-progress');
    expect(startMeeting(initial, stale, new Date('2026-12-01T14:00:00Z')).currentItemKey).toBe('welcome');
  });

  it('stamps the end time once', () => {
    const ended = frozen(endMeeting(blank(), new Date('2026-12-01T15:41:00Z')));
    expect(ended.meetingEndedAt).toBe('2026-12-01T15:41:00.000Z');
    expect(endMeeting(ended, new Date('2026-12-01T15:50:00Z')).meetingEndedAt).toBe('2026-12-01T15:41:00.000Z');
  });
});

describe('where we are', () => {
  it('has no current item before the meeting starts, and the first item is next', () => {
    expect(currentItem(review, blank())).toBeUndefined();
    expect(nextItemKey(review, blank())).toBe('welcome');
    expect(previousItemKey(review, blank())).toBeUndefined();
  });

  it('next is the following item, previous the one before', () => {
    const atReports = progressAt('reports');
    expect(nextItemKey(review, atReports)).toBe('why-the-plan-started');
    expect(previousItemKey(review, atReports)).toBe('attendance-and-exclusions');
    expect(previousItemKey(review, progressAt('welcome'))).toBeUndefined();
  });

  it('next passes over items already done or skipped', () => {
    const atReports = progressAt('reports', {
      'why-the-plan-started': done,
      'agency-information': { status: 'skipped', skippedReason: 'Covered in reports', elapsedSeconds: 0, visits: [] },
    });
    expect(nextItemKey(review, atReports)).toBe('plan-progress');
  });

  it('after going back to an earlier item, next returns to where the meeting was', () => {
    const items = Object.fromEntries(review.slice(0, 13).map((it) => [it.key, done]));
    expect(nextItemKey(review, progressAt('welcome', items))).toBe('risk-to-other-children');
  });

  it('there is no next item at the close', () => {
    expect(nextItemKey(review, progressAt('close'))).toBeUndefined();
  });

  it('an untouched item is pending with no time spent', () => {
    expect(itemProgress(blank(), 'analysis')).toEqual({
      status: 'pending',
      skippedReason: '',
      elapsedSeconds: 0,
      visits: [],
    });
  });
});

describe('moving and marking items', () => {
  it('marks an item done without touching the input', () => {
    const before = progressAt('scaling');
    const after = accepted(markDone(review, before, 'scaling'));
    expect(after.items.scaling).toEqual({ status: 'done', skippedReason: '', elapsedSeconds: 0, visits: [] });
    expect(before.items.scaling).toBeUndefined();
  });

  it('refuses an item that is not on this agenda, naming the field', () => {
    for (const change of [
      markDone(initial, blank(), 'plan-progress'),
      moveTo(initial, blank(), 'plan-progress'),
      markSkipped(initial, blank(), 'plan-progress', 'reason'),
      addElapsed(initial, blank(), 'plan-progress', 10),
      reopen(initial, blank(), 'plan-progress'),
    ]) {
      expect(change.ok).toBe(false);
      expect(!change.ok && change.problem.field).toBe('itemKey');
      expect(!change.ok && change.problem.message).toMatch(/“plan-progress” is not an item on this agenda/);
    }
  });

  it('a skip needs a reason, and the problem names the reason field', () => {
    for (const reason of ['', '   ']) {
      const change = markSkipped(review, progressAt('risk-to-other-children'), 'risk-to-other-children', reason);
      expect(change).toEqual({
        ok: false,
        problem: {
          field: 'agenda.items.risk-to-other-children.skippedReason',
          message: 'Say why this item is being skipped: the reason goes in the minutes.',
        },
      });
    }
  });

  it('records a skip with its reason, trimmed; marking it done later clears the reason', () => {
    const skipped = frozen(
      accepted(markSkipped(review, blank(), 'risk-to-other-children', '  No other children in contact  ')),
    );
    expect(skipped.items['risk-to-other-children']).toEqual({
      status: 'skipped',
      skippedReason: 'No other children in contact',
      elapsedSeconds: 0,
      visits: [],
    });
    expect(accepted(markDone(review, skipped, 'risk-to-other-children')).items['risk-to-other-children']).toEqual({
      status: 'done',
      skippedReason: '',
      elapsedSeconds: 0,
      visits: [],
    });
  });

  it('reopens a finished item as pending', () => {
    const finished = progressAt('analysis', {
      scaling: { status: 'done', skippedReason: '', elapsedSeconds: 90, visits: [] },
    });
    expect(accepted(reopen(review, finished, 'scaling')).items.scaling).toEqual({
      status: 'pending',
      skippedReason: '',
      elapsedSeconds: 90,
      visits: [],
    });
  });

  it('moving to an item keeps the time already spent on it', () => {
    const progress = progressAt('decision', {
      analysis: { status: 'done', skippedReason: '', elapsedSeconds: 300, visits: [] },
    });
    const moved = accepted(moveTo(review, progress, 'analysis'));
    expect(moved.currentItemKey).toBe('analysis');
    expect(moved.items.analysis?.elapsedSeconds).toBe(300);
  });

  it('“done, next” finishes the open item and opens the next pending one', () => {
    const progress = progressAt('scaling', { 'risk-to-other-children': done });
    const after = accepted(doneAndNext(review, progress));
    expect(after.items.scaling?.status).toBe('done');
    expect(after.currentItemKey).toBe('decision');
  });

  it('“done, next” at the close finishes it and stays there', () => {
    const after = accepted(doneAndNext(review, progressAt('close')));
    expect(after.items.close?.status).toBe('done');
    expect(after.currentItemKey).toBe('close');
  });

  it('“done, next” before the meeting starts is refused', () => {
    const change = doneAndNext(review, blank());
    expect(change.ok).toBe(false);
    expect(!change.ok && change.problem.message).toMatch(/Start the meeting first/);
  });
});

describe('timing', () => {
  it('accumulates whole seconds on an item across visits', () => {
    const once = frozen(accepted(addElapsed(review, blank(), 'analysis', 30)));
    const twice = accepted(addElapsed(review, once, 'analysis', 45.9));
    expect(twice.items.analysis?.elapsedSeconds).toBe(75);
    expect(once.items.analysis?.elapsedSeconds).toBe(30);
  });

  it('refuses negative or impossible time, naming the field', () => {
    for (const seconds of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const change = addElapsed(review, blank(), 'analysis', seconds);
      expect(change.ok).toBe(false);
      expect(!change.ok && change.problem.field).toBe('agenda.items.analysis.elapsedSeconds');
    }
  });

  it('a review in England is budgeted at 105 minutes, an initial conference at 95', () => {
    expect(timeBudget(review, blank()).totalMinutes).toBe(105);
    expect(timeBudget(review, blank()).budgetSeconds).toBe(6300);
    expect(timeBudget(initial, blank()).totalMinutes).toBe(95);
  });

  it('flags an item that has run over its budget, and how far', () => {
    // Welcome has 4 minutes; analysis has 8.
    const progress = progressAt('analysis', {
      welcome: { status: 'done', skippedReason: '', elapsedSeconds: 300, visits: [] },
      analysis: { status: 'pending', skippedReason: '', elapsedSeconds: 100, visits: [] },
    });
    const budget = timeBudget(review, progress);
    expect(budget.items.find((i) => i.key === 'welcome')).toEqual({
      key: 'welcome',
      budgetSeconds: 240,
      elapsedSeconds: 300,
      remainingSeconds: 0,
      overBudget: true,
      overBySeconds: 60,
    });
    expect(budget.items.find((i) => i.key === 'analysis')).toEqual({
      key: 'analysis',
      budgetSeconds: 480,
      elapsedSeconds: 100,
      remainingSeconds: 380,
      overBudget: false,
      overBySeconds: 0,
    });
    expect(budget.elapsedSeconds).toBe(400);
    expect(budget.remainingSeconds).toBe(5900);
    expect(budget.overBudget).toBe(false);
  });

  it('flags the whole meeting once total time passes the total budget', () => {
    const atBudget = progressAt('decision', {
      decision: { status: 'pending', skippedReason: '', elapsedSeconds: 6300, visits: [] },
    });
    expect(timeBudget(review, atBudget).overBudget).toBe(false);
    const over = progressAt('decision', {
      decision: { status: 'pending', skippedReason: '', elapsedSeconds: 6301, visits: [] },
    });
    expect(timeBudget(review, over)).toMatchObject({ overBudget: true, overBySeconds: 1, remainingSeconds: 0 });
  });

  it('reads the Westbrook review part-way through: four items ran over, agency information by 3 minutes', () => {
    const fixture = Conference.parse(
      JSON.parse(readFileSync(new URL('../../fixtures/westbrook-review.json', import.meta.url), 'utf8')),
    );
    const budget = timeBudget(agendaFor(fixture.details.type, fixture.details.nation), fixture.agenda);
    expect(budget.elapsedSeconds).toBe(3820);
    expect(budget.overBudget).toBe(false);
    expect(budget.items.filter((i) => i.overBudget).map((i) => [i.key, i.overBySeconds])).toEqual([
      ['why-the-plan-started', 20],
      ['agency-information', 180],
      ['plan-progress', 60],
      ['analysis', 30],
    ]);
  });
});
