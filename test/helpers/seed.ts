import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConferenceStore } from '../../electron/services/conference-store';
import { UNSAVED_REVISION } from '@shared/api/contract';
import { Conference, type ConferenceInput } from '@shared/model/conference';

export function loadFixture(name: string): Conference {
  const raw = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures', name), 'utf8')) as ConferenceInput;
  return Conference.parse(raw);
}

/** Puts a conference into a data folder through the real store, as if the app had saved it. */
export async function seedConference(dataFolder: string, keyHex: string, conference: Conference): Promise<void> {
  const store = new ConferenceStore({ dataFolder, key: Buffer.from(keyHex, 'hex') });
  await store.init();
  // Over the file's current revision when there is one already (a test seeding the same conference twice).
  const existing = await store.open(conference.id);
  const saved = await store.save(conference, existing.ok ? existing.value.revision : UNSAVED_REVISION);
  if (!saved.ok) throw new Error(saved.message);
}
