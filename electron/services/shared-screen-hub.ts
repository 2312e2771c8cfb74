import { HOLDING_MESSAGE } from '@shared/shared-screen/plain-words';
import type { HoldingView, SharedScreenView } from '@shared/shared-screen/types';

/** What became of a view the chair's window published. */
export type PublishOutcome = { shown: true; listeners: number } | { shown: false; reason: string };

/**
 * A holding screen that says nothing about any family: what the shared screen shows between one conference and the
 * next. Tagged with the conference now open (so that the shared screen knows whose views to take next), or with none.
 */
export function neutralHoldingView(conferenceId?: string): HoldingView {
  return {
    mode: 'holding',
    ...(conferenceId === undefined ? {} : { conferenceId }),
    meetingName: '',
    zoom: 1,
    message: HOLDING_MESSAGE,
  };
}

/**
 * Holds the latest shared-screen view and hands it to whoever shows it: the Electron shared-screen window, or the
 * browser run's shared-screen page over server-sent events. It never holds the conference itself.
 *
 * The shared screen belongs to one conference: the one open in the chair's window, which main learns from the
 * open and close requests themselves (not from the views), so that a renderer that forgets to clear the shared screen
 * cannot leave one family's names and decisions up while the next family's conference is open. Opening,
 * switching or closing puts up a neutral holding view at once, and a view tagged with any other conference (a late
 * publish from the conference just closed, say) is neither kept nor passed on.
 */
export class SharedScreenHub {
  private openId: string | null = null;
  private latest: SharedScreenView | null = null;
  private readonly listeners = new Set<(view: SharedScreenView) => void>();

  /** The chair's window opened (or switched to) this conference: the shared screen holds until it publishes a view. */
  openConference(conferenceId: string): void {
    this.openId = conferenceId;
    this.show(neutralHoldingView(conferenceId));
  }

  /** The chair's window has no conference open: the shared screen holds, and takes no view until one is opened. */
  closeConference(): void {
    this.openId = null;
    this.show(neutralHoldingView());
  }

  /** Closes only when that conference is the open one (it was deleted, say); another open conference stays up. */
  forgetConference(conferenceId: string): void {
    if (this.openId === conferenceId) this.closeConference();
  }

  /** The conference open in the chair's window, whose views alone the shared screen may show; null when none is. */
  openConferenceId(): string | null {
    return this.openId;
  }

  publish(view: SharedScreenView): PublishOutcome {
    if (this.openId === null) {
      return { shown: false, reason: 'No conference is open, so the shared screen is holding.' };
    }
    if (view.conferenceId !== this.openId) {
      return { shown: false, reason: 'That view is for a conference that is not the one open.' };
    }
    return { shown: true, listeners: this.show(view) };
  }

  current(): SharedScreenView | null {
    return this.latest;
  }

  subscribe(listener: (view: SharedScreenView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private show(view: SharedScreenView): number {
    this.latest = view;
    for (const listener of this.listeners) listener(view);
    return this.listeners.size;
  }
}
