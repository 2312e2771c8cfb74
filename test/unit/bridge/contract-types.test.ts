import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { BridgeEndpoints, ServiceHandlers } from '../../../electron/services/handlers';
import type {
  BackupRef,
  ConferenceApi,
  ExportCheck,
  ExportOutcome,
  NewConferenceRequest,
  OpenedConference,
  SaveConferenceRequest,
  SaveReceipt,
} from '@shared/api/contract';
import type { ConferenceSummary } from '@shared/model/factory';
import type { Result } from '@shared/api/result';
import type { Conference } from '@shared/model/conference';

/**
 * Both sides of the bridge come from one table (shared/api/contract.ts). These checks are made by the compiler
 * (`tsc -p test`): a `@ts-expect-error` line that stopped being an error would itself fail the type check, so
 * each proves that a handler or a call that no longer matches the table cannot compile.
 */
describe('the bridge is typed end to end from one table', () => {
  it('gives each handler the parsed request of its method, and the page the unparsed one', () => {
    expectTypeOf<Parameters<ServiceHandlers['saveConference']>>().toEqualTypeOf<
      [z.output<typeof SaveConferenceRequest>]
    >();
    expectTypeOf<Parameters<ServiceHandlers['restoreBackup']>>().toEqualTypeOf<[z.output<typeof BackupRef>]>();
    expectTypeOf<Parameters<ServiceHandlers['listBin']>>().toEqualTypeOf<[]>();
    expectTypeOf<Parameters<ConferenceApi['createConference']>>().toEqualTypeOf<
      [z.input<typeof NewConferenceRequest>]
    >();
    expectTypeOf<Parameters<ConferenceApi['saveConference']>[0]>().toEqualTypeOf<
      z.input<typeof SaveConferenceRequest>
    >();
    expectTypeOf<ReturnType<ConferenceApi['saveConference']>>().toEqualTypeOf<Promise<Result<SaveReceipt>>>();
    expectTypeOf<ReturnType<ServiceHandlers['createConference']>>().toEqualTypeOf<Promise<Result<OpenedConference>>>();
    // What a transport calls takes anything (it arrived over IPC or HTTP) and answers as the handler does.
    expectTypeOf<Parameters<BridgeEndpoints['openConference']>>().toEqualTypeOf<[unknown]>();
    expectTypeOf<ReturnType<BridgeEndpoints['openConference']>>().toEqualTypeOf<
      ReturnType<ConferenceApi['openConference']>
    >();
  });

  it('refuses a handler whose argument type differs from the table', () => {
    const saved: Result<SaveReceipt> = { ok: true, value: { savedAt: 'now', revision: 'r2' } };
    // The save handler as it was before revisions: the bare conference. The table says { conference, basedOn }.
    // @ts-expect-error a handler's argument type cannot change without the table changing
    const oldSave: ServiceHandlers['saveConference'] = async (conference: Conference) =>
      conference.id ? saved : saved;
    // A handler that expects a field the request does not have.
    // @ts-expect-error the table's restoreBackup request has no `when`
    const wrongRestore: ServiceHandlers['restoreBackup'] = async (r: { id: string; backup: string; when: number }) =>
      r.when ? { ok: false, code: 'internal', message: '' } : { ok: false, code: 'internal', message: '' };
    // A handler that answers with the wrong reply.
    // @ts-expect-error closeConference answers { closed: boolean }
    const wrongReply: ServiceHandlers['closeConference'] = async () => ({ ok: true, value: { closed: 'yes' } });
    // The right shapes compile.
    const rightSave: ServiceHandlers['saveConference'] = async (r) => (r.basedOn && r.conference.id ? saved : saved);
    expectTypeOf(rightSave).toEqualTypeOf<ServiceHandlers['saveConference']>();
    void [oldSave, wrongRestore, wrongReply];
  });

  it('refuses a page call that does not match the table', () => {
    const call = (api: ConferenceApi, conference: Conference) => {
      // @ts-expect-error a save must name the revision it was based on
      void api.saveConference(conference);
      // @ts-expect-error a save carries the conference in `conference`
      void api.saveConference({ basedOn: 'r1' });
      void api.saveConference({ conference, basedOn: 'r1' });
      // @ts-expect-error listBin takes no request
      void api.listBin({});
    };
    expectTypeOf(call).toBeFunction();
  });

  it('makes starting a review and exporting one call each, with no folder from the page', () => {
    expectTypeOf<Parameters<ConferenceApi['startReview']>>().toEqualTypeOf<[{ previousId: string; date: string }]>();
    expectTypeOf<ReturnType<ConferenceApi['startReview']>>().toEqualTypeOf<Promise<Result<ConferenceSummary>>>();
    expectTypeOf<ReturnType<ConferenceApi['checkExport']>>().toEqualTypeOf<Promise<Result<ExportCheck>>>();
    expectTypeOf<ReturnType<ConferenceApi['exportDocuments']>>().toEqualTypeOf<Promise<Result<ExportOutcome>>>();
    const call = (api: ConferenceApi) => {
      void api.exportDocuments({ conferenceId: 'conf_1', draft: true, chooseFolder: true, showFolder: true });
      // @ts-expect-error the page cannot name a folder: main's own dialog says where
      void api.exportDocuments({ conferenceId: 'conf_1', folder: '/etc' });
      // @ts-expect-error the round trips that export and starting a review took are gone from the bridge
      void api.chooseExportFolder();
      // @ts-expect-error a review is started from the earlier conference's id, not from a conference sent back
      void api.startReview({ conference: {}, date: '2027-07-27' });
    };
    expectTypeOf(call).toBeFunction();
  });
});
