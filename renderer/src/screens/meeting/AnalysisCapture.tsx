import { useId, useState } from 'react';
import type { Conference, SafetyGoal, Strength, Worry } from '@shared/model/conference';
import { newId } from '@shared/model/ids';
import { quote } from '@shared/audience/captured';
import { RESTRICTED } from '@shared/model/audience';
import { AudienceControl } from '../../components/AudienceControl';
import { capturedText } from '../../components/audience-data';
import { useAppStore } from '../../store';
import { ChildrenChoice } from '../../components/ChildrenChoice';

type Column = 'worries' | 'strengths' | 'safetyGoals';
type Entry = Worry | Strength | SafetyGoal;

/** The prefix of each column's references in `captures` (shared/audience/captured.ts). */
const refPrefix: Record<Column, string> = { worries: 'worry', strengths: 'strength', safetyGoals: 'safetyGoal' };

const columns: Array<{ key: Column; title: string; kinds: Array<{ value: string; label: string }> }> = [
  {
    key: 'worries',
    title: 'What are we worried about?',
    kinds: [
      { value: 'harm', label: 'Harm (what has happened)' },
      { value: 'danger-statement', label: 'Danger statement (what could happen)' },
      { value: 'complicating-factor', label: 'Complicating factor' },
    ],
  },
  {
    key: 'strengths',
    title: 'What is working well?',
    kinds: [
      { value: 'strength', label: 'Strength' },
      { value: 'existing-safety', label: 'Existing safety' },
    ],
  },
  { key: 'safetyGoals', title: 'What needs to happen?', kinds: [{ value: 'goal', label: 'Safety goal' }] },
];

function AddEntry({ column }: { column: (typeof columns)[number] }) {
  const edit = useAppStore((s) => s.editConference);
  const [text, setText] = useState('');
  const [kind, setKind] = useState(column.kinds[0]!.value);
  const [restricted, setRestricted] = useState(false);
  const id = useId();
  const add = () => {
    if (!text.trim()) return;
    const base = { id: newId('an'), text: text.trim(), childIds: [] };
    edit((c) => ({
      ...c,
      analysis: {
        ...c.analysis,
        [column.key]: [...c.analysis[column.key], column.key === 'safetyGoals' ? base : { ...base, kind }],
      },
      // Ticked before adding: straight to the restricted annex, never on the board the family sees.
      captures: restricted
        ? { ...c.captures, [`${refPrefix[column.key]}:${base.id}`]: { audience: RESTRICTED } }
        : c.captures,
    }));
    setText('');
    setRestricted(false);
  };
  return (
    <div className="board__add">
      <label htmlFor={`${id}-text`} className="visually-hidden">
        Add to “{column.title}”
      </label>
      <textarea
        id={`${id}-text`}
        rows={2}
        value={text}
        placeholder="Add…"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            add();
          }
        }}
      />
      <div className="board__add-row">
        {column.kinds.length > 1 && (
          <select aria-label="Kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            {column.kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        )}
        <label className="composer__restricted">
          <input type="checkbox" checked={restricted} onChange={(e) => setRestricted(e.target.checked)} /> Restricted
        </label>
        <button type="button" onClick={add}>
          Add
        </button>
      </div>
    </div>
  );
}

/** Danger statements and safety goals are said about a child or children ("If Sam is left with…"); the rest of the board is about the family. */
function aboutChildren(column: Column, entry: Entry): boolean {
  return column === 'safetyGoals' || ('kind' in entry && entry.kind === 'danger-statement');
}

function kindLabel(column: (typeof columns)[number], entry: Entry): string {
  const kind = 'kind' in entry ? entry.kind : 'goal';
  return column.kinds.find((k) => k.value === kind)?.label.replace(/ \(.*\)$/, '') ?? '';
}

/** The Signs of Safety board the family sees forming on the shared screen (entries not for everyone stay off it). */
export function AnalysisCapture({ conference }: { conference: Conference }) {
  const edit = useAppStore((s) => s.editConference);
  const remove = (column: Column, id: string) =>
    edit((c) => ({
      ...c,
      analysis: { ...c.analysis, [column]: (c.analysis[column] as Entry[]).filter((e) => e.id !== id) },
    }));
  const setChildren = (column: Column, id: string, childIds: string[]) =>
    edit((c) => ({
      ...c,
      analysis: {
        ...c.analysis,
        [column]: (c.analysis[column] as Entry[]).map((e) => (e.id === id ? { ...e, childIds } : e)),
      },
    }));
  return (
    <div className="board">
      {columns.map((column) => (
        <section key={column.key} className={`board__column board__column--${column.key}`} aria-label={column.title}>
          <h3>{column.title}</h3>
          <ul>
            {(conference.analysis[column.key] as Entry[]).map((entry) => {
              const ref = `${refPrefix[column.key]}:${entry.id}`;
              const shown = capturedText(conference, ref)?.audience;
              // Off the board the family sees: anything not for everyone, or withheld from someone in the room.
              const offSharedScreen =
                shown !== undefined && (shown.level !== 'everyone' || shown.withheldFrom.length > 0);
              return (
                <li
                  key={entry.id}
                  className={offSharedScreen ? 'board__entry board__entry--restricted' : 'board__entry'}
                >
                  <span className="board__kind">{kindLabel(column, entry)}</span>
                  <AudienceControl
                    textRef={ref}
                    what={`${kindLabel(column, entry).toLowerCase()} ${quote(entry.text, 32)}`}
                  />
                  <p>{entry.text}</p>
                  {aboutChildren(column.key, entry) && (
                    <ChildrenChoice
                      children={conference.children}
                      value={entry.childIds}
                      legend="About"
                      noneMeans="None ticked: about all the children."
                      onChange={(childIds) => setChildren(column.key, entry.id, childIds)}
                    />
                  )}
                  <button type="button" className="link-button" onClick={() => remove(column.key, entry.id)}>
                    Remove
                  </button>
                </li>
              );
            })}
          </ul>
          <AddEntry column={column} />
        </section>
      ))}
    </div>
  );
}
