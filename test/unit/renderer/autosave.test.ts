import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SaveReceipt } from '@shared/api/contract';
import type { Result } from '@shared/api/result';
import type { Conference } from '@shared/model/conference';
import { createConference } from '@shared/model/factory';
import {
  createAutosaver,
  fieldLabel,
  unsavedParts,
  withFieldsFrom,
  type SaveState,
} from '../../../renderer/src/store/autosave';

const base = createConference({ type: 'initial', nation: 'england', date: '2026-12-01' });
const withReason = (reason: string) => ({ ...base, details: { ...base.details, reason } });
type SaveRequest = { conference: Conference; basedOn: string };

afterEach(() => {
  vi.useRealTimers();
});

/** A stand-in for main: answers each save with the next reply given, else success with a new revision. */
function setup(replies: Array<Result<SaveReceipt>>, options: { readOnly?: () => string | null } = {}) {
  vi.useFakeTimers();
  const states: SaveState[] = [];
  const saved: string[] = [];
  const bases: string[] = [];
  let revisions = 0;
  const save = vi.fn(async ({ conference, basedOn }: SaveRequest): Promise<Result<SaveReceipt>> => {
    saved.push(conference.details.reason);
    bases.push(basedOn);
    return replies.shift() ?? { ok: true, value: { savedAt: '2026-12-01T14:05:00.000Z', revision: `r${++revisions}` } };
  });
  const autosaver = createAutosaver({
    save,
    onState: (s) => states.push(s),
    delayMs: 500,
    ...(options.readOnly ? { readOnly: options.readOnly } : {}),
  });
  autosaver.onDisk(base, 'r0');
  return { autosaver, states, saved, bases, save };
}

const diskFull: Result<SaveReceipt> = { ok: false, code: 'storage-failed', message: 'The disk is full.' };

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
  });

  it('bases each save on the revision it opened at, then on the revision the last save made', async () => {
    const { autosaver, bases, saved } = setup([]);
    autosaver.schedule(withReason('one'));
    await vi.advanceTimersByTimeAsync(600);
    autosaver.schedule(withReason('two'));
    await vi.advanceTimersByTimeAsync(600);
    expect(saved).toEqual(['one', 'two']);
    expect(bases).toEqual(['r0', 'r1']);
  });

  it('keeps the work and tries again after 1, 2, 5 and then every 10 seconds, saying it is retrying', async () => {
    const { autosaver, saved, states } = setup([diskFull, diskFull, diskFull, diskFull, diskFull]);
    autosaver.schedule(withReason('typed'));
    await vi.advanceTimersByTimeAsync(500);
    expect(saved).toHaveLength(1);
    expect(states.at(-1)).toEqual({ phase: 'retrying', message: 'The disk is full.', retryInMs: 1000 });
    const triesAfter = async (ms: number) => {
      await vi.advanceTimersByTimeAsync(ms - 1);
      const before = saved.length;
      await vi.advanceTimersByTimeAsync(1);
      return saved.length - before;
    };
    expect(await triesAfter(1000)).toBe(1);
    expect(states.at(-1)).toMatchObject({ phase: 'retrying', retryInMs: 2000 });
    expect(await triesAfter(2000)).toBe(1);
    expect(await triesAfter(5000)).toBe(1);
    expect(await triesAfter(10_000)).toBe(1);
    expect(states.at(-1)).toMatchObject({ phase: 'retrying', retryInMs: 10_000 });
    // The fifth try succeeds: the same edits, never dropped.
    expect(await triesAfter(10_000)).toBe(1);
    expect(saved).toEqual(Array(6).fill('typed'));
    expect(states.at(-1)).toMatchObject({ phase: 'saved' });
    // Once saved, nothing more is tried.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saved).toHaveLength(6);
  });

  it('tries again after something unexpected in main, and after a save that threw', async () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const replies: Array<() => Promise<Result<SaveReceipt>>> = [
      async () => ({ ok: false, code: 'internal', message: 'Something went wrong.' }),
      () => Promise.reject(new Error('connection lost')),
    ];
    const autosaver = createAutosaver({
      save: ({ conference }) => {
        saved.push(conference.details.reason);
        return replies.shift()?.() ?? Promise.resolve({ ok: true, value: { savedAt: 'now', revision: 'r1' } });
      },
      onState: () => {},
      delayMs: 100,
    });
    autosaver.onDisk(base, 'r0');
    autosaver.schedule(withReason('x'));
    await vi.advanceTimersByTimeAsync(100 + 1000 + 2000);
    expect(saved).toEqual(['x', 'x', 'x']);
  });

  it('does not try again on its own when trying cannot help: it waits for "Try again"', async () => {
    const { autosaver, saved, states } = setup([
      { ok: false, code: 'not-found', message: 'That conference is no longer in the conference folder.' },
    ]);
    autosaver.schedule(withReason('x'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saved).toEqual(['x']);
    expect(states.at(-1)).toMatchObject({ phase: 'failed' });
    await autosaver.flush();
    expect(saved).toEqual(['x', 'x']);
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
  });

  it('an edit made during a save is written straight after it', async () => {
    vi.useFakeTimers();
    let release: (() => void) | null = null;
    const saved: string[] = [];
    const autosaver = createAutosaver({
      save: ({ conference }) =>
        new Promise((resolve) => {
          saved.push(conference.details.reason);
          release = () =>
            resolve({ ok: true, value: { savedAt: 'now', revision: `after ${conference.details.reason}` } });
        }),
      onState: () => {},
      delayMs: 100,
    });
    autosaver.onDisk(base, 'r0');
    autosaver.schedule(withReason('one'));
    await vi.advanceTimersByTimeAsync(150);
    autosaver.schedule(withReason('two'));
    await vi.advanceTimersByTimeAsync(150); // the timer fires while 'one' is still being written
    release!();
    await vi.advanceTimersByTimeAsync(10);
    release!();
    await vi.advanceTimersByTimeAsync(10);
    expect(saved).toEqual(['one', 'two']);
  });

  it('flush writes at once, without waiting for the pause', async () => {
    const { autosaver, saved } = setup([]);
    autosaver.schedule(withReason('closing'));
    await autosaver.flush();
    expect(saved).toEqual(['closing']);
  });
});

