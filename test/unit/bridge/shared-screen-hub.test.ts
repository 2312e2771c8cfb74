import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import { silentLogger } from '../../../electron/services/logger';
import { SharedScreenHub } from '../../../electron/services/shared-screen-hub';
import { Conference } from '@shared/model/conference';
import { createConference } from '@shared/model/factory';
import { sharedScreenView } from '@shared/shared-screen';
import { HOLDING_MESSAGE } from '@shared/shared-screen/plain-words';
import type { SharedScreenView } from '@shared/shared-screen/types';
import { testKey, useTempFolders } from '../../helpers/temp';
import { UNSAVED_REVISION } from '@shared/api/contract';

// Words that belong to conference A's family alone: none may reach the shared screen once another conference is open.
const A_CHILD = 'Zephyrine';
const A_CATEGORY = 'Sexual abuse';

function conferenceA(): Conference {
  const c = createConference({ type: 'review', nation: 'england', date: '2026-12-01' });
  return Conference.parse({
    ...c,
    children: [{ id: 'child-zephyrine', givenName: A_CHILD, familyName: 'Quillmarsh' }],
    decisions: [{ childId: 'child-zephyrine', outcome: 'plan-continues', categories: ['sexual-abuse'] }],
  });
}

function conferenceB(): Conference {
  const c = createConference({ type: 'initial', nation: 'england', date: '2026-12-02' });
  return Conference.parse({ ...c, children: [{ id: 'child-bartholomew', givenName: 'Bartholomew' }] });
}

const readBack = (c: Conference) => sharedScreenView(c, { mode: 'read-back' });

/** Everything a shared screen could be handed, as text: the view kept, and every view the listeners were given. */
function expectNoTraceOfA(views: ReadonlyArray<SharedScreenView | null>) {
  const text = JSON.stringify(views);
  expect(text).not.toContain(A_CHILD);
  expect(text).not.toContain('Quillmarsh');
  expect(text).not.toContain(A_CATEGORY);
  expect(text).not.toContain('carries on');
}

describe('the shared-screen hub: the shared screen belongs to the conference open in the chair’s window', () => {
  it('shows a view for the open conference and hands it to a newly opened shared screen', () => {
    const hub = new SharedScreenHub();
    const a = conferenceA();
    hub.openConference(a.id);
    const outcome = hub.publish(readBack(a));
    expect(outcome).toEqual({ shown: true, listeners: 0 });
    expect(JSON.stringify(hub.current())).toContain(A_CHILD);
    expect(hub.current()?.conferenceId).toBe(a.id);
  });

  it('opening another conference puts up a neutral holding view at once, for open shared screens and new ones', () => {
    const hub = new SharedScreenHub();
    const a = conferenceA();
    const b = conferenceB();
    hub.openConference(a.id);
    hub.publish(readBack(a));
    const heard: SharedScreenView[] = [];
    hub.subscribe((v) => heard.push(v));

    hub.openConference(b.id);

    const current = hub.current();
    expect(current).toEqual({
      mode: 'holding',
      conferenceId: b.id,
      meetingName: '',
      zoom: 1,
      message: HOLDING_MESSAGE,
    });
    expect(heard).toEqual([current]);
    expectNoTraceOfA([current, ...heard]);
    expect(hub.openConferenceId()).toBe(b.id);
  });

  it('refuses, and neither keeps nor passes on, a late view for the conference that was open before', () => {
    const hub = new SharedScreenHub();
    const a = conferenceA();
    const b = conferenceB();
    hub.openConference(a.id);
    hub.openConference(b.id);
    const heard: SharedScreenView[] = [];
    hub.subscribe((v) => heard.push(v));

    const late = hub.publish(readBack(a));

    expect(late.shown).toBe(false);
    expect(heard).toEqual([]);
    expect(hub.current()?.mode).toBe('holding');
    expectNoTraceOfA([hub.current()]);
    // The open conference's own view is shown as usual.
    expect(hub.publish(sharedScreenView(b, { mode: 'welcome' }))).toEqual({ shown: true, listeners: 1 });
    expect(hub.current()).toMatchObject({ mode: 'welcome', conferenceId: b.id, childrenNames: ['Bartholomew'] });
  });

  it('refuses a view that names no conference, or a holding view of another, while a conference is open', () => {
    const hub = new SharedScreenHub();
    const a = conferenceA();
    const b = conferenceB();
    hub.openConference(b.id);
    const { conferenceId: _dropped, ...untagged } = readBack(a);
    expect(hub.publish(untagged as SharedScreenView).shown).toBe(false);
    expect(hub.publish(sharedScreenView(a, { mode: 'holding' })).shown).toBe(false);
    expect(hub.current()).toMatchObject({ mode: 'holding', conferenceId: b.id });
  });

  it('closing leaves a neutral holding view that names no conference, and takes no view until one is opened', () => {
    const hub = new SharedScreenHub();
    const a = conferenceA();
    hub.openConference(a.id);
    hub.publish(readBack(a));
    const heard: SharedScreenView[] = [];
    hub.subscribe((v) => heard.push(v));

    hub.closeConference();

    expect(hub.current()).toEqual({ mode: 'holding', meetingName: '', zoom: 1, message: HOLDING_MESSAGE });
    expect(hub.openConferenceId()).toBeNull();
    expect(hub.publish(readBack(a)).shown).toBe(false);
    expectNoTraceOfA([hub.current(), ...heard]);
  });

  it('reopening the same conference also starts from the holding view, not from its last screen', () => {
    const hub = new SharedScreenHub();
    const a = conferenceA();
    hub.openConference(a.id);
    hub.publish(readBack(a));
    hub.openConference(a.id);
    expect(hub.current()).toMatchObject({ mode: 'holding', conferenceId: a.id });
  });

  it('deleting a conference clears the shared screen only when it is the open one', () => {
    const hub = new SharedScreenHub();
    const a = conferenceA();
    const b = conferenceB();
    hub.openConference(b.id);
    hub.publish(sharedScreenView(b, { mode: 'welcome' }));
    hub.forgetConference(a.id);
    expect(hub.current()?.mode).toBe('welcome');
    hub.forgetConference(b.id);
    expect(hub.current()).toMatchObject({ mode: 'holding' });
    expect(hub.openConferenceId()).toBeNull();
  });
});

