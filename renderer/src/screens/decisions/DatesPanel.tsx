import { formatDate } from '../../../../shared/format/dates';
import type { Conference } from '../../../../shared/model/conference';
import type { Deadline } from '../../../../shared/procedure/deadlines';
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

/** One deadline in a sentence a chair can act on: the limit, the booking, and the rule behind it. */
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
      </span>
      <span className="deadline__rule">
        {deadline.rule}
        {deadline.note && ` ${deadline.note}`}
      </span>
    </li>
  );
}

export function DatesPanel({ conference, only }: { conference: Conference; only?: string[] }) {
  const deadlines = useDeadlines(conference).filter(
    (d) => !only || only.some((k) => d.key === k || d.key.startsWith(`${k}:`)),
  );
  const shown = deadlines.filter((d) => d.status !== 'not-applicable');
  if (shown.length === 0) return null;
  return (
    <section className="dates" aria-label="Dates and deadlines">
      {!only && <h3>Dates and deadlines</h3>}
      <ul>
        {shown.map((d) => (
          <DeadlineLine key={d.key} deadline={d} />
        ))}
      </ul>
    </section>
  );
}
