import { screen, type BrowserWindow, type Display } from 'electron';
import {
  placementAfterDisplayRemoved,
  sharedScreenPlacement,
  type DisplayFacts,
  type Placement,
} from '../services/display-placement';
import { createWindow } from './windows';

function facts(d: Display): DisplayFacts {
  return { id: d.id, bounds: d.bounds, workArea: d.workArea, scaleFactor: d.scaleFactor, internal: d.internal };
}

/**
 * The shared screen's window: placed by ../services/display-placement.ts (which display, and why), shown only once
 * it is where it belongs, and brought back to the chair's display if its display is unplugged.
 */
export function sharedScreenWindow(options: {
  preloadPath: string;
  chairWindow: () => BrowserWindow | null;
  load: (win: BrowserWindow) => Promise<void>;
}) {
  let win: BrowserWindow | null = null;
  let onDisplay: number | null = null;

  const chairDisplayId = () => {
    const chair = options.chairWindow();
    return (chair ? screen.getDisplayMatching(chair.getBounds()) : screen.getPrimaryDisplay()).id;
  };

  /** Windowed placement: leave full screen first (on macOS that is animated, so bounds are set once it is done). */
  const moveWindowed = (target: BrowserWindow, placement: Placement) => {
    if (target.isFullScreen()) {
      target.once('leave-full-screen', () => target.setBounds(placement.bounds));
      target.setFullScreen(false);
    } else {
      target.setBounds(placement.bounds);
    }
    onDisplay = placement.displayId;
  };

  screen.on('display-removed', (_event, removed) => {
    if (!win || win.isDestroyed()) return;
    const placement = placementAfterDisplayRemoved(
      removed.id,
      onDisplay,
      screen.getAllDisplays().map(facts),
      chairDisplayId(),
    );
    if (placement) moveWindowed(win, placement);
  });

  return {
    current: () => (win && !win.isDestroyed() ? win : null),
    async open(): Promise<boolean> {
      if (win && !win.isDestroyed()) {
        win.focus();
        return true;
      }
      const placement = sharedScreenPlacement(screen.getAllDisplays().map(facts), chairDisplayId());
      const opened = createWindow('shared-screen', options.preloadPath);
      win = opened;
      onDisplay = placement.displayId;
      opened.on('closed', () => {
        if (win === opened) win = null;
        onDisplay = null;
      });
      // Placed while still hidden, so it is never seen on the chair's display first.
      opened.setBounds(placement.bounds);
      await options.load(opened);
      if (opened.isDestroyed()) return false;
      if (placement.fullScreen && process.platform === 'darwin') {
        // macOS makes a window full screen in its own Space on the display the window is on: show it there first.
        opened.show();
        opened.setFullScreen(true);
      } else {
        if (placement.fullScreen) opened.setFullScreen(true);
        opened.show();
      }
      return true;
    },
  };
}
