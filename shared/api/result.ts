import type { MissingForFinal } from '../documents/final-check';
import type { DocumentLeak } from '../documents/guard';
import type { FieldProblem } from '../model/validation';

/**
 * Every reply across the bridge is a result object, never a thrown error: Electron's contextBridge keeps only an
 * Error's message, and the UI needs the code and the field to put a message beside the right input.
 */
export type ErrorCode =
  | 'invalid-request'
  | 'not-found'
  | 'corrupt-file'
  | 'wrong-key'
  | 'newer-version'
  /** This process may only read: another copy of the app holds the data folder (AppStatus.readOnly says who). */
  | 'read-only'
  /** A save based on a revision that is no longer the file's: refused, so newer work is never written over. */
  | 'stale-save'
  | 'storage-failed'
  | 'encryption-unavailable'
  /** A final export stopped by the leak guard: nothing was written; `leaks` says what, to whom, where. */
  | 'leak-found'
  /** A final export without what families rely on: nothing was written; `missing` says what and where to fill it in. */
  | 'missing-for-final'
  | 'internal';

export type Failure = {
  ok: false;
  code: ErrorCode;
  message: string;
  /** The first field at fault, for the form to highlight. */
  field?: string;
  problems?: FieldProblem[];
  /** Backups the user can restore from when a file could not be read. */
  backups?: BackupInfo[];
  /** Where an unreadable file was moved so that nothing is lost. */
  quarantinedAs?: string;
  /**
   * Why a final export was stopped ('leak-found'): each is words someone must not have, found in a document they
   * would receive. Plain data, so it crosses both transports (IPC's structured clone, the browser host's JSON).
   */
  leaks?: DocumentLeak[];
  /**
   * Why a final export was stopped ('missing-for-final'): each setting or field the final documents need, with where
   * to fill it in. Plain data, as `leaks`.
   */
  missing?: MissingForFinal[];
};

export type Result<T> = { ok: true; value: T } | Failure;

export type BackupInfo = { name: string; savedAt: string; sizeBytes: number };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(
  code: ErrorCode,
  message: string,
  extra: Partial<Omit<Failure, 'ok' | 'code' | 'message'>> = {},
): Failure {
  return { ok: false, code, message, ...extra };
}
