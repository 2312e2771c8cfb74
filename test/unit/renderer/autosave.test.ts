import { describe, expect, it, vi } from 'vitest';
import type { SaveReceipt } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import { createConference } from '../../../shared/model/factory';
import { createAutosaver, withFieldsFrom, type SaveState } from '../../../renderer/src/store/autosave';

const base = createConference({ type: 'initial', nation: 'england', date: '2026-12-01' });
const withReason = (reason: string) => ({ ...base, details: { ...base.details, reason } });

function setup(replies: Array<Result<SaveReceipt>>) {
  vi.useFakeTimers();
  const states: SaveState[] = [];
  const saved: string[] = [];
  const save = vi.fn(async (c: typeof base) => {
    saved.push(c.details.reason);
    return replies.shift() ?? { ok: true as const, value: { savedAt: '2026-12-01T14:05:00.000Z' } };
  });
  const autosaver = createAutosaver({ save, onState: (s) => states.push(s), delayMs: 500, retryMs: 2000 });
  return { autosaver, states, saved, save };
}

describe('autosave', () => {
  it('waits for a pause in typing, then writes only the latest state', async () => {
    const { autosaver, saved, states } = setup([]);
    autosaver.schedule(withReason('a'));
    await vi.advanceTimersByTimeAsync(200);
    autosaver.schedule(withReason('ab'));
    await vi.advanceTimersByTimeAsync(200);
    autosaver.schedule(withReason('abc'));
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(600);
    expect(saved).toEqual(['abc']);
    expect(states.at(-1)).toEqual({ phase: 'saved', savedAt: '2026-12-01T14:05:00.000Z' });
    vi.useRealTimers();
  });

  it('keeps the work and retries after a failed save, saying why', async () => {
    const { autosaver, saved, states } = setup([{ ok: false, code: 'storage-failed', message: 'Disk full.' }]);
    autosaver.schedule(withReason('typed'));
    await vi.advanceTimersByTimeAsync(600);
    expect(states.at(-1)).toMatchObject({ phase: 'failed', message: 'Disk full.' });
    await vi.advanceTimersByTimeAsync(2100);
    expect(saved).toEqual(['typed', 'typed']);
    expect(states.at(-1)).toMatchObject({ phase: 'saved' });
    vi.useRealTimers();
  });

  it('does not retry invalid data on its own: it waits for the user’s fix', async () => {
    const { autosaver, saved, states } = setup([
      {
        ok: false,
        code: 'invalid-request',
        message: 'participants[0].name: Enter the participant’s name.',
        field: 'participants[0].name',
      },
    ]);
    autosaver.schedule(withReason('x'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(saved).toEqual(['x']);
    expect(states.at(-1)).toMatchObject({ phase: 'failed', field: 'participants[0].name' });
    autosaver.schedule(withReason('fixed'));
    await vi.advanceTimersByTimeAsync(600);
    expect(saved).toEqual(['x', 'fixed']);
    vi.useRealTimers();
  });

  it('an edit made during a save is written straight after it', async () => {
    vi.useFakeTimers();
    let release: (() => void) | null = null;
    const saved: string[] = [];
    const autosaver = createAutosaver({
      save: (c) =>
        new Promise((resolve) => {
          saved.push(c.details.reason);
          release = () => resolve({ ok: true, value: { savedAt: 'now' } });
        }),
      onState: () => {},
      delayMs: 100,
    });
    autosaver.schedule(withReason('one'));
    await vi.advanceTimersByTimeAsync(150);
    autosaver.schedule(withReason('two'));
    await vi.advanceTimersByTimeAsync(150); // the timer fires while 'one' is still being written
    release!();
    await vi.advanceTimersByTimeAsync(10);
    release!();
    await vi.advanceTimersByTimeAsync(10);
    expect(saved).toEqual(['one', 'two']);
    vi.useRealTimers();
  });

  it('flush writes at once, without waiting for the pause', async () => {
    const { autosaver, saved } = setup([]);
    autosaver.schedule(withReason('closing'));
    await autosaver.flush();
    expect(saved).toEqual(['closing']);
    vi.useRealTimers();
  });
});

describe('one bad field never holds the rest (issue 13)', () => {
  const tooLong = 'x'.repeat(540);
  const edited = (chair: string, reason: string) => ({ ...base, details: { ...base.details, chair, reason } });

  it('saves everything else at once, with the refused field as it was last saved, and keeps doing so', async () => {
    vi.useFakeTimers();
    const sent: { chair: string; reason: string }[] = [];
    const states: SaveState[] = [];
    // As main does: a chair over 500 characters is refused, naming the field.
    const save = vi.fn(async (c: typeof base): Promise<Result<SaveReceipt>> => {
      sent.push({ chair: c.details.chair, reason: c.details.reason });
      return c.details.chair.length > 500
        ? {
            ok: false,
            code: 'invalid-request',
            message: 'details.chair: Too big',
            field: 'details.chair',
            problems: [{ field: 'details.chair', message: 'Too big' }],
          }
        : { ok: true, value: { savedAt: 'now' } };
    });
    const autosaver = createAutosaver({ save, onState: (s) => states.push(s), delayMs: 100, retryMs: 1000 });
    autosaver.onDisk(base);
    autosaver.schedule(edited(tooLong, 'first'));
    await vi.advanceTimersByTimeAsync(150);
    expect(sent).toEqual([
      { chair: tooLong, reason: 'first' },
      { chair: '', reason: 'first' },
    ]);
    expect(states.at(-1)).toMatchObject({
      phase: 'failed',
      field: 'details.chair',
      message: 'details.chair: Too big',
      restSaved: true,
    });
    // A later edit elsewhere is saved too, while the chair is still too long.
    autosaver.schedule(edited(tooLong, 'second'));
    await vi.advanceTimersByTimeAsync(150);
    expect(sent.slice(2)).toEqual([
      { chair: tooLong, reason: 'second' },
      { chair: '', reason: 'second' },
    ]);
    vi.useRealTimers();
  });

  it('puts back only the named fields, in lists and in records whose keys hold dots', () => {
    const saved = {
      ...base,
      participants: [{ ...participant('p1'), name: 'Jade' }],
      captures: {
        'otherDecisions.legalPlanningDetail': { audience: { level: 'professionals' as const, withheldFrom: [] } },
      },
    };
    const current = {
      ...saved,
      details: { ...saved.details, reason: 'kept' },
      participants: [{ ...saved.participants[0]!, name: 'y'.repeat(600) }],
      captures: {
        'otherDecisions.legalPlanningDetail': { audience: { level: 'nonsense' as never, withheldFrom: [] } },
      },
    };
    const fixed = withFieldsFrom(current, saved, [
      'participants[0].name',
      'captures.otherDecisions.legalPlanningDetail.audience.level',
    ])!;
    expect(fixed.participants[0]!.name).toBe('Jade');
    expect(fixed.captures['otherDecisions.legalPlanningDetail']?.audience?.level).toBe('professionals');
    expect(fixed.details.reason).toBe('kept');
    // A field that was not there when last saved (a new participant) cannot be put back: nothing is guessed.
    expect(withFieldsFrom(current, saved, ['participants[1].name'])).toBeUndefined();
  });
});

function participant(id: string) {
  return {
    id,
    name: '',
    kind: 'family' as const,
    organisation: '',
    role: '',
    email: '',
    phone: '',
    attendance: { status: 'expected' as const, reason: '', decidedBy: '', viewGivenBeforeLeaving: false },
    interpreterLanguage: '',
    needsAdvocate: false,
  };
}
