import {
  Agency,
  AttendanceStatus,
  ExclusionCriterion,
  Participant,
  ParticipantKind,
  type Attendance,
  type Conference,
} from '../../../../shared/model/conference';
import { agencyLabel, attendanceLabel } from '../../../../shared/meeting/attendance';
import { QuorumIndicator } from '../../components/QuorumIndicator';
import { newId } from '../../../../shared/model/ids';
import { ClockTime } from '../../../../shared/model/primitives';
import { AudienceControl } from '../../components/AudienceControl';
import { CheckboxField } from '../../components/CheckboxField';
import { SelectField, TextField } from '../../components/fields';
import { appendListItem, patchListItem, removeListItem } from '../../store/edits';
import { useEdit, useFieldProblems } from './use-setup';

const kindLabel: Record<ParticipantKind, string> = {
  family: 'Family member',
  professional: 'Professional',
  child: 'Child or young person',
  advocate: 'Advocate',
  interpreter: 'Interpreter',
  supporter: 'Supporter',
};

const exclusionLabel: Record<ExclusionCriterion, string> = {
  'risk-of-violence': 'Risk of violence or threats',
  'prejudicial-to-child': 'Presence would be prejudicial to the child',
  'child-wishes': 'The child asked to speak without them',
  'confidential-police-or-legal-information': 'Confidential police or legal information',
  'family-conflict': 'Conflict between family members',
  other: 'Other reason',
};

// Who was in the room when decides what each family member's minutes hold: a separate session needs its times too.
const TIMED: ReadonlySet<AttendanceStatus> = new Set([
  'part',
  'left-early',
  'excluded-part',
  'present',
  'remote',
  'attended-separately',
]);
const NEEDS_REASON: ReadonlySet<AttendanceStatus> = new Set([
  'not-invited',
  'excluded-part',
  'excluded-whole',
  'left-early',
]);

