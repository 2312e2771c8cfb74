// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppStatus, OpenedConference, SaveReceipt } from '@shared/api/contract';
import type { Result } from '@shared/api/result';
import type { Conference } from '@shared/model/conference';
import { createConference } from '@shared/model/factory';
import { App } from '../../../renderer/src/App';
import { SaveStatus } from '../../../renderer/src/components/SaveStatus';
import { useAppStore } from '../../../renderer/src/store';
import { useReactHost } from '../../helpers/react-host';

/** A stand-in for main, shared with the mocked bridge below (vi.mock is hoisted above the imports). */
const main = vi.hoisted(() => ({
  status: { appVersion: 't', dataFolder: '/data', encryption: 'injected', transport: 'browser' } as AppStatus,
  opened: null as OpenedConference | null,
  replies: [] as Result<SaveReceipt>[],
  saves: [] as { conference: Conference; basedOn: string }[],
}));

vi.mock('../../../renderer/src/bridge', () => ({
  bridge: {
    appStatus: vi.fn(async () => ({ ok: true, value: main.status })),
    openConference: vi.fn(async () => ({ ok: true, value: main.opened })),
    closeConference: vi.fn(async () => ({ ok: true, value: { closed: true } })),
    saveConference: vi.fn(async (request: { conference: Conference; basedOn: string }) => {
      main.saves.push(request);
      return (
        main.replies.shift() ?? {
          ok: true,
          value: { savedAt: '2026-12-01T10:42:00.000Z', revision: `r${main.saves.length + 5}` },
        }
      );
    }),
    getSettings: vi.fn(async () => ({ ok: false, code: 'not-found', message: 'none' })),
    listConferences: vi.fn(async () => ({ ok: true, value: { conferences: [], unreadable: [] } })),
    listBin: vi.fn(async () => ({ ok: true, value: [] })),
  },
  closeRequests: null,
  sharedScreenBridge: vi.fn(),
}));

let opens = 0;
/** Opens a fresh conference (a new id each time, so the store does not take it for the one already open). */
async function openAt(revision: string): Promise<Conference> {
  const conference = { ...createConference({ type: 'initial', nation: 'england', date: '2026-12-01' }) };
  conference.id = `conf_${++opens}`;
  main.opened = { conference, notices: [], revision };
  await useAppStore.getState().openConference(conference.id);
  return conference;
}

const editReason = (reason: string) =>
  useAppStore.getState().editConference((c) => ({ ...c, details: { ...c.details, reason } }));

