import { useState } from 'react';
import type { ExportReceipt } from '@shared/api/contract';
import { missingHeadline, type DocumentLeak, type MissingForFinal } from '@shared/api/export-check';
import type { Conference } from '@shared/model/conference';
import { bridge } from '../bridge';
import { Modal } from '../components/Modal';
import { useAppStore } from '../store';
import { useDecisionProblems } from './decisions/use-checks';
import { DistributionEditor } from './export/DistributionEditor';
import { LeakList } from './export/LeakList';
import { MissingList } from './export/MissingList';
import { RedactionPreview } from './export/RedactionPreview';
import { useExportCheck } from './export/use-export-check';

type Phase =
  | { step: 'ready' }
  /** The step before a final export: who receives what, what each copy leaves out, and what would leak. */
  | { step: 'check' }
  | { step: 'working'; what: string }
  | { step: 'done'; receipt: ExportReceipt; folderShown: boolean }
  | { step: 'failed'; message: string; leaks: DocumentLeak[]; missing: MissingForFinal[] };

/**
 * One action for all the documents: drafts during the meeting, finals after it. A final export goes through the
 * check first (issue #10, items 4–6): the chair sees who receives what, what each person's copy leaves out and
 * why, and any words that would reach someone who must not have them, and can change audiences from there.
 */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const conference = useAppStore((s) => s.conference);
  const flushSave = useAppStore((s) => s.flushSave);
  // Drafts while the meeting runs, finals once it has ended: read from the meeting as it is now (it may end or be
  // reopened while the dialog is open), until the chair ticks or unticks the box themselves.
  const [chosenDraft, setDraft] = useState<boolean | null>(null);
  const draft = chosenDraft ?? !conference?.agenda.meetingEndedAt;
  const [phase, setPhase] = useState<Phase>({ step: 'ready' });
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
    // One call: main asks where to save (its own folder dialog, none in the browser run), writes, and shows the folder.
    setPhase({ step: 'working', what: 'Choosing where to save, then writing the documents…' });
    const result = await bridge.exportDocuments({
      conferenceId: conference.id,
      draft,
      chooseFolder: true,
      showFolder: true,
    });
    if (!result.ok)
      return setPhase({
        step: 'failed',
        message: result.message,
        leaks: result.code === 'leak-found' ? (result.leaks ?? []) : [],
        missing: result.code === 'missing-for-final' ? (result.missing ?? []) : [],
      });
    if (result.value.cancelled) return setPhase({ step: draft ? 'ready' : 'check' });
    setPhase({ step: 'done', receipt: result.value.receipt, folderShown: result.value.folderShown });
  };

  const checking = phase.step === 'check';
  return (
    <Modal title={checking ? 'Check before exporting' : 'Export documents'} onClose={onClose} wide full={checking}>
      {phase.step === 'ready' && (
        <>
          <p>
            Writes the minute, the restricted annex (when there is restricted information), the family plans and the
            chair’s decision letters as Word documents, one set for each person on the distribution list.
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
          {!draft && (
            <p className="muted">
              Before the final documents are written you will see who receives what, and what each copy leaves out.
            </p>
          )}
        </>
      )}
      {phase.step === 'check' && <ExportCheck conference={conference} draft={draft} onExport={() => void run()} />}
      {phase.step === 'working' && (
        <p role="status" aria-live="polite">
          {phase.what}
        </p>
      )}
      {phase.step === 'failed' && (
        <div role="alert">
          {phase.missing.length > 0 ? (
            <>
              <p className="field__error">Not exported: {missingHeadline(phase.missing)}</p>
              <MissingList missing={phase.missing} tone="stop" />
              <p>Fill each of these in, then export again. Drafts can be written without them.</p>
            </>
          ) : (
            <p className="field__error">Not exported: {phase.message}</p>
          )}
          {phase.leaks.length > 0 && (
            <>
              <p>Change who sees each item below (or take the words out of it), then export again.</p>
              <LeakList leaks={phase.leaks} tone="stop" />
            </>
          )}
        </div>
      )}
      {phase.step === 'done' && <Done receipt={phase.receipt} folderShown={phase.folderShown} />}
      <div className="dialog__actions">
        {phase.step === 'check' && (
          <button type="button" className="dialog__back" onClick={() => setPhase({ step: 'ready' })}>
            Back
          </button>
        )}
        <button type="button" onClick={onClose}>
          Close
        </button>
        {phase.step === 'ready' && draft && (
          <>
            <button type="button" onClick={() => setPhase({ step: 'check' })}>
              Check who receives what
            </button>
            <button type="button" className="button--primary" onClick={() => void run()}>
              Export drafts
            </button>
          </>
        )}
        {phase.step === 'ready' && !draft && (
          <button type="button" className="button--primary" onClick={() => setPhase({ step: 'check' })}>
            Next: check each person’s copy
          </button>
        )}
        {phase.step === 'failed' && (
          <button
            type="button"
            className="button--primary"
            onClick={() => setPhase({ step: draft ? 'ready' : 'check' })}
          >
            {draft ? 'Try again' : 'Back to the check'}
          </button>
        )}
      </div>
    </Modal>
  );
}

