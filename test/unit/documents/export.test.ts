import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Packer } from 'docx';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import { exportDocuments, writeFileAtomically } from '../../../electron/services/export';
import { silentLogger } from '../../../electron/services/logger';
import { SettingsStore } from '../../../electron/services/settings-store';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { testKey, useTempFolders } from '../../helpers/temp';
import { amend } from '../presenter/westbrook';
import { docxText } from './read-back';
import { westbrookForDocuments, westbrookSettings } from './westbrook-documents';

const tempFolder = useTempFolders();

afterEach(() => {
  vi.restoreAllMocks();
});

describe('writing the documents', () => {
  it('writes each file through a temporary name and leaves no temporary file behind', async () => {
    const folder = await tempFolder();
    const receipt = await exportDocuments(westbrookForDocuments(), westbrookSettings, folder);
    expect(receipt.files.map((f) => f.fileName)).toEqual([
      'minute.docx',
      'restricted-annex.docx',
      'family-plan.docx',
      'decision-letter.docx',
    ]);
    expect((await readdir(folder)).sort()).toEqual(receipt.files.map((f) => f.fileName).sort());
    for (const f of receipt.files) expect((await readFile(join(folder, f.fileName))).byteLength).toBe(f.bytes);
  });

  it('leaves the folder as it was when a document fails to build part-way', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'minute.docx'), 'the last good minute');
    const real = Packer.toBuffer.bind(Packer);
    let calls = 0;
    vi.spyOn(Packer, 'toBuffer').mockImplementation(async (...args) => {
      if (++calls === 3) throw new Error('packing failed');
      return real(...args);
    });
    await expect(exportDocuments(westbrookForDocuments(), westbrookSettings, folder)).rejects.toThrow('packing failed');
    expect(await readdir(folder)).toEqual(['minute.docx']);
    expect(await readFile(join(folder, 'minute.docx'), 'utf8')).toBe('the last good minute');
  });

  it('cleans up its temporary file when the rename fails, and keeps what was there', async () => {
    const folder = await tempFolder();
    const target = join(folder, 'minute.docx');
    await mkdir(target);
    await writeFile(join(target, 'inside.txt'), 'kept');
    await expect(writeFileAtomically(target, new Uint8Array([1, 2, 3]))).rejects.toThrow();
    expect(await readdir(folder)).toEqual(['minute.docx']);
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('kept');
  });

  it('reports earlier documents in the folder that this export did not replace, and deletes nothing', async () => {
    const folder = await tempFolder();
    for (const name of ['restricted-annex.docx', 'family-plan-kieran-ashdown.docx', 'notes.txt'])
      await writeFile(join(folder, name), 'old');
    const nothingRestricted = amend(westbrookForDocuments(), (c) => {
      c.notes = c.notes!.filter((n) => !n.restricted);
      c.restrictedRecords = [];
    });
    const receipt = await exportDocuments(nothingRestricted, westbrookSettings, folder);
    expect(receipt.files.map((f) => f.fileName)).not.toContain('restricted-annex.docx');
    expect(receipt.staleFiles).toEqual(['family-plan-kieran-ashdown.docx', 'restricted-annex.docx']);
    expect(await readFile(join(folder, 'notes.txt'), 'utf8')).toBe('old');
  });
});

describe('settings store', () => {
  it('gives the defaults until settings are saved, then what was saved', async () => {
    const store = new SettingsStore({ dataFolder: await tempFolder() });
    expect(await store.get()).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect((await store.save(westbrookSettings)).ok).toBe(true);
    expect(await store.get()).toEqual({ ok: true, value: westbrookSettings });
    expect(JSON.parse(await readFile(store.path, 'utf8'))).toMatchObject({ teamPhone: '01632 960000' });
  });

  it('reads a file with a byte-order mark, and reports a damaged or invalid file without touching it', async () => {
    const store = new SettingsStore({ dataFolder: await tempFolder() });
    await writeFile(store.path, `\uFEFF${JSON.stringify({ authorityName: 'Westbrook' })}`);
    const withBom = await store.get();
    expect(withBom.ok && withBom.value.authorityName).toBe('Westbrook');

    await writeFile(store.path, '{ not json');
    expect(await store.get()).toMatchObject({ ok: false, code: 'corrupt-file' });
    expect(await readFile(store.path, 'utf8')).toBe('{ not json');

    await writeFile(store.path, JSON.stringify({ logoDataUrl: 'data:text/html,<script>' }));
    expect(await store.get()).toMatchObject({ ok: false, code: 'corrupt-file', field: 'logoDataUrl' });
  });
});

