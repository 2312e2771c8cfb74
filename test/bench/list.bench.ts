import { describe, it } from 'vitest';
import { ConferenceStore } from '../../electron/services/conference-store';
import { UNSAVED_REVISION } from '@shared/api/contract';
import type { Conference } from '@shared/model/conference';
import { loadFixture } from '../helpers/seed';
import { testKey, useTempFolders } from '../helpers/temp';
import { bigConference } from './big-conference';
import { median, record, round } from './record';

/**
 * The conference list of a team that has used the app for years: 500 conferences on disk, most of them ordinary
 * (the size of the Westbrook review) and one in twenty a long meeting of hundreds to thousands of notes.
 */
describe('conference list', () => {
  const tempFolder = useTempFolders();

  it('opens with 500 conferences on disk', async () => {
    const dataFolder = await tempFolder();
    const key = testKey();
    const writer = new ConferenceStore({ dataFolder, key });
    await writer.init();
    const ordinary = loadFixture('westbrook-review.json');
    const long = [500, 1_000, 2_000, 4_600].map((notes) => bigConference(notes));
    let bytes = 0;
    for (let i = 0; i < 500; i++) {
      const base: Conference = i % 20 === 0 ? long[(i / 20) % long.length]! : ordinary;
      const conference = {
        ...base,
        id: `bench-list-${String(i).padStart(3, '0')}`,
        details: { ...base.details, reference: `REF/${i}` },
      };
      const saved = await writer.save(conference, UNSAVED_REVISION);
      if (!saved.ok) throw new Error(saved.message);
      bytes += Buffer.byteLength(JSON.stringify(conference));
    }

    // Each list is a new store, as a restart of the app is: nothing in memory, only what is on disk.
    const listOnce = async () => {
      const t0 = performance.now();
      const store = new ConferenceStore({ dataFolder, key });
      await store.init();
      const list = await store.list();
      const elapsed = performance.now() - t0;
      if (list.conferences.length !== 500) throw new Error(`listed ${list.conferences.length} of 500`);
      return elapsed;
    };
    // The first start has no index: it reads every file and writes the index.
    const withoutIndex = await listOnce();
    const runs = 9;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await listOnce());
    record(
      'list_500_ms',
      round(median(times)),
      'ms',
      `median of ${runs} starts of a new store (init and list) on 500 conferences (${round(bytes / 1e6)} MB of JSON, 25 of them long ` +
        `meetings), from the summary index; the first start, with no index, read every file in ` +
        `${round(withoutIndex)} ms`,
    );
  }, 600_000);
});
