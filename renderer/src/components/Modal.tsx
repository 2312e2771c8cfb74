import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal question or task on the native <dialog>: focus stays inside, Escape cancels, and the title names the
 * dialog for screen readers. Every dialog in the app is one of these.
 */
export function Modal({
  title,
  onClose,
  wide = false,
  full = false,
  children,
}: {
  title: string;
  onClose: () => void;
  wide?: boolean;
  /** Nearly the whole window, for a long review (the check before a final export). */
  full?: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={full ? 'dialog dialog--full' : wide ? 'dialog dialog--wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
