import type { Conference, ConferenceDetails } from '@shared/model/conference';
import { ConferenceType, JoinMode, Nation } from '@shared/model/conference';
import { conferenceTypeLabel, joinModeLabel, nationLabel } from '@shared/wording/labels';
import { ClockTime, IsoDate } from '@shared/model/primitives';
import {
  describeAmount,
  effectiveTimescales,
  procedureProfile,
  type TimescaleOverrides,
} from '@shared/procedure/profiles';
import { AudienceControl } from '../../components/AudienceControl';
import { SelectField, TextField } from '../../components/fields';
import { useAppStore } from '../../store';
import { useEdit, useFieldProblems } from './use-setup';

/** What the referral date is for, in this nation with the organisation's settings. */
function referralHint(nation: Nation, timescales: TimescaleOverrides): string {
  const rule = effectiveTimescales(nation, timescales).timescales['child-and-family-assessment'];
  const name = procedureProfile(nation).name;
  return rule
    ? `The child and family assessment is counted from it: ${describeAmount(rule.amount, rule.unit)} (${name}).`
    : `${name} sets no national timescale for the assessment; the date is kept for the record.`;
}

export function DetailsForm({ conference }: { conference: Conference }) {
  const edit = useEdit();
  const problem = useFieldProblems(conference);
  const timescales = useAppStore((s) => s.settings.procedure.timescales);
  const d = conference.details;
  const set =
    <K extends keyof ConferenceDetails>(key: K) =>
    (value: ConferenceDetails[K]) =>
      edit((c) => ({ ...c, details: { ...c.details, [key]: value } }));
  const optional =
    (key: 'startTime' | 'endTime' | 'referralOn' | 'strategyDiscussionOn' | 'transferNotifiedOn') => (v: string) =>
      set(key)(v === '' ? undefined : v);

  return (
    <section className="card" aria-labelledby="details-title">
      <h2 id="details-title">Conference details</h2>
      <div className="form-grid">
        <SelectField
          label="Type of conference"
          name="type"
          value={d.type}
          options={ConferenceType.options.map((t) => ({ value: t, label: conferenceTypeLabel(t, d.nation) }))}
          onCommit={set('type')}
        />
        <SelectField
          label="Nation"
          name="nation"
          value={d.nation}
          hint="Sets the procedure: words, categories, timescales and bank holidays."
          options={Nation.options.map((n) => ({ value: n, label: nationLabel[n] }))}
          onCommit={set('nation')}
        />
        <TextField
          label="Date"
          name="date"
          type="date"
          value={d.date}
          schema={IsoDate}
          required
          onCommit={set('date')}
        />
        <TextField
          label="Start time"
          name="startTime"
          type="time"
          value={d.startTime ?? ''}
          schema={ClockTime}
          onCommit={optional('startTime')}
        />
        <TextField
          label="End time"
          name="endTime"
          type="time"
          value={d.endTime ?? ''}
          schema={ClockTime}
          problem={problem('details.endTime')}
          onCommit={optional('endTime')}
        />
        <TextField label="Venue" name="venue" value={d.venue} onCommit={set('venue')} />
        <SelectField
          label="How people join"
          name="joinMode"
          value={d.joinMode}
          options={JoinMode.options.map((j) => ({ value: j, label: joinModeLabel[j] }))}
          onCommit={set('joinMode')}
        />
        {d.joinMode !== 'in-person' && (
          <TextField
            label="Video link or joining details"
            name="joinDetails"
            value={d.joinDetails}
            aside={<AudienceControl textRef="details.joinDetails" what="the joining details" />}
            onCommit={set('joinDetails')}
          />
        )}
        <TextField label="Chair" name="chair" value={d.chair} onCommit={set('chair')} />
        <TextField label="Minute-taker" name="minuteTaker" value={d.minuteTaker} onCommit={set('minuteTaker')} />
        <TextField label="Reference" name="reference" value={d.reference} onCommit={set('reference')} />
        <TextField
          label="Local authority"
          name="localAuthority"
          value={d.localAuthority}
          onCommit={set('localAuthority')}
        />
        {(d.type === 'initial' || d.type === 'pre-birth' || d.referralOn) && (
          <TextField
            label="Referral received"
            name="referralOn"
            type="date"
            hint={referralHint(d.nation, timescales)}
            value={d.referralOn ?? ''}
            schema={IsoDate}
            problem={problem('details.referralOn')}
            onCommit={optional('referralOn')}
          />
        )}
        {(d.type === 'initial' || d.type === 'pre-birth') && (
          <TextField
            label="Strategy discussion date"
            name="strategyDiscussionOn"
            type="date"
            hint="The strategy discussion at which the enquiry began: the initial conference is counted from it."
            value={d.strategyDiscussionOn ?? ''}
            schema={IsoDate}
            problem={problem('details.strategyDiscussionOn')}
            onCommit={optional('strategyDiscussionOn')}
          />
        )}
        {d.type === 'review' && (
          <>
            <SelectField
              label="Previous conference"
              name="previousType"
              value={d.previousConference?.type ?? 'initial'}
              options={ConferenceType.options.map((t) => ({ value: t, label: conferenceTypeLabel(t, d.nation) }))}
              onCommit={(type) => set('previousConference')({ ...(d.previousConference ?? { date: d.date }), type })}
            />
            <TextField
              label="Date of the previous conference"
              name="previousDate"
              type="date"
              value={d.previousConference?.date ?? ''}
              schema={IsoDate}
              problem={problem('details.previousConference.date')}
              onCommit={(date) =>
                set('previousConference')(date ? { ...(d.previousConference ?? { type: 'initial' }), date } : undefined)
              }
            />
          </>
        )}
        {d.type === 'transfer-in' && (
          <>
            <TextField
              label="Sending authority"
              name="sendingAuthority"
              value={d.sendingAuthority}
              onCommit={set('sendingAuthority')}
            />
            <TextField
              label="Date we were told in writing"
              name="transferNotifiedOn"
              type="date"
              value={d.transferNotifiedOn ?? ''}
              schema={IsoDate}
              problem={problem('details.transferNotifiedOn')}
              onCommit={optional('transferNotifiedOn')}
            />
          </>
        )}
      </div>
      <TextField
        label="Reason for the conference"
        name="reason"
        multiline
        hint="It can name the referrer, so it is for professionals only unless you change who sees it."
        value={d.reason}
        aside={<AudienceControl textRef="details.reason" what="the reason for the conference" />}
        onCommit={set('reason')}
      />
    </section>
  );
}
