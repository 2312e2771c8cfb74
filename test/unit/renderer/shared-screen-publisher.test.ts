import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createSharedScreenPublisher } from '../../../renderer/src/store/shared-screen-publisher';
import type { RootState } from '../../../renderer/src/store';
import type { Conference } from '@shared/model/conference';
import type { SharedScreenChoice, SharedScreenView } from '@shared/shared-screen/types';
import type * as SharedScreenViewModule from '@shared/shared-screen/view';
import { westbrookReview } from '../procedure/fixtures';

// Counts how often the view is worked out (it is the cost the publisher saves), and otherwise works it out as the app does.
const projections = vi.hoisted(() => ({ count: 0 }));
vi.mock('@shared/shared-screen/view', async (importOriginal) => {
  const real = await importOriginal<typeof SharedScreenViewModule>();
  return {
    ...real,
    sharedScreenViewAndLeaks: (...args: Parameters<typeof real.sharedScreenViewAndLeaks>) => {
      projections.count++;
      return real.sharedScreenViewAndLeaks(...args);
    },
  };
});

type PublisherState = Pick<RootState, 'conference' | 'screen' | 'readBackPage' | 'settings'>;

/** Only what the publisher reads of the store: the conference, what the chair asked the screen to show, settings. */
function setUp(conference: Conference, screen: SharedScreenChoice = { mode: 'agenda', zoom: 1 }) {
  const store = createStore<PublisherState>()(() => ({
    conference,
    screen,
    readBackPage: 0,
    settings: { leadProfessionalTitle: '' } as RootState['settings'],
  }));
  const sent: SharedScreenView[] = [];
  const publisher = createSharedScreenPublisher(store as never, (view) => sent.push(view));
  return { store, sent, publisher };
}

const titleOf = (view: SharedScreenView | undefined) => (view?.mode === 'agenda' ? view.item.title : view?.mode);

describe('publishing the shared screen from the store', () => {
  it('sends nothing until the meeting is shown, then the view at once', () => {
    const { sent, publisher } = setUp(westbrookReview());
    expect(sent).toHaveLength(0);
    publisher.start();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.mode).toBe('agenda');
  });

  it('sends the new item inside the change itself, before anything draws, and only when the view changed', () => {
    const conference = westbrookReview();
    const { store, sent, publisher } = setUp(conference);
    publisher.start();
    const before = titleOf(sent[0]);
    const listenerSaw: number[] = [];
    // A component's listener, subscribed after the publisher: by the time it hears the change, the view is sent.
    store.subscribe(() => listenerSaw.push(sent.length));
    store.setState({
      conference: { ...conference, agenda: { ...conference.agenda, currentItemKey: 'purpose-and-confidentiality' } },
    });
    expect(sent).toHaveLength(2);
    expect(titleOf(sent[1])).not.toBe(before);
    expect(listenerSaw).toEqual([2]);
    // A change that leaves the shared screen's view as it was (a note typed) sends nothing.
    const moved = store.getState().conference!;
    store.setState({ conference: { ...moved, notes: [] } });
    store.setState({ readBackPage: 0 });
    expect(sent).toHaveLength(2);
    expect(publisher.current().view).toEqual(sent[1]);
  });

  it('puts the read-back page on the view without working it out again', () => {
    const { store, sent, publisher } = setUp(westbrookReview(), { mode: 'read-back', zoom: 1 });
    publisher.start();
    const first = publisher.current();
    store.setState({ readBackPage: 2 });
    expect(sent.at(-1)).toMatchObject({ mode: 'read-back', page: 2 });
    expect(publisher.current().leaks).toBe(first.leaks);
  });

  it('stops sending when stopped, and sends the view again when shown again', () => {
    const { store, sent, publisher } = setUp(westbrookReview());
    const stop = publisher.start();
    stop();
    store.setState({ screen: { mode: 'welcome', zoom: 1 } });
    expect(sent).toHaveLength(1);
    publisher.start();
    expect(sent).toHaveLength(2);
    expect(sent[1]!.mode).toBe('welcome');
    // The same view again after a stop is sent again: the shared screen may have been put on hold meanwhile.
    publisher.start()();
    expect(sent).toHaveLength(2);
  });
});

describe('the shared screen’s view while nothing shows it', () => {
  it('is not worked out on each change, only when next asked for', () => {
    const conference = westbrookReview();
    const { store, sent, publisher } = setUp(conference);
    const stop = publisher.start();
    const shown = publisher.current();
    stop();
    const before = projections.count;
    store.setState({ screen: { mode: 'welcome', zoom: 1 } });
    store.setState({ conference: { ...conference, notes: [] } });
    expect(projections.count).toBe(before);
    // The change passed unseen: what was worked out last is still what is held, until someone asks again.
    expect(sent).toHaveLength(1);
    expect(publisher.current()).not.toBe(shown);
    expect(publisher.current().view?.mode).toBe('welcome');
    expect(projections.count).toBe(before + 1);
  });
});
