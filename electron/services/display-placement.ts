/**
 * Where the shared screen goes. Pure: main passes Electron's displays in and applies the answer.
 *
 * The rule, for a room with two or more displays:
 *  1. never the display the chair's window is on (the chair's notes must not appear on the shared screen);
 *  2. an external display before the laptop's own panel (`internal`), because the shared screen is a projector or a TV;
 *  3. then the one with the most pixels (width × height × scale factor, i.e. its native resolution): a projector or
 *     TV is usually the biggest picture in the room, a second desk monitor the smaller;
 *  4. ties go to the display furthest to the right, then the higher one, so the choice never depends on the order
 *     the operating system lists displays in.
 * With one display, the shared screen opens as a window on it (the chair can drag it to another display later).
 */

export type Rect = { x: number; y: number; width: number; height: number };
export type DisplayFacts = { id: number; bounds: Rect; workArea: Rect; scaleFactor: number; internal: boolean };

export type Placement =
  /** Full screen on a display of its own. */
  | { displayId: number; bounds: Rect; fullScreen: true }
  /** A window on the chair's display: there is no other display. */
  | { displayId: number; bounds: Rect; fullScreen: false };

/** The shared screen's size as a window (matches main/windows.ts). */
export const WINDOWED_SIZE = { width: 1280, height: 720 } as const;

export function chooseSharedScreenDisplay(
  displays: readonly DisplayFacts[],
  chairDisplayId: number,
): DisplayFacts | null {
  const others = displays.filter((d) => d.id !== chairDisplayId);
  const pixels = (d: DisplayFacts) => d.bounds.width * d.bounds.height * d.scaleFactor * d.scaleFactor;
  const ranked = [...others].sort(
    (a, b) =>
      Number(a.internal) - Number(b.internal) ||
      pixels(b) - pixels(a) ||
      b.bounds.x - a.bounds.x ||
      a.bounds.y - b.bounds.y ||
      a.id - b.id,
  );
  return ranked[0] ?? null;
}

/** A window of the shared screen's size, centred in the display's work area and never larger than it. */
export function windowedBounds(display: DisplayFacts): Rect {
  const area = display.workArea;
  const width = Math.min(WINDOWED_SIZE.width, area.width);
  const height = Math.min(WINDOWED_SIZE.height, area.height);
  return {
    x: area.x + Math.floor((area.width - width) / 2),
    y: area.y + Math.floor((area.height - height) / 2),
    width,
    height,
  };
}

export function sharedScreenPlacement(displays: readonly DisplayFacts[], chairDisplayId: number): Placement {
  const chosen = chooseSharedScreenDisplay(displays, chairDisplayId);
  if (chosen) return { displayId: chosen.id, bounds: { ...chosen.bounds }, fullScreen: true };
  const chair = displays.find((d) => d.id === chairDisplayId) ?? displays[0];
  if (!chair) throw new Error('There is no display to show the shared screen on.');
  return { displayId: chair.id, bounds: windowedBounds(chair), fullScreen: false };
}

/**
 * A display was unplugged. If the shared screen was on it, it comes back to the chair's display as a window (so
 * the chair sees it and can close or move it); otherwise nothing changes.
 */
export function placementAfterDisplayRemoved(
  removedDisplayId: number,
  sharedScreenDisplayId: number | null,
  remaining: readonly DisplayFacts[],
  chairDisplayId: number,
): Placement | null {
  if (sharedScreenDisplayId === null || removedDisplayId !== sharedScreenDisplayId) return null;
  const chair = remaining.find((d) => d.id === chairDisplayId) ?? remaining[0];
  if (!chair) return null;
  return { displayId: chair.id, bounds: windowedBounds(chair), fullScreen: false };
}
