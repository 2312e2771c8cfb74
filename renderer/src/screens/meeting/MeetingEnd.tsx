import { useState } from 'react';
import { itemProgress } from '@shared/agenda';
import { ukClock } from '@shared/format/uk-time';
import { atClockOnDayOf, meetingTimeProblems } from '@shared/meeting/meeting-times';
import type { ClosedSession, Conference } from '@shared/model/conference';
import { AudienceControl } from '../../components/AudienceControl';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextField } from '../../components/fields';
import { useAppStore } from '../../store';
import { useAgenda } from './use-agenda';

/** "End the meeting…", with the confirm: the clock stops, and the documents are final by default from then on. */
export function EndMeetingButton({ conference }: { conference: Conference }) {
  const end = useAppStore((s) => s.endMeeting);
  const [asking, setAsking] = useState(false);
  const { meetingStartedAt, meetingEndedAt } = conference.agenda;
  if (!meetingStartedAt || meetingEndedAt) return null;
  const open = conference.closedSessions.some((s) => s.endedAt === undefined);
  return (
    <>
      <button type="button" className="button--danger" onClick={() => setAsking(true)}>
        End the meeting…
      </button>
      {asking && (
        <ConfirmDialog
          title="End the meeting?"
          body={`The meeting clock stops now, and the documents will be final by default.${open ? ' The closed session ends too.' : ''} If you end it by mistake, you can reopen it.`}
          confirmLabel="End the meeting"
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            end();
            setAsking(false);
          }}
        />
      )}
    </>
  );
}

/**
 * Where the meeting is at its end: once every item is taken, a reminder to end it; once ended, when, and a way back
 * for a chair who pressed it by mistake.
 */
export function MeetingEndStatus({ conference }: { conference: Conference }) {
  const agenda = useAgenda();
  const reopen = useAppStore((s) => s.reopenMeeting);
  const { meetingStartedAt, meetingEndedAt } = conference.agenda;
  if (!meetingStartedAt) return null;
  if (meetingEndedAt) {
    return (
      <div className="callout" role="status" data-meeting-ended>
        <p>
          <strong>The meeting ended at {ukClock(meetingEndedAt)}.</strong> The clock has stopped, and documents are
          exported as final unless you choose drafts. Correct the times at the foot of this page if a button was pressed
          late.
        </p>
        <button type="button" onClick={reopen}>
          Reopen the meeting
        </button>
      </div>
    );
  }
  const allTaken = agenda.every((item) => itemProgress(conference.agenda, item.key).status !== 'pending');
  if (!allTaken) return null;
  return (
    <div className="callout">
      <p>Every item on the agenda has been taken. End the meeting when the decisions have been read back.</p>
      <EndMeetingButton conference={conference} />
    </div>
  );
}

/**
 * The times the clock recorded (the meeting's start and end, and each closed session's), each correctable, with
 * the reason for each closed session. A time outside the meeting, or an end before a start, gets a message beside
 * the field; it is still saved, so nothing typed is lost.
 */
export function MeetingTimes({ conference }: { conference: Conference }) {
  const setMeetingTimes = useAppStore((s) => s.setMeetingTimes);
  const [open, setOpen] = useState(false);
  const { meetingStartedAt, meetingEndedAt } = conference.agenda;
  if (!meetingStartedAt) return null;
  const problems = meetingTimeProblems(conference);
  const problem = (field: string) => problems.find((p) => p.field === field)?.message;
  const sessions = conference.closedSessions;
  return (
    // Opens by itself when a time needs checking, and stays open while the chair corrects it.
    <details
      className="prompts meeting-times"
      open={open || problems.length > 0}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        Times: the meeting
        {sessions.length > 0 && ` and ${sessions.length === 1 ? 'its closed session' : 'its closed sessions'}`}
        {problems.length > 0 && ` (${problems.length} to check)`}
      </summary>
      <div className="form-row">
        <TextField
          label="Meeting started"
          type="time"
          value={ukClock(meetingStartedAt)}
          onCommit={(clock) => {
            const at = atClockOnDayOf(meetingStartedAt, clock);
            if (at) setMeetingTimes({ startedAt: at });
          }}
        />
        {meetingEndedAt && (
          <TextField
            label="Meeting ended"
            type="time"
            value={ukClock(meetingEndedAt)}
            problem={problem('agenda.meetingEndedAt')}
            onCommit={(clock) => {
              const at = atClockOnDayOf(meetingEndedAt, clock);
              if (at) setMeetingTimes({ endedAt: at });
            }}
          />
        )}
      </div>
      {sessions.map((session, i) => (
        <ClosedSessionTimes
          key={session.id}
          conference={conference}
          session={session}
          number={i + 1}
          problem={(field) => problem(`closedSessions[${i}].${field}`)}
        />
      ))}
    </details>
  );
}

function ClosedSessionTimes({
  conference,
  session,
  number,
  problem,
}: {
  conference: Conference;
  session: ClosedSession;
  number: number;
  problem: (field: 'startedAt' | 'endedAt') => string | undefined;
}) {
  const update = useAppStore((s) => s.updateClosedSession);
  const out = conference.participants
    .filter((p) => session.excludedParticipantIds.includes(p.id))
    .map((p) => p.name.trim() || p.role || 'a family member');
  const at = (clock: string, dayOf: string) => atClockOnDayOf(dayOf, clock);
  return (
    <fieldset className="record">
      <legend>Closed session {number}</legend>
      <div className="form-row">
        <TextField
          label="Started"
          type="time"
          value={ukClock(session.startedAt)}
          problem={problem('startedAt')}
          onCommit={(clock) => {
            const startedAt = at(clock, session.startedAt);
            if (startedAt) update(session.id, { startedAt });
          }}
        />
        {session.endedAt ? (
          <TextField
            label="Ended"
            type="time"
            value={ukClock(session.endedAt)}
            problem={problem('endedAt')}
            onCommit={(clock) => {
              const endedAt = at(clock, session.endedAt ?? session.startedAt);
              if (endedAt) update(session.id, { endedAt });
            }}
          />
        ) : (
          <p className="muted">Still going: end it from the shared screen controls.</p>
        )}
      </div>
      <TextField
        label="Why (for the restricted annex)"
        multiline
        value={session.reason}
        aside={<AudienceControl textRef={`closedSession:${session.id}:reason`} what="why it was held" />}
        onCommit={(reason) => update(session.id, { reason })}
      />
      <p className="muted">Out of the room: {out.length > 0 ? out.join(', ') : 'nobody recorded'}.</p>
    </fieldset>
  );
}
