import type { PresenterView } from '../../shared/presenter/types';

/**
 * Holds the latest shared-screen view and hands it to whoever shows it: the Electron presenter window, or the
 * browser run's presenter page over server-sent events. It never holds the conference itself.
 */
export class PresenterHub {
  private latest: PresenterView | null = null;
  private readonly listeners = new Set<(view: PresenterView) => void>();

  publish(view: PresenterView): number {
    this.latest = view;
    for (const listener of this.listeners) listener(view);
    return this.listeners.size;
  }

  current(): PresenterView | null {
    return this.latest;
  }

  subscribe(listener: (view: PresenterView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
