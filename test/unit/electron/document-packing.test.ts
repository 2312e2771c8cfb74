import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Packer } from 'docx';
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppServices, type AppServices } from '../../../electron/services/app-services';
import { packHere, PackPool } from '../../../electron/services/document-packing';
import { prepareExport } from '../../../electron/services/export';
import type { Logger } from '../../../electron/services/logger';
import { UNSAVED_REVISION } from '@shared/api/contract';
import type { DocumentView } from '@shared/documents/types';
import { testKey, useTempFolders } from '../../helpers/temp';
import { docxText } from '../documents/read-back';
import { westbrookForDocuments, westbrookSettings } from '../documents/westbrook-documents';

/** The worker as the app starts it: built by electron-vite (npm test builds before the unit tests). */
const BUILT_WORKER = join(import.meta.dirname, '../../../out/main/pack-worker.js');

/** Every part of a .docx but its creation and change times, which differ from one packing to the next. */
async function partsOf(docx: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const parts: Record<string, string> = {};
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    const text = await entry.async('string');
    parts[name] = name === 'docProps/core.xml' ? text.replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, '<') : text;
  }
  return parts;
}

function logged(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, info() {}, error() {}, warn: (message) => warnings.push(message) };
}

const views = (): DocumentView[] => prepareExport(westbrookForDocuments(), westbrookSettings, { draft: true }).views;

describe('packing an export in worker threads', () => {
  const tempFolder = useTempFolders();
  const started: AppServices[] = [];
  const pools: PackPool[] = [];
  const pool = (file: string, logger?: Logger, size?: number) => {
    const made = new PackPool(file, logger, size);
    pools.push(made);
    return made;
  };
  afterEach(async () => {
    vi.restoreAllMocks();
    await Promise.all(pools.splice(0).map((p) => p.close()));
    await Promise.all(started.splice(0).map((s) => s.close()));
  });

  it('needs the built worker', () => {
    expect(existsSync(BUILT_WORKER), 'run `npx electron-vite build` first').toBe(true);
  });

  it('packs every document of the set as this process would, none of it in this process', async () => {
    const set = views();
    expect(set.length).toBeGreaterThan(4);
    const here = await packHere.pack(set);
    const packHereSpy = vi.spyOn(Packer, 'toBuffer');
    const inWorkers = await pool(BUILT_WORKER, undefined, 2).pack(set);
    expect(packHereSpy).not.toHaveBeenCalled();
    expect(inWorkers).toHaveLength(set.length);
    for (let i = 0; i < set.length; i++) {
      expect(await partsOf(inWorkers[i]!), set[i]!.fileName).toEqual(await partsOf(here[i]!));
    }
  });

  it('packs in this process, and says so in the log, when its workers cannot start', async () => {
    const logger = logged();
    const broken = pool(join(import.meta.dirname, 'no-such-worker.js'), logger, 2);
    const set = views();
    const packHereSpy = vi.spyOn(Packer, 'toBuffer');
    const packed = await broken.pack(set);
    expect(packed).toHaveLength(set.length);
    expect(packHereSpy).toHaveBeenCalledTimes(set.length);
    expect(logger.warnings).toEqual(['document workers failed: packing in the main process']);
    // And from then on, without trying the workers again.
    await broken.pack(set.slice(0, 1));
    expect(packHereSpy).toHaveBeenCalledTimes(set.length + 1);
    expect(logger.warnings).toHaveLength(1);
  });

  it('drops a worker that fails between exports, never an uncaught error in the main process', async () => {
    const logger = logged();
    const broken = pool(join(import.meta.dirname, 'no-such-worker.js'), logger, 2);
    broken.warm();
    expect(broken.running).toBe(2);
    // Both fail to load while no export is running: no export hears it, and nothing may be left unhandled.
    await vi.waitFor(() => expect(broken.running).toBe(0), { timeout: 10_000 });
    const set = views();
    expect(await broken.pack(set)).toHaveLength(set.length);
    expect(logger.warnings).toEqual(['document workers failed: packing in the main process']);
  });

  it('fails the export for a document that cannot be laid out, and packs the next export in its workers', async () => {
    const logger = logged();
    const workers = pool(BUILT_WORKER, logger, 2);
    const set = views();
    const unreadable = { ...set[0]!, blocks: null } as unknown as DocumentView;
    await expect(workers.pack([unreadable, ...set.slice(1)])).rejects.toMatchObject({ name: 'TypeError' });
    const packHereSpy = vi.spyOn(Packer, 'toBuffer');
    expect(await workers.pack(set)).toHaveLength(set.length);
    expect(packHereSpy).not.toHaveBeenCalled();
    expect(logger.warnings).toEqual([]);
  });

  it('starts its workers when warmed, before the first export, and packs in them', async () => {
    const workers = pool(BUILT_WORKER, undefined, 2);
    workers.warm();
    const packHereSpy = vi.spyOn(Packer, 'toBuffer');
    expect(await workers.pack(views().slice(0, 2))).toHaveLength(2);
    expect(packHereSpy).not.toHaveBeenCalled();
  });

  it('starts its workers again after they were closed', async () => {
    const workers = pool(BUILT_WORKER, undefined, 2);
    const set = views().slice(0, 3);
    await workers.pack(set);
    await workers.close();
    const packHereSpy = vi.spyOn(Packer, 'toBuffer');
    expect(await workers.pack(set)).toHaveLength(3);
    expect(packHereSpy).not.toHaveBeenCalled();
  });

  it('is how the app and the browser host export, once they are given the built worker', async () => {
    const folder = await tempFolder();
    const services = await createAppServices({
      dataFolder: await tempFolder(),
      dataKey: { key: testKey(), mode: 'injected' },
      transport: 'browser',
      appVersion: 'test',
      logger: logged(),
      packWorker: BUILT_WORKER,
      folders: { choose: async () => folder, open: async () => true },
    });
    started.push(services);
    const { handlers } = services;
    await handlers.saveSettings(westbrookSettings);
    const conference = westbrookForDocuments();
    expect((await handlers.saveConference({ conference, basedOn: UNSAVED_REVISION })).ok).toBe(true);
    const packHereSpy = vi.spyOn(Packer, 'toBuffer');
    const exported = await handlers.exportDocuments({ conferenceId: conference.id, chooseFolder: true, draft: true });
    expect(exported).toMatchObject({ ok: true, value: { receipt: { folder } } });
    expect(packHereSpy).not.toHaveBeenCalled();
    expect(await docxText(await readFile(join(folder, 'family-plan.docx')))).toContain(
      westbrookSettings.outOfHoursPhone,
    );
  });
});
