/**
 * The change to the conference that the screens may draw a moment later (store/shown-conference.tsx): a key typed in
 * a text box (the box shows its own words at once), or a move to another agenda item (the shared screen is sent the
 * new item at once). Any other change, a box ticked or an option chosen, is drawn straight away, so that the box or
 * the option never shows its old state in the meantime.
 */
let drawnLater: unknown = null;

/** Says that the conference now in the store is one the screens may draw a moment later. */
export function drawLater(conference: unknown): void {
  drawnLater = conference;
}

export function isDrawnLater(conference: unknown): boolean {
  return conference !== null && conference === drawnLater;
}
