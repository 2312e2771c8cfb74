import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import { silentLogger } from '../../../electron/services/logger';
import { testKey, useTempFolders } from '../../helpers/temp';

/**
 * Export is one call to main: it asks where in its own folder dialog, writes, and shows the folder. The page never
 * names a folder, so main has no path from the page to recognise or refuse.
 */
describe('where exports go', () => {
  const tempFolder = useTempFolders();

  /** `chosen` stands in for the folder the user picks in Electron's dialog (null: the dialog was closed). */
  async function services(folders: { chosen: string | null } | 'no dialog') {
    const dataFolder = await tempFolder();
    const asked: string[] = [];
    const shown: string[] = [];
    const s = await createAppServices({
      dataFolder,
      dataKey: { key: testKey(), mode: 'injected' },
      transport: 'electron',
      appVersion: 't',
      logger: silentLogger,
      ...(folders === 'no dialog'
        ? {}
        : {
            folders: {
              choose: async () => (asked.push('where?'), folders.chosen),
              open: async (f: string) => (shown.push(f), true),
            },
          }),
    });
    const created = await s.handlers.createConference({ type: 'initial', nation: 'england', date: '2026-12-01' });
    if (!created.ok) throw new Error(created.message);
    return { ...s, id: created.value.conference.id, dataFolder, asked, shown };
  }

  it('refuses a request that names a folder: only main’s dialog says where', async () => {
    const { handlers, id, asked } = await services({ chosen: null });
    const refused = await handlers.exportDocuments({ conferenceId: id, folder: '/etc' });
    expect(refused).toMatchObject({ ok: false, code: 'invalid-request' });
    expect(asked).toEqual([]);
  });

  it('asks in the dialog, writes to the folder chosen, and shows it, in one call', async () => {
    const target = join(await tempFolder(), 'chosen');
    const { handlers, id, asked, shown } = await services({ chosen: target });
    const exported = await handlers.exportDocuments({
      conferenceId: id,
      draft: true,
      chooseFolder: true,
      showFolder: true,
    });
    if (!exported.ok || exported.value.cancelled) throw new Error('not exported');
    expect(exported.value.receipt.folder).toBe(target);
    expect(exported.value.receipt.files.map((f) => f.fileName)).toContain('minute.docx');
    expect((await readdir(target)).sort()).toEqual(exported.value.receipt.files.map((f) => f.fileName).sort());
    expect(exported.value.folderShown).toBe(true);
    expect(asked).toHaveLength(1);
    expect(shown).toEqual([target]);
  });

  it('says "cancelled", not a failure, when the dialog is closed, and writes and shows nothing', async () => {
    const { handlers, id, dataFolder, shown } = await services({ chosen: null });
    const exported = await handlers.exportDocuments({
      conferenceId: id,
      draft: true,
      chooseFolder: true,
      showFolder: true,
    });
    expect(exported).toEqual({ ok: true, value: { cancelled: true } });
    expect(await readdir(dataFolder)).not.toContain('exports');
    expect(shown).toEqual([]);
  });

  it('does not ask where to save documents that will not be written: a refused final export never shows the dialog', async () => {
    // The defaults lack the numbers families need, so a final export is refused before anything else.
    const { handlers, id, asked } = await services({ chosen: '/never/used' });
    const refused = await handlers.exportDocuments({ conferenceId: id, draft: false, chooseFolder: true });
    expect(refused).toMatchObject({ ok: false, code: 'missing-for-final' });
    expect(asked).toEqual([]);
  });

  it('shows the folder only when asked to', async () => {
    const target = join(await tempFolder(), 'chosen');
    const { handlers, id, shown } = await services({ chosen: target });
    const exported = await handlers.exportDocuments({ conferenceId: id, draft: true, chooseFolder: true });
    expect(exported).toMatchObject({ ok: true, value: { cancelled: false, folderShown: false } });
    expect(shown).toEqual([]);
  });

  it('without a dialog (browser run), writes under the app’s own exports folder and shows nothing', async () => {
    const { handlers, id, dataFolder } = await services('no dialog');
    const exported = await handlers.exportDocuments({ conferenceId: id, chooseFolder: true, showFolder: true });
    if (!exported.ok || exported.value.cancelled) throw new Error('not exported');
    expect(exported.value.receipt.folder.startsWith(join(dataFolder, 'exports', id))).toBe(true);
    expect(exported.value.folderShown).toBe(false);
  });
});
