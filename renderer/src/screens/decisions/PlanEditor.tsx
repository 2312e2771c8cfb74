import { useState } from 'react';
import type { ActionDue, Conference, PlanAction } from '../../../../shared/model/conference';
import { newId } from '../../../../shared/model/ids';
import { IsoDate } from '../../../../shared/model/primitives';
import { childName } from '../../../../shared/presenter/plain-words';
import { AudienceControl } from '../../components/AudienceControl';
import { SelectField, TextField } from '../../components/fields';
import { useAppStore } from '../../store';
import { participantLabel } from '../meeting/participant-names';
import { plainWordsOf, useDecisionProblems } from './use-checks';

type PlanList = 'outcomes' | 'actions' | 'support' | 'contingency';

function usePlanEdit() {
  const edit = useAppStore((s) => s.editConference);
  return {
    patch: <K extends PlanList>(list: K, id: string, patch: Partial<Conference['plan'][K][number]>) =>
      edit((c) => ({
        ...c,
        plan: {
          ...c.plan,
          [list]: (c.plan[list] as Array<{ id: string }>).map((x) => (x.id === id ? { ...x, ...patch } : x)),
        },
      })),
    add: <K extends PlanList>(list: K, item: Conference['plan'][K][number]) =>
      edit((c) => ({ ...c, plan: { ...c.plan, [list]: [...(c.plan[list] as unknown[]), item] } })),
    remove: (list: PlanList, id: string) =>
      edit((c) => ({
        ...c,
        plan: { ...c.plan, [list]: (c.plan[list] as Array<{ id: string }>).filter((x) => x.id !== id) },
      })),
    set: (patch: Partial<Conference['plan']>) => edit((c) => ({ ...c, plan: { ...c.plan, ...patch } })),
  };
}

const intervalLabel = {
  week: 'Every week',
  fortnight: 'Every fortnight',
  'four-weeks': 'Every four weeks',
  month: 'Every month',
} as const;
const OTHER = '__someone-else__';

