import { useEffect, useState } from 'react';
import type { Conference } from '../../../../shared/model/conference';
import { guardDocuments, type DocumentLeak } from '../../../../shared/documents/guard';
import { conferenceDeadlines } from '../../../../shared/procedure/deadlines';
import { useAppStore } from '../../store';

export type LeakCheck =
  | { phase: 'checking' }
  | { phase: 'done'; leaks: DocumentLeak[] }
  /** The check could not run here; the export runs it again in the main process. */
  | { phase: 'unavailable' };

/**
 * The leak guard over the documents the export would write, run in this window so the chair sees what would stop a
 * final export before pressing it. The document builders are loaded only when asked (they bring the Word library
 * with them), and the check waits for a pause in the chair's changes to audiences.
 */
export function useDocumentLeaks(conference: Conference, draft: boolean): LeakCheck {
  const settings = useAppStore((s) => s.settings);
  const [check, setCheck] = useState<LeakCheck>({ phase: 'checking' });
  useEffect(() => {
    let live = true;
    setCheck((c) => (c.phase === 'done' ? c : { phase: 'checking' }));
    const timer = setTimeout(() => {
      void import('../../../../shared/documents')
        .then(({ documentViews }) => {
          const deadlines = conferenceDeadlines(conference, settings.procedure.timescales);
          const leaks = guardDocuments(conference, documentViews(conference, settings, deadlines, { draft }));
          if (live) setCheck({ phase: 'done', leaks });
        })
        .catch(() => {
          if (live) setCheck({ phase: 'unavailable' });
        });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [conference, settings, draft]);
  return check;
}
