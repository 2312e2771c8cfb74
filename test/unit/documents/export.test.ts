import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Packer } from 'docx';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBrowserHost } from '../../../electron/host/browser-host';
import { createAppServices } from '../../../electron/services/app-services';
import {
  exportDocuments,
  isExportFileName,
  isFinalExport,
  LeakFoundError,
  writeFileAtomically,
} from '../../../electron/services/export';
import { silentLogger } from '../../../electron/services/logger';
import { SettingsStore } from '../../../electron/services/settings-store';
import { buildDocuments } from '@shared/documents';
import { documentStrings } from '@shared/documents/guard';
import { DEFAULT_SETTINGS } from '@shared/model/settings';
import { postJson } from '../../helpers/post-json';
import { testKey, useTempFolders } from '../../helpers/temp';
import { amend } from '../shared-screen/westbrook';
import { docxText } from './read-back';
import { refugeTypedIntoAction } from './refuge-leak';
import { westbrookForDocuments, westbrookSettings } from './westbrook-documents';
import { UNSAVED_REVISION } from '@shared/api/contract';

const tempFolder = useTempFolders();

afterEach(() => {
  vi.restoreAllMocks();
});

describe('writing the documents', () => {
  it('writes each file through a temporary name, leaves no temporary file behind, and says who each file is for', async () => {
    const folder = await tempFolder();
    const receipt = await exportDocuments(westbrookForDocuments(), westbrookSettings, folder);
    const names = receipt.files.map((f) => f.fileName);
    expect(names).toEqual(
      expect.arrayContaining(['minute.docx', 'restricted-annex.docx', 'family-plan.docx', 'decision-letter.docx']),
    );
    expect(names.some((n) => n.startsWith('minutes-'))).toBe(true);
    expect((await readdir(folder)).sort()).toEqual([...names].sort());
    for (const f of receipt.files) expect((await readFile(join(folder, f.fileName))).byteLength).toBe(f.bytes);
    // Every file written is one the stale-file report would recognise as the export's own.
    expect(names.filter((n) => !isExportFileName(n))).toEqual([]);
    const forWhom = Object.fromEntries(receipt.files.map((f) => [f.fileName, f.recipients]));
    expect(forWhom['minute.docx']).toContain('Rhys Morgan');
    expect(forWhom['minute.docx']).not.toContain('Jade Ashdown');
    expect(forWhom['family-plan.docx']).toContain('Jade Ashdown');
    expect(forWhom['restricted-annex.docx']).not.toContain('Jade Ashdown');
    expect(receipt.warnings).toEqual([]);
  });

  it('leaves the folder as it was when a document fails to build part-way', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'minute.docx'), 'the last good minute');
    // The step that packs each document: docx writing its parts, read where docx-zip.ts reads it.
    const compiler = (Packer as unknown as { compiler: { compile: (...args: unknown[]) => unknown } }).compiler;
    const real = compiler.compile.bind(compiler);
    let calls = 0;
    vi.spyOn(compiler, 'compile').mockImplementation((...args) => {
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
    const earlier = [
      'restricted-annex.docx',
      'restricted-annex-laura-finch.docx',
      'family-plan-kieran-ashdown.docx',
      'minutes-stacey-ashdown.docx',
      'decision-letter-stacey-ashdown.docx',
    ];
    // Not names the export writes: never reported, never touched.
    const others = ['notes.txt', 'minute-draft-by-hand.docx', 'minutes-.docx'];
    for (const name of [...earlier, ...others]) await writeFile(join(folder, name), 'old');
    const nothingRestricted = amend(westbrookForDocuments(), (c) => {
      c.notes = c.notes!.filter((n) => n.id !== 'note-referrer');
      c.restrictedRecords = [];
      c.closedSessions = [];
      c.captures = Object.fromEntries(
        Object.entries(c.captures ?? {}).filter(([, capture]) => capture.audience?.level !== 'restricted'),
      );
    });
    const receipt = await exportDocuments(nothingRestricted, westbrookSettings, folder);
    expect(receipt.files.map((f) => f.fileName)).not.toContain('restricted-annex.docx');
    expect(receipt.staleFiles).toEqual([...earlier].sort());
    for (const name of [...earlier, ...others]) expect(await readFile(join(folder, name), 'utf8')).toBe('old');
  });
});

