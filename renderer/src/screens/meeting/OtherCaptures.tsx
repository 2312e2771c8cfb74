import { useId, useState } from 'react';
import {
  ChildVoiceMethod,
  Rag,
  type AttendanceStatus,
  type Child,
  type Conference,
  type PlanAction,
} from '@shared/model/conference';
import { childVoiceMethodLabel } from '@shared/wording/labels';
import { attendanceStatusesFor, isTakingPart } from '@shared/meeting/attendance';
import { attendanceLabel } from '@shared/wording/labels';
import { QuorumIndicator } from '../../components/QuorumIndicator';
import { newId } from '@shared/model/ids';
import { capitalise, childName, possessive, progressLabel } from '@shared/wording/sentences';
import { quote } from '@shared/audience/captured';
import { AudienceControl } from '../../components/AudienceControl';
import { SelectField, TextField } from '../../components/fields';
import { useAppStore } from '../../store';
import { patchListItem, removeListItem } from '../../store/edits';
import { participantLabel } from './participant-names';

/**
 * How we heard from a child, when the record already says: they came to the meeting, or their attendance names how
 * their views were gathered. Otherwise nothing: the chair chooses, rather than the app guessing "an advocate".
 */
export function usualVoiceMethod(conference: Conference, child: Child): ChildVoiceMethod | undefined {
  const themselves = conference.participants.filter((p) => p.kind === 'child' && p.childId === child.id);
  if (themselves.some(isTakingPart)) return 'attended';
  return themselves.find((p) => p.attendance.viewsGatheredBy)?.attendance.viewsGatheredBy;
}

export function ChildVoiceCapture({ conference }: { conference: Conference }) {
  return (
    <div>
      {conference.children.map((child) => (
        <ChildVoices key={child.id} conference={conference} child={child} />
      ))}
    </div>
  );
}

