// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { CloseReadiness, OpenedConference, SaveReceipt } from '@shared/api/contract';
import type { Result } from '@shared/api/result';
import type { Conference } from '@shared/model/conference';
import { createConference } from '@shared/model/factory';
import { App } from '../../../renderer/src/App';
import { useAppStore } from '../../../renderer/src/store';
import { useReactHost } from '../../helpers/react-host';

/**
 * Closing waits, end to end in the chair's window (issue 13): the App registers the answer to main's close request,
 * and that answer comes only after the edit still waiting for the autosave pause has been sent to main.
 */
const main = vi.hoisted(() => ({
  listener: null as null | (() => Promise<CloseReadiness>),
  opened: null as OpenedConference | null,
  replies: [] as Result<SaveReceipt>[],
  events: [] as string[],
}));

vi.mock('../../../renderer/src/bridge', () => ({
  bridge: {
    appStatus: vi.fn(async () => ({
      ok: true,
      value: { appVersion: 't', dataFolder: '/data', encryption: 'injected', transport: 'electron' },
    })),
    openConference: vi.fn(async () => ({ ok: true, value: main.opened })),
    closeConference: vi.fn(async () => ({ ok: true, value: { closed: true } })),
    saveConference: vi.fn(async (request: { conference: Conference }) => {
      main.events.push(`saved: ${request.conference.details.venue}`);
      return main.replies.shift() ?? { ok: true, value: { savedAt: '2026-12-01T10:42:00.000Z', revision: 'r2' } };
    }),
    getSettings: vi.fn(async () => ({ ok: false, code: 'not-found', message: 'none' })),
    listConferences: vi.fn(async () => ({ ok: true, value: { conferences: [], unreadable: [] } })),
    listBin: vi.fn(async () => ({ ok: true, value: [] })),
  },
  closeRequests: {
    onCloseRequested(listener: () => Promise<CloseReadiness>) {
      main.listener = listener;
      return () => {
        main.listener = null;
      };
    },
  },
  sharedScreenBridge: vi.fn(),
}));

async function openWithEditPending(venue: string, id: string): Promise<void> {
  const conference = createConference({ type: 'initial', nation: 'england', date: '2026-12-01' });
  conference.id = id;
  main.opened = { conference, notices: [], revision: 'r1' };
  await act(async () => useAppStore.getState().openConference(conference.id));
  useAppStore.getState().editConference((c) => ({ ...c, details: { ...c.details, venue } }));
  expect(useAppStore.getState().saveState.phase).toBe('pending');
}

describe('the chair’s window answers main’s close request', () => {
  const react = useReactHost();

  it('writes the edit still waiting for the autosave pause, then says everything is saved', async () => {
    await act(async () => react.root.render(<App />));
    expect(main.listener).not.toBeNull();
    await openWithEditPending('Room 4', 'conf_close_1');
    main.events = [];

    const answer = await main.listener!();
    main.events.push(`answered: ${JSON.stringify(answer)}`);

    expect(main.events).toEqual(['saved: Room 4', 'answered: {"saved":true}']);
    await act(async () => react.root.render(<></>));
    expect(main.listener).toBeNull();
  });

  it('names what could not be saved, never what was typed', async () => {
    await act(async () => react.root.render(<App />));
    await openWithEditPending('Room 5, secret address', 'conf_close_2');
    main.replies.push({ ok: false, code: 'storage-failed', message: 'The disk is full.' });

    const answer = await main.listener!();

    expect(answer.saved).toBe(false);
    expect(answer).toEqual({ saved: false, unsaved: ['the conference details'] });
    vi.stubGlobal('confirm', () => true);
    await act(async () => useAppStore.getState().closeConference());
    vi.unstubAllGlobals();
  });
});
