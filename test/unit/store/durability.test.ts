import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConferenceStore } from '../../../electron/services/conference-store';
import { loadDataKey } from '../../../electron/services/data-key';
import {
  describeWriteFailure,
  nodeDurableFs,
  writeAllDurably,
  writeDurably,
  type DurableFileHandle,
  type DurableFs,
} from '../../../electron/services/durable-file';
import { sealToBytes } from '../../../electron/services/encryption';
import { writeFileAtomically } from '../../../electron/services/export';
import { SettingsStore } from '../../../electron/services/settings-store';
import { DEFAULT_SETTINGS } from '@shared/model/settings';
import { testKey, useTempFolders } from '../../helpers/temp';
import { windowOn } from './revisions';

/**
 * The real file system, with every call the durable writer makes written down, and a way to make the disk fill up
 * part-way through writing a chosen file.
 */
function recordingFs(options: { fullDiskWhile?: (target: string) => boolean } = {}) {
  const calls: string[] = [];
  const fs: DurableFs = {
    async open(path, flags, mode) {
      calls.push(`open ${path} ${flags}`);
      const handle = await nodeDurableFs.open(path, flags, mode);
      const wrapped: DurableFileHandle = {
        async writeFile(data) {
          calls.push(`write ${path}`);
          const target = join(dirname(path), basename(path).replace(/^\.(.*)\.\d+\.[0-9a-f]{12}\.tmp$/, '$1'));
          if (options.fullDiskWhile?.(target)) {
            // Half the bytes reach the disk, then it is full: what a real ENOSPC part-way through looks like.
            const bytes = typeof data === 'string' ? Buffer.from(data) : data;
            await handle.writeFile(bytes.subarray(0, Math.floor(bytes.length / 2)));
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          }
          await handle.writeFile(data);
        },
        async sync() {
          calls.push(`sync ${path}`);
          await handle.sync();
        },
        async close() {
          calls.push(`close ${path}`);
          await handle.close();
        },
      };
      return wrapped;
    },
    async rename(from, to) {
      calls.push(`rename ${from} -> ${to}`);
      await nodeDurableFs.rename(from, to);
    },
    async link(existing, newName) {
      calls.push(`link ${existing} -> ${newName}`);
      await nodeDurableFs.link(existing, newName);
    },
    async rm(path, rmOptions) {
      calls.push(`rm ${path}`);
      await nodeDurableFs.rm(path, rmOptions);
    },
  };
  /**
   * The calls that put `target` on disk, from opening its temp file to closing its folder after the fsync: found by
   * the rename onto the target, and expected to be exactly these, in this order, with no other call about the file,
   * its temp file or its folder in between (a backup's calls, about other files, may run beside them).
   */
  function writeOf(target: string, length = DURABLE_ORDER.length): string[] {
    const renames = calls.filter((c) => c.endsWith(` -> ${target}`));
    expect(renames, `one rename (or link) onto ${target}`).toHaveLength(1);
    const temp = renames[0]!.replace(/^(rename|link) /, '').slice(0, -` -> ${target}`.length);
    // Only the calls about this file, its temp file and its folder: a backup's calls run beside a save's.
    const folder = dirname(target);
    const about = (c: string) =>
      c.includes(temp) || c.endsWith(` ${target}`) || c.endsWith(` -> ${target}`) || c.split(' ')[1] === folder;
    const own = calls.filter(about);
    const start = own.indexOf(`open ${temp} wx`);
    expect(start, 'the temp file is opened as a new file').toBeGreaterThanOrEqual(0);
    return own
      .slice(start, start + length)
      .map((c) =>
        c.replace(` -> ${target}`, ' -> <target>').replace(temp, '<temp>').replace(dirname(target), '<folder>'),
      );
  }
  return { fs, calls, writeOf };
}

const DURABLE_ORDER = [
  'open <temp> wx',
  'write <temp>',
  'sync <temp>',
  'close <temp>',
  `rename <temp> -> <target>`,
  'open <folder> r',
  'sync <folder>',
  'close <folder>',
];

/** A file made only if absent (the key): linked into place, never renamed over one that appeared meanwhile. */
const CREATE_ORDER = [
  'open <temp> wx',
  'write <temp>',
  'sync <temp>',
  'close <temp>',
  `link <temp> -> <target>`,
  'rm <temp>',
  'open <folder> r',
  'sync <folder>',
  'close <folder>',
];

function expectDurable(recorded: string[], target: string): void {
  expect(recorded, `the writes of ${basename(target)}`).toEqual(DURABLE_ORDER);
}

