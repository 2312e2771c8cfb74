import { spawnSync } from 'node:child_process';
import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { startBrowserHost } from '../../../electron/host/browser-host';
import { useAppServices } from '../../helpers/app-services';
import { ConferenceStore, StoreRefusal } from '../../../electron/services/conference-store';
import { acquireDataLock, LOCK_FILE } from '../../../electron/services/data-lock';
import { sealToBytes } from '../../../electron/services/encryption';
import { DEFAULT_SETTINGS } from '@shared/model/settings';
import { testKey, useTempFolders } from '../../helpers/temp';
import { windowOn } from './revisions';

const STALE =
  /another window or copy of the app saved this conference after this window opened it, so nothing was written over it\..*reopen the conference/s;

describe('a save based on a revision that is no longer the file’s', () => {
  const tempFolder = useTempFolders();

  it('two copies opened at the same revision: the first saves, the second is refused and the file keeps the first', async () => {
    const dataFolder = await tempFolder();
    const key = testKey();
    const a = new ConferenceStore({ dataFolder, key });
    await a.init();
    const { conference } = await a.create({ type: 'initial', nation: 'england', date: '2026-12-01' });
    const b = new ConferenceStore({ dataFolder, key });
    await b.init();
    const openedA = await a.open(conference.id);
    const openedB = await b.open(conference.id);
    if (!openedA.ok || !openedB.ok) throw new Error('both copies open');
    expect(openedB.value.revision).toBe(openedA.value.revision);

    const savedA = await a.save(
      { ...conference, details: { ...conference.details, venue: 'Room 4 (A)' } },
      openedA.value.revision,
    );
    if (!savedA.ok) throw new Error(savedA.message);
    expect(savedA.value.revision).not.toBe(openedA.value.revision);

    const before = await readFile(a.pathOf(conference.id));
    const savedB = await b.save(
      { ...conference, details: { ...conference.details, venue: 'Room 9 (B)' } },
      openedB.value.revision,
    );
    expect(!savedB.ok && savedB.code).toBe('stale-save');
    expect(!savedB.ok && savedB.message).toMatch(STALE);
    expect(await readFile(a.pathOf(conference.id))).toEqual(before);
    const check = await new ConferenceStore({ dataFolder, key }).open(conference.id);
    expect(check.ok && check.value.conference.details.venue).toBe('Room 4 (A)');

    // Reopened, B sees A's change and may save on top of it.
    const reopened = await b.open(conference.id);
    if (!reopened.ok) throw new Error(reopened.message);
    expect(reopened.value.revision).toBe(savedA.value.revision);
    expect(
      (
        await b.save(
          { ...reopened.value.conference, details: { ...conference.details, chair: 'B' } },
          reopened.value.revision,
        )
      ).ok,
    ).toBe(true);
  });

  it('a change written to the file by another process makes the next save from this one stale', async () => {
    const dataFolder = await tempFolder();
    const key = testKey();
    const store = new ConferenceStore({ dataFolder, key });
    await store.init();
    const { conference, revision } = await store.create({ type: 'initial', nation: 'england', date: '2026-12-01' });
    const chair = windowOn(store, revision);
    expect((await chair.save({ ...conference, details: { ...conference.details, venue: 'Room 4' } })).ok).toBe(true);

    // Another process (a synced copy, say) writes the file directly.
    const theirs = sealToBytes(
      JSON.stringify({ ...conference, details: { ...conference.details, venue: 'Theirs' } }),
      key,
    );
    await writeFile(store.pathOf(conference.id), theirs);
    const refused = await chair.save({ ...conference, details: { ...conference.details, venue: 'Mine' } });
    expect(!refused.ok && refused.code).toBe('stale-save');
    expect(await readFile(store.pathOf(conference.id))).toEqual(theirs);
  });

  it('a save based on a conference another copy deleted is refused, not written back', async () => {
    const dataFolder = await tempFolder();
    const key = testKey();
    const a = new ConferenceStore({ dataFolder, key });
    await a.init();
    const { conference, revision } = await a.create({ type: 'initial', nation: 'england', date: '2026-12-01' });
    const b = new ConferenceStore({ dataFolder, key });
    expect((await b.remove(conference.id)).ok).toBe(true);
    const saved = await a.save(conference, revision);
    expect(!saved.ok && saved.code).toBe('stale-save');
    expect(!saved.ok && saved.message).toMatch(/deleted or moved/);
    expect(await readdir(a.folders.conferences)).toEqual([]);
  });
});

