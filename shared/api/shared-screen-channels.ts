/**
 * The shared-screen window's own, smaller surface: it can read the current view and hear new ones, nothing else
 * (least privilege: the shared-screen window cannot open or list conferences). Kept apart from channels.ts so that
 * the two preload bundles share no module: a sandboxed preload cannot load a shared chunk.
 */
export const SharedScreenChannels = {
  currentView: 'shared-screen:current-view',
  /** Main → shared-screen window: a new view to show. */
  viewEvent: 'shared-screen:view',
} as const;
