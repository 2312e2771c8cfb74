import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConferenceStore } from '../../../electron/services/conference-store';
import { open, sealToBytes, UTF8_BOM } from '../../../electron/services/encryption';
import { testKey, useTempFolders } from '../../helpers/temp';
import { windowOn } from './revisions';

describe('conference store', () => {
  const tempFolder = useTempFolders();

  async function makeStore(options: { key?: Buffer; now?: () => Date; backupIntervalMs?: number } = {}) {
    const dataFolder = await tempFolder();
    const key = options.key ?? testKey();
    const store = new ConferenceStore({ dataFolder, key, ...options });
    await store.init();
    return { store, dataFolder, key };
  }

  it('creates, lists, saves and reopens a conference through an encrypted file', async () => {
    const { store, dataFolder, key } = await makeStore();
    const opened0 = await store.create({ type: 'review', nation: 'england', date: '2026-12-01' });
    const created = opened0.conference;
    const saved = await store.save(
      {
        ...created,
        details: { ...created.details, reference: 'WCC/2026/0412' },
        children: [{ ...emptyChild('c1'), givenName: 'Mia', familyName: 'Ashdown' }],
      },
      opened0.revision,
    );
    expect(saved.ok).toBe(true);

    // A second store on the same folder is a restart of the app.
    const restarted = new ConferenceStore({ dataFolder, key });
    await restarted.init();
    const list = await restarted.list();
    expect(list.conferences.map((c) => [c.id, c.childrenNames, c.reference])).toEqual([
      [created.id, ['Mia Ashdown'], 'WCC/2026/0412'],
    ]);
    const opened = await restarted.open(created.id);
    expect(opened.ok && opened.value.conference.details.reference).toBe('WCC/2026/0412');

    const raw = await readFile(join(dataFolder, 'conferences', `${created.id}.cpconf`));
    expect(raw.toString('latin1')).not.toContain('Ashdown');
    expect(raw.toString('utf8')).not.toContain('Ashdown');
    expect(() => JSON.parse(raw.toString('utf8'))).toThrow();
    expect(JSON.parse(open(raw, key)).children[0].givenName).toBe('Mia');
  });

  const damages: Array<[string, (sealed: Buffer) => Buffer, RegExp]> = [
    ['truncated', (s) => s.subarray(0, Math.floor(s.length / 2)), /damaged/],
    ['empty', () => Buffer.alloc(0), /empty/],
    ['garbage', () => Buffer.from('\u0000\u00ff garbage {{{', 'latin1'), /not an encrypted conference file/],
  ];
  for (const [name, damage, message] of damages) {
    it(`moves a ${name} file aside untouched, says so, and offers the newest good backup`, async () => {
      let clock = Date.parse('2026-12-01T14:00:00Z');
      const { store, dataFolder } = await makeStore({ now: () => new Date(clock), backupIntervalMs: 0 });
      const { conference: c, revision } = await store.create({
        type: 'initial',
        nation: 'england',
        date: '2026-12-01',
      });
      const chair = windowOn(store, revision);
      clock += 60_000;
      await chair.save({ ...c, details: { ...c.details, reason: 'first save' } });
      clock += 60_000;
      await chair.save({ ...c, details: { ...c.details, reason: 'second save' } });
      const path = join(dataFolder, 'conferences', `${c.id}.cpconf`);
      const damaged = damage(await readFile(path));
      await writeFile(path, damaged);

      const fresh = new ConferenceStore({ dataFolder, key: (store as unknown as { key: Buffer }).key });
      await fresh.init();
      const result = await fresh.open(c.id);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.code).toBe('corrupt-file');
      expect(result.message).toMatch(message);
      expect(result.message).toMatch(/moved aside, unchanged/);
      expect(await readFile(result.quarantinedAs!)).toEqual(damaged);
      expect(await readdir(join(dataFolder, 'conferences'))).toEqual([]);
      expect(result.backups!.length).toBeGreaterThan(0);

      const restored = await fresh.restoreBackup(c.id, result.backups![0]!.name);
      expect(restored.ok && restored.value.conference.details.reason).toBe('first save');
      // The quarantined bytes are still there after the restore.
      expect(await readFile(result.quarantinedAs!)).toEqual(damaged);
    });
  }

  it('reads a file that gained a byte-order mark, keeping the original bytes aside', async () => {
    const { store, dataFolder } = await makeStore();
    const { conference: c } = await store.create({ type: 'initial', nation: 'wales', date: '2026-12-01' });
    const path = join(dataFolder, 'conferences', `${c.id}.cpconf`);
    const withBom = Buffer.concat([UTF8_BOM, await readFile(path)]);
    await writeFile(path, withBom);
    const fresh = new ConferenceStore({ dataFolder, key: (store as unknown as { key: Buffer }).key });
    await fresh.init();
    const result = await fresh.open(c.id);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.notices[0]).toMatch(/byte-order mark/);
    const kept = await readdir(join(dataFolder, 'quarantine'));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(dataFolder, 'quarantine', kept[0]!))).toEqual(withBom);
  });

  it('keeps the original of a file it had to mend once, however often the file is read again unchanged', async () => {
    // The export and its check read the conference after every pause in the chair's changes: a copy of the original
    // at every read would fill quarantine (never pruned) or push the older backups out.
    const { store, dataFolder, key } = await makeStore({ backupIntervalMs: 0 });
    const { conference: c } = await store.create({ type: 'initial', nation: 'wales', date: '2026-12-01' });
    const path = join(dataFolder, 'conferences', `${c.id}.cpconf`);
    await writeFile(path, Buffer.concat([UTF8_BOM, await readFile(path)]));
    const v1 = JSON.parse(await readFile(new URL('../../fixtures/v1/westbrook-review.json', import.meta.url), 'utf8'));
    const oldPath = join(dataFolder, 'conferences', `${v1.id}.cpconf`);
    await writeFile(oldPath, sealToBytes(JSON.stringify(v1), key));

    const fresh = new ConferenceStore({ dataFolder, key, backupIntervalMs: 0 });
    await fresh.init();
    for (let read = 0; read < 3; read++) {
      const bom = await fresh.open(c.id);
      expect(bom.ok && bom.value.notices[0]).toMatch(/byte-order mark.*original is kept at/);
      const upgraded = await fresh.open(v1.id);
      expect(upgraded.ok && upgraded.value.notices[0]).toMatch(/upgraded from format 1; a copy of the original/);
    }
    expect(await readdir(join(dataFolder, 'quarantine'))).toHaveLength(1);
    expect(await fresh.listBackups(v1.id)).toHaveLength(1);
  });

  it('refuses a file from a newer version and never rewrites it', async () => {
    const { store, dataFolder, key } = await makeStore();
    const { conference: c, revision } = await store.create({ type: 'initial', nation: 'england', date: '2026-12-01' });
    const path = join(dataFolder, 'conferences', `${c.id}.cpconf`);
    const newer = sealToBytes(JSON.stringify({ ...c, schemaVersion: 99, somethingNew: true }), key);
    await writeFile(path, newer);
    const fresh = new ConferenceStore({ dataFolder, key });
    await fresh.init();
    const opened = await fresh.open(c.id);
    expect(!opened.ok && opened.code).toBe('newer-version');
    expect(!opened.ok && opened.message).toMatch(/newer version of the app.*not been changed/s);
    const saved = await fresh.save({ ...c, details: { ...c.details, reason: 'would overwrite' } }, revision);
    expect(saved.ok).toBe(false);
    expect(await readFile(path)).toEqual(newer);
    const list = await fresh.list();
    expect(list.unreadable.map((u) => u.code)).toEqual(['newer-version']);
  });

  it('says a file was written with another key, and leaves it where it is: a wrong key is not damage', async () => {
    const { store, dataFolder } = await makeStore();
    const { conference: c, revision } = await store.create({ type: 'initial', nation: 'england', date: '2026-12-01' });
    const path = join(dataFolder, 'conferences', `${c.id}.cpconf`);
    const original = await readFile(path);
    const other = new ConferenceStore({ dataFolder, key: testKey() });
    await other.init();
    const listed = await other.list();
    expect(listed.unreadable.map((u) => u.code)).toEqual(['wrong-key']);
    expect(listed.unreadable[0]!.message).toMatch(/different encryption key.*has not been changed/s);
    const result = await other.open(c.id);
    expect(!result.ok && result.code).toBe('wrong-key');
    expect(!result.ok && result.message).toMatch(/different encryption key.*left where it is/s);
    expect(!result.ok && result.quarantinedAs).toBeUndefined();
    expect(await readdir(join(dataFolder, 'quarantine'))).toEqual([]);
    expect(await readFile(path)).toEqual(original);
    // Nor may a save from the copy with the other key write over it.
    const saved = await other.save({ ...c, details: { ...c.details, reason: 'typed elsewhere' } }, revision);
    expect(!saved.ok && saved.code).toBe('wrong-key');
    expect(await readFile(path)).toEqual(original);
    // Under the key that wrote it, it opens as ever.
    expect((await store.open(c.id)).ok).toBe(true);
  });

  it('never writes over a damaged file it has not read: the save moves it aside first', async () => {
    const { store, dataFolder, key } = await makeStore();
    const { conference: c, revision } = await store.create({ type: 'initial', nation: 'england', date: '2026-12-01' });
    const path = join(dataFolder, 'conferences', `${c.id}.cpconf`);
    await writeFile(path, 'damaged');
    const fresh = new ConferenceStore({ dataFolder, key });
    await fresh.init();
    const saved = await fresh.save({ ...c, details: { ...c.details, reason: 'typed in the meeting' } }, revision);
    expect(saved.ok).toBe(true);
    const quarantined = await readdir(join(dataFolder, 'quarantine'));
    expect(quarantined).toHaveLength(1);
    expect(await readFile(join(dataFolder, 'quarantine', quarantined[0]!), 'utf8')).toBe('damaged');
  });

  it('keeps rolling backups of earlier states, no more than the limit', async () => {
    let clock = Date.parse('2026-12-01T14:00:00Z');
    const dataFolder = await tempFolder();
    const store = new ConferenceStore({
      dataFolder,
      key: testKey(),
      now: () => new Date(clock),
      backupIntervalMs: 60_000,
      backupsKept: 3,
    });
    await store.init();
    const { conference: c, revision } = await store.create({ type: 'initial', nation: 'england', date: '2026-12-01' });
    const chair = windowOn(store, revision);
    for (let i = 0; i < 10; i++) {
      clock += 30_000; // a save every 30 s: a backup every other save
      expect((await chair.save({ ...c, details: { ...c.details, reason: `save ${i}` } })).ok).toBe(true);
    }
    const backups = await store.listBackups(c.id);
    expect(backups).toHaveLength(3);
    expect(backups.map((b) => b.savedAt)).toEqual([...backups.map((b) => b.savedAt)].sort().reverse());
  });

  it('deleting moves a conference to the bin, from where it can be restored', async () => {
    const { store } = await makeStore();
    const { conference: c } = await store.create({ type: 'initial', nation: 'england', date: '2026-12-01' });
    const removed = await store.remove(c.id);
    expect(removed.ok).toBe(true);
    expect((await store.list()).conferences).toEqual([]);
    const bin = await store.listBin();
    expect(bin).toHaveLength(1);
    expect(bin[0]!.summary?.id).toBe(c.id);
    const restored = await store.restoreFromBin(bin[0]!.entry);
    expect(restored.ok).toBe(true);
    expect((await store.list()).conferences.map((x) => x.id)).toEqual([c.id]);
    expect(await store.listBin()).toEqual([]);
  });
});

function emptyChild(id: string) {
  return {
    id,
    givenName: '',
    familyName: '',
    knownAs: '',
    unborn: false,
    gender: '',
    ethnicity: '',
    school: '',
    gp: '',
    nhsNumber: '',
    legalStatus: '',
  };
}
