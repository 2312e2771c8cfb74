import { useEffect, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { AudienceLevel } from '@shared/model/audience';
import { audienceLevelHint, audienceLevelLabel } from '@shared/wording/labels';
import { ClockTime } from '@shared/model/primitives';
import { participantLabel } from '../screens/meeting/participant-names';
import { useAppStore } from '../store';
import { captureClock } from '../store/captures';
import { audienceProblemsByRef, capturedText, participantsForWithholding, personName } from './audience-data';

/** The audience control's panel: loaded the first time a chair opens one, not with the app. */
export function AudiencePopover({
  id,
  textRef,
  name,
  anchor,
  onClose,
}: {
  id: string;
  textRef: string;
  name: string;
  anchor: RefObject<HTMLButtonElement | null>;
  onClose: (refocus: boolean) => void;
}) {
  const conference = useAppStore((s) => s.conference);
  const setAudience = useAppStore((s) => s.setAudience);
  const clearAudience = useAppStore((s) => s.clearAudience);
  const releaseFromClosedSession = useAppStore((s) => s.releaseFromClosedSession);
  const setCaptureTime = useAppStore((s) => s.setCaptureTime);
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const levelName = useId();
  const timeId = useId();
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  // Shown in the top layer (never clipped by a table cell or a dialog), placed under the button, or above it when
  // there is no room below. Escape and a click elsewhere close it (the browser's light dismiss).
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (typeof el.showPopover === 'function' && !el.matches(':popover-open')) el.showPopover();
    const place = () => {
      const button = anchor.current?.getBoundingClientRect();
      if (!button) return;
      const box = el.getBoundingClientRect();
      const below = button.bottom + 6;
      const top = below + box.height > window.innerHeight - 8 ? Math.max(8, button.top - box.height - 6) : below;
      const left = Math.max(8, Math.min(button.left, window.innerWidth - box.width - 8));
      el.style.top = `${top}px`;
      el.style.left = `${left}px`;
    };
    place();
    (
      el.querySelector<HTMLElement>('input:checked:not(:disabled)') ?? el.querySelector<HTMLElement>('input, button')
    )?.focus();
    const onToggle = (e: Event) => {
      if ((e as ToggleEvent).newState === 'closed') {
        const inside = el.contains(document.activeElement) || document.activeElement === document.body;
        closeRef.current(inside);
      }
    };
    el.addEventListener('toggle', onToggle);
    window.addEventListener('resize', place);
    return () => {
      el.removeEventListener('toggle', onToggle);
      window.removeEventListener('resize', place);
    };
  }, [anchor]);

  // Where the browser has no popover support (the unit tests' DOM), Escape still closes it.
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof el.showPopover === 'function') return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && closeRef.current(true);
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, []);

  const close = () => {
    const el = ref.current;
    if (el && typeof el.hidePopover === 'function' && el.matches(':popover-open')) el.hidePopover();
    else onClose(true);
  };

  const text = conference ? capturedText(conference, textRef) : undefined;
  if (!conference || !text) return null;
  const { level, withheldFrom } = text.audience;
  const chosen = conference.captures[textRef]?.audience;
  const session = text.closedSessionId
    ? conference.closedSessions.find((s) => s.id === text.closedSessionId)
    : undefined;
  const byClosedSession = new Set(session?.excludedParticipantIds ?? []);
  const problems = audienceProblemsByRef(conference).get(textRef) ?? [];
  const people = participantsForWithholding(conference);
  const strangers = withheldFrom.filter((pid) => !conference.participants.some((p) => p.id === pid));
  // The chair's own list (without the people a closed session adds), which is what a tick changes.
  const ownWithheld = chosen?.withheldFrom ?? text.defaultAudience.withheldFrom;
  const setLevel = (next: AudienceLevel) => setAudience(textRef, { level: next, withheldFrom: ownWithheld });
  const setWithheld = (pid: string, on: boolean) =>
    setAudience(textRef, {
      level: chosen?.level ?? text.defaultAudience.level,
      withheldFrom: on ? [...ownWithheld, pid] : ownWithheld.filter((x) => x !== pid),
    });

  return (
    <div
      ref={ref}
      id={id}
      // The Popover API puts it in the top layer; `auto` gives Escape and click-outside for free.
      popover="auto"
      role="dialog"
      aria-labelledby={headingId}
      className="audience__popover"
    >
      <p id={headingId} className="audience__heading">
        Who sees {name}
      </p>
      {name !== text.field && <p className="audience__field muted">{text.field}</p>}
      {text.fixed ? (
        <p className="audience__fixed">
          {audienceLevelLabel[level]}: {audienceLevelHint[level]} This kind of record is always restricted.
        </p>
      ) : (
        <>
          <fieldset className="audience__group">
            <legend>Who may see it</legend>
            {AudienceLevel.options.map((option) => (
              <label key={option} className="audience__choice">
                <input
                  type="radio"
                  name={levelName}
                  value={option}
                  checked={level === option}
                  onChange={() => setLevel(option)}
                />
                <span>
                  <strong>{audienceLevelLabel[option]}</strong>
                  {option === text.defaultAudience.level && ' (usual for this item)'}
                  <span className="audience__hint">{audienceLevelHint[option]}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset className="audience__group">
            <legend>Not for</legend>
            <p className="audience__hint">Tick anyone who must not see it, whatever the level above.</p>
            {people.map((p) => {
              const bySession = byClosedSession.has(p.id);
              return (
                <label key={p.id} className="audience__choice">
                  <input
                    type="checkbox"
                    checked={bySession || withheldFrom.includes(p.id)}
                    disabled={bySession}
                    onChange={(e) => setWithheld(p.id, e.target.checked)}
                  />
                  <span>
                    {participantLabel(p)}
                    {bySession && <span className="audience__hint">Out of the room: said in a closed session</span>}
                  </span>
                </label>
              );
            })}
            {session && conference.captures[textRef]?.closedSessionId === session.id && (
              <label className="audience__choice">
                <input type="checkbox" checked onChange={() => releaseFromClosedSession(textRef)} />
                <span>
                  Typed or changed in the closed session
                  <span className="audience__hint">
                    Kept from the people who were out of the room. Untick to let them see it.
                  </span>
                </span>
              </label>
            )}
            {strangers.map((pid) => (
              <label key={pid} className="audience__choice">
                <input type="checkbox" checked onChange={() => setWithheld(pid, false)} />
                <span>{personName(conference, pid)}</span>
              </label>
            ))}
          </fieldset>
        </>
      )}
      {!text.fixed && (
        <WhenField
          id={timeId}
          value={captureClock(conference, textRef)}
          canClear={!textRef.startsWith('note:')}
          onCommit={(clock) => setCaptureTime(textRef, clock)}
        />
      )}
      {problems.length > 0 && (
        <ul className="audience__problems" role="alert">
          {problems.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      <div className="audience__actions">
        {chosen && !text.fixed && (
          <button type="button" className="link-button" onClick={() => clearAudience(textRef)}>
            Back to the usual ({audienceLevelLabel[text.defaultAudience.level]})
          </button>
        )}
        <button type="button" onClick={close}>
          Done
        </button>
      </div>
    </div>
  );
}

/** When the text was captured, HH:MM on the conference day; a half-typed time is kept here until it is whole. */
function WhenField({
  id,
  value,
  canClear,
  onCommit,
}: {
  id: string;
  value: string;
  canClear: boolean;
  onCommit: (clock: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <div className="audience__when">
      <label htmlFor={id}>When (on the conference day)</label>
      <input
        id={id}
        type="time"
        value={draft}
        onChange={(e) => {
          const next = e.target.value;
          setDraft(next);
          if ((next === '' && canClear) || ClockTime.safeParse(next).success) onCommit(next);
        }}
      />
      {!value && <span className="audience__hint">No time recorded: the app goes by the agenda item.</span>}
    </div>
  );
}
