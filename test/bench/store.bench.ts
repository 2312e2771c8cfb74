import { describe, it } from 'vitest';
import { ConferenceStore } from '../../electron/services/conference-store';
import { createHandlers } from '../../electron/services/handlers';
import { silentLogger } from '../../electron/services/logger';
import { SharedScreenHub } from '../../electron/services/shared-screen-hub';
import { UNSAVED_REVISION } from '@shared/api/contract';
import type { Conference } from '@shared/model/conference';
import { runKillCampaign } from '../helpers/kill-harness';
import { testKey, useTempFolders } from '../helpers/temp';
import { bigConference } from './big-conference';
import { median, record, round } from './record';

describe('store', () => {
  const tempFolder = useTempFolders();

  /**
   * The chair's autosave as main handles it: the request as it arrives over the bridge (a fresh copy of the whole
   * conference each time, a field and a note changed), validated with zod, stamped, encrypted, written durably, and a
   * backup kept. Every save here keeps a backup (the interval is zero), the most a save ever does; the app keeps one
   * every five minutes.
   */
  async function saveTimes(conference: Conference, backupIntervalMs: number, runs: number): Promise<number[]> {
    const store = new ConferenceStore({ dataFolder: await tempFolder(), key: testKey(), backupIntervalMs });
    await store.init();
    const handlers = createHandlers({
      store,
      status: () => ({ appVersion: 'bench', dataFolder: '', encryption: 'injected', transport: 'browser' }),
      logger: silentLogger,
      sharedScreen: new SharedScreenHub(),
      openSharedScreen: async () => false,
    });
    const first = await store.save(conference, UNSAVED_REVISION); // the first write creates the file
    if (!first.ok) throw new Error(first.message);
    let revision = first.value.revision;
    const times: number[] = [];
    const warmUp = 5;
    for (let i = 0; i < warmUp + runs; i++) {
      // What IPC or the browser host hands the handler: a new plain object, as the chair's window sent it, with what
      // a save in the meeting carries: one field and one note changed (a different note each time).
      const edited = (i * 997) % conference.notes.length;
      const notes = conference.notes.map((note, at) => (at === edited ? { ...note, text: `${note.text} ${i}` } : note));
      const wire = JSON.parse(
        JSON.stringify({ ...conference, details: { ...conference.details, reason: `edit ${i}` }, notes }),
      );
      const t0 = performance.now();
      const saved = await handlers.saveConference({ conference: wire, basedOn: revision });
      const elapsed = performance.now() - t0;
      if (!saved.ok) throw new Error(saved.message);
      if (i >= warmUp) times.push(elapsed);
      revision = saved.value.revision;
    }
    return times;
  }

  it('autosave of the 2.6 MB conference, the whole path', async () => {
    const conference = bigConference(4_600);
    const bytes = Buffer.byteLength(JSON.stringify(conference));
    const runs = 40;
    const withBackup = await saveTimes(conference, 0, runs);
    const withoutBackup = await saveTimes(conference, Number.MAX_SAFE_INTEGER, runs);
    const sorted = [...withBackup].sort((a, b) => a - b);
    record(
      'autosave_ms',
      round(median(withBackup)),
      'ms',
      `median of ${runs} saves through the bridge handler, ${round(bytes / 1e6)} MB JSON, each changing a field and a ` +
        `note: zod validation, stamp, encrypt, durable write (fsync file and folder), a backup kept and pruned on ` +
        `every save; ` +
        `90th percentile ${round(sorted[Math.floor(runs * 0.9)]!)} ms; median without a backup due ` +
        `${round(median(withoutBackup))} ms`,
    );
  }, 300_000);

  it('1,000 SIGKILLs during autosave', async () => {
    const campaign = await runKillCampaign(1_000);
    record('kill_runs', campaign.runs, 'runs');
    record('kill_corrupt', campaign.corrupt, 'files', campaign.failures.slice(0, 3).join('; '));
    record(
      'kill_lost',
      campaign.lost,
      'saves',
      `${campaign.ahead} runs held the save in flight (complete, unacknowledged)`,
    );
  }, 900_000);
});
