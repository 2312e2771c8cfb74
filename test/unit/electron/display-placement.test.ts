import { describe, expect, it } from 'vitest';
import {
  chooseSharedScreenDisplay,
  placementAfterDisplayRemoved,
  sharedScreenPlacement,
  type DisplayFacts,
} from '../../../electron/services/display-placement';

function display(
  id: number,
  x: number,
  width: number,
  height: number,
  extra: Partial<DisplayFacts> = {},
): DisplayFacts {
  const bounds = { x, y: 0, width, height };
  return { id, bounds, workArea: { ...bounds, y: 25, height: height - 25 }, scaleFactor: 1, internal: false, ...extra };
}

const laptop = display(1, 0, 1440, 900, { internal: true, scaleFactor: 2 });
const monitor = display(2, 1440, 1920, 1080);
const projector = display(3, 3360, 1920, 1080);
const bigTv = display(4, -3840, 3840, 2160);

describe('which display the shared screen goes on', () => {
  it('never the chair’s display', () => {
    expect(chooseSharedScreenDisplay([laptop, monitor], 1)!.id).toBe(2);
    expect(chooseSharedScreenDisplay([laptop, monitor], 2)!.id).toBe(1);
    expect(chooseSharedScreenDisplay([laptop], 1)).toBeNull();
  });

  it('with three displays: an external one before the laptop’s own panel, even when the panel has more pixels', () => {
    // The chair works on the desk monitor; the laptop panel (2880×1800 native) and the projector are the others.
    expect(chooseSharedScreenDisplay([laptop, monitor, projector], 2)!.id).toBe(3);
  });

  it('with three displays: the one with the most pixels among the external ones', () => {
    expect(chooseSharedScreenDisplay([laptop, monitor, bigTv], 1)!.id).toBe(4);
    expect(chooseSharedScreenDisplay([bigTv, laptop, monitor], 1)!.id).toBe(4);
  });

  it('with two equal external displays: the one to the right, whatever order they are listed in', () => {
    expect(chooseSharedScreenDisplay([laptop, monitor, projector], 1)!.id).toBe(3);
    expect(chooseSharedScreenDisplay([projector, monitor, laptop], 1)!.id).toBe(3);
  });

  it('full screen over the whole chosen display; a centred window on the chair’s display when there is no other', () => {
    expect(sharedScreenPlacement([laptop, monitor, projector], 1)).toEqual({
      displayId: 3,
      bounds: projector.bounds,
      fullScreen: true,
    });
    expect(sharedScreenPlacement([monitor], 2)).toEqual({
      displayId: 2,
      bounds: { x: 1440 + 320, y: 25 + 167, width: 1280, height: 720 },
      fullScreen: false,
    });
    const small = display(5, 0, 1024, 600);
    expect(sharedScreenPlacement([small], 5).bounds).toEqual({ x: 0, y: 25, width: 1024, height: 575 });
  });
});

describe('when a display is unplugged', () => {
  it('brings the shared screen back to the chair’s display as a window if it was on the one removed', () => {
    expect(placementAfterDisplayRemoved(3, 3, [laptop, monitor], 1)).toEqual({
      displayId: 1,
      bounds: { x: 80, y: 25 + 77, width: 1280, height: 720 },
      fullScreen: false,
    });
  });

  it('leaves it alone when another display was removed, or it is not open', () => {
    expect(placementAfterDisplayRemoved(2, 3, [laptop, projector], 1)).toBeNull();
    expect(placementAfterDisplayRemoved(3, null, [laptop, monitor], 1)).toBeNull();
  });
});
