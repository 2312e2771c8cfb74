import type { Conference, Participant } from '../model/conference';
import type { FieldProblem } from '../model/validation';
import { procedureDateProblems } from '../procedure/date-checks';
import { healthNumberProblem } from './health-number';

/**
 * Checks a person would make while setting up: things the schema cannot know (today's date, other records).
 * Each problem names the field by the same dotted path the forms use, so the message appears beside the input.
 * They are warnings to fix, not blocks: the conference still saves, because losing typed work is worse.
 */
export function setupProblems(conference: Conference, today: string): FieldProblem[] {
  // The referral date, and a due date giving a gestation before 0 or past 42 weeks at the conference.
  const problems: FieldProblem[] = procedureDateProblems(conference);
  const d = conference.details;
  if (d.startTime && d.endTime && d.endTime <= d.startTime) {
    problems.push({ field: 'details.endTime', message: 'The end time is before the start time. Check both times.' });
  }
  if (d.type === 'initial' && d.strategyDiscussionOn && d.strategyDiscussionOn > d.date) {
    problems.push({
      field: 'details.strategyDiscussionOn',
      message: 'The strategy discussion must be before the conference.',
    });
  }
  if (d.previousConference && d.previousConference.date >= d.date) {
    problems.push({
      field: 'details.previousConference.date',
      message: 'The previous conference must be before this one.',
    });
  }
  if (d.transferNotifiedOn && d.transferNotifiedOn > today) {
    problems.push({
      field: 'details.transferNotifiedOn',
      message: 'The date we were notified cannot be in the future.',
    });
  }

  const seen = new Map<string, number>();
  conference.children.forEach((child, i) => {
    const at = `children[${i}]`;
    if (!child.givenName.trim() && !child.unborn)
      problems.push({ field: `${at}.givenName`, message: 'Enter the child’s first name.' });
    if (child.unborn) {
      if (!child.expectedDeliveryDate) {
        problems.push({
          field: `${at}.expectedDeliveryDate`,
          message: 'Enter the expected date of delivery for an unborn baby.',
        });
      } else if (child.expectedDeliveryDate < today) {
        problems.push({
          field: `${at}.expectedDeliveryDate`,
          message:
            'The expected date of delivery is in the past. If the baby has been born, untick “unborn” and enter the date of birth.',
        });
      }
    } else if (child.dateOfBirth && child.dateOfBirth > today) {
      problems.push({
        field: `${at}.dateOfBirth`,
        message: 'The date of birth is in the future. For an unborn baby, tick “unborn” and enter the due date.',
      });
    }
    // The nation's own health number (NHS, CHI or Health and Care number), kept in the field `nhsNumber`.
    const health = healthNumberProblem(d.nation, child.nhsNumber, child.unborn ? undefined : child.dateOfBirth);
    if (health) problems.push({ field: `${at}.nhsNumber`, message: health });
    const identity = `${child.givenName.trim().toLowerCase()}|${child.familyName.trim().toLowerCase()}|${child.dateOfBirth ?? child.expectedDeliveryDate ?? ''}`;
    if (child.givenName.trim()) {
      const first = seen.get(identity);
      if (first !== undefined) {
        problems.push({
          field: `${at}.givenName`,
          message: `This child is already listed as child ${first + 1}. Remove one of them.`,
        });
      } else seen.set(identity, i);
    }
  });

  conference.adults.forEach((adult, i) => {
    if (!adult.givenName.trim())
      problems.push({ field: `adults[${i}].givenName`, message: 'Enter the adult’s first name.' });
    if (adult.dateOfBirth && adult.dateOfBirth > today) {
      problems.push({
        field: `adults[${i}].dateOfBirth`,
        message: 'The date of birth is in the future. Check the year.',
      });
    } else if (adult.dateOfBirth && adult.dateOfBirth > d.date) {
      problems.push({
        field: `adults[${i}].dateOfBirth`,
        message: 'The date of birth is after the conference. Check the year.',
      });
    }
  });

  conference.participants.forEach((p, i) => {
    const at = `participants[${i}]`;
    if (!p.name.trim()) problems.push({ field: `${at}.name`, message: 'Enter the participant’s name.' });
    const a = p.attendance;
    if (a.status === 'attended-separately') problems.push(...separateSessionProblems(conference, p, at));
    else if (a.arrivedAt && a.leftAt && a.leftAt <= a.arrivedAt) {
      problems.push({
        field: `${at}.attendance.leftAt`,
        message: 'The time they left is before the time they arrived.',
      });
    }
    if (a.status === 'child-not-attending') {
      if (p.kind !== 'child') {
        problems.push({
          field: `${at}.attendance.status`,
          message:
            '“Not attending: views shared another way” is for a child or young person. Choose another attendance, or change “Taking part as” to a child.',
        });
      } else if (!a.viewsGatheredBy) {
        problems.push({
          field: `${at}.attendance.viewsGatheredBy`,
          message: 'Choose how their views were gathered, so that the minute can say how the meeting heard them.',
        });
      }
    }
    if ((a.status === 'excluded-part' || a.status === 'excluded-whole') && !a.reason.trim()) {
      problems.push({
        field: `${at}.attendance.reason`,
        message: 'Record why they were excluded; the minute must say.',
      });
    }
    if ((a.status === 'excluded-part' || a.status === 'excluded-whole') && !a.decidedBy.trim()) {
      problems.push({
        field: `${at}.attendance.decidedBy`,
        message: 'Record who decided the exclusion (normally the chair).',
      });
    }
    if (a.status === 'not-invited' && !a.reason.trim()) {
      problems.push({ field: `${at}.attendance.reason`, message: 'Record why they were not invited.' });
    }
    if (p.kind === 'professional' && !p.agency) {
      problems.push({ field: `${at}.agency`, message: 'Choose the agency, so that quorum can be checked.' });
    }
  });
  return problems;
}

/**
 * A separate session (a parent seen apart from the other: bail conditions, domestic abuse) is part of the meeting,
 * and its times decide what their own copy of the minutes holds (audience/presence.ts): without both, the app cannot
 * tell what was said while they were there, so their copy leaves the meeting's words out. One message per field, the
 * one that most needs fixing first, because the form shows one message beside each field.
 */
function separateSessionProblems(conference: Conference, p: Participant, at: string): FieldProblem[] {
  const { startTime, endTime } = conference.details;
  const { arrivedAt: from, leftAt: to } = p.attendance;
  const problems: FieldProblem[] = [];
  const missing =
    'Record when the separate session started and ended. Until both times are recorded, their copy of the minutes cannot follow them: it leaves out what was said.';
  const outside = (which: 'starts' | 'ends', time: string): string | undefined => {
    if (startTime && time < startTime)
      return `The separate session ${which} at ${time}, before the meeting starts (${startTime}). Correct this time, or the meeting’s start time in the details.`;
    if (endTime && time > endTime)
      return `The separate session ${which} at ${time}, after the meeting ends (${endTime}). Correct this time, or the meeting’s end time in the details.`;
    return undefined;
  };
  const started = from ? outside('starts', from) : missing;
  if (started) problems.push({ field: `${at}.attendance.arrivedAt`, message: started });
  const ended = !to
    ? from
      ? missing
      : undefined
    : from && to <= from
      ? 'The separate session ends before it starts. Check both times.'
      : outside('ends', to);
  if (ended) problems.push({ field: `${at}.attendance.leftAt`, message: ended });
  return problems;
}
