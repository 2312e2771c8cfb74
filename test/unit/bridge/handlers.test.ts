import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import { silentLogger } from '../../../electron/services/logger';
import { apiMethods } from '@shared/api/channels';
import { testKey, useTempFolders } from '../../helpers/temp';

describe('bridge handlers', () => {
  const tempFolder = useTempFolders();
  const services = async () =>
    createAppServices({
      dataFolder: await tempFolder(),
      dataKey: { key: testKey(), mode: 'injected' },
      transport: 'browser',
      appVersion: 'test',
      logger: silentLogger,
    });

  it('answers every method in the contract', async () => {
    const { handlers } = await services();
    expect(Object.keys(handlers).sort()).toEqual([...apiMethods].sort());
  });

  it('rejects a payload that fails the schema with a result naming the field, and keeps working', async () => {
    const { handlers } = await services();
    const bad = await handlers.createConference({ type: 'initial', nation: 'england', date: '01/12/2026' });
    expect(bad).toMatchObject({ ok: false, code: 'invalid-request', field: 'date' });
    expect(!bad.ok && bad.message).toMatch(/date: Enter a date as YYYY-MM-DD/);

    const created = await handlers.createConference({ type: 'initial', nation: 'england', date: '2026-12-01' });
    expect(created.ok).toBe(true);
    if (!created.ok) return;

    const { conference, revision } = created.value;
    const badSave = await handlers.saveConference({
      conference: { ...conference, children: [{ id: 'c1', givenName: 'Mia', dateOfBirth: '2021-13-01' }] },
      basedOn: revision,
    });
    // The field is named as the form knows it, inside the conference, not inside the request that carried it.
    expect(badSave).toMatchObject({ ok: false, code: 'invalid-request', field: 'children[0].dateOfBirth' });
    expect(!badSave.ok && badSave.message).toMatch(/^children\[0\]\.dateOfBirth: Enter a date as YYYY-MM-DD/);

    const goodSave = await handlers.saveConference({
      conference: { ...conference, details: { ...conference.details, reference: 'R1' } },
      basedOn: revision,
    });
    expect(goodSave.ok).toBe(true);
    const list = await handlers.listConferences(undefined);
    expect(list.ok && list.value.conferences[0]?.reference).toBe('R1');
  });

  it('an unexpected failure tells the chair what to do, never the exception (which may name files)', async () => {
    const { handlers, store } = await services();
    const created = await handlers.createConference({ type: 'initial', nation: 'england', date: '2026-12-01' });
    if (!created.ok) throw new Error(created.message);
    store.save = async () => {
      throw new Error("EBUSY: resource busy, open '/home/jade.ashdown/conference-chair/data/x.cpconf'");
    };
    const failed = await handlers.saveConference({
      conference: created.value.conference,
      basedOn: created.value.revision,
    });
    expect(failed).toMatchObject({ ok: false, code: 'internal' });
    expect(!failed.ok && failed.message).toMatch(/Your work on screen is still here; try again/);
    expect(!failed.ok && failed.message).toMatch(/send IT the log file/);
    expect(!failed.ok && failed.message).not.toMatch(/ashdown|EBUSY|conference:save/);
  });

  it('refuses a save that does not say which revision it was based on', async () => {
    const { handlers } = await services();
    const created = await handlers.createConference({ type: 'initial', nation: 'england', date: '2026-12-01' });
    if (!created.ok) throw new Error(created.message);
    const bare = await handlers.saveConference(created.value.conference);
    expect(bare).toMatchObject({ ok: false, code: 'invalid-request' });
    const noBase = await handlers.saveConference({ conference: created.value.conference });
    expect(noBase).toMatchObject({ ok: false, code: 'invalid-request', field: 'basedOn' });
  });

  it('passes the base revision to the store: a second save from the same copy is refused as stale', async () => {
    const { handlers } = await services();
    const created = await handlers.createConference({ type: 'initial', nation: 'england', date: '2026-12-01' });
    if (!created.ok) throw new Error(created.message);
    const { conference, revision } = created.value;
    const first = await handlers.saveConference({
      conference: { ...conference, details: { ...conference.details, reference: 'From window A' } },
      basedOn: revision,
    });
    if (!first.ok) throw new Error(first.message);
    expect(first.value.revision).not.toBe(revision);
    const stale = await handlers.saveConference({
      conference: { ...conference, details: { ...conference.details, reference: 'From window B' } },
      basedOn: revision,
    });
    expect(stale).toMatchObject({ ok: false, code: 'stale-save' });
    const opened = await handlers.openConference({ id: conference.id });
    expect(opened.ok && opened.value.conference.details.reference).toBe('From window A');
    expect(opened.ok && opened.value.revision).toBe(first.value.revision);
  });

  it('refuses things that are not requests at all', async () => {
    const { handlers } = await services();
    for (const payload of [null, 'x', 42, [], { id: '../../etc/passwd' }]) {
      const r = await handlers.openConference(payload);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.code).toBe('invalid-request');
    }
    const traversal = await handlers.restoreBackup({ id: 'conf_1', backup: '../../key.cpconf' });
    expect(!traversal.ok && traversal.field).toBe('backup');
  });

  it('reports the encryption mode in the app status', async () => {
    const { handlers } = await services();
    const status = await handlers.appStatus(undefined);
    expect(status).toMatchObject({ ok: true, value: { encryption: 'injected', transport: 'browser' } });
  });
});