describe('the bridge handlers keep the shared screen to the open conference', () => {
  const tempFolder = useTempFolders();

  async function withTwoConferences() {
    const services = await createAppServices({
      dataFolder: await tempFolder(),
      dataKey: { key: testKey(), mode: 'injected' },
      transport: 'browser',
      appVersion: 'test',
      logger: silentLogger,
    });
    const a = conferenceA();
    const b = conferenceB();
    for (const c of [a, b]) {
      const saved = await services.handlers.saveConference({ conference: c, basedOn: UNSAVED_REVISION });
      if (!saved.ok) throw new Error(saved.message);
    }
    const heard: SharedScreenView[] = [];
    services.sharedScreen.subscribe((v) => heard.push(v));
    return { ...services, a, b, heard };
  }

  it('conference A on read-back, then B opened: the shared screen holds and nothing of A is kept or sent', async () => {
    const { handlers, sharedScreen, a, b, heard } = await withTwoConferences();
    expect((await handlers.openConference({ id: a.id })).ok).toBe(true);
    expect(await handlers.publishSharedScreenView(readBack(a))).toEqual({ ok: true, value: { listeners: 1 } });
    // The canaries are really on the shared screen before the switch, so their absence after it means something.
    const before = JSON.stringify(sharedScreen.current());
    for (const word of [A_CHILD, A_CATEGORY, 'carries on']) expect(before).toContain(word);
    heard.length = 0;

    expect((await handlers.openConference({ id: b.id })).ok).toBe(true);

    expect(sharedScreen.current()).toMatchObject({ mode: 'holding', conferenceId: b.id, message: HOLDING_MESSAGE });
    expect(heard.map((v) => v.mode)).toEqual(['holding']);
    expectNoTraceOfA([sharedScreen.current(), ...heard]);

    // A late publish from A's window (a debounced edit, say) is refused with a result, never shown.
    const late = await handlers.publishSharedScreenView(readBack(a));
    expect(late).toMatchObject({ ok: false, code: 'invalid-request', field: 'conferenceId' });
    expectNoTraceOfA([sharedScreen.current(), ...heard]);
  });

  it('closing the conference puts the shared screen on hold; a view published after it is refused', async () => {
    const { handlers, sharedScreen, a, heard } = await withTwoConferences();
    await handlers.openConference({ id: a.id });
    await handlers.publishSharedScreenView(readBack(a));

    expect(await handlers.closeConference(undefined)).toEqual({ ok: true, value: { closed: true } });

    expect(sharedScreen.current()).toEqual({ mode: 'holding', meetingName: '', zoom: 1, message: HOLDING_MESSAGE });
    expect((await handlers.publishSharedScreenView(readBack(a))).ok).toBe(false);
    expectNoTraceOfA([sharedScreen.current(), heard.at(-1) ?? null]);
    expect(await handlers.closeConference(undefined)).toEqual({ ok: true, value: { closed: false } });
  });

  it('a conference that cannot be opened still takes the last family off the shared screen', async () => {
    const { handlers, sharedScreen, a } = await withTwoConferences();
    await handlers.openConference({ id: a.id });
    await handlers.publishSharedScreenView(readBack(a));
    const missing = await handlers.openConference({ id: 'conf_not_there' });
    expect(missing.ok).toBe(false);
    expectNoTraceOfA([sharedScreen.current()]);
  });

  it('deleting the open conference puts the shared screen on hold', async () => {
    const { handlers, sharedScreen, a } = await withTwoConferences();
    await handlers.openConference({ id: a.id });
    await handlers.publishSharedScreenView(readBack(a));
    expect((await handlers.deleteConference({ id: a.id })).ok).toBe(true);
    expect(sharedScreen.openConferenceId()).toBeNull();
    expectNoTraceOfA([sharedScreen.current()]);
  });
});
