import { z } from 'zod';
import { Conference, ConferenceType, Nation } from '../model/conference';
import type { MissingForFinal } from '../documents/final-check';
import type { DocumentLeak } from '../documents/guard';
import type { DocumentKind } from '../documents/types';
import type { Capture } from '../model/audience';
import type { ConferenceSummary } from '../model/factory';
import { EntityId, IsoDate } from '../model/primitives';
import { OrganisationSettings } from '../model/settings';
import type { ApiMethod } from './channels';
import type { SharedScreenView } from '../shared-screen/types';
import type { HolidayTable } from '../procedure/bank-holidays';
import type { BackupInfo, Result } from './result';

/**
 * The one contract between the UI and the main process. The Electron preload and the browser host both implement
 * it; the renderer cannot tell which it has. Requests are parsed with these schemas on the main side, whatever the
 * transport, because the renderer is the less trusted side.
 */

export const NewConferenceRequest = z.object({ type: ConferenceType, nation: Nation, date: IsoDate });
export const ConferenceRef = z.object({ id: EntityId });
export const BackupRef = z.object({
  id: EntityId,
  backup: z.string().regex(/^[0-9TZ-]+\.cpconf$/, { error: 'Choose one of the listed backups.' }),
});
export const BinRef = z.object({
  entry: z.string().regex(/^[A-Za-z0-9_-]+__[0-9TZ-]+\.cpconf$/, { error: 'Choose one of the listed entries.' }),
});

/**
 * The view for the shared screen. Its shape is defined by the TypeScript types in shared/shared-screen/types.ts and
 * built only by `sharedScreenView`; here main checks the envelope and bounds the size, rather than keeping a second
 * copy of every nested field that could drift from the first.
 */
export const SharedScreenViewEnvelope = z
  .object({
    mode: z.enum(['welcome', 'agenda', 'holding', 'read-back']),
    /** The conference the view was computed from; main shows it only while that conference is the open one. */
    conferenceId: EntityId.optional(),
    meetingName: z.string().max(500),
    zoom: z.number().min(0.5).max(3),
  })
  .loose();

export const YearSpan = z
  .object({ fromYear: z.number().int().min(2000).max(2100), toYear: z.number().int().min(2000).max(2100) })
  .refine((s) => s.toYear >= s.fromYear && s.toYear - s.fromYear <= 20, {
    error: 'Ask for at most 20 years, from the earlier year to the later.',
    path: ['toYear'],
  });

/**
 * A review conference built from an earlier one (shared/plan/review.ts): main reads the earlier conference, builds
 * the review and writes its file, so the earlier conference never has to travel to the window and back.
 */
export const StartReviewRequest = z.object({ previousId: EntityId, date: IsoDate });

/**
 * What would stop an export of a saved conference, asked before the chair presses Export (the check step): main
 * builds the documents' words from the saved conference with the organisation's saved settings, as the export does.
 * `draft` as for `ExportRequest`.
 */
export const ExportCheckRequest = z.object({ conferenceId: EntityId, draft: z.boolean().optional() });

/**
 * Export the documents of a saved conference. `draft` marks every page as a draft; by default documents are drafts
 * until the meeting has been ended. `chooseFolder` asks the user where to save them (Electron: a folder dialog shown
 * by main); without it, or where there is no dialog (the browser run), they go to a new folder under the data
 * folder. The page never names a folder: main writes only where the user chose or to its own folder, so it has no
 * path from the page to check. `showFolder` opens the folder in the system's file manager once the files are in it.
 *
 * Every export is checked by the leak guard first. A final export that would give someone words they must not have
 * writes nothing and fails with 'leak-found' and the leaks; a draft is written and carries them as `warnings`. A
 * final export that lacks what families rely on writes nothing and fails with 'missing-for-final' and `missing`; a
 * draft is written and carries them as `missingForFinal`. Both are checked before the folder dialog, so the chair is
 * not asked where to save documents that will not be written.
 */
export const ExportRequest = z.strictObject({
  conferenceId: EntityId,
  draft: z.boolean().optional(),
  chooseFolder: z.boolean().optional(),
  showFolder: z.boolean().optional(),
});

/** Names one state of a conference's file (opaque to the page); main sets it on every open, create and save. */
export const Revision = z.string().max(200);
/**
 * The revision of a conference that has no file yet: a save of a new conference (a review started from an earlier
 * one) is based on it, and main refuses that save as stale if a file with the id already exists.
 */
export const UNSAVED_REVISION = 'no-file';

/** A save names the revision it was based on, so a copy that is no longer current cannot write over newer work. */
export const SaveConferenceRequest = z.object({ conference: Conference, basedOn: Revision });

/**
 * Marks the type of a reply that has no runtime schema: a type only (the object is empty at run time), read back by
 * `ReplyOf`.
 */
declare const replyTypeMark: unique symbol;
export type ReplyType<T> = { readonly [replyTypeMark]: T };
function replyOf<T>(): ReplyType<T> {
  return {} as ReplyType<T>;
}

