import type { SaveReceipt } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import type { Conference } from '../../../shared/model/conference';

export type SaveState =
  | { phase: 'idle' }
  | { phase: 'pending' }
  | { phase: 'saving' }
  | { phase: 'saved'; savedAt: string }
  /** `restSaved`: the save was refused for `field` alone, and everything else was saved without it. */
  | { phase: 'failed'; message: string; field?: string; restSaved?: true };

export type Autosaver = {
  /** Note a change; it is written after a short pause in typing. */
  schedule(conference: Conference): void;
  /** Write now (leaving the conference, closing the window). */
  flush(): Promise<void>;
  /** The conference as it is on disk (just opened or restored): what a refused field goes back to. */
  onDisk(conference: Conference): void;
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
        // One bad field never holds the rest (issue 13): the fields the save was refused for go back to what was last
        // saved, and everything else is saved straight away. The bad value stays on screen, beside its message, for
        // the user to fix; until they do, every later save does the same.
        const rest =
          result.code === 'invalid-request' && written && result.problems?.length
            ? withFieldsFrom(
                snapshot,
                written,
                result.problems.map((p) => p.field),
              )
            : undefined;
        if (rest) {
          const saved = await options
            .save(rest)
            .catch((e: unknown): Result<SaveReceipt> => ({ ok: false, code: 'storage-failed', message: String(e) }));
          if (disposed) return;
          if (saved.ok) {
            written = rest;
            options.onState({
              phase: 'failed',
              message: result.message,
              ...(result.field ? { field: result.field } : {}),
              restSaved: true,
            });
          } else if (saved.code !== 'invalid-request' && saved.code !== 'read-only') arm(retry);
        } else if (result.code !== 'invalid-request' && result.code !== 'read-only') arm(retry);
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
    onDisk(conference) {
      written = conference;
    },
    dispose() {
      disposed = true;
      if (timer !== null) timers.clear(timer);
    },
  };
}

/**
 * The conference with the fields at `paths` (as the save's problems name them: "details.chair",
 * "participants[2].name", "captures.note:n1.audience") put back as they were in `saved`; undefined when one of them
 * cannot be found in both, so nothing is guessed. A record's keys may hold dots themselves (a capture's reference),
 * so each step takes the key of the object in hand that the path goes on with.
 */
export function withFieldsFrom(
  current: Conference,
  saved: Conference,
  paths: readonly string[],
): Conference | undefined {
  let result: unknown = current;
  for (const path of paths) {
    const steps = stepsOf(result, path);
    if (!steps || !steps.length) return undefined;
    const old = valueAt(saved, steps);
    if (old === MISSING) return undefined;
    result = replaced(result, steps, old);
  }
  return result as Conference;
}

const MISSING = Symbol('missing');

function stepsOf(root: unknown, path: string): (string | number)[] | undefined {
  const steps: (string | number)[] = [];
  let node = root;
  let rest = path;
  while (rest) {
    const index = /^\[(\d+)\]\.?/.exec(rest);
    if (index) {
      if (!Array.isArray(node)) return undefined;
      steps.push(Number(index[1]));
      node = node[Number(index[1])];
      rest = rest.slice(index[0].length);
      continue;
    }
    if (node === null || typeof node !== 'object') return undefined;
    const key = Object.keys(node)
      .filter((k) => rest === k || rest.startsWith(`${k}.`) || rest.startsWith(`${k}[`))
      .sort((a, b) => b.length - a.length)[0];
    if (key === undefined) return undefined;
    steps.push(key);
    node = (node as Record<string, unknown>)[key];
    rest = rest.slice(key.length).replace(/^\./, '');
  }
  return steps;
}

function valueAt(root: unknown, steps: readonly (string | number)[]): unknown {
  let node = root;
  for (const step of steps) {
    if (node === null || typeof node !== 'object' || !(step in node)) return MISSING;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

function replaced(node: unknown, steps: readonly (string | number)[], value: unknown): unknown {
  const [step, ...rest] = steps;
  if (step === undefined) return value;
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[step as number] = replaced(copy[step as number], rest, value);
    return copy;
  }
  const record = node as Record<string, unknown>;
  return { ...record, [step]: replaced(record[step as string], rest, value) };
}