/** A store whose conference has been saved twice a second apart, so that it has a backup to restore. */
async function storeWithBackups(dataFolder: string, fs: DurableFs) {
  let clock = Date.parse('2026-12-01T10:00:00Z');
  const store = new ConferenceStore({
    dataFolder,
    key: testKey(),
    fs,
    now: () => new Date((clock += 1000)),
    backupIntervalMs: 0,
  });
  await store.init();
  const { conference, revision } = await store.create({ type: 'initial', nation: 'england', date: '2026-12-01' });
  const chair = windowOn(store, revision);
  await chair.save({ ...conference, details: { ...conference.details, reason: 'first' } });
  await chair.save({ ...conference, details: { ...conference.details, reason: 'second' } });
  return { store, conference, backups: await store.listBackups(conference.id) };
}

async function temporaryFilesIn(folder: string): Promise<string[]> {
  return (await readdir(folder).catch(() => [] as string[])).filter((n) => n.endsWith('.tmp'));
}

describe.skipIf(process.platform === 'win32')('every writer: temp file, fsync, rename, fsync the folder', () => {
  const tempFolder = useTempFolders();

  it('a conference save', async () => {
    const recorder = recordingFs();
    const store = new ConferenceStore({ dataFolder: await tempFolder(), key: testKey(), fs: recorder.fs });
    await store.init();
    const { conference, revision } = await store.create({ type: 'initial', nation: 'england', date: '2026-12-01' });
    const target = store.pathOf(conference.id);
    expectDurable(recorder.writeOf(target), target);
    recorder.calls.length = 0;
    const saved = await store.save({ ...conference, details: { ...conference.details, venue: 'Room 4' } }, revision);
    expect(saved.ok).toBe(true);
    expectDurable(recorder.writeOf(target), target);
  });

  it('a save that keeps a backup: the file it replaces is linked, fsynced and its folder fsynced, then replaced', async () => {
    const recorder = recordingFs();
    const store = new ConferenceStore({
      dataFolder: await tempFolder(),
      key: testKey(),
      fs: recorder.fs,
      backupIntervalMs: 0,
    });
    await store.init();
    const { conference, revision } = await store.create({ type: 'initial', nation: 'england', date: '2026-12-01' });
    const target = store.pathOf(conference.id);
    const before = await readFile(target);
    recorder.calls.length = 0;
    const saved = await store.save({ ...conference, details: { ...conference.details, venue: 'Room 4' } }, revision);
    expect(saved.ok).toBe(true);
    const [backup] = await store.listBackups(conference.id);
    const backupPath = join(store.folders.backups, conference.id, backup!.name);
    // The backup's own calls, in order (the new file's are made beside them).
    const backupCalls = recorder.calls.filter((c) => c.includes(backupPath) || c.split(' ')[1] === dirname(backupPath));
    const link = recorder.calls.indexOf(`link ${target} -> ${backupPath}`);
    expect(link, 'the backup is a second name for the file being replaced').toBeGreaterThanOrEqual(0);
    expect(backupCalls).toEqual([
      `link ${target} -> ${backupPath}`,
      `open ${backupPath} r`,
      `sync ${backupPath}`,
      `close ${backupPath}`,
      `open ${dirname(backupPath)} r`,
      `sync ${dirname(backupPath)}`,
      `close ${dirname(backupPath)}`,
    ]);
    // All of it before the new file replaces the old one, and the backup keeps the old bytes exactly.
    const rename = recorder.calls.findIndex((c) => c.startsWith('rename ') && c.endsWith(` -> ${target}`));
    expect(rename).toBeGreaterThan(recorder.calls.lastIndexOf(backupCalls.at(-1)!));
    expect((await readFile(backupPath)).equals(before)).toBe(true);
    expect((await readFile(target)).equals(before)).toBe(false);
  });

  it('a save that keeps a backup where the disk cannot link: the bytes are copied, durably', async () => {
    const recorder = recordingFs();
    const noLinks: DurableFs = {
      ...recorder.fs,
      link: async () => {
        throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' });
      },
    };
    const store = new ConferenceStore({
      dataFolder: await tempFolder(),
      key: testKey(),
      fs: noLinks,
      backupIntervalMs: 0,
    });
    await store.init();
    const { conference, revision } = await store.create({ type: 'initial', nation: 'england', date: '2026-12-01' });
    const before = await readFile(store.pathOf(conference.id));
    const saved = await store.save({ ...conference, details: { ...conference.details, venue: 'Room 4' } }, revision);
    expect(saved.ok).toBe(true);
    const [backup] = await store.listBackups(conference.id);
    const backupPath = join(store.folders.backups, conference.id, backup!.name);
    expectDurable(recorder.writeOf(backupPath), backupPath);
    expect((await readFile(backupPath)).equals(before)).toBe(true);
  });

  it('a backup restore (and the backup it keeps of what it replaces)', async () => {
    const recorder = recordingFs();
    const { store, conference, backups } = await storeWithBackups(await tempFolder(), recorder.fs);
    expect(backups.length).toBeGreaterThan(0);
    recorder.calls.length = 0;
    const restored = await store.restoreBackup(conference.id, backups.at(-1)!.name);
    expect(restored.ok).toBe(true);
    const target = store.pathOf(conference.id);
    expectDurable(recorder.writeOf(target), target);
    const newest = (await store.listBackups(conference.id))[0]!;
    const backup = join(store.folders.backups, conference.id, newest.name);
    expectDurable(recorder.writeOf(backup), backup);
  });

  it('a settings save', async () => {
    const recorder = recordingFs();
    const settings = new SettingsStore({ dataFolder: await tempFolder(), fs: recorder.fs });
    const saved = await settings.save(DEFAULT_SETTINGS);
    expect(saved.ok && saved.value.revision).toBeTruthy();
    expectDurable(recorder.writeOf(settings.path), settings.path);
  });

  it('the key file (unprotected, and protected)', async () => {
    const root = await tempFolder();
    const recorder = recordingFs();
    await loadDataKey(join(root, 'data'), null, { keyFolder: join(root, 'key'), fs: recorder.fs });
    const plain = join(root, 'key', 'data-key.unprotected');
    expect(recorder.writeOf(plain, CREATE_ORDER.length), 'a new key').toEqual(CREATE_ORDER);
    const protector = {
      isEncryptionAvailable: () => true,
      encryptString: (s: string) => Buffer.from(s),
      decryptString: (b: Buffer) => b.toString(),
    };
    await loadDataKey(join(root, 'data'), protector, { keyFolder: join(root, 'key'), fs: recorder.fs });
    const sealed = join(root, 'data', 'data-key.protected');
    expectDurable(recorder.writeOf(sealed), sealed);
  });

  it('two first starts on one new folder end with one key, used by both', async () => {
    for (let round = 0; round < 10; round++) {
      const root = await tempFolder();
      const options = { keyFolder: join(root, 'key') };
      const [a, b] = await Promise.all([
        loadDataKey(join(root, 'data'), null, options),
        loadDataKey(join(root, 'data'), null, options),
      ]);
      expect(a.key.equals(b.key), `round ${round}: both starts use one key`).toBe(true);
      const onDisk = await readFile(join(root, 'key', 'data-key.unprotected'), 'utf8');
      expect(onDisk.trim()).toBe(a.key.toString('hex'));
      expect(await temporaryFilesIn(join(root, 'key'))).toEqual([]);
    }
  });

  it('an exported document', async () => {
    const recorder = recordingFs();
    const target = join(await tempFolder(), 'minute.docx');
    await writeFileAtomically(target, new Uint8Array([1, 2, 3]), recorder.fs);
    expectDurable(recorder.writeOf(target), target);
    expect([...(await readFile(target))]).toEqual([1, 2, 3]);
  });

  it('an export’s documents together: each flushed before its rename, the folder flushed once after them all', async () => {
    const recorder = recordingFs();
    const folder = await tempFolder();
    const targets = ['minute.docx', 'family-plan.docx', 'decision-letter.docx'].map((n) => join(folder, n));
    await writeAllDurably(
      targets.map((path, i) => ({ path, data: new Uint8Array([i]) })),
      { fs: recorder.fs },
    );
    const at = (call: string) => recorder.calls.indexOf(call);
    const renames = targets.map((t) =>
      recorder.calls.findIndex((c) => c.startsWith('rename ') && c.endsWith(` -> ${t}`)),
    );
    for (const [i, target] of targets.entries()) {
      const temp = recorder.calls[renames[i]!]!.slice('rename '.length, -` -> ${target}`.length);
      expect(at(`open ${temp} wx`)).toBeGreaterThanOrEqual(0);
      expect(at(`write ${temp}`)).toBeGreaterThan(at(`open ${temp} wx`));
      expect(at(`sync ${temp}`)).toBeGreaterThan(at(`write ${temp}`));
      expect(at(`close ${temp}`)).toBeGreaterThan(at(`sync ${temp}`));
      expect(renames[i], `${target} renamed after its temp file was flushed`).toBeGreaterThan(at(`close ${temp}`));
      expect([...(await readFile(target))]).toEqual([i]);
    }
    expect(recorder.calls.slice(-3)).toEqual([`open ${folder} r`, `sync ${folder}`, `close ${folder}`]);
    expect(Math.min(...recorder.calls.slice(-3).map(at))).toBeGreaterThan(Math.max(...renames));
  });

  it('an export’s documents on a disk that fills: no document replaced, no temporary file left', async () => {
    const folder = await tempFolder();
    const targets = ['minute.docx', 'family-plan.docx'].map((n) => join(folder, n));
    for (const t of targets) await writeFile(t, 'the last export');
    const recorder = recordingFs({ fullDiskWhile: (t) => t.endsWith('family-plan.docx') });
    await expect(
      writeAllDurably(
        targets.map((path) => ({ path, data: new Uint8Array([1, 2, 3]) })),
        { fs: recorder.fs },
      ),
    ).rejects.toThrow(/ENOSPC/);
    for (const t of targets) expect(await readFile(t, 'utf8')).toBe('the last export');
    expect(await temporaryFilesIn(folder)).toEqual([]);
  });

  it('the check itself fails when an fsync is missing or comes after the rename', async () => {
    const target = join(await tempFolder(), 'x.json');
    const recorder = recordingFs();
    const noSync: DurableFs = {
      ...recorder.fs,
      open: async (path, flags, mode) => ({ ...(await recorder.fs.open(path, flags, mode)), sync: async () => {} }),
    };
    await writeDurably(target, 'x', { fs: noSync });
    expect(() => expectDurable(recorder.writeOf(target), target)).toThrow();
  });
});

