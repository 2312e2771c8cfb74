import { describe, it } from 'vitest';
import { ConferenceStore } from '../../electron/services/conference-store';
import { createHandlers } from '../../electron/services/handlers';
import { silentLogger } from '../../electron/services/logger';
import { PresenterHub } from '../../electron/services/presenter-hub';
import { UNSAVED_REVISION } from '../../shared/api/contract';
import { runKillCampaign } from '../helpers/kill-harness';
import { testKey, useTempFolders } from '../helpers/temp';
import { bigConference } from './big-conference';
import { median, record, round } from './record';

describe('store', () => {
  const tempFolder = useTempFolders();

  it('autosave of a 2 MB conference', async () => {
    const conference = bigConference(4_600);
    const bytes = Buffer.byteLength(JSON.stringify(conference));
    const store = new ConferenceStore({
      dataFolder: await tempFolder(),
      key: testKey(),
      backupIntervalMs: Number.MAX_SAFE_INTEGER,
    });
    await store.init();
    const first = await store.save(conference, UNSAVED_REVISION); // the first write creates the file
    if (!first.ok) throw new Error(first.message);
    let revision = first.value.revision;
    const storeTimes: number[] = [];
    for (let i = 0; i < 30; i++) {
      const next = { ...conference, details: { ...conference.details, reason: `edit ${i}` } };
      const t0 = performance.now();
      const saved = await store.save(next, revision);
      storeTimes.push(performance.now() - t0);
      if (!saved.ok) throw new Error(saved.message);
      revision = saved.value.revision;
    }
    record(
      'autosave_ms',
      round(median(storeTimes)),
      'ms',
      `median of 30 saves, ${round(bytes / 1e6)} MB JSON, encrypted, atomic`,
    );

    // The same through the bridge handler, which validates the whole conference with zod first.
    const handlers = createHandlers({
      store,
      status: () => ({ appVersion: 'bench', dataFolder: '', encryption: 'injected', transport: 'browser' }),
      logger: silentLogger,
      presenter: new PresenterHub(),
      openPresenterWindow: async () => false,
    });
    const wire = JSON.parse(JSON.stringify(conference)) as unknown;
    const handlerTimes: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      const saved = await handlers.saveConference({ conference: wire, basedOn: revision });
      handlerTimes.push(performance.now() - t0);
      if (!saved.ok) throw new Error(saved.message);
      revision = saved.value.revision;
    }
    record('autosave_with_validation_ms', round(median(handlerTimes)), 'ms', 'median of 15, zod validation + save');
  }, 120_000);

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
