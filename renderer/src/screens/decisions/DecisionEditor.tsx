import {
  AgencyViewChoice,
  AlternativeSupport,
  type Child,
  type ChildDecisionOutcome,
  type Conference,
  type Participant,
  isPlanOutcome,
} from '@shared/model/conference';
import {
  agencyViewLabel,
  alternativeLabel,
  outcomeLabel,
  outcomeWords,
  reconsiderLabel,
} from '@shared/plan/decision-words';
import { capitalise, childName } from '@shared/wording/sentences';
import { categoryScheme, PROCEDURE_PROFILES } from '@shared/procedure/profiles';
import { AudienceControl } from '../../components/AudienceControl';
import { SelectField, TextField } from '../../components/fields';
import { participantLabel } from '../meeting/participant-names';
import { plainWordsOf, useDecisionProblems } from './use-checks';
import { emptyDecision, onPlanBefore, outcomesFor, useDecisionEditor } from './use-decisions';

/**
 * Who can give a family view or disagree, besides the professionals: family members and their supporters and
 * advocates who were invited. Never a child (their views are heard under the child's voice) or an interpreter, and
 * never someone not invited. Anyone already recorded stays listed, so nothing recorded disappears from the screen.
 */
function familyVoices(conference: Conference, alreadyRecorded: ReadonlySet<string>): Participant[] {
  return conference.participants.filter(
    (p) =>
      alreadyRecorded.has(p.id) ||
      ((p.kind === 'family' || p.kind === 'supporter' || p.kind === 'advocate') &&
        p.attendance.status !== 'not-invited'),
  );
}

const reconsiderOptions = ['at-review', 'strategy-discussion'] as const;

