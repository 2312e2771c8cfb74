import { memo, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ukClock } from '../../../../shared/format/uk-time';
import type { NoteKind, Participant } from '../../../../shared/model/conference';
import { AudienceControl } from '../../components/AudienceControl';
import { capturedText } from '../../components/audience-data';
import { useAppStore } from '../../store';
import { openClosedSession } from '../../store/meeting-slice';
import { findParticipant, participantLabel } from './participant-names';

type Props = {
  itemKey: string;
  kind?: NoteKind;
  /** Whose names the type-ahead offers first (e.g. professionals for agency information). */
  attributeTo?: (p: Participant) => boolean;
  heading?: string;
};

/**
 * Notes for one agenda item: a composer that keeps what is typed to itself until it is added (so a long meeting
 * does not re-render on every keystroke), and the item's notes, each its own memoised row.
 */
export function NotesPanel({ itemKey, kind = 'note', attributeTo, heading = 'Notes' }: Props) {
  const noteIds = useAppStore(
    useShallow((s) =>
      (s.conference?.notes ?? []).filter((n) => n.itemKey === itemKey && n.kind === kind).map((n) => n.id),
    ),
  );
  return (
    <section className="notes" aria-label={heading}>
      <h3>{heading}</h3>
      <NoteComposer itemKey={itemKey} kind={kind} {...(attributeTo ? { attributeTo } : {})} />
      <ol className="notes__list">
        {noteIds.map((id) => (
          <NoteRow key={id} id={id} />
        ))}
      </ol>
    </section>
  );
}

export function NoteComposer({
  itemKey,
  kind,
  attributeTo,
}: {
  itemKey: string;
  kind: NoteKind;
  attributeTo?: (p: Participant) => boolean;
}) {
  const participants = useAppStore((s) => s.conference?.participants ?? []);
  const closed = useAppStore((s) => (s.conference ? openClosedSession(s.conference) !== undefined : false));
  const addNote = useAppStore((s) => s.addNote);
  const [text, setText] = useState('');
  const [who, setWho] = useState('');
  const [restricted, setRestricted] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const offered = attributeTo
    ? [...participants.filter(attributeTo), ...participants.filter((p) => !attributeTo(p))]
    : participants;

  const add = () => {
    if (!text.trim()) {
      setProblem('Type the note first.');
      return;
    }
    const person = findParticipant(participants, who);
    if (who.trim() && !person) {
      setProblem(`“${who}” is not a participant. Pick a name from the list, or add them under Setup → Participants.`);
      return;
    }
    addNote({ itemKey, kind, text, ...(person ? { participantId: person.id } : {}) }, { restricted });
    setText('');
    setRestricted(false);
    setProblem(null);
    textRef.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      add();
    }
  };

  return (
    <div className={closed || restricted ? 'composer composer--restricted' : 'composer'} onKeyDown={onKeyDown}>
      <label htmlFor={`${id}-text`} className="composer__label">
        New note{closed ? ' (closed session: restricted)' : ''}
      </label>
      <textarea
        id={`${id}-text`}
        ref={textRef}
        data-note-composer
        rows={3}
        value={text}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="composer__row">
        <label htmlFor={`${id}-who`}>Said by</label>
        <input
          id={`${id}-who`}
          data-note-attribution
          list={`${id}-people`}
          value={who}
          placeholder="Type a name"
          onChange={(e) => setWho(e.target.value)}
        />
        <datalist id={`${id}-people`}>
          {offered.map((p) => (
            <option key={p.id} value={participantLabel(p)} />
          ))}
        </datalist>
        <label className="composer__restricted">
          <input
            type="checkbox"
            data-note-restricted
            checked={restricted || closed}
            disabled={closed}
            onChange={(e) => setRestricted(e.target.checked)}
          />
          Restricted (annex only; Alt+R)
        </label>
        <button type="button" className="button--primary" onClick={add}>
          Add note
        </button>
      </div>
      {problem && (
        <p id={`${id}-problem`} className="field__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

const NoteRow = memo(function NoteRow({ id }: { id: string }) {
  const note = useAppStore((s) => s.conference?.notes.find((n) => n.id === id));
  const person = useAppStore((s) => s.conference?.participants.find((p) => p.id === note?.participantId));
  // The note's audience level (its choice, else the default: restricted when taken in a closed session).
  const level = useAppStore((s) =>
    s.conference ? capturedText(s.conference, `note:${id}`)?.audience.level : undefined,
  );
  const updateNote = useAppStore((s) => s.updateNote);
  const deleteNote = useAppStore((s) => s.deleteNote);
  const [editing, setEditing] = useState<string | null>(null);
  if (!note) return null;
  const restricted = level === 'restricted';
  return (
    <li className={restricted ? 'note note--restricted' : 'note'}>
      <div className="note__meta">
        <span>{ukClock(note.createdAt)}</span>
        <span>{person ? participantLabel(person) : 'Not attributed'}</span>
        {note.closedSessionId && (
          <span className="tag tag--restricted">{restricted ? 'Restricted · closed session' : 'Closed session'}</span>
        )}
        <AudienceControl textRef={`note:${note.id}`} what={`the note at ${ukClock(note.createdAt)}`} />
      </div>
      {editing === null ? (
        <p className="note__text">{note.text}</p>
      ) : (
        <textarea
          aria-label="Edit note"
          value={editing}
          rows={3}
          autoFocus
          onChange={(e) => setEditing(e.target.value)}
          onBlur={() => {
            if (editing.trim()) updateNote(note.id, { text: editing });
            setEditing(null);
          }}
        />
      )}
      <div className="note__actions">
        <button type="button" className="link-button" onClick={() => setEditing(note.text)}>
          Edit
        </button>
        <DeleteNote onDelete={() => deleteNote(note.id)} />
      </div>
    </li>
  );
});

function DeleteNote({ onDelete }: { onDelete: () => void }) {
  const [asking, setAsking] = useState(false);
  return asking ? (
    <span>
      Delete this note?{' '}
      <button type="button" className="link-button" onClick={onDelete}>
        Yes, delete
      </button>{' '}
      <button type="button" className="link-button" onClick={() => setAsking(false)}>
        Keep
      </button>
    </span>
  ) : (
    <button type="button" className="link-button" onClick={() => setAsking(true)}>
      Delete
    </button>
  );
}