describe('a stale save or a copy that may only read stops saving, and says so (issue 13)', () => {
  const stale: Result<SaveReceipt> = {
    ok: false,
    code: 'stale-save',
    message: 'Not saved: another window or copy of the app saved this conference after this copy was opened.',
  };

  it('stops after a stale save: no retry loop, whatever is typed next, with the time of the last save', async () => {
    const { autosaver, saved, states } = setup([
      { ok: true, value: { savedAt: '2026-12-01T10:42:00.000Z', revision: 'r1' } },
      stale,
    ]);
    autosaver.schedule(withReason('saved'));
    await vi.advanceTimersByTimeAsync(600);
    autosaver.schedule(withReason('refused'));
    await vi.advanceTimersByTimeAsync(600);
    expect(states.at(-1)).toEqual({
      phase: 'stale',
      message: stale.ok ? '' : stale.message,
      lastWrittenAt: '2026-12-01T10:42:00.000Z',
    });
    autosaver.schedule(withReason('typed after'));
    await vi.advanceTimersByTimeAsync(120_000);
    await autosaver.flush();
    expect(saved).toEqual(['saved', 'refused']);
    expect(states.at(-1)).toMatchObject({ phase: 'stale' });
    expect(autosaver.hasUnsaved()).toBe(true);
  });

  it('saves again once the conference is reopened, based on the revision read then', async () => {
    const { autosaver, saved, bases } = setup([stale]);
    autosaver.schedule(withReason('refused'));
    await vi.advanceTimersByTimeAsync(600);
    autosaver.onDisk(withReason('as the other window left it'), 'r7');
    autosaver.schedule(withReason('after reopening'));
    await vi.advanceTimersByTimeAsync(600);
    expect(saved).toEqual(['refused', 'after reopening']);
    expect(bases).toEqual(['r0', 'r7']);
  });

  it('stops after a read-only reply, saying why in main’s words', async () => {
    const why = 'Another copy of Conference Chair has this data folder open: this one can only read.';
    const { autosaver, saved, states } = setup([{ ok: false, code: 'read-only', message: why }]);
    autosaver.schedule(withReason('x'));
    await vi.advanceTimersByTimeAsync(600);
    autosaver.schedule(withReason('y'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saved).toEqual(['x']);
    expect(states.at(-1)).toEqual({ phase: 'read-only', message: why });
  });

  it('does not try at all when the app started read-only', async () => {
    const why = 'Another copy of Conference Chair has this data folder open.';
    const { autosaver, save, states } = setup([], { readOnly: () => why });
    autosaver.schedule(withReason('x'));
    await vi.advanceTimersByTimeAsync(60_000);
    await autosaver.flush();
    expect(save).not.toHaveBeenCalled();
    expect(states.at(-1)).toEqual({ phase: 'read-only', message: why });
  });
});

describe('closing waits for the save (issue 13)', () => {
  it('writes a pending edit at once and answers saved', async () => {
    const { autosaver, saved } = setup([]);
    autosaver.schedule(withReason('typed just before closing'));
    expect(saved).toEqual([]);
    const readiness = await autosaver.settle(4000);
    expect(saved).toEqual(['typed just before closing']);
    expect(readiness).toEqual({ saved: true });
  });

  it('answers saved at once when nothing is pending', async () => {
    const { autosaver, save } = setup([]);
    expect(await autosaver.settle(4000)).toEqual({ saved: true });
    expect(save).not.toHaveBeenCalled();
  });

  it('answers unsaved with the label of a field that cannot be saved, and nothing that was typed', async () => {
    const { autosaver } = setup([
      {
        ok: false,
        code: 'invalid-request',
        message: 'details.chair: Too big',
        field: 'details.chair',
        problems: [{ field: 'details.chair', message: 'Too big' }],
      },
    ]);
    autosaver.schedule({ ...base, details: { ...base.details, chair: 'Secret words '.repeat(50) } });
    const readiness = await autosaver.settle(4000);
    expect(readiness).toEqual({ saved: false, unsaved: ['Chair (the conference details)'] });
    expect(JSON.stringify(readiness)).not.toContain('Secret');
  });

  it('waits no longer than it was given for a save that does not answer', async () => {
    vi.useFakeTimers();
    const autosaver = createAutosaver({ save: () => new Promise(() => {}), onState: () => {}, delayMs: 100 });
    autosaver.onDisk(base, 'r0');
    autosaver.schedule({
      ...base,
      notes: [{ id: 'n1', itemKey: 'analysis', kind: 'note', text: 'x', createdAt: base.createdAt }],
    });
    const readiness = autosaver.settle(4000);
    await vi.advanceTimersByTimeAsync(4000);
    expect(await readiness).toEqual({ saved: false, unsaved: ['the notes'] });
  });
});

describe('what is not saved, in words', () => {
  it('names fields by label and parts of the conference, not paths or what was typed', () => {
    expect(fieldLabel('details.chair')).toBe('Chair (the conference details)');
    expect(fieldLabel('participants[2].organisation')).toBe('Organisation (the participants)');
    expect(fieldLabel('children[0].dateOfBirth')).toBe('Date of birth (the children)');
    expect(fieldLabel('captures.note:n1.audience.level')).toBe('who may see what');
    const edited = { ...base, plan: { ...base.plan, teamManager: 'Ms Example' } };
    expect(unsavedParts(edited, base, [])).toEqual(['the plan']);
    expect(unsavedParts({ ...edited, details: { ...base.details, chair: 'x' } }, base, ['details.chair'])).toEqual([
      'Chair (the conference details)',
      'the plan',
    ]);
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
    const save = vi.fn(async ({ conference: c }: SaveRequest): Promise<Result<SaveReceipt>> => {
      sent.push({ chair: c.details.chair, reason: c.details.reason });
      return c.details.chair.length > 500
        ? {
            ok: false,
            code: 'invalid-request',
            message: 'details.chair: Too big',
            field: 'details.chair',
            problems: [{ field: 'details.chair', message: 'Too big' }],
          }
        : { ok: true, value: { savedAt: 'now', revision: `r${sent.length}` } };
    });
    const autosaver = createAutosaver({ save, onState: (s) => states.push(s), delayMs: 100 });
    autosaver.onDisk(base, 'r0');
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
    // Each save was based on the revision the one before it made, the refused ones included.
    expect(save.mock.calls.map(([r]) => r.basedOn)).toEqual(['r0', 'r0', 'r2', 'r2']);
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
    // A path that is not in the conference at all: nothing is guessed.
    expect(withFieldsFrom(current, saved, ['participants[1].name'])).toBeUndefined();
  });

  it('leaves a new row with a bad field out of the save, and saves everything else', () => {
    const saved = { ...base, participants: [{ ...participant('p1'), name: 'Jade' }] };
    const current = {
      ...saved,
      details: { ...saved.details, venue: 'Room 4' },
      participants: [
        saved.participants[0]!,
        { ...participant('p2'), name: 'z'.repeat(600) },
        { ...participant('p3'), name: 'Kieran' },
        { ...participant('p4'), name: 'q'.repeat(600), role: 'r'.repeat(600) },
      ],
    };
    const fixed = withFieldsFrom(current, saved, [
      'participants[1].name',
      'participants[3].name',
      'participants[3].role',
    ])!;
    expect(fixed.participants.map((p) => p.id)).toEqual(['p1', 'p3']);
    expect(fixed.details.venue).toBe('Room 4');
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
