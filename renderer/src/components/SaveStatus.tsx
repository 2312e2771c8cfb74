import { formatClock } from '@shared/format/dates';
import { useAppStore } from '../store';

/**
 * "Saving…", "Saved at 10:42", or a plain message saying what was not saved and what to do: always visible to the
 * person typing.
 */
export function SaveStatus() {
  const saveState = useAppStore((s) => s.saveState);
  const readOnly = useAppStore((s) => s.readOnly);
  const flush = useAppStore((s) => s.flushSave);
  const reopen = useAppStore((s) => s.reopenConference);
  // Before any edit as well as after: nobody should type for an hour into a conference that cannot be saved.
  if (readOnly || saveState.phase === 'read-only')
    return (
      <span className="save-status save-status--failed" role="alert">
        Read only: nothing you change here will be saved.
        {/* The banner says why when the whole app may only read; a conference of its own says so here. */}
        {!readOnly && saveState.phase === 'read-only' && ` ${saveState.message}`}
      </span>
    );
  switch (saveState.phase) {
    case 'idle':
      return <span className="save-status" role="status" />;
    case 'pending':
    case 'saving':
      return (
        <span className="save-status" role="status">
          Saving…
        </span>
      );
    case 'saved':
      return (
        <span className="save-status save-status--ok" role="status">
          Saved at {formatClock(saveState.savedAt)}
        </span>
      );
    case 'retrying':
      return (
        <span className="save-status save-status--failed" role="alert">
          Not saved yet: {saveState.message} Trying again in {Math.round(saveState.retryInMs / 1000)} s. Your changes
          are still here.
        </span>
      );
    case 'stale':
      // Main's message says what happened and what to do; this adds since when, and the way back in.
      return (
        <span className="save-status save-status--failed" role="alert">
          {saveState.message ||
            'Not saved: another window or copy of the app saved this conference after this window opened it.'}{' '}
          Changes made here after {formatClock(saveState.lastWrittenAt)} are not saved.{' '}
          <button type="button" className="link-button" onClick={() => void reopen()}>
            Reopen the conference
          </button>
        </span>
      );
    case 'failed':
      if (saveState.restSaved)
        return (
          <span className="save-status save-status--failed" role="alert">
            Everything else is saved. Not saved until it is fixed: {saveState.message}
          </span>
        );
      return (
        <span className="save-status save-status--failed" role="alert">
          Not saved: {saveState.message} Your changes are still here.{' '}
          <button type="button" className="link-button" onClick={() => void flush()}>
            Try again
          </button>
        </span>
      );
  }
}
