import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import { ConferenceStore } from '../../../electron/services/conference-store';
import { silentLogger } from '../../../electron/services/logger';
import type { Conference } from '@shared/model/conference';
import { testKey, useTempFolders } from '../../helpers/temp';
import { windowOn } from './revisions';

/**
 * Main stamps every save (issue #10, item 2): a text that reaches it without a capture entry gets the time, the agenda
 * item open then and the closed session open then, whether or not the chair's window stamped it first.
 */

const tempFolder = useTempFolders();

const worry = (id: string, text: string) => ({ id, kind: 'harm' as const, text, childIds: [] });

function withWorries(c: Conference, ...worries: ReturnType<typeof worry>[]): Conference {
  return { ...c, analysis: { ...c.analysis, worries } };
}

describe('a save arriving in main', () => {
  it('through the bridge: a new text the window did not stamp is saved with a capture entry and its time', async () => {
    const app = await createAppServices({
      dataFolder: await tempFolder(),
      dataKey: { key: testKey(), mode: 'injected' },
      transport: 'browser',
      appVersion: 'test',
      logger: silentLogger,
    });
    const created = await app.handlers.createConference({ type: 'initial', nation: 'england', date: '2026-12-01' });
    expect(created.ok).toBe(true);
    if (!created.ok) throw new Error(created.message);
    // The meeting is running (a text typed outside the meeting gets an entry without a time: see stamp.ts).
    const meeting: Conference = {
      ...created.value.conference,
      agenda: {
        ...created.value.conference.agenda,
        meetingStartedAt: new Date().toISOString(),
        currentItemKey: 'analysis',
      },
    };
    const unstamped = withWorries(meeting, worry('w1', 'Mia has missed four dental appointments.'));
    expect(unstamped.captures['worry:w1']).toBeUndefined();

    const before = new Date().toISOString();
    const saved = await app.handlers.saveConference({ conference: unstamped, basedOn: created.value.revision });
    const after = new Date().toISOString();
    if (!saved.ok) throw new Error(saved.message);
    // The receipt tells the window what main added, so it can adopt it.
    expect(Object.keys(saved.value.stamped ?? {})).toEqual(['worry:w1']);
    const at = saved.value.stamped?.['worry:w1']?.at ?? '';
    expect(at >= before && at <= after, `${at} is the time of the save`).toBe(true);

    const opened = await app.handlers.openConference({ id: created.value.conference.id });
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.value.conference.captures['worry:w1']).toEqual({ at, itemKey: 'analysis' });
  });

  async function storeWithClock() {
    let clock = Date.parse('2026-12-01T10:00:00.000Z');
    const store = new ConferenceStore({ dataFolder: await tempFolder(), key: testKey(), now: () => new Date(clock) });
    await store.init();
    const { conference: created, revision } = await store.create({
      type: 'initial',
      nation: 'england',
      date: '2026-12-01',
    });
    const chair = windowOn(store, revision);
    const running: Conference = {
      ...created,
      agenda: { ...created.agenda, meetingStartedAt: '2026-12-01T09:30:00.000Z', currentItemKey: 'analysis' },
      closedSessions: [
        { id: 'cs1', startedAt: '2026-12-01T09:55:00.000Z', reason: '', excludedParticipantIds: ['p-dad'] },
      ],
    };
    const reopen = async () => {
      const opened = await store.open(created.id);
      if (!opened.ok) throw new Error(opened.message);
      return opened.value.conference;
    };
    return { store: chair, running, reopen, advance: (minutes: number) => (clock += minutes * 60_000) };
  }

  it('stamps the agenda item and the open closed session, and keeps the first time when the same copy comes again', async () => {
    const { store, running, reopen, advance } = await storeWithClock();
    const copy = withWorries(running, worry('w1', 'Police information shared in the closed session.'));
    const first = await store.save(copy);
    expect(first.ok).toBe(true);
    const stamp = { at: '2026-12-01T10:00:00.000Z', itemKey: 'analysis', closedSessionId: 'cs1' };
    expect((await reopen()).captures['worry:w1']).toEqual(stamp);

    // The window never learnt the stamp and saves its copy again five minutes later: the time must not move.
    advance(5);
    const second = await store.save(copy);
    expect(second.ok && second.value.stamped).toEqual({ 'worry:w1': stamp });
    expect((await reopen()).captures['worry:w1']).toEqual(stamp);
  });

  it('leaves alone a text the window stamped, and does not bring back the entry of a deleted text', async () => {
    const { store, running, reopen, advance } = await storeWithClock();
    const windowStamp = { at: '2026-12-01T09:58:00.000Z', itemKey: 'analysis' };
    const stamped = {
      ...withWorries(running, worry('w1', 'Mia has missed four dental appointments.')),
      captures: { 'worry:w1': windowStamp },
    };
    const saved = await store.save(stamped);
    expect(saved.ok && saved.value.stamped).toBeUndefined();
    expect((await reopen()).captures['worry:w1']).toEqual(windowStamp);

    const other = withWorries(running, worry('w2', 'The family has moved twice since the summer.'));
    await store.save(other);
    advance(1);
    await store.save(withWorries(running));
    const captures = (await reopen()).captures;
    expect(captures['worry:w1']).toBeUndefined();
    expect(captures['worry:w2']).toBeUndefined();
  });

  it('records when each agenda item was on screen, for a window that keeps no visits, without restarting them', async () => {
    const { store, running, reopen, advance } = await storeWithClock();
    await store.save(running);
    advance(3);
    await store.save(running);
    expect((await reopen()).agenda.items['analysis']?.visits).toEqual([{ from: '2026-12-01T10:00:00.000Z' }]);
    advance(7);
    await store.save({ ...running, agenda: { ...running.agenda, currentItemKey: 'decisions' } });
    const items = (await reopen()).agenda.items;
    expect(items['analysis']?.visits).toEqual([{ from: '2026-12-01T10:00:00.000Z', to: '2026-12-01T10:10:00.000Z' }]);
    expect(items['decisions']?.visits).toEqual([{ from: '2026-12-01T10:10:00.000Z' }]);

    // A window that keeps visits is trusted with them: the chair's correction removing one is not undone.
    const corrected = { ...items, analysis: { ...items['analysis']!, visits: [] } };
    await store.save({ ...running, agenda: { ...running.agenda, currentItemKey: 'decisions', items: corrected } });
    const after = (await reopen()).agenda.items;
    expect(after['analysis']?.visits).toEqual([]);
    expect(after['decisions']?.visits).toEqual([{ from: '2026-12-01T10:10:00.000Z' }]);
  });
});
