import { UNSAVED_REVISION, type CloseReadiness, type SaveReceipt } from '@shared/api/contract';
import type { Failure, Result } from '@shared/api/result';
import type { Conference } from '@shared/model/conference';

export type SaveState =
  | { phase: 'idle' }
  | { phase: 'pending' }
  | { phase: 'saving' }
  | { phase: 'saved'; savedAt: string }
  /** `restSaved`: the save was refused for `field` alone, and everything else was saved without it. */
  | { phase: 'failed'; message: string; field?: string; restSaved?: true }
  /** The save could not be written (the disk, something unexpected): the edits are kept and tried again soon. */
  | { phase: 'retrying'; message: string; retryInMs: number }
  /**
   * Another window or copy of the app saved (or deleted) this conference after this window opened it: nothing more
   * is saved from here, so the newer work is not written over. `message` is main's; `lastWrittenAt` is this
   * window's last save (or its opening).
   */
  | { phase: 'stale'; message: string; lastWrittenAt: string }
  /** This copy of the app may only read (another holds the data folder): nothing is saved. */
  | { phase: 'read-only'; message: string };

/** What the autosave needs from the bridge: a save that names the revision it was based on. */
export type SaveConference = (request: { conference: Conference; basedOn: string }) => Promise<Result<SaveReceipt>>;

export type Autosaver = {
  /** Note a change; it is written after a short pause in typing. */
  schedule(conference: Conference): void;
  /** Write now (leaving the conference, the window hidden). */
  flush(): Promise<void>;
  /**
   * The conference as it is on disk (just opened, created or restored) and the revision it was read at: what a
   * refused field goes back to, and what the next save is based on. Starts saving afresh after a stop.
   */
  onDisk(conference: Conference, revision: string): void;
  /**
   * Before the window closes: write what is pending now, wait for it (at most `withinMs`), then say what is still
   * not on disk, by field label or part of the conference, never by what was typed.
   */
  settle(withinMs: number): Promise<CloseReadiness>;
  /** Whether anything edited here is not yet on disk. */
  hasUnsaved(): boolean;
  /** The chair has left the conference (and agreed to lose anything unsaved): no timer, retry or edit is kept. */
  forget(): void;
  dispose(): void;
};

type Timers = { set(fn: () => void, ms: number): unknown; clear(handle: unknown): void };
const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** A failed save of these kinds may succeed if tried again; the others need the user (or cannot succeed). */
const RETRIED: ReadonlySet<Failure['code']> = new Set(['storage-failed', 'internal']);
/** Waits between tries of a save that failed: soon at first, then every 10 seconds while it keeps failing. */
export const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000] as const;

/**
 * Debounced autosave. Every save sends the whole conference, so saving on each keystroke would waste the disk;
 * waiting for a pause keeps writes few while losing at most the last moment of typing. A save that could not be
 * written keeps the work in memory, says why and tries again, backing off; invalid data waits for the user's fix
 * while everything else is saved. Saves carry the revision they are based on, kept here rather than in the
 * conference (a change to it would itself be an edit to save): a refused stale save, or a copy of the app that
 * may only read, stops saving for good, and says so.
 */
