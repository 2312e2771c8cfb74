import type { SaveReceipt } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import type { Conference } from '../../../shared/model/conference';

export type SaveState =
  | { phase: 'idle' }
  | { phase: 'pending' }
  | { phase: 'saving' }
  | { phase: 'saved'; savedAt: string }
  | { phase: 'failed'; message: string; field?: string };

export type Autosaver = {
  /** Note a change; it is written after a short pause in typing. */
  schedule(conference: Conference): void;
  /** Write now (leaving the conference, closing the window). */
  flush(): Promise<void>;
  dispose(): void;
};

type Timers = { set(fn: () => void, ms: number): unknown; clear(handle: unknown): void };
const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * Debounced autosave. Every save sends the whole conference, so saving on each keystroke would waste the disk;
 * waiting for a pause keeps writes few while losing at most the last moment of typing. A failed save keeps the
 * work in memory, says why, and tries again, except for invalid data, which waits for the user's fix.
 */
export function createAutosaver(options: {
  save: (conference: Conference) => Promise<Result<SaveReceipt>>;
  onState: (state: SaveState) => void;
  delayMs?: number;
  retryMs?: number;
  timers?: Timers;
}): Autosaver {
  const delay = options.delayMs ?? 700;
  const retry = options.retryMs ?? 5_000;
  const timers = options.timers ?? realTimers;
  let latest: Conference | null = null;
  let written: Conference | null = null;
  let timer: unknown = null;
  let inflight: Promise<void> | null = null;
  let disposed = false;

  const arm = (ms: number) => {
    if (timer !== null) timers.clear(timer);
    timer = timers.set(() => {
      timer = null;
      void run();
    }, ms);
  };

  const run = async (): Promise<void> => {
    if (inflight) return inflight;
    const snapshot = latest;
    if (!snapshot || snapshot === written) return;
    options.onState({ phase: 'saving' });
    inflight = (async () => {
      const result = await options
        .save(snapshot)
        .catch((e: unknown): Result<SaveReceipt> => ({ ok: false, code: 'storage-failed', message: String(e) }));
      inflight = null;
      if (disposed) return;
      if (result.ok) {
        written = snapshot;
        if (latest !== snapshot) arm(0);
        else options.onState({ phase: 'saved', savedAt: result.value.savedAt });
      } else {
        options.onState({
          phase: 'failed',
          message: result.message,
          ...(result.field ? { field: result.field } : {}),
        });
        if (result.code !== 'invalid-request' && result.code !== 'read-only') arm(retry);
      }
    })();
    return inflight;
  };

  return {
    schedule(conference) {
      latest = conference;
      options.onState({ phase: 'pending' });
      arm(delay);
    },
    async flush() {
      if (timer !== null) {
        timers.clear(timer);
        timer = null;
      }
      if (inflight) await inflight;
      await run();
    },
    dispose() {
      disposed = true;
      if (timer !== null) timers.clear(timer);
    },
  };
}
