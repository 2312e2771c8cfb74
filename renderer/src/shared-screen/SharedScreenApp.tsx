import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type {
  ActionLine,
  AgendaView,
  AnalysisBoard,
  Arrangements,
  BoardEntry,
  DecisionLine,
  DraftPlan,
  SharedScreenView,
  ProgressLine,
  ReadBackView,
  ScalingSummary,
} from '@shared/shared-screen/types';
import { andList } from '@shared/wording/sentences';
import { sharedScreenBridge } from '../bridge';

/**
 * The shared screen. It shows a `SharedScreenView` and nothing else: it never receives the conference, so it cannot
 * show what it was never given. Large type, high contrast, no colour without words.
 */
export function SharedScreenApp() {
  const [view, setView] = useState<SharedScreenView | null>(null);
  useEffect(() => {
    const api = sharedScreenBridge();
    let live = true;
    void api.currentView().then((r) => {
      const current = r.ok ? r.value : null;
      if (live && current) setView((v) => v ?? current);
    });
    // Drawn inside the message's own task rather than in one React schedules after it: the room is waiting for it.
    const stop = api.onView((incoming) => flushSync(() => setView((shown) => nextSharedScreenView(shown, incoming))));
    return () => {
      live = false;
      stop();
    };
  }, []);

  useEffect(() => {
    document.title = view?.meetingName ? `${view.meetingName} — shared screen` : 'Shared screen';
  }, [view]);

  return <SharedScreenViewDisplay view={view} />;
}

/**
 * What the shared screen shows when a view arrives while `shown` is up. Main already refuses views for any conference
 * but the open one; this is the second lock, so that a fault there still cannot put one family's screen up in another
 * family's conference. A holding view is always taken: it shows nothing of anyone, and main sends one naming the
 * conference when the chair opens, switches or closes one (naming none). Any other view is taken only when it is
 * for the conference the shared screen is following, that of the view shown; a shared screen just opened, showing
 * nothing yet, follows the first view it is given, which main chose.
 */
export function nextSharedScreenView(
  shown: SharedScreenView | null,
  incoming: SharedScreenView,
): SharedScreenView | null {
  if (shown === null || incoming.mode === 'holding') return incoming;
  return incoming.conferenceId !== undefined && incoming.conferenceId === shown.conferenceId ? incoming : shown;
}

/**
 * One "page down" of the read-back, as a share of the screen's height: less than a whole screen, so the last lines
 * of one screenful are still there at the top of the next and the room does not lose its place.
 */
export const READ_BACK_STEP = 0.8;

/**
 * Scrolls to the screenful the chair chose: the shared screen's own window, or the preview box in the chair's
 * window (which shows the same 1280×720 screen, scaled). Only when the chosen page, the mode or the child changes, so
 * that the shared screen does not jump as the chair types.
 */
function useChairScroll(root: RefObject<HTMLDivElement | null>, view: SharedScreenView | null, preview: boolean) {
  const mode = view?.mode;
  const page = view?.mode === 'read-back' ? (view.page ?? 0) : 0;
  const childId = view?.mode === 'read-back' ? view.childId : '';
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    if (preview) el.scrollTop = page * el.clientHeight * READ_BACK_STEP;
    else window.scrollTo({ top: page * window.innerHeight * READ_BACK_STEP, behavior: 'instant' });
  }, [root, mode, page, childId, preview]);
}

/** One view, laid out. Used by the shared-screen window and, scaled down, as the chair's preview. */
export function SharedScreenViewDisplay({
  view,
  preview = false,
}: {
  view: SharedScreenView | null;
  preview?: boolean;
}) {
  const root = useRef<HTMLDivElement>(null);
  useChairScroll(root, view, preview);
  return (
    <div
      ref={root}
      className={preview ? 'p-root p-root--preview' : 'p-root'}
      style={{ ['--zoom' as string]: String(view?.zoom ?? 1) }}
      data-shared-screen-root
      // The preview repeats the shared screen for the chair's eyes; the controls beside it say the same in words.
      aria-hidden={preview ? true : undefined}
    >
      <ViewBody view={view} />
    </div>
  );
}

