import { useEffect, useState } from 'react';
import type { ExportCheck } from '@shared/api/contract';
import type { Conference } from '@shared/model/conference';
import { bridge } from '../../bridge';
import { useAppStore } from '../../store';

export type ExportCheckState =
  | { phase: 'checking' }
  | ({ phase: 'done' } & ExportCheck)
  /** The check could not be made (the conference could not be read, say); the export makes it again. */
  | { phase: 'unavailable' };

/** How long the chair's changes must pause before the documents are checked again. */
const PAUSE_MS = 250;

/**
 * What would stop a final export (the leak guard's findings and what the final documents lack), asked of the main
 * process, which builds the documents, so the chair sees it before pressing Export. The pending save is written
 * first, so main checks what the chair sees; the check waits for a pause in the chair's changes to audiences, and
 * keeps showing the last answer while it asks again.
 */
export function useExportCheck(conference: Conference, draft: boolean): ExportCheckState {
  const settings = useAppStore((s) => s.settings);
  const flushSave = useAppStore((s) => s.flushSave);
  const [check, setCheck] = useState<ExportCheckState>({ phase: 'checking' });
  useEffect(() => {
    let live = true;
    setCheck((c) => (c.phase === 'done' ? c : { phase: 'checking' }));
    const ask = async () => {
      await flushSave();
      const answer = await bridge.checkExport({ conferenceId: conference.id, draft });
      if (live) setCheck(answer.ok ? { phase: 'done', ...answer.value } : { phase: 'unavailable' });
    };
    const timer = setTimeout(() => {
      ask().catch(() => {
        if (live) setCheck({ phase: 'unavailable' });
      });
    }, PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // Settings are read by main from what was saved; a change saved in this window is a reason to ask again.
  }, [conference, settings, draft, flushSave]);
  return check;
}
