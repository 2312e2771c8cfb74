import { useEffect, useState } from 'react';
import { nextItemKey, previousItemKey } from '@shared/agenda';
import { formatDate } from '@shared/format/dates';
import { useAppStore } from '../../store';
import { openClosedSession } from '../../store/meeting-slice';
import { useShownConference } from '../../store/shown-conference';
import { AgendaRail } from './AgendaRail';
import { ItemPanel } from './ItemPanel';
import { EndMeetingButton, MeetingEndStatus, MeetingTimes } from './MeetingEnd';
import { ScreenControl, useSharedScreenPublisher } from './ScreenControl';
import { isTyping, MEETING_SHORTCUTS } from './shortcuts';
import { useAgenda } from './use-agenda';

function focus(selector: string) {
  const el = document.querySelector<HTMLElement>(selector);
  el?.focus();
  return el;
}

/** Keyboard first: the minute-taker should never need the mouse during the meeting. */
function useMeetingShortcuts(showHelp: () => void) {
  const agenda = useAgenda();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = useAppStore.getState();
      const c = s.conference;
      if (!c) return;
      const typing = isTyping(e.target);
      if (e.altKey && !e.ctrlKey && !e.metaKey) {
        const handled = (() => {
          switch (e.code) {
            case 'ArrowDown': {
              const next = nextItemKey(agenda, c.agenda);
              if (next) s.goToItem(next);
              return true;
            }
            case 'ArrowUp': {
              const prev = previousItemKey(agenda, c.agenda);
              if (prev) s.goToItem(prev);
              return true;
            }
            case 'KeyD':
              s.doneAndNext();
              return true;
            case 'KeyN':
              focus('[data-note-composer]');
              return true;
            case 'KeyA': {
              // Select who was last named, so typing the next speaker replaces it rather than adding to it.
              const field = focus('[data-note-attribution]');
              if (field instanceof HTMLInputElement) field.select();
              return true;
            }
            case 'KeyR':
              focus('[data-note-restricted]')?.click();
              focus('[data-note-composer]');
              return true;
            case 'KeyB':
              s.toggleHold();
              return true;
            case 'Equal':
              s.zoomBy(0.1);
              return true;
            case 'Minus':
              s.zoomBy(-0.1);
              return true;
            case 'PageDown':
            case 'PageUp':
              // Only the read-back is longer than the shared screen; the chair's own page scrolls as usual otherwise.
              if (s.screen.mode !== 'read-back') return false;
              s.setReadBackPage(s.readBackPage + (e.code === 'PageDown' ? 1 : -1));
              return true;
            default:
              return false;
          }
        })();
        if (handled) e.preventDefault();
        return;
      }
      if (typing || e.ctrlKey || e.metaKey) return;
      if (e.code === 'KeyB') {
        s.toggleHold();
        e.preventDefault();
      } else if (e.key === '?') {
        showHelp();
        e.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [agenda, showHelp]);
}

function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <div className="shortcuts" role="dialog" aria-modal="false" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="table">
        <tbody>
          {MEETING_SHORTCUTS.map((k) => (
            <tr key={k.keys}>
              <th scope="row">
                <kbd>{k.keys}</kbd>
              </th>
              <td>{k.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}

export function MeetingTab() {
  // Drawn a step behind the store (store/shown-conference.tsx): on Alt+↓ the shared screen is sent the new item
  // inside the key press, and the chair's own item, with its notes, is drawn straight after without holding it up.
  const conference = useShownConference();
  const start = useAppStore((s) => s.startMeeting);
  const chairTools = useAppStore((s) => s.chairTools);
  const setChairTools = useAppStore((s) => s.setChairTools);
  const agenda = useAgenda();
  // What the leak guard holds the shared screen for is said in the chair's window only: the shared screen never shows
  // the match.
  const { view, leaks } = useSharedScreenPublisher();
  const [help, setHelp] = useState(false);
  useMeetingShortcuts(() => setHelp(true));
  if (!conference) return null;
  const currentKey = conference.agenda.currentItemKey;
  const index = agenda.findIndex((i) => i.key === currentKey);
  const item = index >= 0 ? agenda[index] : undefined;
  const closed = openClosedSession(conference);

  return (
    <div className="meeting">
      <AgendaRail />
      <div className="meeting__centre">
        <div className="meeting__toolbar">
          <label className="checkbox">
            <input type="checkbox" checked={chairTools} onChange={(e) => setChairTools(e.target.checked)} />
            Chair’s tools (prompts and timers)
          </label>
          <button type="button" className="link-button" onClick={() => setHelp(true)}>
            Keyboard shortcuts (?)
          </button>
          <EndMeetingButton conference={conference} />
        </div>
        <MeetingEndStatus conference={conference} />
        {closed && (
          <p className="banner banner--closed" role="status">
            Closed session since{' '}
            {new Date(closed.startedAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}: notes are
            restricted, anything typed now is withheld from the people out of the room, and the shared screen is on
            hold.
          </p>
        )}
        {!conference.agenda.meetingStartedAt ? (
          <section className="card">
            <h2>Ready to start</h2>
            <p>
              {agenda.length} items, about {agenda.reduce((n, i) => n + i.minutes, 0)} minutes. The conference is on{' '}
              {formatDate(conference.details.date)}.
            </p>
            <button type="button" className="button--primary" onClick={start}>
              Start the meeting
            </button>
          </section>
        ) : item ? (
          <ItemPanel key={item.key} item={item} number={index + 1} conference={conference} />
        ) : (
          <p>Choose an item from the agenda.</p>
        )}
        <MeetingTimes conference={conference} />
      </div>
      <ScreenControl view={view} leaks={leaks} />
      {help && <ShortcutsDialog onClose={() => setHelp(false)} />}
    </div>
  );
}