describe('a full disk', () => {
  const tempFolder = useTempFolders();
  const FULL_DISK = /disk is full.*Free some space.*Nothing was lost: the last saved version is intact/s;

  it('a save that fails part-way leaves no temp file, the last saved file whole, and says what to do', async () => {
    let full = false;
    const recorder = recordingFs({ fullDiskWhile: () => full });
    const dataFolder = await tempFolder();
    const store = new ConferenceStore({ dataFolder, key: testKey(), fs: recorder.fs });
    await store.init();
    const { conference, revision } = await store.create({ type: 'initial', nation: 'england', date: '2026-12-01' });
    const chair = windowOn(store, revision);
    expect((await chair.save({ ...conference, details: { ...conference.details, venue: 'Room 4' } })).ok).toBe(true);
    const before = await readFile(store.pathOf(conference.id));

    full = true;
    const failed = await chair.save({ ...conference, details: { ...conference.details, venue: 'Room 9' } });
    expect(!failed.ok && failed.code).toBe('storage-failed');
    expect(!failed.ok && failed.message).toMatch(FULL_DISK);
    expect(recorder.calls.some((c) => c.startsWith('rm ') && c.endsWith('.tmp'))).toBe(true);
    expect(await temporaryFilesIn(store.folders.conferences)).toEqual([]);
    expect(await readFile(store.pathOf(conference.id))).toEqual(before);

    // Space is freed: the same window saves again, based on the revision it still holds.
    full = false;
    const again = await chair.save({ ...conference, details: { ...conference.details, venue: 'Room 9' } });
    expect(again.ok).toBe(true);
    const reopened = await new ConferenceStore({ dataFolder, key: (store as unknown as { key: Buffer }).key }).open(
      conference.id,
    );
    expect(reopened.ok && reopened.value.conference.details.venue).toBe('Room 9');
  });

  it('restoring a backup on a full disk fails cleanly: no half file, the current file still there', async () => {
    let full = false;
    const recorder = recordingFs({ fullDiskWhile: () => full });
    const { store, conference, backups } = await storeWithBackups(await tempFolder(), recorder.fs);
    const current = await readFile(store.pathOf(conference.id));

    full = true;
    const restored = await store.restoreBackup(conference.id, backups.at(-1)!.name);
    expect(!restored.ok && restored.code).toBe('storage-failed');
    expect(!restored.ok && restored.message).toMatch(FULL_DISK);
    expect(await readFile(store.pathOf(conference.id))).toEqual(current);
    expect(await temporaryFilesIn(store.folders.conferences)).toEqual([]);
    expect(await temporaryFilesIn(join(store.folders.backups, conference.id))).toEqual([]);
    expect(await store.listBackups(conference.id)).toEqual(backups);
  });

  it('a settings save on a full disk says so and keeps the saved settings', async () => {
    let full = false;
    const settings = new SettingsStore({
      dataFolder: await tempFolder(),
      fs: recordingFs({ fullDiskWhile: () => full }).fs,
    });
    expect((await settings.save(DEFAULT_SETTINGS)).ok).toBe(true);
    const before = await readFile(settings.path, 'utf8');
    full = true;
    const failed = await settings.save({ ...DEFAULT_SETTINGS });
    expect(!failed.ok && failed.message).toMatch(FULL_DISK);
    expect(await readFile(settings.path, 'utf8')).toBe(before);
    expect(await temporaryFilesIn(dirname(settings.path))).toEqual([]);
  });
});