function ViewBody({ view }: { view: SharedScreenView | null }) {
  if (!view) {
    return (
      <main className="p-screen p-screen--calm">
        <p className="p-message">Waiting for the chair…</p>
      </main>
    );
  }
  switch (view.mode) {
    case 'welcome':
      return (
        <main className="p-screen p-screen--calm">
          <p className="p-kicker">{view.localAuthority}</p>
          <h1 className="p-title">{view.meetingName}</h1>
          <p className="p-lead">
            {view.dateInWords}
            {view.startTimeInWords && ` at ${view.startTimeInWords}`}
          </p>
          {view.childrenNames.length > 0 && <p className="p-lead">For {andList(view.childrenNames)}</p>}
          <p className="p-message">{view.message}</p>
        </main>
      );
    case 'holding':
      return (
        <main className="p-screen p-screen--calm">
          {view.meetingName && <p className="p-kicker">{view.meetingName}</p>}
          <p className="p-message">{view.message}</p>
        </main>
      );
    case 'agenda':
      return <AgendaScreen view={view} />;
    case 'read-back':
      return <ReadBackScreen view={view} />;
  }
}

function AgendaScreen({ view }: { view: AgendaView }) {
  const p = view.panels;
  return (
    <main className="p-screen p-screen--agenda">
      <header className="p-header">
        <p className="p-kicker">
          {view.meetingName} · Part {view.item.number} of {view.item.count}
        </p>
        <h1 className="p-title">{view.item.title}</h1>
        <p className="p-lead">{view.item.summary}</p>
      </header>
      <div className="p-body">
        <div className="p-panels">
          {p.planHistory && p.planHistory.length > 0 && (
            <section className="p-panel" aria-label="The plan so far">
              <h2>The plan so far</h2>
              <ul className="p-list">
                {p.planHistory.map((h) => (
                  <li key={h.childName}>
                    <strong>{h.childName}</strong>
                    {h.planSince && ` — plan since ${h.planSince}`}
                    {h.categories.length > 0 &&
                      `. ${h.categoryHeading}: ${h.categories.map((c) => c.label).join(', ')}`}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {p.planProgress && p.planProgress.length > 0 && <ProgressPanel lines={p.planProgress} />}
          {p.childVoices && p.childVoices.length > 0 && (
            <section className="p-panel" aria-label="What the children have told us">
              <h2>What the children have told us</h2>
              {p.childVoices.map((v, i) => (
                <blockquote key={i} className="p-quote">
                  <p>{v.summary}</p>
                  <footer>
                    {v.childName}, {v.how}
                  </footer>
                </blockquote>
              ))}
            </section>
          )}
          {p.analysis && <AnalysisPanel board={p.analysis} />}
          {p.scaling && <ScalingPanel scaling={p.scaling} />}
          {p.decisions && p.decisions.length > 0 && (
            <section className="p-panel" aria-label="Decisions">
              <h2>Decisions</h2>
              {p.decisions.map((d) => (
                <Decision key={d.childId} decision={d} />
              ))}
            </section>
          )}
          {p.plan && <PlanPanel plan={p.plan} />}
          {p.arrangements && <ArrangementsPanel arrangements={p.arrangements} />}
        </div>
        <nav className="p-outline" aria-label="Order of the meeting">
          <ol>
            {view.outline.map((o) => (
              <li
                key={o.key}
                className={`p-outline__${o.marker}`}
                aria-current={o.marker === 'current' ? 'step' : undefined}
              >
                <span className="p-outline__mark" aria-hidden="true">
                  {o.marker === 'done' ? '✓' : o.marker === 'current' ? '▶' : o.marker === 'skipped' ? '–' : ''}
                </span>
                {o.title}
                {o.marker === 'skipped' && <span className="visually-hidden"> (not needed today)</span>}
                {o.marker === 'done' && <span className="visually-hidden"> (done)</span>}
              </li>
            ))}
          </ol>
        </nav>
      </div>
    </main>
  );
}

function Entries({ entries, empty }: { entries: BoardEntry[]; empty?: string }) {
  if (entries.length === 0) return empty ? <p className="p-empty">{empty}</p> : null;
  return (
    <ul className="p-list">
      {entries.map((e, i) => (
        <li key={i}>
          {e.text}
          {e.children.length > 0 && <span className="p-for"> ({e.children.join(', ')})</span>}
        </li>
      ))}
    </ul>
  );
}

function AnalysisPanel({ board }: { board: AnalysisBoard }) {
  const w = board.worries;
  return (
    <section className="p-panel p-board" aria-label="What we have talked about">
      <div className="p-column p-column--worried">
        <h2>What are we worried about?</h2>
        {w.harm.length > 0 && <h3>What has happened</h3>}
        <Entries entries={w.harm} />
        {w.dangerStatements.length > 0 && <h3>What we are worried could happen</h3>}
        <Entries entries={w.dangerStatements} />
        {w.complicatingFactors.length > 0 && <h3>What makes things harder</h3>}
        <Entries entries={w.complicatingFactors} />
        {w.harm.length + w.dangerStatements.length + w.complicatingFactors.length === 0 && (
          <p className="p-empty">Nothing written yet</p>
        )}
      </div>
      <div className="p-column p-column--well">
        <h2>What is working well?</h2>
        <Entries
          entries={[...board.workingWell.strengths, ...board.workingWell.existingSafety]}
          empty="Nothing written yet"
        />
      </div>
      <div className="p-column p-column--happen">
        <h2>What needs to happen?</h2>
        <Entries entries={board.needsToHappen.safetyGoals} empty="Nothing written yet" />
      </div>
    </section>
  );
}

function ScalingPanel({ scaling }: { scaling: ScalingSummary }) {
  return (
    <section className="p-panel" aria-label="Scaling">
      <h2>How safe are things now, from 0 to 10?</h2>
      <p className="p-scale-ends">
        <span>0 = {scaling.zeroMeans}</span>
        <span>10 = {scaling.tenMeans}</span>
      </p>
      {scaling.groups.length === 0 && <p className="p-empty">No scores yet</p>}
      {scaling.groups.map((g) => (
        <div key={g.about} className="p-scale">
          <p className="p-scale__label">
            {g.about}: scores from <strong>{g.lowest}</strong> to <strong>{g.highest}</strong>, middle{' '}
            <strong>{g.middle}</strong> ({g.count} {g.count === 1 ? 'person' : 'people'})
          </p>
          <div className="p-scale__track" aria-hidden="true">
            <div
              className="p-scale__range"
              style={{ left: `${g.lowest * 10}%`, width: `${(g.highest - g.lowest) * 10}%` }}
            />
            <div className="p-scale__middle" style={{ left: `${g.middle * 10}%` }} />
          </div>
        </div>
      ))}
    </section>
  );
}

function ActionRows({ actions }: { actions: ActionLine[] }) {
  return (
    <table className="p-table">
      <thead>
        <tr>
          <th scope="col">Who</th>
          <th scope="col">Will do what</th>
          <th scope="col">By when</th>
          <th scope="col">How we will know</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((a, i) => (
          <tr key={i}>
            <td>{a.who}</td>
            <td>
              {a.what}
              {a.children.length > 0 && <span className="p-for"> ({a.children.join(', ')})</span>}
            </td>
            <td>{a.when}</td>
            <td>{a.howWeWillKnow}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ProgressPanel({ lines }: { lines: ProgressLine[] }) {
  return (
    <section className="p-panel" aria-label="How the plan has gone">
      <h2>How the plan has gone</h2>
      <table className="p-table">
        <thead>
          <tr>
            <th scope="col">What was agreed</th>
            <th scope="col">Who</th>
            <th scope="col">How it has gone</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={i}>
              <td>{l.what}</td>
              <td>{l.who}</td>
              <td>
                <span className={`p-rag p-rag--${l.status}`}>{l.statusInWords}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function PlanPanel({ plan }: { plan: DraftPlan }) {
  const empty = plan.outcomes.length + plan.actions.length + plan.support.length + plan.contingency.length === 0;
  return (
    <section className="p-panel" aria-label="The plan">
      <h2>The plan</h2>
      {empty && <p className="p-empty">Nothing agreed yet</p>}
      {plan.outcomes.length > 0 && (
        <>
          <h3>What needs to change</h3>
          <ul className="p-list">
            {plan.outcomes.map((o, i) => (
              <li key={i}>
                {o.text}
                {o.why && <span className="p-for"> — {o.why}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.actions.length > 0 && <ActionRows actions={plan.actions} />}
      {plan.support.length > 0 && (
        <>
          <h3>Help offered</h3>
          <ul className="p-list">
            {plan.support.map((s, i) => (
              <li key={i}>
                {s.text}
                {s.providedBy && <span className="p-for"> ({s.providedBy})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.contingency.length > 0 && (
        <>
          <h3>If things do not change</h3>
          <ul className="p-list">
            {plan.contingency.map((c, i) => (
              <li key={i}>
                If {c.if}, then {c.then}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A decision's categories with what each means, and the help instead of a plan: on the decisions board and the read-back. */
function CategoriesAndSupport({ decision }: { decision: DecisionLine }) {
  return (
    <>
      {decision.categories.length > 0 && (
        <dl className="p-categories">
          <dt>{decision.categoryHeading}</dt>
          {decision.categories.map((c) => (
            <dd key={c.label}>
              <strong>{c.label}</strong>: {c.meaning}
            </dd>
          ))}
        </dl>
      )}
      {decision.support && <p>{decision.support}</p>}
    </>
  );
}

function Decision({ decision }: { decision: DecisionLine }) {
  return (
    <div className="p-decision">
      <h3>{decision.childName}</h3>
      <p className="p-lead">{decision.outcome}</p>
      <CategoriesAndSupport decision={decision} />
    </div>
  );
}

function ArrangementsPanel({ arrangements }: { arrangements: Arrangements }) {
  return (
    <section className="p-panel" aria-label="What happens next">
      <h2>What happens next</h2>
      <ul className="p-list">
        {arrangements.leadSocialWorker && (
          <li>
            {arrangements.leadTitle ?? 'Lead social worker'}: {arrangements.leadSocialWorker}
          </li>
        )}
        {arrangements.coreGroup && (
          <li>
            Core group: first meeting {arrangements.coreGroup.firstMeeting}, then {arrangements.coreGroup.howOften}
            {arrangements.coreGroup.members.length > 0 && ` (${arrangements.coreGroup.members.join(', ')})`}
          </li>
        )}
        {arrangements.nextReview && <li>Next review conference: {arrangements.nextReview}</li>}
      </ul>
    </section>
  );
}

function ReadBackScreen({ view }: { view: ReadBackView }) {
  const { decision } = view;
  // The decision is the heading's own line: the child's name is in the title, and a panel for one sentence would
  // push the plan below the first screenful.
  return (
    <main className="p-screen p-screen--agenda p-screen--read-back">
      <header className="p-header">
        <p className="p-kicker">
          {view.meetingName} · {view.dateInWords}
        </p>
        <h1 className="p-title">What we decided for {view.childName}</h1>
        <p className="p-lead p-outcome">{decision.outcome}</p>
        <CategoriesAndSupport decision={decision} />
      </header>
      <div className="p-panels">
        {view.plan && <PlanPanel plan={view.plan} />}
        {view.helpWithoutPlan && (
          <section className="p-panel" aria-label={view.helpWithoutPlan.title}>
            <h2>{view.helpWithoutPlan.title}</h2>
            <p>{view.helpWithoutPlan.note}</p>
            <ActionRows actions={view.helpWithoutPlan.actions} />
          </section>
        )}
        <div className="p-pair">
          {view.arrangements && <ArrangementsPanel arrangements={view.arrangements} />}
          <section className="p-panel" aria-label="If you disagree">
            <p>{view.rightToChallenge}</p>
            <p className="p-lead p-check">{view.checkQuestion}</p>
          </section>
        </div>
      </div>
    </main>
  );
}
