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
import type { PresenterView } from '../presenter/types';
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
 * The view for the shared screen. Its shape is defined by the TypeScript types in shared/presenter/types.ts and
 * built only by `presenterView`; here main checks the envelope and bounds the size, rather than keeping a second
 * copy of every nested field that could drift from the first.
 */
export const PresenterViewEnvelope = z
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
 * Export the documents of a saved conference. `folder` is where to write them (an absolute path, normally chosen by
 * the user in a save dialog); without it they go to a new folder under the data folder. `draft` marks every page as
 * a draft; by default documents are drafts until the meeting has been ended.
 *
 * Every export is checked by the leak guard first. A final export that would give someone words they must not have
 * writes nothing and fails with 'leak-found' and the leaks; a draft is written and carries them as `warnings`. A
 * final export that lacks what families rely on writes nothing and fails with 'missing-for-final' and `missing`; a
 * draft is written and carries them as `missingForFinal`.
 */
export const ExportRequest = z.object({
  conferenceId: EntityId,
  folder: z.string().min(1).max(4096, { error: 'The folder path is too long.' }).optional(),
  draft: z.boolean().optional(),
});

export const FolderRef = z.object({ folder: z.string().min(1).max(4096) });

/** Request schemas by method; `null` means the method takes no argument. */
export const requestSchemas = {
  appStatus: null,
  listConferences: null,
  createConference: NewConferenceRequest,
  openConference: ConferenceRef,
  closeConference: null,
  saveConference: Conference,
  deleteConference: ConferenceRef,
  listBackups: ConferenceRef,
  restoreBackup: BackupRef,
  listBin: null,
  restoreFromBin: BinRef,
  bankHolidayTable: YearSpan,
  publishPresenterView: PresenterViewEnvelope,
  openPresenterWindow: null,
  getSettings: null,
  saveSettings: OrganisationSettings,
  exportDocuments: ExportRequest,
  chooseExportFolder: null,
  openFolder: FolderRef,
} as const satisfies Record<ApiMethod, z.ZodType | null>;

export type EncryptionMode = 'os-keychain' | 'key-file' | 'injected';

export type AppStatus = {
  appVersion: string;
  dataFolder: string;
  encryption: EncryptionMode;
  /** Said plainly to the user when the operating system's key store could not protect the key. */
  encryptionWarning?: string;
  transport: 'electron' | 'browser';
};

export type UnreadableFile = {
  fileName: string;
  code: 'corrupt-file' | 'wrong-key' | 'newer-version';
  message: string;
};
export type ConferenceList = { conferences: ConferenceSummary[]; unreadable: UnreadableFile[] };
export type OpenedConference = { conference: Conference; notices: string[] };
export type SaveReceipt = {
  savedAt: string;
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

export type ConferenceApi = {
  appStatus(): Promise<Result<AppStatus>>;
  listConferences(): Promise<Result<ConferenceList>>;
  createConference(request: z.input<typeof NewConferenceRequest>): Promise<Result<Conference>>;
  /** Opening (or switching to) a conference also puts a neutral holding view on the shared screen. */
  openConference(ref: z.input<typeof ConferenceRef>): Promise<Result<OpenedConference>>;
  /**
   * The chair's window has left the conference it had open: the shared screen holds and shows nothing of it.
   * `closed` says whether a conference was open. No argument: whichever conference was open, none is now.
   */
  closeConference(): Promise<Result<{ closed: boolean }>>;
  saveConference(conference: z.input<typeof Conference>): Promise<Result<SaveReceipt>>;
  deleteConference(ref: z.input<typeof ConferenceRef>): Promise<Result<BinEntry>>;
  listBackups(ref: z.input<typeof ConferenceRef>): Promise<Result<BackupInfo[]>>;
  restoreBackup(ref: z.input<typeof BackupRef>): Promise<Result<OpenedConference>>;
  listBin(): Promise<Result<BinEntry[]>>;
  restoreFromBin(ref: z.input<typeof BinRef>): Promise<Result<ConferenceSummary>>;
  /** The bank holidays the UI counts working days with: computed once in main from date-holidays. */
  bankHolidayTable(span: z.input<typeof YearSpan>): Promise<Result<HolidayTable>>;
  /**
   * Operator → the shared screen: the view to show now (computed by `presenterView` in the operator window). A view
   * for a conference other than the open one is refused and the screen is left as it was.
   */
  publishPresenterView(view: PresenterView): Promise<Result<{ listeners: number }>>;
  /** Opens the shared screen: a second window (Electron, on the second display if there is one) or a page. */
  openPresenterWindow(): Promise<Result<{ opened: boolean }>>;
  /** The organisation's settings (defaults until saved): used in document headers, footers and contact sections. */
  getSettings(): Promise<Result<OrganisationSettings>>;
  saveSettings(settings: z.input<typeof OrganisationSettings>): Promise<Result<SaveReceipt>>;
  /**
   * Writes the distribution set of a saved conference: the professional minute, the family members' minutes, the
   * family plan(s), the decision letter(s) and the restricted annex (when needed), each named by recipient. A final
   * export that the leak guard stops writes nothing and fails with 'leak-found'; one that lacks what families rely on
   * (shared/documents/final-check.ts) writes nothing and fails with 'missing-for-final'.
   */
  exportDocuments(request: z.input<typeof ExportRequest>): Promise<Result<ExportReceipt>>;
  /** Asks the user where to save documents (Electron: a folder dialog); null means "use the app's own folder". */
  chooseExportFolder(): Promise<Result<{ folder: string | null; cancelled: boolean }>>;
  /** Shows a folder the app has written documents to, in the system's file manager. */
  openFolder(ref: z.input<typeof FolderRef>): Promise<Result<{ opened: boolean }>>;
};

/** What the shared-screen window may do: read the current view and hear new ones. */
export type PresenterApi = {
  currentView(): Promise<Result<PresenterView | null>>;
  onView(listener: (view: PresenterView) => void): () => void;
};

// Compile-time proof that the contract and the channel table name the same methods.
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : never;
export const contractMatchesChannels: SameKeys<ConferenceApi, typeof requestSchemas> = true;
