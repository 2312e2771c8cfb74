import { open as openFile, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ConferenceStore } from '../../../electron/services/conference-store';
import { testKey, useTempFolders } from '../../helpers/temp';

/**
 * The conference list keeps a summary index so that opening it does not decrypt every conference. These tests use
 * a new store on the same folder for each restart of the app.
 */
describe('the conference list index', () => {
  const tempFolder = useTempFolders();

  async function folderWithConferences(count: number) {
    const dataFolder = await tempFolder();
    const key = testKey();
    const store = new ConferenceStore({ dataFolder, key });
    await store.init();
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const { conference, revision } = await store.create({ type: 'initial', nation: 'england', date: '2026-12-01' });
      const saved = await store.save(
        { ...conference, details: { ...conference.details, reference: `REF-${i}` } },
        revision,
      );
      expect(saved.ok).toBe(true);
      ids.push(conference.id);
    }
    return { dataFolder, key, ids };
  }

  async function restart(dataFolder: string, key: Buffer, readOnly?: string) {
    const store = new ConferenceStore({ dataFolder, key, ...(readOnly ? { readOnly } : {}) });
    await store.init();
    return store;
  }

  const references = (list: Awaited<ReturnType<ConferenceStore['list']>>) =>
    list.conferences.map((c) => c.reference).sort();

  /** A time with no fraction of a millisecond, which the file system keeps exactly. */
  const SETTLED = new Date('2026-12-01T12:00:00Z');

  async function settle(store: ConferenceStore, ids: string[]): Promise<void> {
    for (const id of ids) await utimes(store.pathOf(id), SETTLED, SETTLED);
  }

  /**
   * Writes over a settled file's bytes in place (same inode, same size) and puts its modification time back: a file
   * the index still takes for the one it summarised. Listing it without an error shows the list did not decrypt it.
   */
  async function scrambleKeepingStamp(path: string): Promise<void> {
    const { size } = await stat(path);
    const handle = await openFile(path, 'r+');
    try {
      await handle.write(Buffer.alloc(size, 0x41), 0, size, 0);
    } finally {
      await handle.close();
    }
    await utimes(path, SETTLED, SETTLED);
  }

  it('a cold start with no index lists every file, writes the index, and the next start lists from it', async () => {
    const { dataFolder, key, ids } = await folderWithConferences(3);
    const first = await restart(dataFolder, key);
    await settle(first, ids);
    await expect(stat(first.indexFile)).rejects.toThrow();
    expect(references(await first.list())).toEqual(['REF-0', 'REF-1', 'REF-2']);
    const index = await readFile(first.indexFile, 'latin1');
    expect(index).not.toContain('REF-0'); // encrypted like a conference

    const path = first.pathOf(ids[1]!);
    await scrambleKeepingStamp(path);
    const second = await restart(dataFolder, key);
    const listed = await second.list();
    expect(listed.unreadable, 'the unchanged file was not read again').toEqual([]);
    expect(references(listed)).toEqual(['REF-0', 'REF-1', 'REF-2']);
  });

  it('a file changed since it was indexed is read again', async () => {
    const { dataFolder, key, ids } = await folderWithConferences(2);
    await (await restart(dataFolder, key)).list();

    // Another copy of the app saves one conference: a new file, whatever its size and time.
    const other = await restart(dataFolder, key);
    const opened = await other.open(ids[0]!);
    if (!opened.ok) throw new Error(opened.message);
    const { conference, revision } = opened.value;
    const saved = await other.save(
      { ...conference, details: { ...conference.details, reference: 'CHANGED' } },
      revision,
    );
    expect(saved.ok).toBe(true);

    // A file written over in place keeps its inode but not its time: read again too, and found damaged.
    const damaged = (await restart(dataFolder, key)).pathOf(ids[1]!);
    await writeFile(damaged, 'not a conference');

    const listed = await (await restart(dataFolder, key)).list();
    expect(references(listed)).toEqual(['CHANGED']);
    expect(listed.unreadable.map((u) => u.code)).toEqual(['corrupt-file']);
  });

  it('a damaged index is rebuilt from the files, and a deleted conference leaves the list', async () => {
    const { dataFolder, key, ids } = await folderWithConferences(3);
    const store = await restart(dataFolder, key);
    await settle(store, ids);
    await store.list();
    await writeFile(store.indexFile, 'CPCONF1 damaged\nAAAA\n');
    const rebuilt = await restart(dataFolder, key);
    expect(references(await rebuilt.list())).toEqual(['REF-0', 'REF-1', 'REF-2']);
    const removed = await rebuilt.remove(ids[0]!);
    expect(removed.ok).toBe(true);
    expect(references(await rebuilt.list())).toEqual(['REF-1', 'REF-2']);

    // The index now on disk is whole and current: a scrambled file it covers is still listed from it.
    await scrambleKeepingStamp(rebuilt.pathOf(ids[2]!));
    expect(references(await (await restart(dataFolder, key)).list())).toEqual(['REF-1', 'REF-2']);
  });

  it('an index is not used under another key, and a copy that may only read writes none', async () => {
    const { dataFolder, key } = await folderWithConferences(2);
    const readOnly = await restart(dataFolder, key, 'Another copy of the app holds this folder.');
    expect(references(await readOnly.list())).toEqual(['REF-0', 'REF-1']);
    await expect(stat(readOnly.indexFile), 'the read-only copy wrote no index').rejects.toThrow();

    await (await restart(dataFolder, key)).list();
    const otherKey = await (await restart(dataFolder, testKey())).list();
    expect(otherKey.conferences, 'nothing listed from an index this key cannot open').toEqual([]);
    expect(otherKey.unreadable.map((u) => u.code)).toEqual(['wrong-key', 'wrong-key']);
    expect(references(await (await restart(dataFolder, key)).list())).toEqual(['REF-0', 'REF-1']);
  });
});
