import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useAppServices } from '../../helpers/app-services';
import { ConferenceStore } from '../../../electron/services/conference-store';
import { UNSAVED_REVISION } from '@shared/api/contract';
import type { Conference } from '@shared/model/conference';
import { startReviewFrom } from '@shared/plan/review';
import { loadFixture } from '../../helpers/seed';
import { testKey, useTempFolders } from '../../helpers/temp';

/**
 * Starting a review is one call to main (`startReview`): main reads the earlier conference, builds the review and
 * writes its new file, and the window is told only which conference to open. Every refusal is the store's own.
 */
describe('starting a review through the bridge', () => {
  const tempFolder = useTempFolders();
  const services = useAppServices();

  /** The Glenmor initial planning meeting (Scotland), saved as the app would have saved it. */
  async function withInitial() {
    const dataFolder = await tempFolder();
    const key = testKey();
    const app = await services(dataFolder, key);
    const initial = loadFixture('scotland-initial.json');
    const saved = await app.handlers.saveConference({ conference: initial, basedOn: UNSAVED_REVISION });
    if (!saved.ok) throw new Error(saved.message);
    return { app, dataFolder, key, initial };
  }

  const conferenceFiles = (dataFolder: string) => readdir(join(dataFolder, 'conferences'));

  it('writes the review built from the earlier conference, and answers with the new conference to open', async () => {
    const { app, dataFolder, initial } = await withInitial();
    const earlierBytes = await readFile(app.store.pathOf(initial.id));
    const started = await app.handlers.startReview({ previousId: initial.id, date: '2027-07-27' });
    if (!started.ok) throw new Error(started.message);
    expect(started.value.id).not.toBe(initial.id);
    expect(started.value).toMatchObject({ type: 'review', date: '2027-07-27' });
    expect((await conferenceFiles(dataFolder)).sort()).toEqual(
      [`${initial.id}.cpconf`, `${started.value.id}.cpconf`].sort(),
    );
    // What is on disk is the review startReviewFrom builds (its id and clock aside): household, plan and all.
    const review = await app.handlers.openConference({ id: started.value.id });
    if (!review.ok) throw new Error(review.message);
    const expected = startReviewFrom(initial, { date: '2027-07-27' });
    const comparable = (c: Conference) => ({ ...c, id: '', createdAt: '', updatedAt: '', captures: {} });
    expect(comparable(review.value.conference)).toEqual(comparable(expected));
    expect(review.value.conference.children.map((c) => c.givenName)).toEqual(initial.children.map((c) => c.givenName));
    // The earlier conference's file is untouched.
    expect(await readFile(app.store.pathOf(initial.id))).toEqual(earlierBytes);
  });

  it('never writes over an existing file: a review whose id is already taken is refused as the store refuses it', async () => {
    const { app, dataFolder, initial } = await withInitial();
    // A file with the review's id appears between building the review and writing it (another copy, say).
    const realSave = app.store.save.bind(app.store);
    let squatter: Buffer | null = null;
    app.store.save = async (conference, basedOn) => {
      const first = await realSave(
        { ...conference, details: { ...conference.details, venue: 'Somebody else’s' } },
        basedOn,
      );
      if (!first.ok) throw new Error(first.message);
      squatter = await readFile(app.store.pathOf(conference.id));
      return realSave(conference, basedOn);
    };
    const started = await app.handlers.startReview({ previousId: initial.id, date: '2027-07-27' });
    expect(started).toMatchObject({ ok: false, code: 'stale-save' });
    const files = await conferenceFiles(dataFolder);
    expect(files).toHaveLength(2);
    const theirs = files.find((f) => f !== `${initial.id}.cpconf`)!;
    expect(await readFile(join(dataFolder, 'conferences', theirs))).toEqual(squatter);
  });

  it('answers a conference that is not there with the store’s not-found, and writes nothing', async () => {
    const { app, dataFolder, initial } = await withInitial();
    const direct = await app.store.open('conf-no-such');
    const started = await app.handlers.startReview({ previousId: 'conf-no-such', date: '2027-07-27' });
    expect(started).toEqual(direct);
    expect(started).toMatchObject({ ok: false, code: 'not-found' });
    expect(await conferenceFiles(dataFolder)).toEqual([`${initial.id}.cpconf`]);
  });

  it('answers a damaged earlier file with the store’s corrupt-file and its sentence (moved aside, backups offered)', async () => {
    const { app, dataFolder, initial } = await withInitial();
    await writeFile(app.store.pathOf(initial.id), 'not a conference');
    const started = await app.handlers.startReview({ previousId: initial.id, date: '2027-07-27' });
    expect(started).toMatchObject({ ok: false, code: 'corrupt-file' });
    expect(!started.ok && started.message).toMatch(/moved aside, unchanged/);
    expect(!started.ok && started.quarantinedAs).toBeDefined();
    expect(await conferenceFiles(dataFolder)).toEqual([]);
  });

  it('answers a file written with another key with the store’s wrong-key, and leaves it where it is', async () => {
    const dataFolder = await tempFolder();
    const other = new ConferenceStore({ dataFolder, key: testKey() });
    await other.init();
    const earlier = await other.create({ type: 'initial', nation: 'england', date: '2026-12-01' });
    const app = await services(dataFolder, testKey());
    const started = await app.handlers.startReview({ previousId: earlier.conference.id, date: '2027-03-01' });
    expect(started).toMatchObject({ ok: false, code: 'wrong-key' });
    expect(!started.ok && started.message).toMatch(/different encryption key.*left where it is/s);
    expect(await conferenceFiles(dataFolder)).toEqual([`${earlier.conference.id}.cpconf`]);
  });

  it('in a copy that may only read, answers with the store’s read-only sentence and writes nothing', async () => {
    const { dataFolder, key, initial } = await withInitial();
    const second = await services(dataFolder, key);
    expect(second.status.readOnly).toBeDefined();
    const started = await second.handlers.startReview({ previousId: initial.id, date: '2027-07-27' });
    expect(started).toEqual({ ok: false, code: 'read-only', message: second.status.readOnly });
    expect(await conferenceFiles(dataFolder)).toEqual([`${initial.id}.cpconf`]);
  });

  it('refuses a request without a date it can read, naming the field', async () => {
    const { app, initial } = await withInitial();
    const started = await app.handlers.startReview({ previousId: initial.id, date: '27/07/2027' });
    expect(started).toMatchObject({ ok: false, code: 'invalid-request', field: 'date' });
  });
});
