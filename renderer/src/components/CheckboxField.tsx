import { useId } from 'react';

export function CheckboxField({
  label,
  checked,
  onCommit,
  hint,
}: {
  label: string;
  checked: boolean;
  onCommit: (v: boolean) => void;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onCommit(e.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}