function ParticipantRow({
  participant,
  index,
  problem,
  adults,
}: {
  participant: Participant;
  index: number;
  problem: (f: string) => string | undefined;
  adults: Conference['adults'];
}) {
  const edit = useEdit();
  const set = (patch: Partial<Participant>) => edit(patchListItem('participants', participant.id, patch));
  const setAttendance = (patch: Partial<Attendance>) => set({ attendance: { ...participant.attendance, ...patch } });
  const at = `participants[${index}]`;
  const a = participant.attendance;
  const excluded = a.status === 'excluded-part' || a.status === 'excluded-whole';
  return (
    <fieldset className="record">
      <legend>{participant.name || `Participant ${index + 1}`}</legend>
      <div className="form-grid">
        <TextField
          label="Name"
          name={`${at}.name`}
          value={participant.name}
          problem={problem(`${at}.name`)}
          onCommit={(name) => set({ name })}
        />
        <SelectField
          label="Taking part as"
          name={`${at}.kind`}
          value={participant.kind}
          options={ParticipantKind.options.map((k) => ({ value: k, label: kindLabel[k] }))}
          onCommit={(kind) => set({ kind })}
        />
        {participant.kind === 'professional' && (
          <SelectField
            label="Agency"
            name={`${at}.agency`}
            value={participant.agency ?? ('' as Agency)}
            problem={problem(`${at}.agency`)}
            options={[
              { value: '' as Agency, label: 'Choose…' },
              ...Agency.options.map((g) => ({ value: g, label: agencyLabel[g] })),
            ]}
            onCommit={(agency) => set({ agency: agency || undefined })}
          />
        )}
        {(participant.kind === 'family' || participant.kind === 'supporter') && adults.length > 0 && (
          <SelectField
            label="Who they are in the household"
            name={`${at}.adultId`}
            value={participant.adultId ?? ''}
            hint="Parental responsibility comes from here, and decides which documents they receive."
            options={[
              { value: '', label: 'Not linked' },
              ...adults.map((adult) => ({
                value: adult.id,
                label: `${[adult.givenName, adult.familyName].filter(Boolean).join(' ') || 'Adult'}${
                  adult.relationship ? ` (${adult.relationship})` : ''
                }${adult.parentalResponsibility ? ', parental responsibility' : ''}`,
              })),
            ]}
            onCommit={(adultId) => set({ adultId: adultId || undefined })}
          />
        )}
        <TextField label="Role" name={`${at}.role`} value={participant.role} onCommit={(role) => set({ role })} />
        {participant.kind === 'professional' && (
          <TextField
            label="Organisation"
            name={`${at}.organisation`}
            value={participant.organisation}
            onCommit={(organisation) => set({ organisation })}
          />
        )}
        <SelectField
          label="Attendance"
          name={`${at}.attendance.status`}
          value={a.status}
          options={AttendanceStatus.options.map((s) => ({ value: s, label: attendanceLabel[s] }))}
          onCommit={(status) => setAttendance({ status })}
        />
        {TIMED.has(a.status) && (
          <>
            <TextField
              label="Arrived"
              name={`${at}.attendance.arrivedAt`}
              type="time"
              schema={ClockTime}
              value={a.arrivedAt ?? ''}
              onCommit={(v) => setAttendance({ arrivedAt: v || undefined })}
            />
            <TextField
              label="Left"
              name={`${at}.attendance.leftAt`}
              type="time"
              schema={ClockTime}
              value={a.leftAt ?? ''}
              problem={problem(`${at}.attendance.leftAt`)}
              onCommit={(v) => setAttendance({ leftAt: v || undefined })}
            />
          </>
        )}
        {excluded && (
          <>
            <SelectField
              label="Why excluded"
              name={`${at}.attendance.exclusionCriterion`}
              value={a.exclusionCriterion ?? 'other'}
              options={ExclusionCriterion.options.map((c) => ({ value: c, label: exclusionLabel[c] }))}
              onCommit={(exclusionCriterion) => setAttendance({ exclusionCriterion })}
            />
            <TextField
              label="Decided by"
              name={`${at}.attendance.decidedBy`}
              value={a.decidedBy}
              problem={problem(`${at}.attendance.decidedBy`)}
              onCommit={(decidedBy) => setAttendance({ decidedBy })}
            />
          </>
        )}
        <TextField
          label="Interpreter needed (language)"
          name={`${at}.interpreterLanguage`}
          value={participant.interpreterLanguage}
          onCommit={(interpreterLanguage) => set({ interpreterLanguage })}
        />
      </div>
      {NEEDS_REASON.has(a.status) && (
        <TextField
          label="Reason"
          name={`${at}.attendance.reason`}
          value={a.reason}
          aside={
            <AudienceControl
              textRef={`participant:${participant.id}:attendanceReason`}
              what={`the attendance reason for ${participant.name || `participant ${index + 1}`}`}
            />
          }
          problem={problem(`${at}.attendance.reason`)}
          onCommit={(reason) => setAttendance({ reason })}
        />
      )}
      <div className="checkbox-row">
        {a.status === 'left-early' && (
          <CheckboxField
            label="Gave their view on the decision before leaving"
            checked={a.viewGivenBeforeLeaving}
            onCommit={(viewGivenBeforeLeaving) => setAttendance({ viewGivenBeforeLeaving })}
          />
        )}
        {participant.kind === 'family' && (
          <CheckboxField
            label="Would like an advocate"
            checked={participant.needsAdvocate}
            onCommit={(needsAdvocate) => set({ needsAdvocate })}
          />
        )}
      </div>
      <button
        type="button"
        className="button--quiet"
        onClick={() => edit(removeListItem('participants', participant.id))}
      >
        Remove {participant.name || 'participant'}
      </button>
    </fieldset>
  );
}

export function ParticipantsForm({ conference }: { conference: Conference }) {
  const edit = useEdit();
  const problem = useFieldProblems(conference);
  const add = (kind: ParticipantKind) =>
    edit(appendListItem('participants', Participant.parse({ id: newId('p'), name: '', kind })));
  return (
    <section className="card" aria-labelledby="participants-title">
      <h2 id="participants-title">Participants and attendance</h2>
      <QuorumIndicator participants={conference.participants} />
      {conference.participants.map((p, i) => (
        <ParticipantRow key={p.id} participant={p} index={i} problem={problem} adults={conference.adults} />
      ))}
      <div className="button-row">
        <button type="button" onClick={() => add('professional')}>
          Add a professional
        </button>
        <button type="button" onClick={() => add('family')}>
          Add a family member
        </button>
        <button type="button" onClick={() => add('advocate')}>
          Add an advocate or supporter
        </button>
        <button type="button" onClick={() => add('interpreter')}>
          Add an interpreter
        </button>
      </div>
    </section>
  );
}
