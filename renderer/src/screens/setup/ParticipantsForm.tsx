import {
  Agency,
  ChildVoiceMethod,
  ExclusionCriterion,
  JoinedBy,
  Participant,
  ParticipantKind,
  type AttendanceStatus,
  type Attendance,
  type Child,
  type Conference,
} from '@shared/model/conference';
import { attendanceStatusesFor } from '@shared/meeting/attendance';
import { childName } from '@shared/wording/sentences';
import {
  agencyLabel,
  attendanceLabel,
  childVoiceMethodLabel,
  exclusionCriterionLabel,
  joinedByLabel,
  participantKindLabel,
} from '@shared/wording/labels';
import { QuorumIndicator } from '../../components/QuorumIndicator';
import { newId } from '@shared/model/ids';
import { ClockTime } from '@shared/model/primitives';
import { AudienceControl } from '../../components/AudienceControl';
import { CheckboxField } from '../../components/CheckboxField';
import { SelectField, TextField } from '../../components/fields';
import { appendListItem, patchListItem, removeListItem } from '../../store/edits';
import { useEdit, useFieldProblems } from './use-setup';

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
  'attended-separately',
]);

function fullName(person: { givenName: string; familyName: string }): string {
  return [person.givenName.trim(), person.familyName.trim()].filter(Boolean).join(' ');
}

/** A household child already on the list: linked by id, or (in an older file) a child participant with their name. */
function isListed(child: Child, participants: readonly Participant[]): boolean {
  const first = child.givenName.trim().toLowerCase();
  return participants.some(
    (p) =>
      p.childId === child.id ||
      (p.kind === 'child' &&
        p.childId === undefined &&
        first !== '' &&
        p.name.trim().toLowerCase().split(/\s+/)[0] === first),
  );
}

/** A participant for a household child who is not coming: their views reach the meeting another way. */
function childNotAttending(child: Child): Participant {
  return Participant.parse({
    id: newId('p'),
    name: fullName(child),
    kind: 'child',
    childId: child.id,
    attendance: { status: 'child-not-attending' },
  });
}