export function DecisionEditor({ conference, child }: { conference: Conference; child: Child }) {
  const set = useDecisionEditor(child.id);
  const decision = conference.decisions.find((d) => d.childId === child.id) ?? emptyDecision(child.id);
  const nation = conference.details.nation;
  const scheme = categoryScheme(nation);
  const name = childName(child);
  const professionals = conference.participants.filter((p) => p.kind === 'professional');
  const family = familyVoices(conference, new Set(decision.familyViews.map((v) => v.participantId)));
  const dissentIds = new Set(decision.dissent.map((d) => d.participantId));
  const canDisagree = [
    ...professionals.filter((p) => p.attendance.status !== 'not-invited' || dissentIds.has(p.id)),
    ...familyVoices(conference, dissentIds).filter((p) => p.kind !== 'professional'),
  ];
  const isReviewKind = conference.details.type === 'review' || conference.details.type === 'transfer-in';
  const continuesOrEnds = decision.outcome === 'plan-continues' || decision.outcome === 'plan-ends';
  // A review started by hand has no record of the plan before it: the chair records it here, as the check asks.
  const editPrevious = isReviewKind && continuesOrEnds && decision.planStartedOn === undefined;
  // Offered only for an unborn baby without a plan now; a choice left from an earlier outcome stays visible to clear.
  const offerReconsider = (child.unborn && decision.outcome === 'plan-not-needed') || decision.reconsider !== undefined;
  // "To be reconsidered" belongs to an unborn baby not on a plan; another outcome drops it.
  const chooseOutcome = (outcome: ChildDecisionOutcome) =>
    set(outcome === 'plan-not-needed' ? { outcome } : { outcome, reconsider: undefined });
  const planGoesOn = isPlanOutcome(decision.outcome);
  // Checks come from shared/plan (one set of rules for the screen and the documents), found by the decision's place.
  const j = conference.decisions.findIndex((d) => d.childId === child.id);
  const at = `decisions[${j}]`;
  const problem = useDecisionProblems(conference);
  const plain = plainWordsOf(conference);
  const outcomeProblem =
    j < 0 ? problem(`children[${conference.children.indexOf(child)}].decision`) : problem(`${at}.outcome`);
  const categoryProblem = problem(`${at}.categories`) ?? problem(`${at}.categories[0]`);

  const viewOf = (participantId: string) => decision.agencyViews.find((v) => v.participantId === participantId);
  const setView = (
    participantId: string,
    patch: Partial<{ view: AgencyViewChoice; reason: string; givenHow: 'in-person' | 'in-writing' }>,
  ) =>
    set((d) => {
      const existing = d.agencyViews.find((v) => v.participantId === participantId) ?? {
        participantId,
        view: 'no-view' as const,
        reason: '',
        // Store the default the "How given" select shows: someone absent gave their view in writing.
        givenHow: /^(apologies|report-only)/.test(
          conference.participants.find((p) => p.id === participantId)?.attendance.status ?? '',
        )
          ? ('in-writing' as const)
          : ('in-person' as const),
      };
      return {
        agencyViews: [...d.agencyViews.filter((v) => v.participantId !== participantId), { ...existing, ...patch }],
      };
    });

  return (
    <section className="card decision" aria-label={`Decision for ${name}`}>
      <h3>{capitalise(name)}</h3>
      {decision.previousCategories.length > 0 && !editPrevious && (
        <p className="muted">
          On the plan for:{' '}
          {decision.previousCategories.map((k) => scheme.options.find((o) => o.key === k)?.label ?? k).join(', ')}
        </p>
      )}

      <h4>Each professional’s view</h4>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Who</th>
            <th scope="col">View</th>
            <th scope="col">How given</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {professionals.map((p) => {
            const v = viewOf(p.id);
            return (
              <tr key={p.id}>
                <td>{participantLabel(p)}</td>
                <td>
                  <select
                    aria-label={`View of ${p.name || p.role}`}
                    value={v?.view ?? ''}
                    onChange={(e) => setView(p.id, { view: e.target.value as AgencyViewChoice })}
                  >
                    <option value="">Not recorded</option>
                    {AgencyViewChoice.options.map((o) => (
                      <option key={o} value={o}>
                        {agencyViewLabel(o, nation)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    aria-label={`How ${p.name || p.role} gave their view`}
                    value={
                      v?.givenHow ??
                      (p.attendance.status.startsWith('apologies') || p.attendance.status === 'report-only'
                        ? 'in-writing'
                        : 'in-person')
                    }
                    onChange={(e) => setView(p.id, { givenHow: e.target.value as 'in-person' | 'in-writing' })}
                  >
                    <option value="in-person">In the meeting</option>
                    <option value="in-writing">In writing</option>
                  </select>
                </td>
                <td>
                  <div className="cell-with-audience">
                    <input
                      aria-label={`Reason given by ${p.name || p.role}`}
                      value={v?.reason ?? ''}
                      onChange={(e) => setView(p.id, { reason: e.target.value })}
                    />
                    <AudienceControl
                      textRef={`agencyView:${child.id}:${p.id}`}
                      what={`the view of ${p.name || p.role} on ${name}`}
                    />
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {family.length > 0 && (
        <>
          <h4>The family’s views</h4>
          <p className="muted">Family views inform the decision; they are not a vote.</p>
          {family.map((p) => (
            <TextField
              key={p.id}
              label={participantLabel(p)}
              value={decision.familyViews.find((v) => v.participantId === p.id)?.text ?? ''}
              aside={
                <AudienceControl
                  textRef={`familyView:${child.id}:${p.id}`}
                  what={`the view of ${p.name || p.role} on ${name}`}
                />
              }
              onCommit={(text) =>
                set((d) => ({
                  familyViews: [
                    ...d.familyViews.filter((v) => v.participantId !== p.id),
                    ...(text ? [{ participantId: p.id, text }] : []),
                  ],
                }))
              }
            />
          ))}
        </>
      )}

      <h4>The chair’s decision</h4>
      <fieldset className="choices">
        <legend>Decision for {name}</legend>
        {outcomeProblem && <span className="field__error">{outcomeProblem}</span>}
        {isReviewKind && !onPlanBefore(decision) && (
          <span className="field__hint">
            No earlier plan is recorded for {name}. If {name} is not on a plan, choose whether one is needed.
          </span>
        )}
        {outcomesFor(conference.details.type, decision).map((o) => (
          <label key={o}>
            <input
              type="radio"
              name={`outcome-${child.id}`}
              checked={decision.outcome === o}
              onChange={() => chooseOutcome(o)}
            />
            {outcomeLabel(o, nation)}
          </label>
        ))}
      </fieldset>
      {editPrevious && (
        <fieldset className="choices choices--inline">
          <legend>Before this meeting, the plan was under</legend>
          {scheme.options.map((o) => (
            <label key={o.key}>
              <input
                type="checkbox"
                checked={decision.previousCategories.includes(o.key)}
                onChange={(e) =>
                  set((d) => ({
                    previousCategories: e.target.checked
                      ? [...d.previousCategories, o.key]
                      : d.previousCategories.filter((k) => k !== o.key),
                  }))
                }
              />
              {o.label}
            </label>
          ))}
          {problem(`${at}.previousCategories`) && (
            <span className="field__error" role="alert">
              {problem(`${at}.previousCategories`)}
            </span>
          )}
        </fieldset>
      )}
      {offerReconsider && (
        <SelectField
          label={`When ${name}’s need for a ${PROCEDURE_PROFILES[nation].words.plan} is looked at again`}
          name={`${at}.reconsider`}
          value={decision.reconsider ?? ''}
          problem={problem(`${at}.reconsider`)}
          options={[
            { value: '', label: 'Not set' },
            ...reconsiderOptions.map((r) => ({ value: r, label: reconsiderLabel(r, nation) })),
          ]}
          onCommit={(v) => set({ reconsider: v || undefined })}
        />
      )}
      {decision.outcome && (
        <p className="callout">
          In the family’s words: {outcomeWords(decision.outcome, nation, name, decision.reconsider)}
        </p>
      )}
      <TextField
        label="The chair’s reasons"
        multiline
        value={decision.chairReasons}
        aside={
          <AudienceControl textRef={`decision:${child.id}:chairReasons`} what={`the chair’s reasons for ${name}`} />
        }
        hint={plain(`${at}.chairReasons`)}
        onCommit={(chairReasons) => set({ chairReasons })}
      />

      {planGoesOn && (
        <fieldset className="choices" aria-describedby={categoryProblem ? `cat-${child.id}` : undefined}>
          <legend>{scheme.heading}</legend>
          {scheme.options.map((o) => (
            <label key={o.key}>
              <input
                type={scheme.severalAllowed ? 'checkbox' : 'radio'}
                name={`category-${child.id}`}
                checked={decision.categories.includes(o.key)}
                onChange={(e) =>
                  set((d) => ({
                    categories: scheme.severalAllowed
                      ? e.target.checked
                        ? [...d.categories, o.key]
                        : d.categories.filter((k) => k !== o.key)
                      : [o.key],
                  }))
                }
              />
              {o.label}
            </label>
          ))}
          {categoryProblem && (
            <span id={`cat-${child.id}`} className="field__error" role="alert">
              {categoryProblem}
            </span>
          )}
        </fieldset>
      )}

      {(decision.outcome === 'plan-ends' || decision.outcome === 'plan-not-needed') && (
        <div className="form-grid">
          <SelectField
            label="What happens instead"
            value={decision.alternative ?? ('' as AlternativeSupport)}
            options={[
              { value: '' as AlternativeSupport, label: 'Choose…' },
              ...AlternativeSupport.options.map((a) => ({ value: a, label: alternativeLabel(a, nation) })),
            ]}
            problem={problem(`${at}.alternative`)}
            onCommit={(alternative) => set({ alternative: alternative || undefined })}
          />
          <TextField
            label="Who leads it"
            value={decision.alternativeLead}
            aside={<AudienceControl textRef={`decision:${child.id}:alternative`} what={`what follows for ${name}`} />}
            problem={problem(`${at}.alternativeLead`)}
            onCommit={(alternativeLead) => set({ alternativeLead })}
          />
        </div>
      )}
      {decision.outcome === 'plan-ends' && (
        <TextField
          label="Step-down plan"
          multiline
          value={decision.stepDownPlan}
          hint={plain(`${at}.stepDownPlan`)}
          onCommit={(stepDownPlan) => set({ stepDownPlan })}
        />
      )}

      <h4>Dissent</h4>
      {decision.dissent.map((d, i) => (
        <div key={i} className="form-grid">
          <SelectField
            label="Who disagrees"
            value={d.participantId}
            options={canDisagree.map((p) => ({ value: p.id, label: participantLabel(p) }))}
            onCommit={(participantId) =>
              set((dec) => ({ dissent: dec.dissent.map((x, j) => (j === i ? { ...x, participantId } : x)) }))
            }
          />
          <TextField
            label="Their view"
            value={d.text}
            aside={
              <AudienceControl
                textRef={`dissent:${child.id}:${d.participantId}`}
                what={`the disagreement of ${conference.participants.find((p) => p.id === d.participantId)?.name || 'this person'}`}
              />
            }
            problem={problem(`${at}.dissent[${i}].text`)}
            onCommit={(text) => set((dec) => ({ dissent: dec.dissent.map((x, j) => (j === i ? { ...x, text } : x)) }))}
          />
          <TextField
            label="How to escalate"
            value={d.escalationRoute}
            onCommit={(escalationRoute) =>
              set((dec) => ({ dissent: dec.dissent.map((x, j) => (j === i ? { ...x, escalationRoute } : x)) }))
            }
          />
        </div>
      ))}
      {professionals[0] && (
        <button
          type="button"
          onClick={() =>
            set((d) => ({
              dissent: [
                ...d.dissent,
                {
                  participantId: professionals[0]!.id,
                  text: '',
                  escalationRoute: 'Local escalation (resolving professional differences) procedure',
                },
              ],
            }))
          }
        >
          Record dissent
        </button>
      )}
    </section>
  );
}
