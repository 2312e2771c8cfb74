import { useState } from 'react';
import type { ExportReceipt } from '../../../shared/api/contract';
import { bridge } from '../bridge';
import { Modal } from '../components/Modal';
import { useAppStore } from '../store';
import { useDecisionProblems } from './decisions/use-checks';

type Phase =
  | { step: 'ready' }
  | { step: 'working'; what: string }
  | { step: 'done'; receipt: ExportReceipt }
  | { step: 'failed'; message: string };

/** One action for all the documents: drafts during the meeting, finals after it. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const conference = useAppStore((s) => s.conference);
  const flushSave = useAppStore((s) => s.flushSave);
  const [draft, setDraft] = useState(() => !conference?.agenda.meetingEndedAt);
  const [phase, setPhase] = useState<Phase>({ step: 'ready' });
  const [opened, setOpened] = useState<string | null>(null);
  const problems = useDecisionProblems(conference!);
  if (!conference) return null;
  const unfinished = [
    'review.nextReviewOn',
    'coreGroup.firstMeetingOn',
    'plan.actions',
    ...conference.children.map((_, i) => `children[${i}].decision`),
  ]
    .map((f) => problems(f))
    .filter((m): m is string => Boolean(m));

  const run = async () => {
    setPhase({ step: 'working', what: 'Saving the latest changes…' });
    await flushSave();
    setPhase({ step: 'working', what: 'Choosing where to save…' });
    const chosen = await bridge.chooseExportFolder();
    if (!chosen.ok) return setPhase({ step: 'failed', message: chosen.message });
    if (chosen.value.cancelled) return setPhase({ step: 'ready' });
    setPhase({ step: 'working', what: 'Writing the documents…' });
    const result = await bridge.exportDocuments({
      conferenceId: conference.id,
      draft,
      ...(chosen.value.folder ? { folder: chosen.value.folder } : {}),
    });
    if (!result.ok) return setPhase({ step: 'failed', message: result.message });
    setPhase({ step: 'done', receipt: result.value });
    const shown = await bridge.openFolder({ folder: result.value.folder });
    setOpened(shown.ok && shown.value.opened ? 'The folder has been opened.' : null);
  };

  return (
    <Modal title="Export documents" onClose={onClose} wide>
      {phase.step === 'ready' && (
        <>
          <p>
            Writes the minute, the restricted annex (when there is restricted information), the family plan and the
            chair’s decision letter as Word documents.
          </p>
          {unfinished.length > 0 && (
            <div className="callout callout--warning">
              <p>Not finished yet:</p>
              <ul>
                {unfinished.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </div>
          )}
          <label className="checkbox">
            <input type="checkbox" checked={draft} onChange={(e) => setDraft(e.target.checked)} />
            Draft (marked DRAFT on every page)
          </label>
        </>
      )}
      {phase.step === 'working' && (
        <p role="status" aria-live="polite">
          {phase.what}
        </p>
      )}
      {phase.step === 'failed' && (
        <p role="alert" className="field__error">
          Not exported: {phase.message}
        </p>
      )}
      {phase.step === 'done' && (
        <div role="status">
          <p>
            Saved in <code>{phase.receipt.folder}</code>. {opened}
          </p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Who it is for</th>
              </tr>
            </thead>
            <tbody>
              {phase.receipt.files.map((f) => (
                <tr key={f.fileName}>
                  <td>{f.fileName}</td>
                  <td>{f.intendedFor}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {phase.receipt.staleFiles.length > 0 && (
            <p className="callout callout--warning">
              Older documents in this folder were not replaced and may be out of date:{' '}
              {phase.receipt.staleFiles.join(', ')}.
            </p>
          )}
        </div>
      )}
      <div className="dialog__actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
        {(phase.step === 'ready' || phase.step === 'failed') && (
          <button type="button" className="button--primary" onClick={() => void run()}>
            {draft ? 'Export drafts' : 'Export documents'}
          </button>
        )}
      </div>
    </Modal>
  );
}