function ParticipantRow({
  participant,
  index,
  problem,
  adults,
  children,
}: {
  participant: Participant;
  index: number;
  problem: (f: string) => string | undefined;
  adults: Conference['adults'];
  /** Children who can take part: born, in the household. */
  children: readonly Child[];
}) {
  const edit = useEdit();
  const set = (patch: Partial<Participant>) => edit(patchListItem('participants', participant.id, patch));
  const setAttendance = (patch: Partial<Attendance>) => set({ attendance: { ...participant.attendance, ...patch } });
  const at = `participants[${index}]`;
  const a = participant.attendance;
  const excluded = a.status === 'excluded-part' || a.status === 'excluded-whole';
  const separately = a.status === 'attended-separately';
  const who = participant.name || `participant ${index + 1}`;
  const statuses = attendanceStatusesFor(participant.kind);
  // A status the kind does not allow (a child's status kept after "Taking part as" changed) still shows, with the
  // check's message beside it, rather than the select silently showing another.
  if (!statuses.includes(a.status)) statuses.push(a.status);
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
          options={ParticipantKind.options.map((k) => ({ value: k, label: participantKindLabel[k] }))}
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
        {participant.kind === 'child' && children.length > 0 && (
          <SelectField
            label="Which child"
            name={`${at}.childId`}
            value={participant.childId ?? ''}
            options={[
              { value: '', label: 'Not linked' },
              ...children.map((child) => ({ value: child.id, label: fullName(child) || 'Child' })),
            ]}
            onCommit={(childId) => {
              const child = children.find((c) => c.id === childId);
              set({
                childId: childId || undefined,
                ...(child && !participant.name.trim() ? { name: fullName(child) } : {}),
              });
            }}
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
        <TextField
          label="Interpreter needed (language)"
          name={`${at}.interpreterLanguage`}
          value={participant.interpreterLanguage}
          onCommit={(interpreterLanguage) => set({ interpreterLanguage })}
        />
      </div>
      {/* Attendance on a row of its own, so its times sit beside it rather than wrap among who the person is. */}
      <div className="form-grid">
        <SelectField
          label="Attendance"
          name={`${at}.attendance.status`}
          value={a.status}
          problem={problem(`${at}.attendance.status`)}
          options={statuses.map((s) => ({ value: s, label: attendanceLabel[s] }))}
          onCommit={(status) => setAttendance({ status })}
        />
        {TIMED.has(a.status) && (
          <>
            <TextField
              label={separately ? 'Separate session started' : 'Arrived'}
              name={`${at}.attendance.arrivedAt`}
              type="time"
              schema={ClockTime}
              value={a.arrivedAt ?? ''}
              problem={problem(`${at}.attendance.arrivedAt`)}
              onCommit={(v) => setAttendance({ arrivedAt: v || undefined })}
            />
            <TextField
              label={separately ? 'Separate session ended' : 'Left'}
              name={`${at}.attendance.leftAt`}
              type="time"
              schema={ClockTime}
              value={a.leftAt ?? ''}
              problem={problem(`${at}.attendance.leftAt`)}
              onCommit={(v) => setAttendance({ leftAt: v || undefined })}
            />
          </>
        )}
        {separately && (
          <SelectField
            label="How they joined"
            name={`${at}.attendance.joinedBy`}
            value={a.joinedBy ?? ('' as JoinedBy)}
            options={[
              { value: '' as JoinedBy, label: 'Choose…' },
              ...JoinedBy.options.map((j) => ({ value: j, label: joinedByLabel[j] })),
            ]}
            onCommit={(joinedBy) => setAttendance({ joinedBy: joinedBy || undefined })}
          />
        )}
        {a.status === 'child-not-attending' && (
          // The words the documents print (plain-words.ts), so the chair picks what the family will read.
          <SelectField
            label="How their views were gathered"
            name={`${at}.attendance.viewsGatheredBy`}
            value={a.viewsGatheredBy ?? ('' as ChildVoiceMethod)}
            problem={problem(`${at}.attendance.viewsGatheredBy`)}
            options={[
              { value: '' as ChildVoiceMethod, label: 'Choose…' },
              ...ChildVoiceMethod.options
                // "Said at the meeting" is what the other statuses say; kept only where a file already holds it.
                .filter((m) => m !== 'attended' || a.viewsGatheredBy === 'attended')
                .map((m) => ({ value: m, label: childVoiceMethodLabel[m] })),
            ]}
            onCommit={(viewsGatheredBy) => setAttendance({ viewsGatheredBy: viewsGatheredBy || undefined })}
          />
        )}
        {excluded && (
          <>
            <SelectField
              label="Why excluded"
              name={`${at}.attendance.exclusionCriterion`}
              value={a.exclusionCriterion ?? 'other'}
              options={ExclusionCriterion.options.map((c) => ({ value: c, label: exclusionCriterionLabel[c] }))}
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
      </div>
      {NEEDS_REASON.has(a.status) && (
        <TextField
          label={separately ? 'Why they were seen separately' : 'Reason'}
          name={`${at}.attendance.reason`}
          value={a.reason}
          hint={separately ? 'For example bail conditions, or domestic abuse.' : undefined}
          aside={
            <AudienceControl
              textRef={`participant:${participant.id}:attendanceReason`}
              what={`the attendance reason for ${who}`}
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
  // An unborn baby takes no part in the meeting; every other child does, even if only through their views.
  const born = conference.children.filter((c) => !c.unborn);
  const unlisted = born.filter((c) => !isListed(c, conference.participants));
  return (
    <section className="card" aria-labelledby="participants-title">
      <h2 id="participants-title">Participants and attendance</h2>
      <QuorumIndicator participants={conference.participants} />
      {conference.participants.map((p, i) => (
        <ParticipantRow
          key={p.id}
          participant={p}
          index={i}
          problem={problem}
          adults={conference.adults}
          children={born}
        />
      ))}
      {unlisted.length > 0 && (
        <div className="callout" role="group" aria-labelledby="unlisted-children">
          <p id="unlisted-children">
            {unlisted.length === 1 ? 'A child in the household is' : 'Children in the household are'} not in this list
            yet. A child who is not coming to the meeting is recorded as not attending, with how their views were
            shared.
          </p>
          <div className="button-row">
            {unlisted.map((child) => (
              <button
                key={child.id}
                type="button"
                onClick={() => edit(appendListItem('participants', childNotAttending(child)))}
              >
                Add {childName(child)} as not attending
              </button>
            ))}
          </div>
        </div>
      )}
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
