import { useMemo } from 'react';
import { formatDate } from '@shared/format/dates';
import type { Conference } from '@shared/model/conference';
import type { Deadline } from '@shared/procedure/deadlines';
import { pregnancyDates, type PregnancyMilestone, type UnbornDates } from '@shared/procedure/pregnancy';
import { useAppStore } from '../../store';
import { useDeadlines } from './use-decisions';

const statusWords: Record<Deadline['status'], string> = {
  ok: 'On time',
  late: 'LATE',
  'too-early': 'Too early',
  reached: 'Reached',
  'missing-booking': 'Not booked yet',
  due: 'Due',
  'needs-information': 'Needs a date',
  'not-applicable': '',
};

/** After a local rule ("(England, local)"), so the chair knows the number is the organisation's to change. */
const LOCAL_RULE = 'Your organisation can change it in Settings.';

/** One deadline in a sentence a chair can act on: the limit, the booking, the count, and the rule behind it. */
export function DeadlineLine({ deadline }: { deadline: Deadline }) {
  if (deadline.status === 'not-applicable') return null;
  return (
    <li className={`deadline deadline--${deadline.status}`} data-deadline={deadline.key}>
      <span className="deadline__status">{statusWords[deadline.status]}</span>
      <span className="deadline__label">
        <strong>{deadline.label}</strong>
        {deadline.dueOn && (
          <>
            {deadline.limit === 'no-earlier-than' ? ' not before ' : ' by '}
            <strong>{formatDate(deadline.dueOn)}</strong>
          </>
        )}
        {deadline.bookedOn && <> — booked for {formatDate(deadline.bookedOn)}</>}
        {deadline.workingDay && (
          <span className="deadline__count" data-working-day={`${deadline.workingDay.n}/${deadline.workingDay.of}`}>
            {'. '}
            {deadline.workingDay.words}
          </span>
        )}
      </span>
      <span className="deadline__rule">
        {deadline.rule}.{deadline.note && ` ${deadline.note}`}
        {deadline.basis === 'local' && ` ${LOCAL_RULE}`}
      </span>
    </li>
  );
}

function MilestoneLine({ milestone, child }: { milestone: PregnancyMilestone; child: UnbornDates }) {
  return (
    <li className="deadline deadline--due" data-pregnancy={`${child.childId}:${milestone.weeks}`}>
      <span className="deadline__status">{milestone.label}</span>
      <span className="deadline__label">
        <strong>{formatDate(milestone.on)}</strong>
        {milestone.reachedByConference && ' (already reached at the conference)'}
        {milestone.rules.length === 0 && ' — no rule uses this date'}
      </span>
      {milestone.rules.length > 0 && (
        <span className="deadline__rule">
          {milestone.rules.map((rule) => (
            <span key={rule.timescale ?? rule.what}>
              {rule.what}
              {rule.dueOn !== milestone.on && (
                <>
                  {' '}
                  by <strong>{formatDate(rule.dueOn)}</strong>
                </>
              )}
              : {rule.rule}.{rule.note && ` ${rule.note}`}
              {rule.basis === 'local' && ` ${LOCAL_RULE}`}{' '}
            </span>
          ))}
        </span>
      )}
    </li>
  );
}

/** One unborn child: gestation on the conference day, the due date, and the weeks pre-birth work hangs on. */
function PregnancyDates({ child }: { child: UnbornDates }) {
  const name = child.name.charAt(0).toUpperCase() + child.name.slice(1);
  return (
    <section aria-label={`Pregnancy dates: ${child.name}`} data-pregnancy-child={child.childId}>
      <h4>
        {name}: due {formatDate(child.edd)}
      </h4>
      <p className={child.problem ? 'field__error' : 'deadline__rule'} data-gestation={child.gestation.text}>
        {child.problem ??
          `${child.gestation.text} weeks (${child.gestation.words}) pregnant at the conference on ` +
            `${formatDate(child.conferenceOn)}.`}
      </p>
      <ul>
        {child.milestones.map((m) => (
          <MilestoneLine key={m.weeks} milestone={m} child={child} />
        ))}
      </ul>
      {child.notes.map((note) => (
        <p key={note} className="deadline__rule">
          {note}
        </p>
      ))}
    </section>
  );
}

/**
 * Every date that follows from the conference; with `only`, just those keys (beside the editor that books them).
 * The full panel also gives the pregnancy dates of any unborn child, whatever the type of conference.
 */
export function DatesPanel({ conference, only }: { conference: Conference; only?: string[] }) {
  const timescales = useAppStore((s) => s.settings.procedure.timescales);
  const deadlines = useDeadlines(conference).filter(
    (d) => !only || only.some((k) => d.key === k || d.key.startsWith(`${k}:`)),
  );
  const unborn = useMemo(() => (only ? [] : pregnancyDates(conference, timescales)), [conference, timescales, only]);
  const shown = deadlines.filter((d) => d.status !== 'not-applicable');
  if (shown.length === 0 && unborn.length === 0) return null;
  return (
    <section className="dates" aria-label="Dates and deadlines">
      {!only && <h3>Dates and deadlines</h3>}
      <ul>
        {shown.map((d) => (
          <DeadlineLine key={d.key} deadline={d} />
        ))}
      </ul>
      {unborn.length > 0 && <h3>Pregnancy</h3>}
      {unborn.map((child) => (
        <PregnancyDates key={child.childId} child={child} />
      ))}
    </section>
  );
}