describe('the window keeps the revision its saves are based on (issue 13)', () => {
  const react = useReactHost();

  beforeEach(() => {
    main.replies = [];
    main.saves = [];
    main.status = { appVersion: 't', dataFolder: '/data', encryption: 'injected', transport: 'browser' };
    useAppStore.setState({ readOnly: null, status: null });
  });
  afterEach(async () => {
    // Some tests leave edits that cannot be saved: the chair agrees to lose them, so each test starts clean.
    vi.stubGlobal('confirm', () => true);
    await act(async () => useAppStore.getState().closeConference());
    vi.unstubAllGlobals();
  });

  it('asks before leaving a conference whose edits are not on disk, and keeps them if the chair stays', async () => {
    await openAt('r5');
    const diskFull = { ok: false as const, code: 'storage-failed' as const, message: 'The disk is full.' };
    main.replies.push(diskFull, diskFull);
    editReason('Room 4 typed');
    await useAppStore.getState().flushSave();
    expect(useAppStore.getState().saveState.phase).toBe('retrying');

    const asked: string[] = [];
    vi.stubGlobal('confirm', (question: string) => {
      asked.push(question);
      return false;
    });
    expect(await useAppStore.getState().closeConference()).toBe(false);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/^Not saved: .+\.\n\nLeave this conference anyway and lose these changes\?$/s);
    expect(useAppStore.getState().conference?.details.reason).toBe('Room 4 typed');

    // The disk has room again: what the chair typed is written.
    await useAppStore.getState().flushSave();
    expect(main.saves.at(-1)!.conference.details.reason).toBe('Room 4 typed');
    expect(useAppStore.getState().saveState.phase).toBe('saved');
  });

  it('when the chair agrees to lose them, leaves, and nothing of that conference is saved afterwards', async () => {
    await openAt('r5');
    const diskFull = { ok: false as const, code: 'storage-failed' as const, message: 'The disk is full.' };
    main.replies.push(diskFull, diskFull);
    editReason('lost on purpose');
    await useAppStore.getState().flushSave();
    vi.stubGlobal('confirm', () => true);
    expect(await useAppStore.getState().closeConference()).toBe(true);
    expect(useAppStore.getState().conference).toBeNull();
    const saves = main.saves.length;
    // Past the first retry (1 s): the retry was cancelled with the conference.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(main.saves.length).toBe(saves);
  });

  it('bases the first save on the revision it opened at and the next on the revision that save made', async () => {
    await openAt('r5');
    editReason('first');
    await useAppStore.getState().flushSave();
    editReason('second');
    expect(await useAppStore.getState().readinessToClose()).toEqual({ saved: true });
    expect(main.saves.map((s) => [s.conference.details.reason, s.basedOn])).toEqual([
      ['first', 'r5'],
      ['second', 'r6'],
    ]);
    // Kept beside the conference, never in it: a new revision is not an edit that would need saving.
    expect(main.saves[1]!.conference).not.toHaveProperty('revision');
    expect(useAppStore.getState().conference).not.toHaveProperty('revision');
  });

  it('after a stale save, says what happened and what to do, and saves nothing more', async () => {
    await openAt('r5');
    main.replies.push({
      ok: false,
      code: 'stale-save',
      message: 'Not saved: another window or copy of the app saved this conference after this copy was opened.',
    });
    editReason('refused');
    await useAppStore.getState().flushSave();
    await act(async () => react.root.render(<SaveStatus />));
    const said = react.host.textContent ?? '';
    expect(said).toContain('another window or copy of the app saved this conference');
    expect(said).toMatch(/Changes made here after \d\d:\d\d are not saved\./);
    expect(react.host.querySelector('button')?.textContent).toBe('Reopen the conference');
    await act(async () => {
      editReason('typed after');
      await useAppStore.getState().flushSave();
    });
    expect(main.saves).toHaveLength(1);
    expect(await useAppStore.getState().readinessToClose()).toEqual({
      saved: false,
      unsaved: ['the conference details'],
    });
  });

  it('started read-only: a banner on every screen says why, and the conference says nothing will be saved', async () => {
    const why = 'Another copy of Conference Chair (process 4242) has this data folder open: this one can only read.';
    main.status = { ...main.status, readOnly: why };
    await act(async () => react.root.render(<App />));
    await act(async () => {});
    expect(react.host.querySelector('.banner')?.textContent).toContain(why);
    await act(async () => {
      await openAt('r5');
      editReason('typed anyway');
      await useAppStore.getState().flushSave();
    });
    expect(main.saves).toEqual([]);
    await act(async () => react.root.render(<SaveStatus />));
    expect(react.host.textContent).toContain('Read only: nothing you change here will be saved.');
  });

  it('a read-only reply to a save puts the banner up when main says the whole app may only read', async () => {
    await openAt('r5');
    const why = 'Another copy of Conference Chair has this data folder open: this one can only read.';
    main.status = { ...main.status, readOnly: why };
    main.replies.push({ ok: false, code: 'read-only', message: why });
    editReason('refused');
    await useAppStore.getState().flushSave();
    await vi.waitFor(() => expect(useAppStore.getState().readOnly).toBe(why));
    editReason('again');
    await useAppStore.getState().flushSave();
    expect(main.saves).toHaveLength(1);
  });
});