export function createAutosaver(options: {
  save: SaveConference;
  onState: (state: SaveState) => void;
  delayMs?: number;
  retryDelaysMs?: readonly number[];
  /** Set when this copy of the app may only read (why, in main's words): nothing is tried. */
  readOnly?: () => string | null | undefined;
  timers?: Timers;
  now?: () => string;
}): Autosaver {
  const delay = options.delayMs ?? 700;
  const retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const timers = options.timers ?? realTimers;
  const now = options.now ?? (() => new Date().toISOString());
  let latest: Conference | null = null;
  let written: Conference | null = null;
  let revision: string = UNSAVED_REVISION;
  let lastWrittenAt = now();
  let timer: unknown = null;
  let inflight: Promise<void> | null = null;
  let retries = 0;
  /** The fields the last save was refused for, which stay unsaved until the user fixes them. */
  let refused: string[] = [];
  let stopped: Extract<SaveState, { phase: 'stale' | 'read-only' }> | null = null;
  let disposed = false;

  const cancel = () => {
    if (timer !== null) timers.clear(timer);
    timer = null;
  };
  const arm = (ms: number) => {
    cancel();
    timer = timers.set(() => {
      timer = null;
      void run();
    }, ms);
  };
  const stop = (state: Extract<SaveState, { phase: 'stale' | 'read-only' }>) => {
    stopped = state;
    cancel();
    options.onState(state);
  };
  const checkReadOnly = (): boolean => {
    const why = options.readOnly?.();
    if (why) stop({ phase: 'read-only', message: why });
    return Boolean(why);
  };

  const attempt = async (conference: Conference): Promise<Result<SaveReceipt>> => {
    const result = await options
      .save({ conference, basedOn: revision })
      .catch((e: unknown): Result<SaveReceipt> => ({ ok: false, code: 'storage-failed', message: String(e) }));
    if (result.ok && !disposed) {
      written = conference;
      revision = result.value.revision;
      lastWrittenAt = result.value.savedAt;
    }
    return result;
  };

  /** A failure that is not about the data: stop, try again later, or wait for "Try again". */
  const giveWay = (failure: Failure) => {
    if (failure.code === 'stale-save') return stop({ phase: 'stale', message: failure.message, lastWrittenAt });
    if (failure.code === 'read-only') return stop({ phase: 'read-only', message: failure.message });
    if (RETRIED.has(failure.code)) {
      const wait = retryDelays[Math.min(retries, retryDelays.length - 1)] ?? 10_000;
      retries++;
      options.onState({ phase: 'retrying', message: failure.message, retryInMs: wait });
      return arm(wait);
    }
    options.onState({ phase: 'failed', message: failure.message, ...(failure.field ? { field: failure.field } : {}) });
  };

  const run = async (): Promise<void> => {
    if (inflight) return inflight;
    if (stopped || checkReadOnly()) return;
    const snapshot = latest;
    if (!snapshot || snapshot === written) return;
    options.onState({ phase: 'saving' });
    inflight = (async () => {
      const result = await attempt(snapshot);
      if (disposed) return;
      if (result.ok) {
        retries = 0;
        refused = [];
        if (latest === snapshot) options.onState({ phase: 'saved', savedAt: result.value.savedAt });
      } else if (result.code === 'invalid-request') {
        await refusedFor(snapshot, result);
      } else giveWay(result);
    })().finally(() => {
      inflight = null;
    });
    await inflight;
    // An edit made while this save was under way is written straight after it (unless saving has stopped, or is
    // waiting to try again).
    if (!disposed && !stopped && timer === null && latest !== snapshot && latest !== written) arm(0);
  };

  /**
   * One bad field never holds the rest (issue 13): the fields the save was refused for go back to what was last
   * saved, and everything else is saved straight away. The bad value stays on screen, beside its message, for the
   * user to fix; until they do, every later save does the same.
   */
  const refusedFor = async (snapshot: Conference, failure: Failure) => {
    const fields = failure.problems?.map((p) => p.field) ?? (failure.field ? [failure.field] : []);
    refused = fields;
    const rest = written && fields.length ? withFieldsFrom(snapshot, written, fields) : undefined;
    const said = {
      phase: 'failed' as const,
      message: failure.message,
      ...(failure.field ? { field: failure.field } : {}),
    };
    if (!rest) return options.onState(said);
    const saved = await attempt(rest);
    if (disposed) return;
    if (saved.ok) {
      retries = 0;
      options.onState({ ...said, restSaved: true });
    } else if (saved.code === 'invalid-request') options.onState(said);
    else giveWay(saved);
  };

  const settleWithin = async (withinMs: number): Promise<void> => {
    let handle: unknown = null;
    const bound = new Promise<void>((resolve) => {
      handle = timers.set(resolve, withinMs);
    });
    await Promise.race([flushNow(), bound]);
    timers.clear(handle);
  };

  const flushNow = async () => {
    cancel();
    if (inflight) await inflight;
    await run();
  };

  return {
    schedule(conference) {
      latest = conference;
      if (stopped || checkReadOnly()) return;
      options.onState({ phase: 'pending' });
      arm(delay);
    },
    flush: flushNow,
    onDisk(conference, revisionOnDisk) {
      cancel();
      latest = conference;
      written = conference;
      revision = revisionOnDisk;
      lastWrittenAt = now();
      retries = 0;
      refused = [];
      stopped = null;
      checkReadOnly();
    },
    async settle(withinMs) {
      await settleWithin(withinMs);
      if (!latest || latest === written) return { saved: true };
      const unsaved = unsavedParts(latest, written, refused);
      return unsaved.length ? { saved: false, unsaved } : { saved: true };
    },
    hasUnsaved: () => latest !== null && latest !== written,
    forget() {
      cancel();
      latest = null;
      written = null;
      refused = [];
      stopped = null;
      retries = 0;
    },
    dispose() {
      disposed = true;
      cancel();
    },
  };
}