function ActionRow({ conference, action, index }: { conference: Conference; action: PlanAction; index: number }) {
  const { patch, remove } = usePlanEdit();
  const at = `plan.actions[${index}]`;
  const problem = useDecisionProblems(conference);
  const plain = plainWordsOf(conference);
  const set = (p: Partial<PlanAction>) => patch('actions', action.id, p);
  // "Someone else" is a choice in this row until a name is typed; the file holds only a real name, never a marker.
  const [someoneElse, setSomeoneElse] = useState(Boolean(action.ownerName.trim()));
  const owner = action.ownerParticipantId ?? (someoneElse ? OTHER : '');
  const due = action.due;
  const dueKind = due?.kind ?? 'by';
  const setDue = (next: ActionDue | undefined) => set({ due: next });
  return (
    <fieldset className="record">
      <legend>
        <span>
          Action {index + 1}
          {action.carriedForward && ' (from the last plan)'}
        </span>
      </legend>
      <div className="record__audience">
        <AudienceControl textRef={`action:${action.id}`} what={`action ${index + 1}`} />
      </div>
      <TextField
        label="What will be done"
        multiline
        name={`${at}.what`}
        value={action.what}
        problem={problem(`${at}.what`)}
        hint={plain(`${at}.what`)}
        onCommit={(what) => set({ what })}
      />
      <div className="form-grid">
        <SelectField
          label="Who"
          name={`${at}.owner`}
          value={owner}
          problem={problem(`${at}.owner`)}
          options={[
            { value: '', label: 'Choose…' },
            ...conference.participants.map((p) => ({ value: p.id, label: participantLabel(p) })),
            { value: OTHER, label: 'Someone else (type the name)' },
          ]}
          onCommit={(v) => {
            setSomeoneElse(v === OTHER);
            if (v === OTHER) set({ ownerParticipantId: undefined });
            else set({ ownerParticipantId: v || undefined, ownerName: '' });
          }}
        />
        {owner === OTHER && (
          <TextField
            label="Their name"
            name={`${at}.ownerName`}
            value={action.ownerName}
            onCommit={(ownerName) => set({ ownerName })}
          />
        )}
        <SelectField
          label="When"
          name={`${at}.due.kind`}
          value={dueKind === 'by' ? 'by' : due?.kind === 'every' ? due.interval : 'by'}
          options={[
            { value: 'by', label: 'By a date' },
            ...Object.entries(intervalLabel).map(([value, label]) => ({ value, label })),
          ]}
          onCommit={(v) =>
            setDue(
              v === 'by'
                ? due?.kind === 'by'
                  ? due
                  : undefined
                : {
                    kind: 'every',
                    interval: v as 'week',
                    startsOn: (due?.kind === 'every' ? due.startsOn : undefined) ?? conference.details.date,
                  },
            )
          }
        />
        {dueKind === 'by' ? (
          <TextField
            label="By"
            name={`${at}.due`}
            type="date"
            schema={IsoDate}
            value={due?.kind === 'by' ? due.date : ''}
            problem={
              !due
                ? 'Give a date: actions without dates drift.'
                : due.kind === 'by' && due.date <= conference.details.date
                  ? 'This date is not after the conference.'
                  : undefined
            }
            onCommit={(date) => setDue(date ? { kind: 'by', date } : undefined)}
          />
        ) : (
          <TextField
            label="Starting"
            name={`${at}.due.startsOn`}
            type="date"
            schema={IsoDate}
            value={due?.kind === 'every' ? due.startsOn : ''}
            onCommit={(startsOn) => due?.kind === 'every' && startsOn && setDue({ ...due, startsOn })}
          />
        )}
      </div>
      <TextField
        label="How we will know"
        name={`${at}.howWeWillKnow`}
        value={action.howWeWillKnow}
        problem={problem(`${at}.howWeWillKnow`)}
        hint={plain(`${at}.howWeWillKnow`)}
        onCommit={(howWeWillKnow) => set({ howWeWillKnow })}
      />
      {conference.children.length > 1 && (
        <fieldset className="choices choices--inline">
          <legend>For</legend>
          {conference.children.map((c) => (
            <label key={c.id}>
              <input
                type="checkbox"
                checked={action.childIds.includes(c.id)}
                onChange={(e) =>
                  set({
                    childIds: e.target.checked ? [...action.childIds, c.id] : action.childIds.filter((x) => x !== c.id),
                  })
                }
              />
              {childName(c)}
            </label>
          ))}
        </fieldset>
      )}
      <button type="button" className="button--quiet" onClick={() => remove('actions', action.id)}>
        Remove action
      </button>
    </fieldset>
  );
}

