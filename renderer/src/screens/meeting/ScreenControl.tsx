import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import type { Conference } from '@shared/model/conference';
import type { Leak } from '@shared/audience/leak-guard';
import { hiddenWhyWords } from '@shared/audience/visibility';
import { capitalise, childName } from '@shared/wording/sentences';
import type { SharedScreenView } from '@shared/shared-screen/types';
import { AudienceControl } from '../../components/AudienceControl';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Modal } from '../../components/Modal';
import { SharedScreenViewDisplay, READ_BACK_STEP } from '../../shared-screen/SharedScreenApp';
import { bridge } from '../../bridge';
import { sharedScreenPublisher, useAppStore } from '../../store';
import type { PublishedView } from '../../store/shared-screen-publisher';
import { openClosedSession } from '../../store/meeting-slice';

const modeWords: Record<SharedScreenView['mode'], string> = {
  welcome: 'the welcome screen',
  agenda: 'the agenda item',
  holding: 'a holding screen',
  'read-back': 'the read-back of decisions',
};

/**
 * The shared screen's view while the meeting is shown: published from the store as it changes (see
 * store/shared-screen-publisher.ts), and read here for the preview and the leak warning. Only the view leaves this
 * window; the shared screen never receives the conference.
 */
export function useSharedScreenPublisher(): PublishedView {
  useEffect(() => sharedScreenPublisher.start(), []);
  return useSyncExternalStore(sharedScreenPublisher.subscribe, sharedScreenPublisher.current);
}

function ClosedSessionDialog({ conference, onClose }: { conference: Conference; onClose: () => void }) {
  const start = useAppStore((s) => s.startClosedSession);
  const family = conference.participants.filter(
    (p) => p.kind === 'family' || p.kind === 'child' || p.kind === 'supporter',
  );
  const [reason, setReason] = useState('');
  const [excluded, setExcluded] = useState<string[]>(family.map((p) => p.id));
  return (
    <Modal title="Start a closed session" onClose={onClose}>
      <p>
        While it lasts, notes are restricted, anything typed is withheld from the people out of the room, and the shared
        screen shows a holding screen.
      </p>
      <div className="field">
        <label htmlFor="closed-reason">Why (for the restricted annex)</label>
        <textarea id="closed-reason" rows={4} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <fieldset className="record">
        <legend>Who is out of the room</legend>
        {family.map((p) => (
          <label key={p.id} className="checkbox">
            <input
              type="checkbox"
              checked={excluded.includes(p.id)}
              onChange={(e) =>
                setExcluded((list) => (e.target.checked ? [...list, p.id] : list.filter((x) => x !== p.id)))
              }
            />
            {p.name || p.role}
          </label>
        ))}
      </fieldset>
      <div className="dialog__actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button--danger"
          onClick={() => {
            start(reason, excluded);
            onClose();
          }}
        >
          Start closed session
        </button>
      </div>
    </Modal>
  );
}

const leakWhy: Record<Leak['secret']['why'], string> = {
  ...hiddenWhyWords,
  'address-not-to-share': 'an address that must not be shared',
};

/**
 * How many screenfuls the read-back takes on a 1280×720 shared screen, measured on the preview (which is one, scaled).
 */
function usePreviewPages(preview: RefObject<HTMLDivElement | null>, view: SharedScreenView | null): number | null {
  const [pages, setPages] = useState<number | null>(null);
  useLayoutEffect(() => {
    // Only the read-back is scrolled by the page. Measuring makes the browser lay out the whole window there and
    // then, in the middle of the chair's key press, so nothing is measured for the other screens.
    if (view?.mode !== 'read-back') return setPages(null);
    const root = preview.current?.querySelector<HTMLElement>('[data-shared-screen-root]');
    // Not laid out (a test without layout): unknown, so neither scroll button is held back.
    if (!root || root.clientHeight === 0) return setPages(null);
    const step = root.clientHeight * READ_BACK_STEP;
    setPages(1 + Math.max(0, Math.ceil((root.scrollHeight - root.clientHeight - 1) / step)));
  }, [preview, view]);
  return pages;
}

/** Page up and down on the shared screen's read-back, from the chair's window. */
function ReadBackScroll({ pages }: { pages: number | null }) {
  const page = useAppStore((s) => s.readBackPage);
  const setPage = useAppStore((s) => s.setReadBackPage);
  const last = pages === null ? Number.POSITIVE_INFINITY : pages - 1;
  // The read-back got shorter (an action removed): keep the shared screen on a screenful that exists.
  useEffect(() => {
    if (page > last) setPage(last);
  }, [page, last, setPage]);
  return (
    <div className="button-row" role="group" aria-label="Scroll the read-back on the shared screen">
      <button type="button" disabled={page <= 0} onClick={() => setPage(page - 1)}>
        ▲ Page up
      </button>
      <span aria-live="polite" data-read-back-page>
        Screen {Math.min(page, last) + 1}
        {pages !== null && ` of ${pages}`}
      </span>
      <button type="button" disabled={page >= last} onClick={() => setPage(page + 1)}>
        ▼ Page down
      </button>
    </div>
  );
}

