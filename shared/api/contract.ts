import { z } from 'zod';
import { Conference, ConferenceType, Nation } from '../model/conference';
import type { ConferenceSummary } from '../model/factory';
import { EntityId, IsoDate } from '../model/primitives';
import type { ApiMethod } from './channels';
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

/** Request schemas by method; `null` means the method takes no argument. */
export const requestSchemas = {
  appStatus: null,
  listConferences: null,
  createConference: NewConferenceRequest,
  openConference: ConferenceRef,
  saveConference: Conference,
  deleteConference: ConferenceRef,
  listBackups: ConferenceRef,
  restoreBackup: BackupRef,
  listBin: null,
  restoreFromBin: BinRef,
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
export type SaveReceipt = { savedAt: string };
export type BinEntry = { entry: string; deletedAt: string; summary: ConferenceSummary | null };

export type ConferenceApi = {
  appStatus(): Promise<Result<AppStatus>>;
  listConferences(): Promise<Result<ConferenceList>>;
  createConference(request: z.input<typeof NewConferenceRequest>): Promise<Result<Conference>>;
  openConference(ref: z.input<typeof ConferenceRef>): Promise<Result<OpenedConference>>;
  saveConference(conference: z.input<typeof Conference>): Promise<Result<SaveReceipt>>;
  deleteConference(ref: z.input<typeof ConferenceRef>): Promise<Result<BinEntry>>;
  listBackups(ref: z.input<typeof ConferenceRef>): Promise<Result<BackupInfo[]>>;
  restoreBackup(ref: z.input<typeof BackupRef>): Promise<Result<OpenedConference>>;
  listBin(): Promise<Result<BinEntry[]>>;
  restoreFromBin(ref: z.input<typeof BinRef>): Promise<Result<ConferenceSummary>>;
};

// Compile-time proof that the contract and the channel table name the same methods.
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : never;
export const contractMatchesChannels: SameKeys<ConferenceApi, typeof requestSchemas> = true;