export function PlanEditor({
  conference,
  part = 'all',
}: {
  conference: Conference;
  part?: 'all' | 'contingency' | 'lead';
}) {
  const { patch, add, remove, set } = usePlanEdit();
  const plan = conference.plan;
  const problem = useDecisionProblems(conference);
  const plain = plainWordsOf(conference);
  const professionals = conference.participants.filter((p) => p.kind === 'professional');
  const showMain = part === 'all';
  return (
    <div className="plan-editor">
      {showMain && (
        <section aria-labelledby="outcomes-title">
          <h3 id="outcomes-title">What needs to change</h3>
          {plan.outcomes.map((o, i) => (
            <fieldset key={o.id} className="record">
              <legend>
                <span>Outcome {i + 1}</span>
              </legend>
              <div className="record__audience">
                <AudienceControl textRef={`outcome:${o.id}`} what={`outcome ${i + 1}`} />
              </div>
              <TextField
                label="What needs to change"
                name={`plan.outcomes[${i}].text`}
                value={o.text}
                problem={problem(`plan.outcomes[${i}].text`)}
                hint={plain(`plan.outcomes[${i}].text`)}
                onCommit={(text) => patch('outcomes', o.id, { text })}
              />
              <TextField
                label="Why it matters"
                name={`plan.outcomes[${i}].why`}
                value={o.why}
                hint={plain(`plan.outcomes[${i}].why`)}
                onCommit={(why) => patch('outcomes', o.id, { why })}
              />
              <button type="button" className="button--quiet" onClick={() => remove('outcomes', o.id)}>
                Remove outcome
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            onClick={() => add('outcomes', { id: newId('outcome'), text: '', why: '', childIds: [] })}
          >
            Add an outcome
          </button>
        </section>
      )}
      {showMain && (
        <section aria-labelledby="actions-title">
          <h3 id="actions-title">Who does what, by when</h3>
          {plan.actions.map((a, i) => (
            <ActionRow key={a.id} conference={conference} action={a} index={i} />
          ))}
          <button
            type="button"
            onClick={() =>
              add('actions', {
                id: newId('action'),
                what: '',
                childIds: [],
                ownerName: '',
                alsoBy: [],
                supportedBy: [],
                howWeWillKnow: '',
                carriedForward: false,
                retired: false,
              })
            }
          >
            Add an action
          </button>
        </section>
      )}
      {showMain && (
        <section aria-labelledby="support-title">
          <h3 id="support-title">Support offered</h3>
          {plan.support.map((s, i) => (
            <div key={s.id} className="form-grid">
              <TextField
                label="Support"
                multiline
                name={`plan.support[${i}].text`}
                value={s.text}
                aside={<AudienceControl textRef={`support:${s.id}`} what={`support ${i + 1}`} />}
                problem={problem(`plan.support[${i}].text`)}
                hint={plain(`plan.support[${i}].text`)}
                onCommit={(text) => patch('support', s.id, { text })}
              />
              <TextField
                label="Offered by"
                name={`plan.support[${i}].providedBy`}
                value={s.providedBy}
                onCommit={(providedBy) => patch('support', s.id, { providedBy })}
              />
              <button type="button" className="button--quiet" onClick={() => remove('support', s.id)}>
                Remove
              </button>
            </div>
          ))}
          <button type="button" onClick={() => add('support', { id: newId('support'), text: '', providedBy: '' })}>
            Add support
          </button>
          <TextField
            label="Family time and contact arrangements"
            multiline
            value={plan.contactArrangements}
            aside={<AudienceControl textRef="plan.contactArrangements" what="the contact arrangements" />}
            hint={plain('plan.contactArrangements')}
            onCommit={(contactArrangements) => set({ contactArrangements })}
          />
        </section>
      )}
      {(part === 'all' || part === 'contingency') && (
        <section aria-labelledby="contingency-title">
          <h3 id="contingency-title">If things do not change</h3>
          {plan.contingency.map((c, i) => (
            <div key={c.id} className="form-grid">
              <TextField
                label="If…"
                multiline
                name={`plan.contingency[${i}].if`}
                value={c.if}
                aside={<AudienceControl textRef={`contingency:${c.id}`} what={`contingency line ${i + 1}`} />}
                problem={problem(`plan.contingency[${i}].if`)}
                hint={plain(`plan.contingency[${i}].if`)}
                onCommit={(v) => patch('contingency', c.id, { if: v })}
              />
              <TextField
                label="Then…"
                multiline
                name={`plan.contingency[${i}].then`}
                value={c.then}
                problem={problem(`plan.contingency[${i}].then`)}
                hint={plain(`plan.contingency[${i}].then`)}
                onCommit={(then) => patch('contingency', c.id, { then })}
              />
              <button type="button" className="button--quiet" onClick={() => remove('contingency', c.id)}>
                Remove
              </button>
            </div>
          ))}
          <button type="button" onClick={() => add('contingency', { id: newId('contingency'), if: '', then: '' })}>
            Add an “if … then …” line
          </button>
        </section>
      )}
      {(part === 'all' || part === 'lead') && (
        <section aria-labelledby="lead-title">
          <h3 id="lead-title">Lead social worker and visits</h3>
          <div className="form-grid">
            <SelectField
              label="Lead social worker"
              value={plan.leadSocialWorkerParticipantId ?? ''}
              problem={problem('plan.leadSocialWorkerParticipantId')}
              options={[
                { value: '', label: 'Choose…' },
                ...professionals.map((p) => ({ value: p.id, label: participantLabel(p) })),
              ]}
              onCommit={(v) => set({ leadSocialWorkerParticipantId: v || undefined })}
            />
            <TextField label="Team manager" value={plan.teamManager} onCommit={(teamManager) => set({ teamManager })} />
            <TextField
              label="Visits"
              hint="For example: seen at home at least every 10 working days, and seen alone."
              value={plan.visitingFrequency}
              problem={problem('plan.visitingFrequency')}
              onCommit={(visitingFrequency) => set({ visitingFrequency })}
            />
          </div>
        </section>
      )}
    </div>
  );
}
