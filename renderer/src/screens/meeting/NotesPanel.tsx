import { andList } from '@shared/wording/sentences';
import { memo, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ukClock } from '@shared/format/uk-time';
import { keptFromSeparateSession, SEPARATE_SESSION_ITEM } from '@shared/audience/separate-session';
import type { Note, NoteKind, Participant } from '@shared/model/conference';
import { AudienceControl } from '../../components/AudienceControl';
import { capturedText } from '../../components/audience-data';
import { useAppStore } from '../../store';
import { openClosedSession } from '../../store/meeting-slice';
import { noteSaidByLabel, readSpeaker, speakerOptions } from './participant-names';

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
      {itemKey === SEPARATE_SESSION_ITEM && <KeptFromLine />}
      <NoteComposer itemKey={itemKey} kind={kind} {...(attributeTo ? { attributeTo } : {})} />
      <ol className="notes__list">
        {noteIds.map((id) => (
          <NoteRow key={id} id={id} />
        ))}
      </ol>
    </section>
  );
}

/** In a separate session, who the notes are kept from unless the chair opens a note to them. */
function KeptFromLine() {
  const names = useAppStore(
    useShallow((s) => {
      const c = s.conference;
      if (!c) return [];
      const kept = new Set(keptFromSeparateSession(c));
      return c.participants.filter((p) => kept.has(p.id)).map((p) => p.name.trim() || p.role || 'a family member');
    }),
  );
  if (names.length === 0) return null;
  return (
    <p className="muted" data-kept-from>
      Notes taken here are kept from {andList(names)}: they were not in this session. Change it on a note (its audience
      button) only if they may read it.
    </p>
  );
}

/** The names the "Said by" field offers, kept as one list of strings so typing a note does not rebuild it. */
function useSpeakerOptions(attributeTo?: (p: Participant) => boolean): string[] {
  return useAppStore(useShallow((s) => (s.conference ? speakerOptions(s.conference, attributeTo) : [])));
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
  const closed = useAppStore((s) => (s.conference ? openClosedSession(s.conference) !== undefined : false));
  const addNote = useAppStore((s) => s.addNote);
  const offered = useSpeakerOptions(attributeTo);
  const [text, setText] = useState('');
  const [who, setWho] = useState('');
  const [restricted, setRestricted] = useState(false);
  const [problem, setProblem] = useState<{ field: 'text' | 'who'; message: string } | null>(null);
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);

  const add = () => {
    if (!text.trim()) {
      setProblem({ field: 'text', message: 'Type the note first.' });
      return;
    }
    const conference = useAppStore.getState().conference;
    if (!conference) return;
    const speaker = readSpeaker(conference, who);
    if ('problem' in speaker) {
      setProblem({ field: 'who', message: speaker.problem });
      return;
    }
    addNote({ itemKey, kind, text, ...(speaker.saidBy ?? {}) }, { restricted });
    setText('');
    // Who said one note is not who says the next: the next note starts unattributed, so it cannot go to the
    // previous speaker by mistake.
    setWho('');
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
        aria-describedby={problem?.field === 'text' ? `${id}-problem` : undefined}
        aria-invalid={problem?.field === 'text' ? true : undefined}
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
          aria-describedby={problem?.field === 'who' ? `${id}-problem` : undefined}
          aria-invalid={problem?.field === 'who' ? true : undefined}
          onChange={(e) => setWho(e.target.value)}
        />
        <datalist id={`${id}-people`}>
          {offered.map((label) => (
            <option key={label} value={label} />
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
          {problem.message}
        </p>
      )}
    </div>
  );
}

/**
 * The notes by id, made once per list of notes: every row on the screen looks its note up on each change of the
 * store, and a long meeting has a thousand notes to search.
 */
const notesById = new WeakMap<readonly Note[], Map<string, Note>>();
function noteWithId(notes: readonly Note[], id: string): Note | undefined {
  let byId = notesById.get(notes);
  if (!byId) notesById.set(notes, (byId = new Map(notes.map((n) => [n.id, n]))));
  return byId.get(id);
}