/** Why the shared screen is on hold, and one click to change the item that repeats what it must not show. */
function SharedScreenLeakWarning({ leaks }: { leaks: Leak[] }) {
  return (
    <div className="callout callout--warning shared-screen-leaks" role="alert">
      <p>
        <strong>The shared screen is on hold.</strong> It would show words that must not be on it:
      </p>
      <ul>
        {leaks.map((leak) => (
          <li key={leak.secret.ref}>
            {leak.carrier ? (
              <>
                {leak.carrier.field} repeats {leak.secret.field} ({leakWhy[leak.secret.why].toLowerCase()}). Change who
                sees it, or take the words out of it: <AudienceControl textRef={leak.carrier.ref} />
              </>
            ) : (
              <>
                {leak.secret.field} ({leakWhy[leak.secret.why].toLowerCase()}) is repeated on the screen. Take the words
                out of the part that repeats them, or change who sees it: <AudienceControl textRef={leak.secret.ref} />
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ScreenControl({ view, leaks }: { view: SharedScreenView | null; leaks: Leak[] }) {
  const conference = useAppStore((s) => s.conference);
  const screen = useAppStore((s) => s.screen);
  const held = useAppStore((s) => s.heldFrom !== null);
  const setScreen = useAppStore((s) => s.setScreen);
  const toggleHold = useAppStore((s) => s.toggleHold);
  const zoomBy = useAppStore((s) => s.zoomBy);
  const endClosed = useAppStore((s) => s.endClosedSession);
  const [asking, setAsking] = useState<'start' | 'end' | null>(null);
  const [openMessage, setOpenMessage] = useState<string | null>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  const pages = usePreviewPages(previewRef, view);
  if (!conference) return null;
  const closed = openClosedSession(conference);
  const readBackChild = screen.readBackChildId ?? conference.children[0]?.id;

  return (
    <aside className="screen-control" aria-label="Shared screen">
      <h2>Shared screen</h2>
      <p className="screen-control__now" role="status">
        Showing {view ? modeWords[view.mode] : 'nothing yet'}
        {closed && ' (closed session)'}
      </p>
      <div className="screen-preview" ref={previewRef}>
        <SharedScreenViewDisplay view={view} preview />
      </div>
      {leaks.length > 0 && <SharedScreenLeakWarning leaks={leaks} />}
      <div className="button-row">
        <button
          type="button"
          onClick={() =>
            void bridge
              .openSharedScreen()
              .then((r) =>
                setOpenMessage(
                  r.ok && r.value.opened ? null : 'The shared screen could not be opened (a pop-up blocker?).',
                ),
              )
          }
        >
          Open shared screen
        </button>
        {closed && !held ? (
          // The shared screen already holds for the whole closed session; holding it again would do nothing visible.
          <button type="button" disabled>
            On hold for the closed session
          </button>
        ) : (
          <button type="button" aria-pressed={held} onClick={toggleHold}>
            {held ? 'Show again (B)' : 'Hold screen (B)'}
          </button>
        )}
      </div>
      {openMessage && <p role="alert">{openMessage}</p>}
      <fieldset className="screen-modes">
        <legend>Show</legend>
        {(['welcome', 'agenda', 'read-back'] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="screen-mode"
              checked={screen.mode === mode}
              onChange={() => setScreen({ ...screen, mode })}
            />
            {mode === 'welcome' ? 'Welcome' : mode === 'agenda' ? 'Follow the agenda' : 'Read back decisions'}
          </label>
        ))}
      </fieldset>
      {view?.mode === 'read-back' && <ReadBackScroll pages={pages} />}
      {screen.mode === 'read-back' && conference.children.length > 1 && (
        <label>
          Child{' '}
          <select
            aria-label="Child to read back"
            value={readBackChild}
            onChange={(e) => setScreen({ ...screen, readBackChildId: e.target.value })}
          >
            {conference.children.map((c) => (
              <option key={c.id} value={c.id}>
                {capitalise(childName(c))}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="button-row">
        <button type="button" onClick={() => zoomBy(-0.1)} aria-label="A− smaller text on the shared screen">
          A−
        </button>
        <span aria-live="polite">Text size {Math.round((screen.zoom ?? 1) * 100)}%</span>
        <button type="button" onClick={() => zoomBy(0.1)} aria-label="A+ larger text on the shared screen">
          A+
        </button>
      </div>
      <hr />
      {closed ? (
        <button type="button" className="button--primary" onClick={() => setAsking('end')}>
          End closed session
        </button>
      ) : (
        <button type="button" onClick={() => setAsking('start')}>
          Start closed session…
        </button>
      )}
      {asking === 'start' && <ClosedSessionDialog conference={conference} onClose={() => setAsking(null)} />}
      {asking === 'end' && (
        <ConfirmDialog
          title="End the closed session?"
          body="Notes will no longer be restricted automatically, and the shared screen can show the meeting again."
          confirmLabel="End closed session"
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            endClosed();
            setAsking(null);
          }}
        />
      )}
    </aside>
  );
}
