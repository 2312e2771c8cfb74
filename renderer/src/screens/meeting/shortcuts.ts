/**
 * Keyboard shortcuts of the meeting screen. Alt combinations work while typing in a note; the single keys only
 * when the focus is not in a text field. Letters are matched by physical key (event.code) so they work on any
 * keyboard layout, and none clash with Electron's menu mnemonics (Alt+F, E, V, W, H).
 */
export type Shortcut = { keys: string; does: string; code: string; alt: boolean; shift?: boolean };

export const MEETING_SHORTCUTS: readonly Shortcut[] = [
  { keys: 'Alt + ↓', does: 'Next agenda item', code: 'ArrowDown', alt: true },
  { keys: 'Alt + ↑', does: 'Previous agenda item', code: 'ArrowUp', alt: true },
  { keys: 'Alt + D', does: 'Mark this item done and go to the next', code: 'KeyD', alt: true },
  { keys: 'Alt + N', does: 'New note (puts the cursor in the note box)', code: 'KeyN', alt: true },
  { keys: 'Ctrl + Enter', does: 'Add the note you are typing', code: 'Enter', alt: false },
  { keys: 'Alt + R', does: 'Mark the note you are typing as restricted: annex only (or not)', code: 'KeyR', alt: true },
  { keys: 'Alt + A', does: 'Say who said it (type a name, pick from the list)', code: 'KeyA', alt: true },
  { keys: 'Alt + B, or B', does: 'Hold the shared screen / show it again', code: 'KeyB', alt: true },
  { keys: 'Alt + = / Alt + −', does: 'Larger / smaller text on the shared screen', code: 'Equal', alt: true },
  {
    keys: 'Alt + Page Down / Page Up',
    does: 'Scroll the read-back on the shared screen down / up',
    code: 'PageDown',
    alt: true,
  },
  { keys: '?', does: 'Show these shortcuts', code: 'Slash', alt: false, shift: true },
];

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