const NoteRow = memo(function NoteRow({ id }: { id: string }) {
  const note = useAppStore((s) => (s.conference ? noteWithId(s.conference.notes, id) : undefined));
  const saidBy = useAppStore((s) => (s.conference && note ? noteSaidByLabel(s.conference, note) : ''));
  // The note's audience level (its choice, else the default: restricted when taken in a closed session).
  const level = useAppStore((s) =>
    s.conference ? capturedText(s.conference, `note:${id}`)?.audience.level : undefined,
  );
  const deleteNote = useAppStore((s) => s.deleteNote);
  const [editing, setEditing] = useState(false);
  if (!note) return null;
  const restricted = level === 'restricted';
  return (
    <li className={restricted ? 'note note--restricted' : 'note'}>
      <div className="note__meta">
        <span>{ukClock(note.createdAt)}</span>
        <span data-note-said-by>{saidBy || 'Not attributed'}</span>
        {note.closedSessionId && (
          <span className="tag tag--restricted">{restricted ? 'Restricted · closed session' : 'Closed session'}</span>
        )}
        <AudienceControl textRef={`note:${note.id}`} what={`the note at ${ukClock(note.createdAt)}`} />
      </div>
      {editing ? (
        <NoteEditor id={note.id} text={note.text} saidBy={saidBy} onDone={() => setEditing(false)} />
      ) : (
        <>
          <p className="note__text">{note.text}</p>
          <div className="note__actions">
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              Edit
            </button>
            <DeleteNote onDelete={() => deleteNote(note.id)} />
          </div>
        </>
      )}
    </li>
  );
});

/** Editing a note: its words and who said it, saved together (Ctrl+Enter), or left as they were (Escape). */
function NoteEditor({ id, text, saidBy, onDone }: { id: string; text: string; saidBy: string; onDone: () => void }) {
  const updateNote = useAppStore((s) => s.updateNote);
  const offered = useSpeakerOptions();
  const [words, setWords] = useState(text);
  const [who, setWho] = useState(saidBy);
  const [problem, setProblem] = useState<{ field: 'text' | 'who'; message: string } | null>(null);
  const field = useId();

  const save = () => {
    if (!words.trim()) {
      setProblem({ field: 'text', message: 'A note needs words. Type them, or delete the note instead.' });
      return;
    }
    const conference = useAppStore.getState().conference;
    if (!conference) return;
    // Who said it is checked only when it was changed: correcting the words of a note must never be refused because
    // the speaker's attendance was corrected since (the words are kept, with who said them).
    if (who === saidBy) {
      updateNote(id, { text: words });
      onDone();
      return;
    }
    const speaker = readSpeaker(conference, who);
    if ('problem' in speaker) {
      setProblem({ field: 'who', message: speaker.problem });
      return;
    }
    updateNote(id, { text: words, saidBy: speaker.saidBy });
    onDone();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onDone();
    }
  };

  return (
    <div className="composer note__edit" onKeyDown={onKeyDown}>
      <textarea
        aria-label="Edit note"
        value={words}
        rows={3}
        autoFocus
        aria-describedby={problem?.field === 'text' ? `${field}-problem` : undefined}
        aria-invalid={problem?.field === 'text' ? true : undefined}
        onChange={(e) => setWords(e.target.value)}
      />
      <div className="composer__row">
        <label htmlFor={`${field}-who`}>Said by</label>
        <input
          id={`${field}-who`}
          list={`${field}-people`}
          value={who}
          placeholder="Type a name, or leave empty"
          aria-describedby={problem?.field === 'who' ? `${field}-problem` : undefined}
          aria-invalid={problem?.field === 'who' ? true : undefined}
          onChange={(e) => setWho(e.target.value)}
        />
        <datalist id={`${field}-people`}>
          {offered.map((label) => (
            <option key={label} value={label} />
          ))}
        </datalist>
        <button type="button" className="button--primary" onClick={save}>
          Save note
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
      {problem && (
        <p id={`${field}-problem`} className="field__error" role="alert">
          {problem.message}
        </p>
      )}
    </div>
  );
}

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
