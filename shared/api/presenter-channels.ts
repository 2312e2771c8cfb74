/**
 * The shared-screen window's own, smaller surface: it can read the current view and hear new ones, nothing else
 * (least privilege: the window on the wall cannot open or list conferences). Kept apart from channels.ts so that
 * the two preload bundles share no module: a sandboxed preload cannot load a shared chunk.
 */
export const PresenterChannels = {
  currentView: 'presenter:current-view',
  /** Main → presenter window: a new view to show. */
  viewEvent: 'presenter:view',
} as const;