describe('bridge methods', () => {
  /** `chosen` stands in for the folder the user picks in Electron's dialog. */
  const services = async (chosen: string | null = null) => {
    const dataFolder = await tempFolder();
    const app = await createAppServices({
      dataFolder,
      dataKey: { key: testKey(), mode: 'injected' },
      transport: 'browser',
      appVersion: 'test',
      logger: silentLogger,
      folders: { choose: async () => chosen, open: async () => true },
    });
    return { ...app, dataFolder };
  };

  it('save and read the organisation settings, refusing invalid ones with the field named', async () => {
    const { handlers } = await services();
    expect(await handlers.getSettings(undefined)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect((await handlers.saveSettings(westbrookSettings)).ok).toBe(true);
    expect(await handlers.getSettings(undefined)).toEqual({ ok: true, value: westbrookSettings });
    const bad = await handlers.saveSettings({ ...westbrookSettings, protectiveMarking: 'x'.repeat(600) });
    expect(bad).toMatchObject({ ok: false, code: 'invalid-request', field: 'protectiveMarking' });
  });

  it('export a saved conference with the saved settings into the chosen folder', async () => {
    const folder = await tempFolder();
    const { handlers } = await services(folder);
    await handlers.saveSettings(westbrookSettings);
    const conference = westbrookForDocuments();
    expect((await handlers.saveConference(conference)).ok).toBe(true);
    expect((await handlers.chooseExportFolder(undefined)).ok).toBe(true);
    const receipt = await handlers.exportDocuments({ conferenceId: conference.id, folder });
    expect(receipt.ok).toBe(true);
    if (!receipt.ok) return;
    expect(receipt.value.folder).toBe(folder);
    expect(receipt.value.files.map((f) => f.kind)).toEqual([
      'minute',
      'restricted-annex',
      'family-plan',
      'decision-letter',
    ]);
    const plan = await docxText(await readFile(join(folder, 'family-plan.docx')));
    expect(plan).toContain(westbrookSettings.outOfHoursPhone);
    expect(plan).not.toContain('DRAFT');
    const draft = await handlers.exportDocuments({ conferenceId: conference.id, folder, draft: true });
    expect(draft.ok).toBe(true);
    expect(await docxText(await readFile(join(folder, 'family-plan.docx')))).toContain('DRAFT');
  });

  it('export to a new folder under the data folder when none is chosen, and refuse a relative path or an unknown id', async () => {
    const { handlers, dataFolder } = await services();
    const conference = westbrookForDocuments();
    await handlers.saveConference(conference);
    const receipt = await handlers.exportDocuments({ conferenceId: conference.id });
    expect(receipt.ok && receipt.value.folder.startsWith(join(dataFolder, 'exports', conference.id))).toBe(true);
    expect(await handlers.exportDocuments({ conferenceId: conference.id, folder: 'relative/path' })).toMatchObject({
      ok: false,
      code: 'invalid-request',
      field: 'folder',
    });
    expect(await handlers.exportDocuments({ conferenceId: 'no-such-conference' })).toMatchObject({
      ok: false,
      code: 'not-found',
    });
    expect(await handlers.exportDocuments({ conferenceId: '../etc' })).toMatchObject({
      ok: false,
      code: 'invalid-request',
    });
  });
});