/** One row of the table below. */
type BridgeEntry = {
  request: z.ZodType | null;
  reply: z.ZodType | ReplyType<unknown>;
  /** A member of the request that the user's fields live in: problems are named from inside it. */
  fieldsWithin?: string;
};

export type EncryptionMode = 'os-keychain' | 'key-file' | 'injected';

export type AppStatus = {
  appVersion: string;
  dataFolder: string;
  encryption: EncryptionMode;
  /** Said plainly to the user when the operating system's key store could not protect the key. */
  encryptionWarning?: string;
  transport: 'electron' | 'browser';
  /**
   * Set when this process may only read: another copy of the app has the data folder open (it holds the lock). Said
   * plainly to the user, with who holds it, so that nobody types into a conference that cannot be saved.
   */
  readOnly?: string;
};

/**
 * The chair's window, asked before it closes or the app quits (main → window on `LifecycleChannels.closeRequested`):
 * every pending save has been written, or these edits could not be (labels of the fields, never what was typed).
 */
export type CloseReadiness = { saved: true } | { saved: false; unsaved: string[] };

export type UnreadableFile = {
  fileName: string;
  code: 'corrupt-file' | 'wrong-key' | 'newer-version';
  message: string;
};
export type ConferenceList = { conferences: ConferenceSummary[]; unreadable: UnreadableFile[] };
/**
 * `revision` names the state of the file this copy was read from (or last saved as). Every save sends the revision
 * it was based on; main refuses a save based on anything but the file's current revision ('stale-save'), so a copy
 * that another window or process has moved on from can never write over the newer work.
 */
export type OpenedConference = { conference: Conference; notices: string[]; revision: string };
export type SaveReceipt = {
  savedAt: string;
  /** The file's revision after this save: the next save is based on it. */
  revision: string;
  /**
   * Capture entries (time, agenda item, closed session) that main gave texts the window's copy had not stamped:
   * main stamps every save as a safety net, and keeps its earlier stamps when a copy without them is saved again.
   * Absent when there were none (the usual case: the window stamps first). The window may merge them under its own
   * (`{ ...stamped, ...captures }`) so that what it shows matches what was saved.
   */
  stamped?: Record<string, Capture>;
};
export type BinEntry = { entry: string; deletedAt: string; summary: ConferenceSummary | null };
export type ExportedDocument = {
  fileName: string;
  kind: DocumentKind;
  intendedFor: string;
  /** The names of the people this file is for (from the distribution list), so the chair knows whom to send it. */
  recipients: string[];
  bytes: number;
};
/**
 * What an export wrote, and earlier documents in the same folder that it did not replace (the user decides).
 * `warnings` are what the leak guard found in a draft (a draft is written anyway; a final export with any is not).
 * `missingForFinal` is what the final documents still need (how to complain and by when, the team's and the
 * out-of-hours numbers, the chair's name), each with where to fill it in: a draft is written without them, a final
 * export is not. Empty for a final export, which is refused when anything is missing.
 */
export type ExportReceipt = {
  folder: string;
  files: ExportedDocument[];
  staleFiles: string[];
  warnings: DocumentLeak[];
  missingForFinal: MissingForFinal[];
};

/**
 * What would stop a final export now: words someone must not have (`leaks`, as the leak guard reports them) and what
 * the final documents lack (`missingForFinal`). A draft is written despite both; a final export is not.
 */
export type ExportCheck = { leaks: DocumentLeak[]; missingForFinal: MissingForFinal[] };

/**
 * The answer to an export: the user closed the folder dialog without choosing (nothing was written, and that is not
 * a failure), or what was written and whether the folder could be shown in the file manager.
 */
export type ExportOutcome = { cancelled: true } | { cancelled: false; receipt: ExportReceipt; folderShown: boolean };

/**
 * The one table of the bridge: for each method, the schema its request is parsed with (null: it takes none) and
 * the type of its reply. Both sides are derived from it — `ConferenceApi` (what the page calls), `ServiceHandlers`
 * (what main implements, electron/services/handlers.ts) and the parse-then-call dispatch between them — so a
 * request or reply cannot change on one side without a type error on the other. A reply is a zod schema where one
 * is cheap to write, otherwise `replyOf<T>()`, which names the type and checks nothing (main builds every reply).
 */