describe('restoring an older backup over a file from a newer version', () => {
  const tempFolder = useTempFolders();

  it('keeps the newer file where backup pruning never reaches, and says where', async () => {
    let clock = Date.parse('2026-12-01T10:00:00Z');
    const key = testKey();
    const dataFolder = await tempFolder();
    const store = new ConferenceStore({
      dataFolder,
      key,
      now: () => new Date((clock += 1000)),
      backupIntervalMs: 0,
      backupsKept: 2,
    });
    await store.init();
    const { conference, revision } = await store.create({ type: 'initial', nation: 'england', date: '2026-12-01' });
    const chair = windowOn(store, revision);
    await chair.save({ ...conference, details: { ...conference.details, reason: 'older' } });
    await chair.save({ ...conference, details: { ...conference.details, reason: 'older still' } });
    const older = (await store.listBackups(conference.id))[0]!;

    // A newer version of the app saved the conference since.
    const newer = sealToBytes(JSON.stringify({ ...conference, schemaVersion: 99, somethingNew: true }), key);
    await writeFile(store.pathOf(conference.id), newer);
    const fresh = new ConferenceStore({
      dataFolder,
      key,
      now: () => new Date((clock += 1000)),
      backupIntervalMs: 0,
      backupsKept: 2,
    });
    await fresh.init();
    expect(!(await fresh.open(conference.id)).ok).toBe(true);

    const restored = await fresh.restoreBackup(conference.id, older.name);
    if (!restored.ok) throw new Error(restored.message);
    const notice = restored.value.notices.find((n) => /newer version/.test(n));
    const kept = /kept, unchanged, at (.+?\.cpconf);/.exec(notice ?? '')?.[1];
    expect(kept, notice).toBeDefined();
    expect(dirname(kept!)).toBe(fresh.folders.quarantine);
    expect(await readFile(kept!)).toEqual(newer);

    // Many saves later, pruning has turned the backups over several times: the newer file is still there.
    const later = windowOn(fresh, restored.value.revision);
    for (let i = 0; i < 6; i++) {
      expect((await later.save({ ...conference, details: { ...conference.details, reason: `edit ${i}` } })).ok).toBe(
        true,
      );
    }
    expect(await fresh.listBackups(conference.id)).toHaveLength(2);
    expect(await readFile(kept!)).toEqual(newer);
    expect(
      (await fresh.listBackups(conference.id)).some((b) => b.name === older.name),
      'the backups were pruned past the restored one',
    ).toBe(false);
  });
});

