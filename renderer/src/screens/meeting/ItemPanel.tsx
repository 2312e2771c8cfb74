import { useState } from 'react';
import { itemProgress, type AgendaItemDefinition } from '@shared/agenda';
import type { Conference } from '@shared/model/conference';
import { AudienceControl } from '../../components/AudienceControl';
import { Modal } from '../../components/Modal';
import { useAppStore } from '../../store';
import { CapturePane, capturesNotesItself } from './CapturePane';
import { NotesPanel } from './NotesPanel';
import { Timers } from './Timers';

function SkipDialog({ item, onClose }: { item: AgendaItemDefinition; onClose: () => void }) {
  const skipItem = useAppStore((s) => s.skipItem);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Modal title={`Skip “${item.title}”?`} onClose={onClose}>
      <label htmlFor="skip-reason">Why is it not needed today? (for the minutes)</label>
      <textarea
        id="skip-reason"
        rows={2}
        value={reason}
        aria-describedby={problem ? 'skip-problem' : undefined}
        onChange={(e) => setReason(e.target.value)}
      />
      {problem && (
        <p id="skip-problem" className="field__error" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button--primary"
          onClick={() => {
            const p = skipItem(item.key, reason);
            if (p) setProblem(p.message);
            else onClose();
          }}
        >
          Skip item
        </button>
      </div>
    </Modal>
  );
}

export function ItemPanel({
  item,
  number,
  conference,
}: {
  item: AgendaItemDefinition;
  number: number;
  conference: Conference;
}) {
  const chairTools = useAppStore((s) => s.chairTools);
  const doneAndNext = useAppStore((s) => s.doneAndNext);
  const reopenItem = useAppStore((s) => s.reopenItem);
  const [skipping, setSkipping] = useState(false);
  const status = itemProgress(conference.agenda, item.key);
  return (
    <section className="item" aria-labelledby="item-title">
      <header className="item__header">
        <p className="item__number">
          Item {number}
          {status.status !== 'pending' &&
            ` · ${status.status === 'done' ? 'done' : `skipped: ${status.skippedReason}`}`}
        </p>
        {status.status === 'skipped' && (
          <AudienceControl textRef={`agenda:${item.key}:skipped`} what="why it was not taken" />
        )}
        <h2 id="item-title">{item.title}</h2>
        <p className="muted">
          On the shared screen: “{item.publicTitle}” — {item.publicSummary}
        </p>
        {chairTools && <Timers />}
        <div className="button-row">
          <button type="button" className="button--primary" onClick={() => doneAndNext()}>
            Done, next item (Alt+D)
          </button>
          {status.status === 'pending' ? (
            <button type="button" onClick={() => setSkipping(true)}>
              Skip…
            </button>
          ) : (
            <button type="button" onClick={() => reopenItem(item.key)}>
              Reopen
            </button>
          )}
        </div>
      </header>
      {chairTools && item.chairPrompts.length > 0 && (
        <details className="prompts" open>
          <summary>Chair prompts</summary>
          <ul>
            {item.chairPrompts.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </details>
      )}
      <CapturePane item={item} conference={conference} />
      {!capturesNotesItself(item) && <NotesPanel itemKey={item.key} />}
      {skipping && <SkipDialog item={item} onClose={() => setSkipping(false)} />}
    </section>
  );
}
