import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import { silentLogger } from '../../../electron/services/logger';
import { testKey, useTempFolders } from '../../helpers/temp';

describe('where exports may go', () => {
  const tempFolder = useTempFolders();

  async function services(chosen: string | null) {
    const dataFolder = await tempFolder();
    const opened: string[] = [];
    const s = await createAppServices({
      dataFolder,
      dataKey: { key: testKey(), mode: 'injected' },
      transport: 'electron',
      appVersion: 't',
      logger: silentLogger,
      folders: { choose: async () => chosen, open: async (f) => (opened.push(f), true) },
    });
    const created = await s.handlers.createConference({ type: 'initial', nation: 'england', date: '2026-12-01' });
    if (!created.ok) throw new Error(created.message);
    return { ...s, id: created.value.conference.id, dataFolder, opened };
  }

  it('refuses a folder the user did not choose, even an absolute one', async () => {
    const { handlers, id } = await services(null);
    const refused = await handlers.exportDocuments({ conferenceId: id, folder: '/etc' });
    expect(refused).toMatchObject({ ok: false, field: 'folder' });
    expect(await handlers.openFolder({ folder: '/etc' })).toMatchObject({ ok: false, field: 'folder' });
  });

  it('writes to the folder chosen in the dialog, and may then open it', async () => {
    const target = join(await tempFolder(), 'chosen');
    const { handlers, id, opened } = await services(target);
    const chosen = await handlers.chooseExportFolder(undefined);
    expect(chosen).toMatchObject({ ok: true, value: { folder: target, cancelled: false } });
    const exported = await handlers.exportDocuments({ conferenceId: id, folder: target, draft: true });
    expect(exported.ok && exported.value.folder).toBe(target);
    expect(exported.ok && exported.value.files.map((f) => f.fileName)).toContain('minute.docx');
    expect(await handlers.openFolder({ folder: target })).toMatchObject({ ok: true, value: { opened: true } });
    expect(opened).toEqual([target]);
  });

  it('without a dialog (browser run), writes under the app’s own exports folder', async () => {
    const { handlers, id, dataFolder } = await services(null);
    const exported = await handlers.exportDocuments({ conferenceId: id });
    expect(exported.ok && exported.value.folder.startsWith(join(dataFolder, 'exports'))).toBe(true);
  });
});
