import { CoreGroupCadence, type Conference, type CoreGroup } from '@shared/model/conference';
import { newId } from '@shared/model/ids';
import { ClockTime, IsoDate } from '@shared/model/primitives';
import { procedureProfile } from '@shared/procedure/profiles';
import { AudienceControl } from '../../components/AudienceControl';
import { SelectField, TextField } from '../../components/fields';
import { useAppStore } from '../../store';
import { participantLabel } from '../meeting/participant-names';
import { DatesPanel } from './DatesPanel';
import { legalPlanningLabel, referralLabel, reporterReferralLabel } from '@shared/wording/labels';
import { cadenceWords } from '@shared/wording/sentences';
import { useDecisionProblems } from './use-checks';

export function CoreGroupEditor({ conference }: { conference: Conference }) {
  const edit = useAppStore((s) => s.editConference);
  const cg = conference.coreGroup;
  const problem = useDecisionProblems(conference);
  // A change worked out from the list in the store, not from the one drawn: the screen may be a key press behind
  // while the chair types (store/shown-conference.tsx).
  const set = (patch: Partial<CoreGroup> | ((now: CoreGroup) => Partial<CoreGroup>)) =>
    edit((c) => ({
      ...c,
      coreGroup: { ...c.coreGroup, ...(typeof patch === 'function' ? patch(c.coreGroup) : patch) },
    }));
  const members = conference.participants.filter((p) => cg.memberParticipantIds.includes(p.id));
  // Members receive the notes already, so only others are offered; anyone added before they became a member stays
  // listed with the message to remove them.
  const notesOnlyChoices = conference.participants.filter(
    (p) => !cg.memberParticipantIds.includes(p.id) && !cg.notesOnlyParticipantIds.includes(p.id),
  );
  const roleOptions = [
    { value: '', label: 'Choose…' },
    ...members.map((p) => ({ value: p.id, label: participantLabel(p) })),
  ];
  return (
    <section aria-labelledby="core-group-title">
      <h3 id="core-group-title">Core group</h3>
      <fieldset className="choices choices--columns">
        <legend>Members</legend>
        {problem('coreGroup.memberParticipantIds') && (
          <span className="field__error">{problem('coreGroup.memberParticipantIds')}</span>
        )}
        {conference.participants.map((p) => (
          <label key={p.id}>
            <input
              type="checkbox"
              checked={cg.memberParticipantIds.includes(p.id)}
              onChange={(e) => {
                const checked = e.target.checked;
                set((now) => ({
                  memberParticipantIds: checked
                    ? [...now.memberParticipantIds, p.id]
                    : now.memberParticipantIds.filter((x) => x !== p.id),
                  // A new member receives the notes as a member, not as well.
                  ...(checked
                    ? { notesOnlyParticipantIds: now.notesOnlyParticipantIds.filter((x) => x !== p.id) }
                    : {}),
                }));
              }}
            />
            {participantLabel(p)}
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        <SelectField
          problem={problem('coreGroup.convenorParticipantId')}
          label="Convenes"
          value={cg.convenorParticipantId ?? ''}
          options={roleOptions}
          onCommit={(v) => set({ convenorParticipantId: v || undefined })}
        />
        <SelectField
          label="Chairs"
          value={cg.chairParticipantId ?? ''}
          options={roleOptions}
          onCommit={(v) => set({ chairParticipantId: v || undefined })}
        />
        <SelectField
          label="Records"
          value={cg.recorderParticipantId ?? ''}
          options={roleOptions}
          onCommit={(v) => set({ recorderParticipantId: v || undefined })}
        />
        <TextField
          label="First meeting"
          type="date"
          schema={IsoDate}
          value={cg.firstMeetingOn ?? ''}
          problem={problem('coreGroup.firstMeetingOn')}
          onCommit={(v) => set({ firstMeetingOn: v || undefined })}
        />
        <TextField
          label="Time"
          type="time"
          schema={ClockTime}
          value={cg.firstMeetingTime ?? ''}
          onCommit={(v) => set({ firstMeetingTime: v || undefined })}
        />
        <SelectField
          label="Then meets"
          problem={problem('coreGroup.cadence')}
          value={cg.cadence ?? ('' as CoreGroupCadence)}
          options={[
            { value: '' as CoreGroupCadence, label: 'Choose…' },
            ...CoreGroupCadence.options.map((c) => ({ value: c, label: cadenceWords(c) })),
          ]}
          onCommit={(v) => set({ cadence: v || undefined })}
        />
      </div>
      <TextField
        label="Where it meets"
        name="coreGroup.venue"
        hint="A place, or “by video”."
        value={cg.venue}
        aside={<AudienceControl textRef="coreGroup.venue" what="where the core group meets" />}
        onCommit={(venue) => set({ venue })}
      />
      <fieldset className="choices">
        <legend>Receive the notes without being members</legend>
        {cg.notesOnlyParticipantIds.length === 0 && <span className="field__hint">Nobody besides the members.</span>}
        {cg.notesOnlyParticipantIds.map((id, i) => {
          const person = conference.participants.find((p) => p.id === id);
          const who = person ? participantLabel(person) : 'Someone no longer listed';
          const message = problem(`coreGroup.notesOnlyParticipantIds[${i}]`);
          return (
            <div key={id} className="notes-only">
              <span>{who}</span>{' '}
              <button
                type="button"
                className="button--quiet"
                aria-label={`Stop sending the notes to ${person?.name || who}`}
                onClick={() =>
                  set((now) => ({ notesOnlyParticipantIds: now.notesOnlyParticipantIds.filter((x) => x !== id) }))
                }
              >
                Remove
              </button>
              {message && (
                <span className="field__error" role="alert">
                  {message}
                </span>
              )}
            </div>
          );
        })}
        {notesOnlyChoices.length > 0 && (
          <SelectField
            label="Add someone who receives the notes"
            value=""
            options={[
              { value: '', label: 'Choose…' },
              ...notesOnlyChoices.map((p) => ({ value: p.id, label: participantLabel(p) })),
            ]}
            onCommit={(id) => id && set((now) => ({ notesOnlyParticipantIds: [...now.notesOnlyParticipantIds, id] }))}
          />
        )}
      </fieldset>
      <DatesPanel conference={conference} only={['first-core-group']} />
      <h4>When the case must come back to conference</h4>
      {cg.returnToConferenceWhen.map((text, i) => (
        <TextField
          key={i}
          label={`Circumstance ${i + 1}`}
          value={text}
          aside={<AudienceControl textRef={`coreGroup.return:${i}`} what={`circumstance ${i + 1}`} />}
          onCommit={(v) =>
            set((now) => ({ returnToConferenceWhen: now.returnToConferenceWhen.map((x, j) => (j === i ? v : x)) }))
          }
        />
      ))}
      <button
        type="button"
        onClick={() => set((now) => ({ returnToConferenceWhen: [...now.returnToConferenceWhen, ''] }))}
      >
        Add a circumstance
      </button>
    </section>
  );
}

export function ReviewEditor({ conference }: { conference: Conference }) {
  const edit = useAppStore((s) => s.editConference);
  const r = conference.review;
  const problem = useDecisionProblems(conference);
  const set = (patch: Partial<Conference['review']>) => edit((c) => ({ ...c, review: { ...c.review, ...patch } }));
  return (
    <section aria-labelledby="review-title">
      <h3 id="review-title">Next review</h3>
      <DatesPanel conference={conference} only={['next-review', 'post-birth-review']} />
      <div className="form-grid">
        <TextField
          label="Next review date"
          name="review.nextReviewOn"
          type="date"
          schema={IsoDate}
          value={r.nextReviewOn ?? ''}
          problem={problem('review.nextReviewOn')}
          onCommit={(v) => set({ nextReviewOn: v || undefined })}
        />
        <TextField
          label="Time"
          type="time"
          schema={ClockTime}
          value={r.nextReviewTime ?? ''}
          onCommit={(v) => set({ nextReviewTime: v || undefined })}
        />
      </div>
      <TextField
        label="Who is invited"
        value={r.invitees}
        aside={<AudienceControl textRef="review.invitees" what="who is invited to the review" />}
        onCommit={(invitees) => set({ invitees })}
      />
    </section>
  );
}

export function OtherDecisionsEditor({ conference }: { conference: Conference }) {
  const edit = useAppStore((s) => s.editConference);
  const o = conference.otherDecisions;
  const problem = useDecisionProblems(conference);
  type OtherDecisions = Conference['otherDecisions'];
  // Worked out from the store's lists, not the ones drawn (see CoreGroupEditor).
  const set = (patch: Partial<OtherDecisions> | ((now: OtherDecisions) => Partial<OtherDecisions>)) =>
    edit((c) => ({
      ...c,
      otherDecisions: { ...c.otherDecisions, ...(typeof patch === 'function' ? patch(c.otherDecisions) : patch) },
    }));
  const profile = procedureProfile(conference.details.nation);
  return (
    <section aria-labelledby="other-decisions-title">
      <h3 id="other-decisions-title">Other decisions</h3>
      {profile.considersReporterReferral && (
        <div className="form-grid">
          <SelectField
            label="Referral to the Children’s Reporter"
            value={o.reporterReferral}
            problem={problem('otherDecisions.reporterReferral')}
            options={Object.entries(reporterReferralLabel).map(([value, label]) => ({
              value: value as keyof typeof reporterReferralLabel,
              label,
            }))}
            onCommit={(reporterReferral) => set({ reporterReferral })}
          />
          <TextField
            label="Reason"
            problem={problem('otherDecisions.reporterReason')}
            value={o.reporterReason}
            aside={
              <AudienceControl
                textRef="otherDecisions.reporterReason"
                what="the reason about the Children’s Reporter"
              />
            }
            onCommit={(reporterReason) => set({ reporterReason })}
          />
        </div>
      )}
      {conference.details.type === 'pre-birth' && (
        <TextField
          label="Whether to seek an order at birth"
          multiline
          value={o.orderAtBirth}
          aside={<AudienceControl textRef="otherDecisions.orderAtBirth" what="whether to seek an order at birth" />}
          onCommit={(orderAtBirth) => set({ orderAtBirth })}
        />
      )}
      <TextField
        label="Emergency measures"
        value={o.emergencyMeasures}
        aside={<AudienceControl textRef="otherDecisions.emergencyMeasures" what="the emergency measures" />}
        onCommit={(emergencyMeasures) => set({ emergencyMeasures })}
      />
      <div className="form-grid">
        <SelectField
          label="Legal planning"
          value={o.legalPlanning}
          options={Object.entries(legalPlanningLabel).map(([value, label]) => ({
            value: value as keyof typeof legalPlanningLabel,
            label,
          }))}
          onCommit={(legalPlanning) => set({ legalPlanning })}
        />
        <TextField
          label="Detail"
          value={o.legalPlanningDetail}
          aside={<AudienceControl textRef="otherDecisions.legalPlanningDetail" what="the legal planning detail" />}
          onCommit={(legalPlanningDetail) => set({ legalPlanningDetail })}
        />
      </div>
      <h4>Referrals</h4>
      {o.referrals.map((r, i) => (
        <div key={r.id} className="form-grid">
          <SelectField
            label={`Referral ${i + 1}`}
            value={r.kind}
            options={Object.entries(referralLabel).map(([value, label]) => ({
              value: value as keyof typeof referralLabel,
              label,
            }))}
            onCommit={(kind) =>
              set((o) => ({ referrals: o.referrals.map((x) => (x.id === r.id ? { ...x, kind } : x)) }))
            }
          />
          <TextField
            label="Detail"
            value={r.detail}
            aside={<AudienceControl textRef={`referral:${r.id}`} what={`referral ${i + 1}`} />}
            onCommit={(detail) =>
              set((o) => ({ referrals: o.referrals.map((x) => (x.id === r.id ? { ...x, detail } : x)) }))
            }
          />
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          set((o) => ({
            referrals: [...o.referrals, { id: newId('ref'), kind: 'family-group-conference', detail: '' }],
          }))
        }
      >
        Add a referral
      </button>
      <h4>Assessments commissioned</h4>
      {o.assessments.map((a, i) => (
        <div key={a.id} className="form-grid">
          <TextField
            label={`Assessment ${i + 1}`}
            value={a.what}
            aside={<AudienceControl textRef={`assessment:${a.id}`} what={`assessment ${i + 1}`} />}
            onCommit={(what) =>
              set((o) => ({ assessments: o.assessments.map((x) => (x.id === a.id ? { ...x, what } : x)) }))
            }
          />
          <TextField
            label="By"
            value={a.by}
            onCommit={(by) =>
              set((o) => ({ assessments: o.assessments.map((x) => (x.id === a.id ? { ...x, by } : x)) }))
            }
          />
          <TextField
            label="Due"
            type="date"
            schema={IsoDate}
            value={a.dueOn ?? ''}
            onCommit={(v) =>
              set((o) => ({
                assessments: o.assessments.map((x) => (x.id === a.id ? { ...x, dueOn: v || undefined } : x)),
              }))
            }
          />
        </div>
      ))}
      <button
        type="button"
        onClick={() => set((o) => ({ assessments: [...o.assessments, { id: newId('assess'), what: '', by: '' }] }))}
      >
        Add an assessment
      </button>
      <TextField
        label="Other services"
        multiline
        value={o.otherServices}
        aside={<AudienceControl textRef="otherDecisions.otherServices" what="the other services" />}
        onCommit={(otherServices) => set({ otherServices })}
      />
    </section>
  );
}