describe('the temp file', () => {
  const tempFolder = useTempFolders();

  it('is unique to each write, so two writers at once never share one', async () => {
    const folder = await tempFolder();
    await mkdir(folder, { recursive: true });
    const recorder = recordingFs();
    const target = join(folder, 'same.json');
    await Promise.all(Array.from({ length: 20 }, (_, i) => writeDurably(target, `${i}`, { fs: recorder.fs })));
    const temps = recorder.calls.filter((c) => c.startsWith('open ') && c.endsWith(' wx'));
    expect(new Set(temps).size).toBe(20);
    expect(await temporaryFilesIn(folder)).toEqual([]);
    expect(Number(await readFile(target, 'utf8'))).toBeGreaterThanOrEqual(0);
  });
});

describe('temporary files left by a save that was killed', () => {
  const tempFolder = useTempFolders();

  it('are removed when the store starts if their writer has gone, and left while it is running', async () => {
    const dataFolder = await tempFolder();
    const key = testKey();
    const first = new ConferenceStore({ dataFolder, key });
    await first.init();
    const { conference } = await first.create({ type: 'initial', nation: 'england', date: '2026-12-01' });
    const live = `${conference.id}.cpconf`;
    // A process id that cannot be running (above Linux's and macOS's maximum), and this test's own parent: a writer
    // that is still alive and may be about to rename its file.
    const gone = `.${live}.99999999.0123456789ab.tmp`;
    const running = `.${live}.${process.ppid}.0123456789ab.tmp`;
    const backupFolder = join(first.folders.backups, conference.id);
    await mkdir(backupFolder, { recursive: true });
    for (const folder of [first.folders.conferences, backupFolder]) {
      await writeFile(join(folder, gone), 'half a save');
      await writeFile(join(folder, running), 'a save in flight');
    }

    const second = new ConferenceStore({ dataFolder, key });
    await second.init();

    expect((await readdir(second.folders.conferences)).sort()).toEqual([running, live].sort());
    expect(await readdir(backupFolder)).toEqual([running]);
    expect((await second.open(conference.id)).ok).toBe(true);
  });
});

