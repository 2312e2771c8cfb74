import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { SHORT_TEXT_MAX, TEXT_MAX } from '@shared/model/primitives';
import { useAppStore } from '../store';
import { drawLater } from '../store/drawn-later';

type FieldShellProps = {
  label: string;
  hint?: string;
  error?: string | null;
  /** Beside the label, outside it: who may see what is typed here (an AudienceControl). */
  aside?: ReactNode;
  children: (id: string, describedBy: string | undefined) => ReactNode;
};

/** Label, hint and error message beside every input, tied together for screen readers. */
export function FieldShell({ label, hint, error, aside, children }: FieldShellProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      {aside ? (
        <div className="field__label-row">
          <label htmlFor={id}>{label}</label>
          {aside}
        </div>
      ) : (
        <label htmlFor={id}>{label}</label>
      )}
      {hint && (
        <span className="field__hint" id={hintId}>
          {hint}
        </span>
      )}
      {children(id, describedBy)}
      {error && (
        <span className="field__error" id={errorId} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

type TextFieldProps = {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  hint?: string;
  multiline?: boolean;
  /** When given, a value that fails is shown with the message and not committed, so nothing else is disturbed. */
  schema?: z.ZodType;
  type?: 'text' | 'date' | 'time' | 'email' | 'tel';
  required?: boolean;
  name?: string;
  /** A problem found by a check across the record (e.g. a date of birth in the future). */
  problem?: string | undefined;
  /** Beside the label: who may see what is typed here. */
  aside?: ReactNode;
  /** The model's limit for this field: a one-line box holds short text, a box of several lines long text. */
  maxLength?: number;
};

export function TextField({
  label,
  value,
  onCommit,
  hint,
  multiline,
  schema,
  type = 'text',
  required,
  name,
  problem,
  aside,
  maxLength = multiline ? TEXT_MAX : SHORT_TEXT_MAX,
}: TextFieldProps) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  /**
   * What this field has committed and not yet seen come back as its value, oldest first. The screen around it may be
   * drawn a key press behind (store/shown-conference.tsx), so its value can come back as words typed a moment ago:
   * those are this field's own, not a change from outside, and must not take the newer words away.
   */
  const echoes = useRef<string[]>([]);
  const seen = useRef(value);
  // Follow outside changes (a restore, another field's edit) unless the user is mid-correction.
  useEffect(() => {
    // Only the message changed, on a commit still on its way back: the value drawn is older than what was typed.
    if (value === seen.current && echoes.current.length > 0) return;
    seen.current = value;
    const own = echoes.current.indexOf(value);
    if (own >= 0) {
      echoes.current = echoes.current.slice(own + 1);
      if (echoes.current.length > 0) return;
    } else echoes.current = [];
    if (!error) setDraft(value);
  }, [value, error]);

  const change = (next: string) => {
    setDraft(next);
    // Too long to save: said here, and not committed, so this field never stops the rest of the conference saving
    // (issue 13). Not cut short by the browser either (an input's maxlength drops the end of a paste without a word).
    if (next.length > maxLength) {
      setError(
        `This holds up to ${maxLength.toLocaleString('en-GB')} characters; it has ${next.length.toLocaleString('en-GB')}. ` +
          'Shorten it to save it.',
      );
      return;
    }
    if (required && next.trim() === '') {
      setError(`Enter ${label.toLowerCase()}.`);
      return;
    }
    if (schema && next !== '') {
      const parsed = schema.safeParse(next);
      if (!parsed.success) {
        setError(parsed.error.issues[0]?.message ?? 'Check this value.');
        return;
      }
    }
    setError(null);
    echoes.current.push(next);
    onCommit(next);
    // This box shows its own words already; the rest of the screen may catch up between keys.
    drawLater(useAppStore.getState().conference);
  };

  return (
    <FieldShell label={label} {...(hint ? { hint } : {})} error={error ?? problem ?? null} aside={aside}>
      {(id, describedBy) =>
        multiline ? (
          <textarea
            id={id}
            name={name}
            value={draft}
            aria-describedby={describedBy}
            aria-invalid={error || problem ? true : undefined}
            rows={4}
            onChange={(e) => change(e.target.value)}
          />
        ) : (
          <input
            id={id}
            name={name}
            type={type}
            value={draft}
            aria-describedby={describedBy}
            aria-invalid={error || problem ? true : undefined}
            onChange={(e) => change(e.target.value)}
          />
        )
      }
    </FieldShell>
  );
}

type SelectFieldProps<V extends string> = {
  label: string;
  value: V;
  problem?: string | undefined;
  options: ReadonlyArray<{ value: V; label: string }>;
  onCommit: (value: V) => void;
  hint?: string;
  name?: string;
};

export function SelectField<V extends string>({
  label,
  value,
  options,
  onCommit,
  hint,
  name,
  problem,
}: SelectFieldProps<V>) {
  return (
    <FieldShell label={label} {...(hint ? { hint } : {})} error={problem ?? null}>
      {(id, describedBy) => (
        <select
          id={id}
          name={name}
          value={value}
          aria-describedby={describedBy}
          onChange={(e) => onCommit(e.target.value as V)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
