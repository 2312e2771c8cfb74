import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBrowserHost } from '../../../electron/host/browser-host';
import { createAppServices } from '../../../electron/services/app-services';
import { exportDocuments, MissingForFinalError } from '../../../electron/services/export';
import { silentLogger } from '../../../electron/services/logger';
import { missingForFinal, missingSettingsForFinal } from '@shared/documents/final-check';
import { DEFAULT_SETTINGS, type OrganisationSettings } from '@shared/model/settings';
import { postJson } from '../../helpers/post-json';
import { completeSettings } from '../../helpers/settings';
import { testKey, useTempFolders } from '../../helpers/temp';
import { amend } from '../shared-screen/westbrook';
import { docxText } from './read-back';
import { westbrookForDocuments } from './westbrook-documents';
import { UNSAVED_REVISION } from '@shared/api/contract';

/**
 * A final export needs what families rely on (issue #12): how to complain and by when, the team's and the
 * out-of-hours numbers, and the chair's name. Without them a final export writes nothing and names each, with where
 * to fill it in; a draft is written and says what is missing.
 */

const tempFolder = useTempFolders();
const without = (change: Partial<Record<keyof OrganisationSettings, unknown>>): OrganisationSettings =>
  ({ ...completeSettings, ...change }) as OrganisationSettings;
const noTimeLimit = (): OrganisationSettings => {
  const { complaintsTimeLimitDays: _dropped, ...rest } = completeSettings;
  return rest;
};
const chairless = () => amend(westbrookForDocuments(), (c) => void (c.details!.chair = '  '));

describe('what a final export needs', () => {
  it('is nothing more once the settings are complete and the chair is named', () => {
    expect(westbrookForDocuments().details.chair).not.toBe('');
    expect(missingForFinal(westbrookForDocuments(), completeSettings)).toEqual([]);
  });

  it('is all five with the default settings and no chair, each naming the setting and where to fill it in', () => {
    const missing = missingForFinal(chairless(), DEFAULT_SETTINGS);
    expect(missing.map((m) => m.key)).toEqual([
      'teamPhone',
      'outOfHoursPhone',
      'complaintsContact',
      'complaintsTimeLimitDays',
      'details.chair',
    ]);
    const said = Object.fromEntries(missing.map((m) => [m.key, m.message]));
    expect(said.teamPhone).toBe(
      'The team’s phone number is missing: fill it in at Settings → How families reach us: Team phone.',
    );
    expect(said.outOfHoursPhone).toBe(
      'The out-of-hours phone number is missing: fill it in at Settings → How families reach us: Out-of-hours phone.',
    );
    expect(said.complaintsContact).toContain('Settings → How families reach us: How to complain');
    expect(said.complaintsTimeLimitDays).toContain(
      'Settings → How families reach us: Time limit for a complaint (days)',
    );
    expect(said['details.chair']).toBe(
      'The chair’s name is missing: fill it in at Setup → Details: Chair, in this conference.',
    );
    for (const m of missing) expect(m.label.length).toBeGreaterThan(0);
  });

  it('finds each one missing on its own, and counts a box of spaces as empty', () => {
    expect(missingSettingsForFinal(without({ outOfHoursPhone: ' ' })).map((m) => m.key)).toEqual(['outOfHoursPhone']);
    expect(missingSettingsForFinal(without({ teamPhone: '' })).map((m) => m.key)).toEqual(['teamPhone']);
    expect(missingSettingsForFinal(without({ complaintsContact: '\n' })).map((m) => m.key)).toEqual([
      'complaintsContact',
    ]);
    expect(missingSettingsForFinal(noTimeLimit()).map((m) => m.key)).toEqual(['complaintsTimeLimitDays']);
    expect(missingForFinal(chairless(), completeSettings).map((m) => m.key)).toEqual(['details.chair']);
  });
});