describe('a folder flush that fails after the new file is in place', () => {
  const tempFolder = useTempFolders();

  it('reports the save as failed, and the retry of the same edit is saved, not refused as stale', async () => {
    let failFolderFlush = false;
    const dataFolder = await tempFolder();
    const conferencesFolder = join(dataFolder, 'conferences');
    const fs: DurableFs = {
      ...nodeDurableFs,
      async open(path, flags, mode) {
        const handle = await nodeDurableFs.open(path, flags, mode);
        if (!(failFolderFlush && path === conferencesFolder)) return handle;
        failFolderFlush = false;
        return {
          writeFile: (data) => handle.writeFile(data),
          sync: async () => {
            throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
          },
          close: () => handle.close(),
        };
      },
    };
    const store = new ConferenceStore({ dataFolder, key: testKey(), fs, backupIntervalMs: Number.MAX_SAFE_INTEGER });
    await store.init();
    expect(store.folders.conferences).toBe(conferencesFolder);
    const { conference, revision } = await store.create({ type: 'initial', nation: 'england', date: '2026-12-01' });
    const edited = { ...conference, details: { ...conference.details, venue: 'Room 4' } };

    failFolderFlush = true;
    const first = await store.save(edited, revision);
    expect(failFolderFlush, 'the conferences folder was flushed').toBe(false);
    expect(!first.ok && first.code).toBe('storage-failed');

    // The window still holds the revision it had; its retry is its own next save.
    const retried = await store.save(edited, revision);
    expect(retried.ok).toBe(true);
    const reopened = await store.open(conference.id);
    expect(reopened.ok && reopened.value.conference.details.venue).toBe('Room 4');
  });
});

describe('the sentence for a failed write', () => {
  it('names the error code, never the message (which names the file, and a path can hold a person’s name)', () => {
    const failure = Object.assign(new Error("EIO: i/o error, write '/home/jade.ashdown/data/c1.cpconf'"), {
      code: 'EIO',
    });
    const said = describeWriteFailure(failure, 'the conference');
    expect(said).toBe(
      'The conference could not be saved to disk (EIO). The last saved version is intact; the app will try again. ' +
        'If this keeps happening, send IT the log file.',
    );
  });
});

describe.skipIf(process.platform === 'win32')('moves into the bin and back', () => {
  const tempFolder = useTempFolders();

  it('flush both folders after the rename, so a power cut cannot put the file back where it was', async () => {
    const recorder = recordingFs();
    const store = new ConferenceStore({ dataFolder: await tempFolder(), key: testKey(), fs: recorder.fs });
    await store.init();
    const { conference } = await store.create({ type: 'initial', nation: 'england', date: '2026-12-01' });
    recorder.calls.length = 0;
    const binned = await store.remove(conference.id);
    if (!binned.ok) throw new Error(binned.message);
    const source = store.pathOf(conference.id);
    const target = join(store.folders.bin, binned.value.entry);
    expect(recorder.calls).toEqual([
      `rename ${source} -> ${target}`,
      `open ${store.folders.bin} r`,
      `sync ${store.folders.bin}`,
      `close ${store.folders.bin}`,
      `open ${store.folders.conferences} r`,
      `sync ${store.folders.conferences}`,
      `close ${store.folders.conferences}`,
    ]);
    recorder.calls.length = 0;
    expect((await store.restoreFromBin(binned.value.entry)).ok).toBe(true);
    expect(recorder.calls.slice(0, 4)).toEqual([
      `rename ${target} -> ${source}`,
      `open ${store.folders.conferences} r`,
      `sync ${store.folders.conferences}`,
      `close ${store.folders.conferences}`,
    ]);
  });
});