function ChildVoices({ conference, child }: { conference: Conference; child: Child }) {
  const edit = useAppStore((s) => s.editConference);
  const [choosing, setChoosing] = useState(false);
  const chooser = useId();
  const voices = conference.childVoices.filter((v) => v.childId === child.id);
  const name = childName(child);
  const add = (method: ChildVoiceMethod) => {
    edit((c) => ({
      ...c,
      childVoices: [...c.childVoices, { id: newId('voice'), childId: child.id, method, summary: '', response: '' }],
    }));
    setChoosing(false);
  };
  const usual = usualVoiceMethod(conference, child);
  return (
    <fieldset className="record">
      <legend>{capitalise(name)}</legend>
      {voices.map((v) => (
        <div key={v.id}>
          <SelectField
            label="How we heard from them"
            value={v.method}
            options={ChildVoiceMethod.options.map((m) => ({ value: m, label: childVoiceMethodLabel[m] }))}
            onCommit={(method) => edit(patchListItem('childVoices', v.id, { method }))}
          />
          <TextField
            label="What they told us"
            multiline
            value={v.summary}
            aside={<AudienceControl textRef={`childVoice:${v.id}`} what={`what ${name} told us`} />}
            onCommit={(summary) => edit(patchListItem('childVoices', v.id, { summary }))}
          />
          <TextField
            label="What the plan does about it"
            hint={`Optional. The family plan and ${possessive(name)} letter say “You told us …, so …”.`}
            multiline
            value={v.response}
            onCommit={(response) => edit(patchListItem('childVoices', v.id, { response }))}
          />
          <button type="button" className="link-button" onClick={() => edit(removeListItem('childVoices', v.id))}>
            Remove
          </button>
        </div>
      ))}
      {child.unborn ? (
        // An unborn baby has no views to tell: the conference hears about the baby from the parents and professionals.
        <p className="muted">
          {capitalise(name)} is not born yet, so has no views of their own to record. What the parents and professionals
          say about {name} goes in the notes and the analysis.
        </p>
      ) : choosing ? (
        <div className="field">
          <label htmlFor={chooser}>How we heard from them</label>
          <span className="field__hint" id={`${chooser}-hint`}>
            Choose how we heard from {name} to add what they told us.
          </span>
          <select
            id={chooser}
            aria-describedby={`${chooser}-hint`}
            value=""
            onChange={(e) => e.target.value && add(e.target.value as ChildVoiceMethod)}
          >
            <option value="" disabled>
              Choose…
            </option>
            {ChildVoiceMethod.options.map((m) => (
              <option key={m} value={m}>
                {childVoiceMethodLabel[m]}
              </option>
            ))}
          </select>
          <button type="button" className="link-button" onClick={() => setChoosing(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => (usual ? add(usual) : setChoosing(true))}>
          Add what {name} told us
        </button>
      )}
    </fieldset>
  );
}

export function OtherChildrenCapture({ conference }: { conference: Conference }) {
  const edit = useAppStore((s) => s.editConference);
  if (conference.otherChildren.length === 0) {
    return (
      <p className="muted">
        No other children are recorded. Add them under Setup → Household if the adults care for or live with other
        children.
      </p>
    );
  }
  return (
    <div>
      {conference.otherChildren.map((o) => (
        <TextField
          key={o.id}
          label={`Conclusion about ${o.name || 'this child'}${o.connection ? ` (${o.connection})` : ''}`}
          multiline
          value={o.conclusion}
          aside={
            <AudienceControl textRef={`otherChild:${o.id}`} what={`what is recorded about ${o.name || 'this child'}`} />
          }
          onCommit={(conclusion) => edit(patchListItem('otherChildren', o.id, { conclusion }))}
        />
      ))}
    </div>
  );
}

export function AttendanceCapture({ conference }: { conference: Conference }) {
  const edit = useAppStore((s) => s.editConference);
  return (
    <div>
      <QuorumIndicator participants={conference.participants} />
      <table className="table">
        <tbody>
          {conference.participants.map((p) => (
            <tr key={p.id}>
              <td>{participantLabel(p)}</td>
              <td>
                <select
                  aria-label={`Attendance of ${p.name || 'participant'}`}
                  value={p.attendance.status}
                  onChange={(e) =>
                    edit(
                      patchListItem('participants', p.id, {
                        attendance: { ...p.attendance, status: e.target.value as AttendanceStatus },
                      }),
                    )
                  }
                >
                  {attendanceStatusesFor(p.kind).map((s) => (
                    <option key={s} value={s}>
                      {attendanceLabel[s]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Times, reasons and exclusions are under Setup → Participants.</p>
    </div>
  );
}

/** Review conferences: how each action from the last plan has gone. */
export function PlanProgressCapture({ conference }: { conference: Conference }) {
  const edit = useAppStore((s) => s.editConference);
  const previous = conference.plan.actions.filter((a) => a.carriedForward);
  const setProgress = (action: PlanAction, patch: Partial<NonNullable<PlanAction['progress']>>) =>
    edit((c) => ({
      ...c,
      plan: {
        ...c.plan,
        actions: c.plan.actions.map((a) =>
          a.id === action.id
            ? { ...a, progress: { rag: a.progress?.rag ?? 'amber', note: a.progress?.note ?? '', ...patch } }
            : a,
        ),
      },
    }));
  if (previous.length === 0) return <p className="muted">No actions were carried forward from the last plan.</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Action from the last plan</th>
          <th scope="col">Progress</th>
          <th scope="col">Note</th>
          <th scope="col">In the new plan</th>
        </tr>
      </thead>
      <tbody>
        {previous.map((a) => (
          <tr key={a.id}>
            <td>{a.what}</td>
            <td>
              <select
                aria-label={`Progress: ${a.what}`}
                value={a.progress?.rag ?? ''}
                onChange={(e) => setProgress(a, { rag: e.target.value as Rag })}
              >
                <option value="" disabled>
                  Choose…
                </option>
                {Rag.options.map((r) => (
                  <option key={r} value={r}>
                    {progressLabel(r)}
                  </option>
                ))}
              </select>
            </td>
            <td>
              <div className="cell-with-audience">
                <input
                  aria-label={`Progress note: ${a.what}`}
                  value={a.progress?.note ?? ''}
                  onChange={(e) => setProgress(a, { note: e.target.value })}
                />
                <AudienceControl
                  textRef={`action:${a.id}:progress`}
                  what={`the progress note on ${quote(a.what, 32)}`}
                />
              </div>
            </td>
            <td>
              <input
                type="checkbox"
                aria-label={`Carry on in the new plan: ${a.what}`}
                checked={!a.retired}
                onChange={(e) =>
                  edit((c) => ({
                    ...c,
                    plan: {
                      ...c.plan,
                      actions: c.plan.actions.map((x) => (x.id === a.id ? { ...x, retired: !e.target.checked } : x)),
                    },
                  }))
                }
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