describe('a final export without them', () => {
  for (const [what, settings, named] of [
    ['the out-of-hours number', without({ outOfHoursPhone: '' }), 'Out-of-hours phone'],
    ['the complaint route', without({ complaintsContact: '' }), 'How to complain'],
  ] as const) {
    it(`is refused without ${what}: the message names the setting, and nothing is written`, async () => {
      const folder = await tempFolder();
      await writeFile(join(folder, 'minute.docx'), 'the last good minute');
      const conference = westbrookForDocuments();
      expect(conference.agenda.meetingEndedAt).toBeDefined(); // so, without `draft`, this export is final

      const error = await exportDocuments(conference, settings, folder).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(MissingForFinalError);
      const refused = error as MissingForFinalError;
      expect(refused.message).toContain('not written');
      expect(refused.message).toContain(`Settings → How families reach us: ${named}`);
      expect(refused.missing).toHaveLength(1);
      expect(await readdir(folder)).toEqual(['minute.docx']);
      expect(await readFile(join(folder, 'minute.docx'), 'utf8')).toBe('the last good minute');

      const notYet = join(folder, 'not-yet-made');
      await expect(exportDocuments(conference, settings, notYet, { draft: false })).rejects.toThrow(named);
      await expect(stat(notYet)).rejects.toThrow();
    });
  }

  it('is refused without the chair’s name, saying where in the conference to fill it in', async () => {
    const folder = await tempFolder();
    await expect(exportDocuments(chairless(), completeSettings, folder)).rejects.toThrow('Setup → Details: Chair');
    expect(await readdir(folder)).toEqual([]);
  });

  it('is written as a draft, whose receipt says what is missing', async () => {
    const folder = await tempFolder();
    const settings = without({ outOfHoursPhone: '', complaintsContact: '' });
    const receipt = await exportDocuments(westbrookForDocuments(), settings, folder, { draft: true });
    expect((await readdir(folder)).sort()).toEqual(receipt.files.map((f) => f.fileName).sort());
    expect(receipt.missingForFinal.map((m) => m.key)).toEqual(['outOfHoursPhone', 'complaintsContact']);
    expect(receipt.missingForFinal[0]!.message).toContain('Settings → How families reach us: Out-of-hours phone');
    expect(await docxText(await readFile(join(folder, 'family-plan.docx')))).toContain('DRAFT');
  });

  it('is written as final, with nothing reported missing, once everything is there', async () => {
    const folder = await tempFolder();
    const receipt = await exportDocuments(westbrookForDocuments(), completeSettings, folder, { draft: false });
    expect(receipt.missingForFinal).toEqual([]);
    expect(await docxText(await readFile(join(folder, 'family-plan.docx')))).not.toContain('DRAFT');
  });
});

describe('the bridge', () => {
  it('refuses a final export with missing-for-final and what is missing, over both transports, and writes a draft that says so', async () => {
    const dataFolder = await tempFolder();
    const { handlers, sharedScreen } = await createAppServices({
      dataFolder,
      dataKey: { key: testKey(), mode: 'injected' },
      transport: 'browser',
      appVersion: 'test',
      logger: silentLogger,
    });
    expect((await handlers.saveSettings(without({ outOfHoursPhone: '' }))).ok).toBe(true);
    const conference = westbrookForDocuments();
    expect((await handlers.saveConference({ conference, basedOn: UNSAVED_REVISION })).ok).toBe(true);

    const refused = await handlers.exportDocuments({ conferenceId: conference.id });
    expect(refused).toMatchObject({ ok: false, code: 'missing-for-final' });
    if (refused.ok) throw new Error('the export was not refused');
    expect(refused.message).toContain('Settings → How families reach us: Out-of-hours phone');
    expect(refused.missing?.map((m) => m.key)).toEqual(['outOfHoursPhone']);
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
      expect(await postJson(host, '/api/exportDocuments', { conferenceId: conference.id })).toEqual(refused);
      const draft = await postJson(host, '/api/exportDocuments', { conferenceId: conference.id, draft: true });
      expect(draft).toMatchObject({
        ok: true,
        value: { cancelled: false, receipt: { missingForFinal: refused.missing } },
      });
    } finally {
      await host.close();
    }
  });
});
