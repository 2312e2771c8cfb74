import { memo, useRef, useState } from 'react';
import { quote } from '@shared/audience/captured';
import type { ActionDue, ActionPerson, Conference, PlanAction } from '@shared/model/conference';
import { newId } from '@shared/model/ids';
import { IsoDate } from '@shared/model/primitives';
import { cadenceWithoutFirstDate } from '@shared/plan/plan-checks';
import { capitalise, everyWords } from '@shared/wording/sentences';
import { AudienceControl } from '../../components/AudienceControl';
import { SelectField, TextField } from '../../components/fields';
import { useAppStore } from '../../store';
import { participantLabel } from '../meeting/participant-names';
import { ChildrenChoice } from '../../components/ChildrenChoice';
import {
  planNotesOf,
  plainWordsOf,
  useDecisionProblems,
  useLeadProfessionalTitle,
  useMessagesByAction,
  type FieldLookup,
} from './use-checks';

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
    /** Changes one action from its saved state, so quick edits to its lists of people never undo each other. */
    updateAction: (id: string, change: (action: PlanAction) => Partial<PlanAction>) =>
      edit((c) => ({
        ...c,
        plan: { ...c.plan, actions: c.plan.actions.map((a) => (a.id === id ? { ...a, ...change(a) } : a)) },
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

type Interval = Extract<ActionDue, { kind: 'every' }>['interval'];
const OTHER = '__someone-else__';

/**
 * One person on an action: a participant, or someone else by name ("the grandmother"). "Someone else" stays chosen
 * in this row until a name is typed; the file holds only a real name or a participant, never a marker.
 */
function PersonPicker({
  conference,
  person,
  label,
  name,
  problem,
  onChange,
}: {
  conference: Conference;
  person: ActionPerson;
  label: string;
  name: string;
  problem: string | undefined;
  onChange: (person: ActionPerson) => void;
}) {
  const [someoneElse, setSomeoneElse] = useState(Boolean(person.name.trim()) && person.participantId === undefined);
  const value = person.participantId ?? (someoneElse || person.name.trim() ? OTHER : '');
  const listed =
    person.participantId === undefined || conference.participants.some((p) => p.id === person.participantId);
  return (
    <>
      <SelectField
        label={label}
        name={name}
        value={value}
        problem={problem}
        options={[
          { value: '', label: 'Choose…' },
          ...conference.participants.map((p) => ({ value: p.id, label: participantLabel(p) })),
          // Someone removed from the participants is still shown, so the message beside them makes sense.
          ...(listed
            ? []
            : [{ value: person.participantId!, label: `${person.name || 'Someone'} (no longer listed)` }]),
          { value: OTHER, label: 'Someone else (type the name)' },
        ]}
        onCommit={(v) => {
          setSomeoneElse(v === OTHER);
          onChange(v === OTHER || v === '' ? { name: v === OTHER ? person.name : '' } : { participantId: v, name: '' });
        }}
      />
      {value === OTHER && (
        <TextField
          label="Their name"
          name={`${name}.name`}
          value={person.name}
          onCommit={(typed) => onChange({ name: typed })}
        />
      )}
    </>
  );
}

/** The people who share an action with its first owner, or who help with it: a line each, added and removed. */
function PeopleRows({
  conference,
  action,
  list,
  at,
  problem,
}: {
  conference: Conference;
  action: PlanAction;
  list: 'alsoBy' | 'supportedBy';
  at: string;
  problem: FieldLookup;
}) {
  const { updateAction } = usePlanEdit();
  const people = action[list];
  // A key per row that stays with the row when one above it is removed, so a row's own state (a "Someone else" chosen
  // before the name is typed) does not move to its neighbour. Rows are added and removed only here.
  const keys = useRef<number[]>([]);
  const next = useRef(0);
  while (keys.current.length < people.length) keys.current.push(next.current++);
  keys.current.length = people.length;
  const words =
    list === 'alsoBy'
      ? { label: 'And', add: 'Add someone who shares it', remove: 'Remove', what: 'who shares it' }
      : { label: 'With help from', add: 'Add someone who helps', remove: 'Remove', what: 'who helps' };
  const change = (k: number, next: ActionPerson | undefined) =>
    updateAction(action.id, (a) => ({
      [list]: next === undefined ? a[list].filter((_, j) => j !== k) : a[list].map((p, j) => (j === k ? next : p)),
    }));
  return (
    <div className="action-people">
      {people.map((person, k) => (
        <div key={keys.current[k]}>
          <div className="form-grid">
            <PersonPicker
              conference={conference}
              person={person}
              label={`${words.label} (${k + 1})`}
              name={`${at}.${list}[${k}]`}
              problem={problem(`${at}.${list}[${k}]`)}
              onChange={(next) => change(k, next)}
            />
          </div>
          <button
            type="button"
            className="button--quiet"
            aria-label={`${words.remove} ${words.what} (${k + 1})`}
            onClick={() => {
              keys.current.splice(k, 1);
              change(k, undefined);
            }}
          >
            {words.remove}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => updateAction(action.id, (a) => ({ [list]: [...a[list], { name: '' }] }))}>
        {words.add}
      </button>
    </div>
  );
}

type ActionRowProps = {
  conference: Conference;
  action: PlanAction;
  index: number;
  /** What the checks, hints and notes say about this action (use-checks.ts useMessagesByAction). */
  messages: string;
};

/**
 * Drawn again only when something it shows has changed: its action, its place, the people, outcomes and children it
 * offers, or what the checks say about it. A plan can hold a hundred actions, and each key typed in one of them
 * would otherwise redraw every other (each with its lists of people to choose from).
 */
const ActionRow = memo(
  ActionRowDrawn,
  (before: ActionRowProps, after: ActionRowProps) =>
    before.action === after.action &&
    before.index === after.index &&
    before.messages === after.messages &&
    before.conference.participants === after.conference.participants &&
    before.conference.plan.outcomes === after.conference.plan.outcomes &&
    before.conference.children === after.conference.children,
);

function ActionRowDrawn({ conference, action, index }: ActionRowProps) {
  const { patch, remove } = usePlanEdit();
  const at = `plan.actions[${index}]`;
  const problem = useDecisionProblems(conference);
  const plain = plainWordsOf(conference);
  const set = (p: Partial<PlanAction>) => patch('actions', action.id, p);
  // A cadence chosen before its first date: the file cannot hold it without one, and the app never guesses the date
  // (the conference's own date would be a silent default), so the row keeps the choice and asks for the date.
  const [pendingInterval, setPendingInterval] = useState<Interval | undefined>(undefined);
  const due = action.due;
  const interval = due?.kind === 'every' ? due.interval : pendingInterval;
  const dueDate = due?.kind === 'by' ? due.date : due?.kind === 'every' ? due.startsOn : '';
  const setDue = (next: ActionDue | undefined) => set({ due: next });
  const chooseHowOften = (v: string) => {
    if (v === 'once') {
      setPendingInterval(undefined);
      // The first date of a cadence is the date it is now done by.
      if (due?.kind === 'every') setDue({ kind: 'by', date: due.startsOn });
      return;
    }
    const next = v as Interval;
    if (due) {
      setPendingInterval(undefined);
      setDue({ kind: 'every', interval: next, startsOn: due.kind === 'every' ? due.startsOn : due.date });
    } else {
      setPendingInterval(next);
    }
  };
  const chooseDate = (date: string) => {
    if (!date) {
      if (interval) setPendingInterval(interval);
      setDue(undefined);
      return;
    }
    setPendingInterval(undefined);
    setDue(interval ? { kind: 'every', interval, startsOn: date } : { kind: 'by', date });
  };
  const dateProblem =
    !due && pendingInterval
      ? cadenceWithoutFirstDate(index).message
      : (problem(`${at}.due`) ?? problem(`${at}.due.startsOn`));
  const outcomeKnown =
    action.outcomeId === undefined || conference.plan.outcomes.some((o) => o.id === action.outcomeId);
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
        <PersonPicker
          conference={conference}
          person={
            action.ownerParticipantId !== undefined
              ? { participantId: action.ownerParticipantId, name: action.ownerName }
              : { name: action.ownerName }
          }
          label="Who"
          name={`${at}.owner`}
          problem={problem(`${at}.owner`)}
          onChange={(p) =>
            set(
              p.participantId !== undefined
                ? { ownerParticipantId: p.participantId, ownerName: '' }
                : { ownerParticipantId: undefined, ownerName: p.name },
            )
          }
        />
        {(conference.plan.outcomes.length > 0 || action.outcomeId !== undefined) && (
          <SelectField
            label="The outcome it serves"
            name={`${at}.outcomeId`}
            value={action.outcomeId ?? ''}
            problem={problem(`${at}.outcomeId`)}
            options={[
              { value: '', label: 'None in particular' },
              ...conference.plan.outcomes.map((o, i) => ({
                value: o.id,
                label: `Outcome ${i + 1}: ${quote(o.text, 40)}`,
              })),
              ...(outcomeKnown ? [] : [{ value: action.outcomeId!, label: 'An outcome that has been removed' }]),
            ]}
            onCommit={(v) => set({ outcomeId: v || undefined })}
          />
        )}
      </div>
      <PeopleRows conference={conference} action={action} list="alsoBy" at={at} problem={problem} />
      <PeopleRows conference={conference} action={action} list="supportedBy" at={at} problem={problem} />
      <div className="form-grid">
        <SelectField
          label="How often"
          name={`${at}.due.kind`}
          value={interval ?? 'once'}
          options={[
            { value: 'once', label: 'Once, by a date' },
            ...Object.entries(everyWords).map(([value, words]) => ({ value, label: capitalise(words) })),
          ]}
          onCommit={chooseHowOften}
        />
        <TextField
          label={interval ? 'First by' : 'By'}
          name={interval ? `${at}.due.startsOn` : `${at}.due`}
          type="date"
          schema={IsoDate}
          value={dueDate}
          problem={dateProblem}
          onCommit={chooseDate}
        />
      </div>
      <TextField
        label="How we will know"
        name={`${at}.howWeWillKnow`}
        value={action.howWeWillKnow}
        problem={problem(`${at}.howWeWillKnow`)}
        hint={plain(`${at}.howWeWillKnow`)}
        onCommit={(howWeWillKnow) => set({ howWeWillKnow })}
      />
      <ChildrenChoice
        children={conference.children}
        value={action.childIds}
        legend="For"
        noneMeans="None ticked: for all the children."
        problem={problem(`${at}.childIds`)}
        note={planNotesOf(conference)(`${at}.childIds`)}
        onChange={(childIds) => set({ childIds })}
      />
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
  // The organisation's own title where it has one (England's "lead child protection practitioner"), else the nation's.
  const leadTitle = capitalise(useLeadProfessionalTitle(conference));
  const showMain = part === 'all';
  const actionMessages = useMessagesByAction(conference);
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
              <ChildrenChoice
                children={conference.children}
                value={o.childIds}
                legend="About"
                noneMeans="None ticked: about all the children."
                onChange={(childIds) => patch('outcomes', o.id, { childIds })}
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
            <ActionRow key={a.id} conference={conference} action={a} index={i} messages={actionMessages(i)} />
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
          <h3 id="lead-title">{leadTitle} and visits</h3>
          <div className="form-grid">
            <SelectField
              label={leadTitle}
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