/** The leak guard at the export (issue #10, item 6): see refuge-leak.ts for the leak. */
async function leakFrom(work: Promise<unknown>): Promise<LeakFoundError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LeakFoundError);
  return error as LeakFoundError;
}

describe('the leak guard', () => {
  it('stops a final export that would leak, writes nothing, and names the field, the recipient and the file', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'minute.docx'), 'the last good minute');
    const conference = refugeTypedIntoAction();
    expect(conference.agenda.meetingEndedAt).toBeDefined(); // so, without `draft`, this export is final
    const error = await leakFrom(exportDocuments(conference, westbrookSettings, folder));

    expect(await readdir(folder)).toEqual(['minute.docx']);
    expect(await readFile(join(folder, 'minute.docx'), 'utf8')).toBe('the last good minute');
    const notYet = join(folder, 'not-yet-made');
    await leakFrom(exportDocuments(conference, westbrookSettings, notYet, { draft: false }));
    await expect(stat(notYet)).rejects.toThrow();

    const forKieran = error.leaks.filter((l) => l.recipientName === 'Kieran Ashdown');
    expect(forKieran.map((l) => l.fileName)).toContain('family-plan.docx');
    const inPlan = forKieran.find((l) => l.fileName === 'family-plan.docx')!;
    expect(inPlan).toMatchObject({
      recipientId: 'p-kieran',
      secretRef: 'adult:adult-jade:address',
      carrierRef: 'action:action-dental-booking',
    });
    for (const words of ['Address of Jade', 'Plan action', 'Kieran Ashdown', 'family-plan.docx'])
      expect(inPlan.message).toContain(words);
    // The chair's summary says nothing was written and gives the first in full.
    expect(error.message).toContain('not written');
    expect(error.message).toContain(error.leaks[0]!.message);
    // Only the refuge address is reported: the rest of Westbrook is clean.
    expect(new Set(error.leaks.map((l) => l.secretRef))).toEqual(new Set(['adult:adult-jade:address']));
  });

  it('stops a final export when the family plan nobody receives yet repeats the reason, which is for professionals only', async () => {
    // The reason can name the referrer: professionals only by default. Typed again into a plan action, it would reach
    // whoever the chair gives the family's general plan to, though nobody is set to receive the plan yet. The family
    // side receives only the letter (which has no actions), so the plan is the one document that repeats it.
    const reason = 'Referred by Mrs Delia Pell, a neighbour, after bruising to Jayden’s arm.';
    const conference = amend(westbrookForDocuments(), (c) => {
      c.details!.reason = reason;
      c.plan!.actions!.find((a) => a.id === 'action-dental-booking')!.what = `Book the dentist. ${reason}`;
      c.distribution = {
        ...c.distribution,
        byParticipant: Object.fromEntries(
          ['p-jade', 'p-kieran', 'p-advocate'].map((id) => [id, { receives: ['decision-letter' as const], why: '' }]),
        ),
      };
    });
    const plan = buildDocuments(conference, westbrookSettings).find((b) => b.view.kind === 'family-plan')!.view;
    expect(plan.fileName).toBe('family-plan.docx');
    expect(plan.recipients).toEqual([]);
    expect(documentStrings(plan).join('\n')).toContain(reason);

    const folder = await tempFolder();
    const error = await leakFrom(exportDocuments(conference, westbrookSettings, folder, { draft: false }));
    expect(await readdir(folder)).toEqual([]);
    const inPlan = error.leaks.filter((l) => l.fileName === 'family-plan.docx');
    expect(inPlan).toEqual([
      expect.objectContaining({
        recipientName: 'the family in general',
        secretRef: 'details.reason',
        carrierRef: 'action:action-dental-booking',
      }),
    ]);
    expect(inPlan[0]!.recipientId).toBeUndefined();
    expect(inPlan[0]!.message).toContain('which is for professionals only');
    // The professional minute holds the reason and the action, as it should: the plan, and Mia's letter (which tells
    // her what the same action says), are the only stops.
    expect(error.leaks.map((l) => l.fileName)).toEqual(['family-plan.docx', 'letter-for-mia.docx']);
    const minute = buildDocuments(conference, westbrookSettings).find((b) => b.view.fileName === 'minute.docx')!;
    expect(documentStrings(minute.view).join('\n')).toContain(reason);
  });

  it('writes a draft, with what it found as warnings', async () => {
    const folder = await tempFolder();
    const receipt = await exportDocuments(refugeTypedIntoAction(), westbrookSettings, folder, { draft: true });
    expect((await readdir(folder)).sort()).toEqual(receipt.files.map((f) => f.fileName).sort());
    expect(receipt.warnings.length).toBeGreaterThan(0);
    expect(receipt.warnings).toContainEqual(
      expect.objectContaining({ recipientName: 'Kieran Ashdown', fileName: 'family-plan.docx' }),
    );
    const plan = await docxText(await readFile(join(folder, 'family-plan.docx')));
    expect(plan).toContain('DRAFT');
    expect(plan).toContain('22 Harbour Row');
  });

  it('treats an export as a draft until the meeting has ended, as the documents do, unless told otherwise', async () => {
    const running = refugeTypedIntoAction((c) => {
      delete c.agenda!.meetingEndedAt;
    });
    expect(isFinalExport(running)).toBe(false);
    expect(isFinalExport(running, { draft: false })).toBe(true);
    expect(isFinalExport(refugeTypedIntoAction())).toBe(true);
    expect(isFinalExport(refugeTypedIntoAction(), { draft: true })).toBe(false);

    // Whatever the rule says must match what the pages say: written with DRAFT on them, or stopped.
    const folder = await tempFolder();
    const receipt = await exportDocuments(running, westbrookSettings, folder);
    expect(receipt.warnings.length).toBeGreaterThan(0);
    expect(await docxText(await readFile(join(folder, 'minute.docx')))).toContain('DRAFT');
    await leakFrom(exportDocuments(running, westbrookSettings, await tempFolder(), { draft: false }));
  });

  it('lets a conference without leaks export as final', async () => {
    const folder = await tempFolder();
    const receipt = await exportDocuments(westbrookForDocuments(), westbrookSettings, folder, { draft: false });
    expect(receipt.warnings).toEqual([]);
    expect(await docxText(await readFile(join(folder, 'family-plan.docx')))).not.toContain('DRAFT');
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
    expect((await handlers.saveConference({ conference, basedOn: UNSAVED_REVISION })).ok).toBe(true);
    const exported = await handlers.exportDocuments({ conferenceId: conference.id, chooseFolder: true });
    if (!exported.ok) throw new Error(exported.message);
    if (exported.value.cancelled) throw new Error('the export was cancelled');
    const receipt = exported.value.receipt;
    expect(receipt.folder).toBe(folder);
    expect(new Set(receipt.files.map((f) => f.kind))).toEqual(
      new Set(['minute', 'restricted-annex', 'family-plan', 'decision-letter', 'child-letter']),
    );
    expect(receipt.warnings).toEqual([]);
    const plan = await docxText(await readFile(join(folder, 'family-plan.docx')));
    expect(plan).toContain(westbrookSettings.outOfHoursPhone);
    expect(plan).not.toContain('DRAFT');
    const draft = await handlers.exportDocuments({ conferenceId: conference.id, chooseFolder: true, draft: true });
    expect(draft.ok).toBe(true);
    expect(await docxText(await readFile(join(folder, 'family-plan.docx')))).toContain('DRAFT');
  });

  it('check before an export what would stop it, as the export itself finds it, and write nothing', async () => {
    const { handlers, dataFolder } = await services();
    const conference = refugeTypedIntoAction();
    expect((await handlers.saveConference({ conference, basedOn: UNSAVED_REVISION })).ok).toBe(true);
    // The defaults lack what families need: the check says what, as a final export's refusal does.
    const unset = await handlers.checkExport({ conferenceId: conference.id, draft: false });
    if (!unset.ok) throw new Error(unset.message);
    const refusedForMissing = await handlers.exportDocuments({ conferenceId: conference.id, draft: false });
    expect(!refusedForMissing.ok && refusedForMissing.missing).toEqual(unset.value.missingForFinal);
    expect(unset.value.missingForFinal.map((m) => m.key)).toContain('outOfHoursPhone');

    // With the settings saved, only the leak is left: the same leaks the export refuses with.
    expect((await handlers.saveSettings(westbrookSettings)).ok).toBe(true);
    const checked = await handlers.checkExport({ conferenceId: conference.id, draft: false });
    if (!checked.ok) throw new Error(checked.message);
    expect(checked.value.missingForFinal).toEqual([]);
    expect(checked.value.leaks).toContainEqual(
      expect.objectContaining({ recipientName: 'Kieran Ashdown', fileName: 'family-plan.docx' }),
    );
    const refused = await handlers.exportDocuments({ conferenceId: conference.id, draft: false });
    expect(!refused.ok && refused.leaks).toEqual(checked.value.leaks);
    await expect(readdir(join(dataFolder, 'exports'))).rejects.toThrow();

    // The check answers a conference that is not there as opening it does.
    expect(await handlers.checkExport({ conferenceId: 'no-such-conference' })).toMatchObject({
      ok: false,
      code: 'not-found',
    });
  });

  it('refuse a final export that would leak with leak-found and the leaks, over both transports', async () => {
    const { handlers, sharedScreen, dataFolder } = await services();
    // Complete settings: without them a final export is refused for what families need before the guard reads it.
    expect((await handlers.saveSettings(westbrookSettings)).ok).toBe(true);
    const conference = refugeTypedIntoAction();
    expect((await handlers.saveConference({ conference, basedOn: UNSAVED_REVISION })).ok).toBe(true);
    const refused = await handlers.exportDocuments({ conferenceId: conference.id });
    expect(refused).toMatchObject({ ok: false, code: 'leak-found' });
    if (refused.ok) throw new Error('the export was not refused');
    expect(refused.message).toContain('not written');
    expect(refused.leaks).toContainEqual(
      expect.objectContaining({ recipientName: 'Kieran Ashdown', fileName: 'family-plan.docx' }),
    );
    await expect(readdir(join(dataFolder, 'exports'))).rejects.toThrow();

    // Electron's IPC copies the reply with the structured clone algorithm; the browser host sends it as JSON.
    expect(structuredClone(refused)).toEqual(refused);
    const host = await startBrowserHost({
      handlers,
      sharedScreen,
      rendererFolder: join(dataFolder, 'renderer'),
      logger: silentLogger,
    });
    try {
      const overHttp = await postJson(host, '/api/exportDocuments', { conferenceId: conference.id });
      expect(overHttp).toEqual(refused);
      const draft = await postJson(host, '/api/exportDocuments', { conferenceId: conference.id, draft: true });
      expect(draft).toMatchObject({ ok: true, value: { cancelled: false, receipt: { warnings: refused.leaks } } });
    } finally {
      await host.close();
    }
  });

  it('export to a new folder under the data folder when none is chosen, and refuse a folder named by the page or an unknown id', async () => {
    const { handlers, dataFolder } = await services();
    await handlers.saveSettings(westbrookSettings); // the meeting has ended: this export is final
    const conference = westbrookForDocuments();
    await handlers.saveConference({ conference, basedOn: UNSAVED_REVISION });
    const exported = await handlers.exportDocuments({ conferenceId: conference.id });
    if (!exported.ok || exported.value.cancelled) throw new Error('not exported');
    expect(exported.value.receipt.folder.startsWith(join(dataFolder, 'exports', conference.id))).toBe(true);
    expect(await handlers.exportDocuments({ conferenceId: conference.id, folder: 'relative/path' })).toMatchObject({
      ok: false,
      code: 'invalid-request',
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