/** The step before a final export: the distribution list, the redaction preview and the leak guard's findings. */
function ExportCheck({
  conference,
  draft,
  onExport,
}: {
  conference: Conference;
  draft: boolean;
  onExport: () => void;
}) {
  const check = useExportCheck(conference, draft);
  const leaks = check.phase === 'done' ? check.leaks : [];
  const missing = check.phase === 'done' ? check.missingForFinal : [];
  // A final export that would leak, or that lacks what families rely on, is refused by the main process anyway; say
  // so here, before the chair tries.
  const blocked = !draft && (leaks.length > 0 || missing.length > 0);
  return (
    <div className="export-check">
      <DistributionEditor conference={conference} />
      <RedactionPreview conference={conference} />
      <section className="export-section" aria-labelledby="leaks-title">
        <h3 id="leaks-title">Words that would reach the wrong person</h3>
        {check.phase === 'checking' && (
          <p role="status" className="muted">
            Checking the documents…
          </p>
        )}
        {check.phase === 'unavailable' && (
          <p className="muted">The documents could not be checked just now; the export checks them again.</p>
        )}
        {check.phase === 'done' && leaks.length === 0 && <p role="status">None found.</p>}
        {leaks.length > 0 && (
          <>
            <p className={draft ? 'callout callout--warning' : 'callout callout--warning leaks__stop'}>
              {draft
                ? 'Drafts can still be written, but these words would be in them.'
                : 'The final documents cannot be written until each of these is put right.'}
            </p>
            <LeakList leaks={leaks} tone={draft ? 'warn' : 'stop'} />
          </>
        )}
      </section>
      <section className="export-section" aria-labelledby="missing-title">
        <h3 id="missing-title">What the final documents need</h3>
        {check.phase === 'done' && missing.length === 0 && <p role="status">Everything is filled in.</p>}
        {missing.length > 0 && (
          <>
            <p className={draft ? 'callout callout--warning' : 'callout callout--warning leaks__stop'}>
              {draft
                ? 'Drafts can be written without these. Before the final export:'
                : 'The final documents cannot be written until each of these is filled in.'}
            </p>
            <MissingList missing={missing} tone={draft ? 'warn' : 'stop'} />
          </>
        )}
      </section>
      <div className="export-check__go">
        <button
          type="button"
          className="button--primary"
          disabled={blocked || check.phase === 'checking'}
          onClick={onExport}
        >
          {draft ? 'Export drafts' : 'Export final documents'}
        </button>
      </div>
    </div>
  );
}

function Done({ receipt, folderShown }: { receipt: ExportReceipt; folderShown: boolean }) {
  // A draft is written even when the leak guard finds something; a final export with any is refused instead.
  const warnings = receipt.warnings;
  return (
    <div role="status">
      <p>
        Saved in <code>{receipt.folder}</code>. {folderShown ? 'The folder has been opened.' : null}
      </p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col">Who it is for</th>
            <th scope="col">Send to</th>
          </tr>
        </thead>
        <tbody>
          {receipt.files.map((f) => (
            <tr key={f.fileName}>
              <td>{f.fileName}</td>
              <td>{f.intendedFor}</td>
              <td>{f.recipients.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {receipt.staleFiles.length > 0 && (
        <p className="callout callout--warning">
          Older documents in this folder were not replaced and may be out of date: {receipt.staleFiles.join(', ')}.
        </p>
      )}
      {warnings.length > 0 && (
        <div className="callout callout--warning">
          <p>These drafts hold words that must not reach the person named. Put each right before the final export:</p>
          <LeakList leaks={warnings} tone="warn" />
        </div>
      )}
      {receipt.missingForFinal.length > 0 && (
        <div className="callout callout--warning">
          <p>Before the final export:</p>
          <MissingList missing={receipt.missingForFinal} tone="warn" />
        </div>
      )}
    </div>
  );
}
