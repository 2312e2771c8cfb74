import { describe, expect, it, vi } from 'vitest';
import { ConferenceStore } from '../../../electron/services/conference-store';
import { testKey, useTempFolders } from '../../helpers/temp';

// Stamping in main is a safety net: a fault in it must never refuse the chair's words.
vi.mock('../../../electron/services/stamp-on-save', () => ({
  stampOnSave: () => {
    throw new Error('a fault in stamping');
  },
}));

describe('a save when stamping fails', () => {
  const tempFolder = useTempFolders();

  it('is saved as it came, and reads back whole', async () => {
    const store = new ConferenceStore({ dataFolder: await tempFolder(), key: testKey() });
    await store.init();
    const { conference: created, revision } = await store.create({
      type: 'initial',
      nation: 'england',
      date: '2026-12-01',
    });
    const typed = { ...created, details: { ...created.details, venue: 'Room 4, Civic Centre' } };
    const saved = await store.save(typed, revision);
    expect(saved.ok).toBe(true);
    const opened = await store.open(created.id);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.value.conference.details.venue).toBe('Room 4, Civic Centre');
  });
});
