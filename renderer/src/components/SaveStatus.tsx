import { formatClock } from '../../../shared/format/dates';
import { useAppStore } from '../store';

/** "Saving…", "Saved at 10:42", or a plain failure message with a retry: always visible to the person typing. */
export function SaveStatus() {
  const saveState = useAppStore((s) => s.saveState);
  const flush = useAppStore((s) => s.flushSave);
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
