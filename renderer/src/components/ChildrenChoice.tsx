import type { Child } from '@shared/model/conference';
import { capitalise, childName } from '@shared/wording/sentences';

type Props = {
  /** The household's children, in order. */
  children: readonly Child[];
  /** The children ticked; none means every child. */
  value: readonly string[];
  onChange: (childIds: string[]) => void;
  legend: string;
  /** What "none ticked" means, in the words of the thing chosen for ("About all the children"). */
  noneMeans: string;
  /** A check's message about the children chosen, shown even when there is only one child to choose. */
  problem?: string | undefined;
  /** Information about the children chosen (not a problem), shown the same way as a hint. */
  note?: string | undefined;
};

/**
 * Which children an outcome, action, danger statement or safety goal is about. With one child there is nothing to
 * choose, so only a check's message shows. None ticked means all the children, and the box says so, because an
 * empty list is easy to read as "nobody".
 */
export function ChildrenChoice({ children, value, onChange, legend, noneMeans, problem, note }: Props) {
  if (children.length <= 1) {
    return (
      <>
        {note && <p className="field__hint">{note}</p>}
        {problem && (
          <p className="field__error" role="alert">
            {problem}
          </p>
        )}
      </>
    );
  }
  return (
    <fieldset className="choices choices--inline">
      <legend>{legend}</legend>
      {children.map((c) => (
        <label key={c.id}>
          <input
            type="checkbox"
            checked={value.includes(c.id)}
            onChange={(e) => onChange(e.target.checked ? [...value, c.id] : value.filter((id) => id !== c.id))}
          />
          {capitalise(childName(c))}
        </label>
      ))}
      {value.length === 0 && <span className="field__hint">{noneMeans}</span>}
      {note && <span className="field__hint">{note}</span>}
      {problem && (
        <span className="field__error" role="alert">
          {problem}
        </span>
      )}
    </fieldset>
  );
}