export const bridgeContract = {
  appStatus: { request: null, reply: replyOf<AppStatus>() },
  listConferences: { request: null, reply: replyOf<ConferenceList>() },
  /** Creates and writes a new conference; the reply carries the revision the first save is based on. */
  createConference: { request: NewConferenceRequest, reply: replyOf<OpenedConference>() },
  /** Opening (or switching to) a conference also puts a neutral holding view on the shared screen. */
  openConference: { request: ConferenceRef, reply: replyOf<OpenedConference>() },
  /**
   * The chair's window has left the conference it had open: the shared screen holds and shows nothing of it.
   * `closed` says whether a conference was open. No argument: whichever conference was open, none is now.
   */
  closeConference: { request: null, reply: z.object({ closed: z.boolean() }) },
  /**
   * Writes the conference if `basedOn` is still the file's revision; otherwise refuses with 'stale-save'. A
   * refusal for invalid data names fields of the conference (`details.chair`), not of this envelope.
   */
  saveConference: { request: SaveConferenceRequest, reply: replyOf<SaveReceipt>(), fieldsWithin: 'conference' },
  deleteConference: { request: ConferenceRef, reply: replyOf<BinEntry>() },
  listBackups: { request: ConferenceRef, reply: replyOf<BackupInfo[]>() },
  /** The restored copy carries its revision, as an opened one does. */
  restoreBackup: { request: BackupRef, reply: replyOf<OpenedConference>() },
  /**
   * Starts the review that follows an earlier conference, in one step in main: reads the earlier conference, builds
   * the review from it and writes the review's new file (never over an existing one). The window then opens it as
   * any other. A refusal is the store's own: the earlier file cannot be read (not found, damaged, another key, a
   * newer version), or this copy may only read, or the disk refused the write.
   */
  startReview: { request: StartReviewRequest, reply: replyOf<ConferenceSummary>() },
  listBin: { request: null, reply: replyOf<BinEntry[]>() },
  restoreFromBin: { request: BinRef, reply: replyOf<ConferenceSummary>() },
  /** The bank holidays the UI counts working days with: computed once in main from date-holidays. */
  bankHolidayTable: { request: YearSpan, reply: replyOf<HolidayTable>() },
  /**
   * The chair's window → the shared screen: the view to show now (computed by `sharedScreenView` in the chair's
   * window). A view for a conference other than the open one is refused and the screen is left as it was.
   */
  publishSharedScreenView: { request: SharedScreenViewEnvelope, reply: z.object({ listeners: z.number() }) },
  /** Opens the shared screen: a second window (Electron, on the second display if there is one) or a page. */
  openSharedScreen: { request: null, reply: z.object({ opened: z.boolean() }) },
  /** The organisation's settings (defaults until saved): used in document headers, footers and contact sections. */
  getSettings: { request: null, reply: OrganisationSettings },
  /** Settings are saved without a revision: the receipt says only when. */
  saveSettings: { request: OrganisationSettings, reply: z.object({ savedAt: z.string() }) },
  /**
   * What would stop an export of the saved conference (the leaks and what the final documents lack), computed in
   * main with the document builders, which stay out of the chair's window. Writes nothing.
   */
  checkExport: { request: ExportCheckRequest, reply: replyOf<ExportCheck>() },
  /**
   * Writes the distribution set of a saved conference: the professional minute, the family members' minutes, the
   * family plan(s), the decision letter(s) and the restricted annex (when needed), each named by recipient. One call
   * asks where (when `chooseFolder`), writes, and shows the folder (when `showFolder`). A final export that the leak
   * guard stops writes nothing and fails with 'leak-found'; one that lacks what families rely on
   * (shared/documents/final-check.ts) writes nothing and fails with 'missing-for-final'.
   */
  exportDocuments: { request: ExportRequest, reply: replyOf<ExportOutcome>() },
} as const satisfies { [K in ApiMethod]: BridgeEntry };

type Contract = typeof bridgeContract;
type RequestSchemaOf<K extends ApiMethod> = Contract[K]['request'];

/** What the page sends for method K (before parsing: defaults may be left out). */
export type RequestOf<K extends ApiMethod> = RequestSchemaOf<K> extends z.ZodType ? z.input<RequestSchemaOf<K>> : never;
/** What main's handler for method K receives: the request after parsing, defaults filled in. */
export type ParsedRequestOf<K extends ApiMethod> =
  RequestSchemaOf<K> extends z.ZodType ? z.output<RequestSchemaOf<K>> : never;
/** What method K answers with when it succeeds. */
export type ReplyOf<K extends ApiMethod> = Contract[K]['reply'] extends z.ZodType
  ? z.output<Contract[K]['reply']>
  : Contract[K]['reply'] extends ReplyType<infer T>
    ? T
    : never;

/** The bridge as the page sees it, one function per method, from the table (each keeps the table's comment). */
export type ConferenceApi = {
  -readonly [K in keyof Contract]: RequestSchemaOf<K> extends z.ZodType
    ? (request: RequestOf<K>) => Promise<Result<ReplyOf<K>>>
    : () => Promise<Result<ReplyOf<K>>>;
};

/**
 * Main asks before the chair's window closes or the app quits (see `LifecycleChannels`): the page's listener
 * writes what is pending and answers. Electron only: the browser run asks with `beforeunload` instead.
 */
export type CloseRequests = {
  /** Registers the one answerer; returns a function that removes it. */
  onCloseRequested(listener: () => Promise<CloseReadiness>): () => void;
};

/** What the shared-screen window may do: read the current view and hear new ones. */
export type SharedScreenApi = {
  currentView(): Promise<Result<SharedScreenView | null>>;
  onView(listener: (view: SharedScreenView) => void): () => void;
};
