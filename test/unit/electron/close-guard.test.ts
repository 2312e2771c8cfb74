import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_WAIT_MS } from '@shared/api/channels';
import {
  CLOSE_ANYWAY,
  CloseGuard,
  closeDecision,
  closeQuestion,
  GO_BACK,
  MAX_LISTED,
  readinessFrom,
  type CloseQuestion,
} from '../../../electron/services/close-guard';

/** A guard whose window answers (or not) as the test says, and whose chair presses `press`. */
function harness(options: { hasWindow?: boolean; press?: number } = {}) {
  const requests: string[] = [];
  const questions: CloseQuestion[] = [];
  const guard = new CloseGuard({
    request(id) {
      if (options.hasWindow === false) return false;
      requests.push(id);
      return true;
    },
    async ask(question) {
      questions.push(question);
      return options.press ?? GO_BACK;
    },
  });
  return { guard, requests, questions };
}

describe('closing waits for the chair’s window', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('closes without asking once the window says everything is saved', async () => {
    const { guard, requests, questions } = harness();
    const closing = guard.confirm();
    expect(requests).toHaveLength(1);
    expect(guard.isConfirmed()).toBe(false);
    guard.receive(requests[0], { saved: true });
    await expect(closing).resolves.toBe(true);
    expect(questions).toEqual([]);
    expect(guard.isConfirmed()).toBe(true);
    // Later closes and quits go straight through.
    await expect(guard.confirm()).resolves.toBe(true);
    expect(requests).toHaveLength(1);
  });

  it('asks, naming what is unsaved, and stays open when the chair goes back', async () => {
    const { guard, requests, questions } = harness({ press: GO_BACK });
    const closing = guard.confirm();
    guard.receive(requests[0], { saved: false, unsaved: ['Chair', 'Venue'] });
    await expect(closing).resolves.toBe(false);
    expect(questions[0]!.detail).toContain('Not saved: Chair, Venue.');
    expect(guard.isConfirmed()).toBe(false);
    // Asked again next time, with a new request.
    const again = guard.confirm();
    expect(requests).toHaveLength(2);
    guard.receive(requests[1], { saved: true });
    await expect(again).resolves.toBe(true);
  });

  it('closes when the chair chooses to close anyway', async () => {
    const { guard, requests } = harness({ press: CLOSE_ANYWAY });
    const closing = guard.confirm();
    guard.receive(requests[0], { saved: false, unsaved: ['Minute-taker'] });
    await expect(closing).resolves.toBe(true);
    expect(guard.isConfirmed()).toBe(true);
  });

  it('waits at most CLOSE_WAIT_MS, then asks rather than closing on a guess', async () => {
    const { guard, questions } = harness({ press: GO_BACK });
    const closing = guard.confirm();
    await vi.advanceTimersByTimeAsync(CLOSE_WAIT_MS - 1);
    expect(questions).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await expect(closing).resolves.toBe(false);
    expect(questions[0]!.detail).toMatch(/could not confirm/);
  });

  it('ignores answers to other requests, and an answer that makes no sense counts as unsaved', async () => {
    const { guard, requests, questions } = harness({ press: GO_BACK });
    const closing = guard.confirm();
    guard.receive('close-999', { saved: true });
    guard.receive(42, { saved: true });
    expect(questions).toEqual([]);
    guard.receive(requests[0], { saved: 'yes' });
    await expect(closing).resolves.toBe(false);
    expect(questions).toHaveLength(1);
  });

  it('closes at once when there is no window to ask', async () => {
    const { guard, questions } = harness({ hasWindow: false });
    await expect(guard.confirm()).resolves.toBe(true);
    expect(questions).toEqual([]);
  });

  it('a second close while the first is being decided shares the one question', async () => {
    const { guard, requests, questions } = harness({ press: CLOSE_ANYWAY });
    const first = guard.confirm();
    const second = guard.confirm();
    expect(requests).toHaveLength(1);
    guard.receive(requests[0], { saved: false, unsaved: [] });
    await expect(Promise.all([first, second])).resolves.toEqual([true, true]);
    expect(questions).toHaveLength(1);
  });
});

describe('the close decision and question', () => {
  it('closes only on saved: true', () => {
    expect(closeDecision({ saved: true })).toEqual({ action: 'close' });
    expect(closeDecision({ saved: false, unsaved: ['Chair'] })).toEqual({ action: 'ask', unsaved: ['Chair'] });
    expect(closeDecision('timed-out')).toEqual({ action: 'ask', unsaved: null });
  });

  it('makes "Go back" the default and what Escape means', () => {
    const q = closeQuestion(['Chair']);
    expect(q.buttons[q.defaultId]).toBe('Go back');
    expect(q.buttons[q.cancelId]).toBe('Go back');
    expect(q.buttons[CLOSE_ANYWAY]).toBe('Close anyway');
    expect(q.message).toBe('Some changes have not been saved. Close anyway and lose them?');
  });

  it('lists a few fields and counts the rest', () => {
    const many = Array.from({ length: MAX_LISTED + 3 }, (_, i) => `Field ${i + 1}`);
    expect(closeQuestion(many).detail).toContain(`Field ${MAX_LISTED} and 3 more.`);
  });

  it('checks the window’s answer as untrusted input', () => {
    expect(readinessFrom({ saved: true, extra: 1 })).toEqual({ saved: true });
    expect(readinessFrom({ saved: false, unsaved: ['Chair', 3, '  ', 'x'.repeat(200)] })).toEqual({
      saved: false,
      unsaved: ['Chair', 'x'.repeat(80)],
    });
    expect(readinessFrom({ saved: false })).toBeNull();
    expect(readinessFrom(null)).toBeNull();
    expect(readinessFrom('saved')).toBeNull();
  });
});
