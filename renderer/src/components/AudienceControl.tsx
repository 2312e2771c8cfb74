import { Suspense, lazy, useId, useMemo, useRef, useState } from 'react';
import type { AudienceLevel } from '@shared/model/audience';
import type { Conference } from '@shared/model/conference';
import { useShownConference } from '../store/shown-conference';
import { audienceLine, audienceProblemsByRef, capturedText } from './audience-data';

type Props = {
  /** The text's reference in `conference.captures` (shared/audience/captured.ts lists them). */
  textRef: string;
  /** What the item is called beside it ("Action 3"), for the button's accessible name; else the item's own name. */
  what?: string;
};

type Summary = {
  known: boolean;
  level: AudienceLevel | '';
  line: string;
  field: string;
  problems: number;
};

const UNKNOWN: Summary = { known: false, level: '', line: '', field: '', problems: 0 };

function summaryOf(c: Conference | null, textRef: string): Summary {
  const text = c ? capturedText(c, textRef) : undefined;
  if (!c || !text) return UNKNOWN;
  return {
    known: true,
    level: text.audience.level,
    line: audienceLine(c, text),
    field: text.field,
    problems: audienceProblemsByRef(c).get(textRef)?.length ?? 0,
  };
}

const sameSummary = (a: Summary, b: Summary) =>
  a.known === b.known && a.level === b.level && a.line === b.line && a.field === b.field && a.problems === b.problems;

/**
 * Who may see one piece of captured text, beside it: a small button that says the audience in words and opens a
 * popover to change it (the level, and people it is withheld from), and to correct when it was captured. Messages
 * about the audience or the time sit in the popover, and a mark on the button says there is one to read.
 *
 * The closed button reads the conference as the screen draws it (store/shown-conference.tsx), not on every change
 * of the store: working out who sees each text is done once a redraw, between key presses, and not by every control
 * on the screen inside each key press. The popover reads the store's conference while it is open.
 */
export function AudienceControl({ textRef, what }: Props) {
  const conference = useShownConference();
  const last = useRef<Summary>(UNKNOWN);
  const summary = useMemo(() => {
    const next = summaryOf(conference, textRef);
    // The same words as before keep the same object, so nothing below is drawn again for nothing.
    if (!sameSummary(next, last.current)) last.current = next;
    return last.current;
  }, [conference, textRef]);
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverId = useId();
  // A text that does not exist yet (a view not yet given) has no audience to show.
  if (!summary.known) return null;
  const name = what ?? summary.field;
  return (
    <span className="audience" data-audience-ref={textRef}>
      <button
        ref={buttonRef}
        type="button"
        className={`audience__button audience__button--${summary.level}${summary.problems ? ' audience__button--problem' : ''}`}
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        title={summary.line}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="visually-hidden">Who sees {name}: </span>
        {summary.problems > 0 && (
          <span className="audience__mark" aria-hidden="true">
            !{' '}
          </span>
        )}
        <span className="audience__words">{summary.line}</span>
        {summary.problems > 0 && <span className="visually-hidden"> (check the message)</span>}
      </button>
      {open && (
        <Suspense fallback={null}>
          <AudiencePopover
            id={popoverId}
            textRef={textRef}
            name={name}
            anchor={buttonRef}
            onClose={(refocus) => {
              setOpen(false);
              if (refocus) buttonRef.current?.focus();
            }}
          />
        </Suspense>
      )}
    </span>
  );
}

const AudiencePopover = lazy(() => import('./AudiencePopover').then((m) => ({ default: m.AudiencePopover })));