/** The parts of a conference in words, for saying what was not saved (never what was typed in them). */
const PARTS: Partial<Record<keyof Conference, string>> = {
  details: 'the conference details',
  children: 'the children',
  adults: 'the adults',
  otherChildren: 'the other children',
  participants: 'the participants',
  reports: 'the reports',
  agenda: 'the agenda',
  notes: 'the notes',
  closedSessions: 'the closed sessions',
  childVoices: 'the children’s views',
  restrictedRecords: 'the restricted records',
  analysis: 'the analysis',
  decisions: 'the decisions',
  plan: 'the plan',
  coreGroup: 'the core group',
  review: 'the review arrangements',
  captures: 'who may see what',
  distribution: 'the distribution list',
  otherDecisions: 'the other decisions',
};

/** "details.chair" → "Chair (the conference details)": a field named as a person would, from its path. */
export function fieldLabel(path: string): string {
  const part = /^[A-Za-z]+/.exec(path)?.[0] ?? '';
  const partLabel = PARTS[part as keyof Conference];
  if (!partLabel) return 'a field';
  const name = /([A-Za-z]+)[^A-Za-z]*$/.exec(path.slice(part.length))?.[1];
  if (!name || part === 'captures') return partLabel;
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} (${partLabel})`;
}

/**
 * What is edited here but not on disk: the refused fields by label, and each other part of the conference that
 * differs from what was last written. Ids and times the app keeps are not the user's work and are left out.
 */
export function unsavedParts(latest: Conference, written: Conference | null, refused: readonly string[]): string[] {
  if (!written) return ['every change made in this window'];
  const labels = refused.map(fieldLabel);
  for (const key of Object.keys(PARTS) as (keyof Conference)[]) {
    if (refused.some((field) => field === key || field.startsWith(`${key}.`) || field.startsWith(`${key}[`))) continue;
    if (JSON.stringify(latest[key]) !== JSON.stringify(written[key])) labels.push(PARTS[key]!);
  }
  // Typing in a text stamps its time in the captures as well: the text names the change; the captures are named
  // only when who may see what is all that changed.
  const captures = PARTS.captures!;
  const named = labels.length > 1 ? labels.filter((label) => label !== captures) : labels;
  return [...new Set(named)];
}

/**
 * The conference with the fields at `paths` (as the save's problems name them: "details.chair",
 * "participants[2].name", "captures.note:n1.audience") put back as they were in `saved`; undefined when a path cannot
 * be found in `current`, so nothing is guessed. A field in a row (or record entry) added since the last save has
 * nothing to go back to: that whole new row is left out of the save until it is fixed, and everything else is saved.
 * A record's keys may hold dots themselves (a capture's reference), so each step takes the key of the object in hand
 * that the path goes on with.
 */
export function withFieldsFrom(
  current: Conference,
  saved: Conference,
  paths: readonly string[],
): Conference | undefined {
  let result: unknown = current;
  const newRows: (string | number)[][] = [];
  for (const path of paths) {
    const steps = stepsOf(result, path);
    if (!steps || !steps.length) return undefined;
    const firstNew = steps.findIndex((_, k) => valueAt(saved, steps.slice(0, k + 1)) === MISSING);
    if (firstNew === -1) result = replaced(result, steps, valueAt(saved, steps));
    else newRows.push(steps.slice(0, firstNew + 1));
  }
  // Last, and from the highest index down, so that leaving out one new row does not move another.
  const unique = [...new Map(newRows.map((row) => [JSON.stringify(row), row])).values()];
  for (const row of unique.sort(byLaterFirst)) result = without(result, row);
  return result as Conference;
}

function byLaterFirst(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    return typeof a[i] === 'number' && typeof b[i] === 'number' ? (b[i] as number) - (a[i] as number) : 0;
  }
  return 0;
}

function without(node: unknown, steps: readonly (string | number)[]): unknown {
  const [step, ...rest] = steps;
  if (step === undefined) return node;
  if (Array.isArray(node)) {
    if (!rest.length) return node.filter((_, i) => i !== step);
    const copy = [...node];
    copy[step as number] = without(copy[step as number], rest);
    return copy;
  }
  const record = node as Record<string, unknown>;
  if (!rest.length) {
    const { [step as string]: _left, ...kept } = record;
    return kept;
  }
  return { ...record, [step]: without(record[step as string], rest) };
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