describe('the data folder lock', () => {
  const tempFolder = useTempFolders();
  const services = useAppServices();

  it('a second copy on the same folder opens read-only, says why, and writes nothing', async () => {
    const dataFolder = await tempFolder();
    const key = testKey();
    const first = await services(dataFolder, key);
    expect(first.status.readOnly).toBeUndefined();
    const created = await first.store.create({ type: 'initial', nation: 'england', date: '2026-12-01' });
    const path = first.store.pathOf(created.conference.id);
    const before = await readFile(path);

    const second = await services(dataFolder, key);
    expect(second.status.readOnly).toMatch(
      new RegExp(
        `^Another copy of Conference Chair \\(the browser run, process ${process.pid} on ${hostname()}, since ` +
          `\\d\\d:\\d\\d\\) has this data folder open, so this one can only read\\. Close the other copy and ` +
          `restart this one to make changes\\. If no other copy is open, restart the computer: that frees the folder\\.$`,
      ),
    );
    const status = await second.handlers.appStatus(undefined);
    expect(status.ok && status.value.readOnly).toBe(second.status.readOnly);

    // It can read…
    const read = await second.store.open(created.conference.id);
    expect(read.ok).toBe(true);
    // …and every write is refused, saying why.
    const saved = await second.store.save(
      { ...created.conference, details: { ...created.conference.details, venue: 'Room 4' } },
      created.revision,
    );
    expect(!saved.ok && saved.code).toBe('read-only');
    expect(!saved.ok && saved.message).toBe(second.status.readOnly);
    expect(await readFile(path)).toEqual(before);
    const create = second.store.create({ type: 'initial', nation: 'england', date: '2026-12-02' });
    await expect(create).rejects.toBeInstanceOf(StoreRefusal);
    await expect(create).rejects.toMatchObject({ failure: { code: 'read-only' } });
    // Across the bridge the page hears why, not 'internal'.
    const createdThroughBridge = await second.handlers.createConference({
      type: 'initial',
      nation: 'england',
      date: '2026-12-02',
    });
    expect(!createdThroughBridge.ok && createdThroughBridge.code).toBe('read-only');
    expect(!createdThroughBridge.ok && createdThroughBridge.message).toBe(second.status.readOnly);
    expect((await second.store.remove(created.conference.id)).ok).toBe(false);
    expect((await second.store.restoreBackup(created.conference.id, 'any.cpconf')).ok).toBe(false);
    const settings = await second.handlers.saveSettings(DEFAULT_SETTINGS);
    expect(!settings.ok && settings.code).toBe('read-only');
    const exported = await second.handlers.exportDocuments({ conferenceId: created.conference.id, draft: true });
    expect(!exported.ok && exported.code).toBe('read-only');
    expect(await readdir(dataFolder)).not.toContain('exports');
    expect(await readdir(first.store.folders.conferences)).toEqual([`${created.conference.id}.cpconf`]);
    expect(await readFile(path)).toEqual(before);

    // Once the first lets go, a copy started afterwards may write.
    await first.close();
    await expect(stat(join(dataFolder, LOCK_FILE))).rejects.toThrow();
    const third = await services(dataFolder, key);
    expect(third.status.readOnly).toBeUndefined();
    const reopened = await third.store.open(created.conference.id);
    if (!reopened.ok) throw new Error(reopened.message);
    expect((await third.store.save(reopened.value.conference, reopened.value.revision)).ok).toBe(true);
  });

  it('the browser run lets go of the data folder when its host closes', async () => {
    const dataFolder = await tempFolder();
    const s = await services(dataFolder, testKey());
    const host = await startBrowserHost({
      handlers: s.handlers,
      rendererFolder: await tempFolder(),
      releaseDataFolder: s.close,
    });
    expect((await stat(join(dataFolder, LOCK_FILE))).isFile()).toBe(true);
    await host.close();
    await expect(stat(join(dataFolder, LOCK_FILE))).rejects.toThrow();
  });

  it('a copy whose lock another computer has taken over (it slept too long) stops writing and says why', async () => {
    const dataFolder = await tempFolder();
    const s = await services(dataFolder, testKey(), { refreshEveryMs: 20 });
    const { conference, revision } = await s.store.create({ type: 'initial', nation: 'england', date: '2026-12-01' });
    const path = s.store.pathOf(conference.id);
    const before = await readFile(path);
    // What the other computer writes when it judges this copy's lock abandoned and takes the folder.
    const theirs = {
      pid: 77,
      hostname: 'LAPTOP-9',
      startedAt: new Date().toISOString(),
      program: 'app',
      token: 'took-over',
    };
    await writeFile(join(dataFolder, LOCK_FILE), JSON.stringify(theirs));

    await vi.waitFor(async () => {
      const status = await s.handlers.appStatus(undefined);
      expect(status.ok && status.value.readOnly).toMatch(/process 77 on LAPTOP-9/);
    });
    const saved = await s.store.save({ ...conference, details: { ...conference.details, venue: 'Room 4' } }, revision);
    expect(!saved.ok && saved.code).toBe('read-only');
    expect(!saved.ok && saved.message).toMatch(/process 77 on LAPTOP-9/);
    expect(await readFile(path)).toEqual(before);
    const settings = await s.handlers.saveSettings(DEFAULT_SETTINGS);
    expect(!settings.ok && settings.code).toBe('read-only');
    // Its lock is theirs now: closing this copy does not remove it.
    await s.close();
    expect(JSON.parse(await readFile(join(dataFolder, LOCK_FILE), 'utf8'))).toMatchObject({ token: 'took-over' });
  });

  it('closing lets saves already under way finish before the data folder is let go', async () => {
    const dataFolder = await tempFolder();
    const s = await services(dataFolder, testKey());
    const { conference, revision } = await s.store.create({ type: 'initial', nation: 'england', date: '2026-12-01' });
    const lockPath = join(dataFolder, LOCK_FILE);
    let lockHeldWhenSaved: boolean | null = null;
    const saving = s.store
      .save({ ...conference, details: { ...conference.details, venue: 'Room 4' } }, revision)
      .then(async (saved) => {
        lockHeldWhenSaved = await stat(lockPath).then(
          () => true,
          () => false,
        );
        return saved;
      });
    await s.close();
    expect((await saving).ok).toBe(true);
    expect(lockHeldWhenSaved).toBe(true);
    await expect(stat(lockPath)).rejects.toThrow();
  });

  it('takes over a lock left by a process on this computer that is no longer running', async () => {
    const dataFolder = await tempFolder();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const left = {
      pid: dead,
      hostname: hostname(),
      startedAt: '2026-12-01T09:00:00.000Z',
      program: 'app',
      token: 'left-by-a-crash',
    };
    await writeFile(join(dataFolder, LOCK_FILE), JSON.stringify(left));
    const s = await services(dataFolder, testKey());
    expect(s.status.readOnly).toBeUndefined();
    const lock = JSON.parse(await readFile(join(dataFolder, LOCK_FILE), 'utf8')) as { pid: number; token: string };
    expect(lock.pid).toBe(process.pid);
    expect(lock.token).not.toBe('left-by-a-crash');
  });

  it('a lock from another computer counts while it is touched, and is taken over once it is not', async () => {
    const dataFolder = await tempFolder();
    const path = join(dataFolder, LOCK_FILE);
    const theirs = { pid: 4242, hostname: 'LAPTOP-7', startedAt: new Date().toISOString(), program: 'app', token: 't' };
    await writeFile(path, JSON.stringify(theirs));
    const fresh = await acquireDataLock({ dataFolder, program: 'browser-run', staleAfterMs: 60_000 });
    expect(fresh.held).toBe(false);
    expect(!fresh.held && fresh.readOnly).toMatch(/the desktop app, process 4242 on LAPTOP-7/);

    const longAgo = new Date(Date.now() - 10 * 60_000);
    await utimes(path, longAgo, longAgo);
    const taken = await acquireDataLock({ dataFolder, program: 'browser-run', staleAfterMs: 60_000 });
    expect(taken.held).toBe(true);
    if (taken.held) await taken.lock.release();
  });

  it('a lock written on this computer before it last started is taken over, though its process id is in use again', async () => {
    const dataFolder = await tempFolder();
    const path = join(dataFolder, LOCK_FILE);
    // After a power cut the old holder's id may belong to another program: this test's parent is certainly running.
    const beforeRestart = {
      pid: process.ppid,
      hostname: hostname(),
      startedAt: new Date(Date.now() - 26 * 3600_000).toISOString(),
      program: 'app',
      token: 'before-the-power-cut',
      bootedAt: new Date(Date.now() - 30 * 3600_000).toISOString(),
    };
    await writeFile(path, JSON.stringify(beforeRestart));
    const taken = await acquireDataLock({ dataFolder, program: 'app', bootedAt: () => new Date(Date.now() - 600_000) });
    expect(taken.held).toBe(true);
    if (taken.held) await taken.lock.release();

    // The same lock, written since this start: its live process keeps it.
    await writeFile(path, JSON.stringify({ ...beforeRestart, bootedAt: new Date(Date.now() - 600_000).toISOString() }));
    const kept = await acquireDataLock({ dataFolder, program: 'app', bootedAt: () => new Date(Date.now() - 600_000) });
    expect(kept.held).toBe(false);
  });

  it('a live holder on this computer keeps its lock however long since it was touched (a laptop waking up)', async () => {
    const dataFolder = await tempFolder();
    const held = await acquireDataLock({ dataFolder, program: 'app' });
    if (!held.held) throw new Error('first takes the lock');
    const longAgo = new Date(Date.now() - 60 * 60_000);
    await utimes(join(dataFolder, LOCK_FILE), longAgo, longAgo);
    const second = await acquireDataLock({ dataFolder, program: 'browser-run', staleAfterMs: 60_000 });
    expect(second.held).toBe(false);
    await held.lock.release();
  });

  it('the holder touches its lock while it runs', async () => {
    const dataFolder = await tempFolder();
    const held = await acquireDataLock({ dataFolder, program: 'app', refreshEveryMs: 20 });
    if (!held.held) throw new Error('takes the lock');
    const longAgo = new Date(Date.now() - 60 * 60_000);
    await utimes(join(dataFolder, LOCK_FILE), longAgo, longAgo);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(Date.now() - (await stat(join(dataFolder, LOCK_FILE))).mtimeMs).toBeLessThan(5_000);
    await held.lock.release();
    await expect(stat(join(dataFolder, LOCK_FILE))).rejects.toThrow();
  });

  it('of several copies starting at once on one folder, exactly one may write', async () => {
    const dataFolder = await tempFolder();
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () => acquireDataLock({ dataFolder, program: 'browser-run' })),
    );
    expect(outcomes.filter((o) => o.held)).toHaveLength(1);
    for (const o of outcomes) if (o.held) await o.lock.release();
  });
});
