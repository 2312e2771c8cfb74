import type { AgendaItemKey } from '../agenda/types';
import type { Conference, Participant } from '../model/conference';
import { ukInstant } from './uk-time';

/**
 * Per-recipient family plans (domain.md §3: "Family members get no record of parts they were excluded from").
 *
 * The rule, in full:
 * 1. A family member has their own copy when they were out of part or all of the meeting: attendance status
 *    'excluded-part' or 'excluded-whole', or named in a closed session's `excludedParticipantIds`.
 * 2. Their time out is: each closed session that names them (start to end; an unended session runs to the end of the
 *    meeting); for 'excluded-part', the time before they arrived and after they left (UK clock on the conference day);
 *    for 'excluded-whole', the whole meeting.
 * 3. What was discussed while they were out is every agenda item with a note taken in that time (by its closed
 *    session or by its time). The family plan has no notes, but each of its parts comes from agenda items (the worry
 *    statements from the analysis, the actions from the outline plan, and so on: `FAMILY_PLAN_SOURCES`); a part whose
 *    items were discussed while they were out is left out of their copy.
 * 4. When the time out cannot be placed (excluded for part with no times and no closed session, or a closed session
 *    with no note in it), nothing shows what was discussed then, so every part that comes from discussion is left out
 *    rather than guessed. The chair can record times or notes and export again.
 * 5. Kept in every copy: each child's decision and category (told to every parent in the decision letter anyway), the
 *    core group and review dates (they are invited), who to call, how to complain and the court notice. Their copy
 *    says that parts are left out and who will go through them.
 * 6. `family-plan.docx` is the full plan, for everyone else in the family.
 */

export type FamilyPlanPart = 'worries' | 'going-well' | 'needs-to-change' | 'actions' | 'support' | 'contingency';

/** The agenda items each part of the family plan comes from. */
export const FAMILY_PLAN_SOURCES: Record<FamilyPlanPart, readonly AgendaItemKey[]> = {
  worries: ['analysis', 'reason-for-conference', 'why-the-plan-started', 'new-incidents'],
  'going-well': ['analysis', 'plan-progress'],
  'needs-to-change': ['analysis', 'outline-plan'],
  actions: ['outline-plan', 'plan-progress'],
  support: ['outline-plan', 'support-before-birth', 'support-without-a-plan', 'step-down'],
  contingency: ['contingency'],
};

const ALL_PARTS = Object.keys(FAMILY_PLAN_SOURCES) as FamilyPlanPart[];

export type FamilyPlanCopy = {
  fileName: string;
  /** Family members this copy is for; empty means the family in general. */
  recipients: Participant[];
  /** Set when the copy is one person's own, because they were out of part of the meeting. */
  ownCopyFor?: Participant;
  leftOut: ReadonlySet<FamilyPlanPart>;
};

type TimeOut = { items: Set<string>; unknown: boolean };

/** The agenda items discussed while this person was out of the meeting (rule 2–4). */
export function discussedWhileOut(conference: Conference, person: Participant): TimeOut {
  const { status, arrivedAt, leftAt } = person.attendance;
  if (status === 'excluded-whole') return { items: new Set(), unknown: true };

  const meetingEnd = Date.parse(conference.agenda.meetingEndedAt ?? '');
  const end = Number.isNaN(meetingEnd) ? Number.POSITIVE_INFINITY : meetingEnd;
  const sessions = conference.closedSessions.filter((s) => s.excludedParticipantIds.includes(person.id));
  const periods = sessions.map((s) => {
    const to = Date.parse(s.endedAt ?? '');
    return { from: Date.parse(s.startedAt), to: Number.isNaN(to) ? end : to, sessionId: s.id };
  });
  let placed = periods.length > 0;
  if (status === 'excluded-part') {
    const arrived = ukInstant(conference.details.date, arrivedAt);
    const left = ukInstant(conference.details.date, leftAt);
    if (arrived !== undefined) periods.push({ from: Number.NEGATIVE_INFINITY, to: arrived, sessionId: '' });
    if (left !== undefined) periods.push({ from: left, to: Number.POSITIVE_INFINITY, sessionId: '' });
    placed = placed || arrived !== undefined || left !== undefined;
  }
  if (!placed) return { items: new Set(), unknown: true };

  const items = new Set<string>();
  const sessionsWithNotes = new Set<string>();
  for (const note of conference.notes) {
    const at = Date.parse(note.createdAt);
    const hit = periods.find(
      (p) => (p.sessionId !== '' && note.closedSessionId === p.sessionId) || (at >= p.from && at < p.to),
    );
    if (!hit) continue;
    items.add(note.itemKey);
    if (hit.sessionId) sessionsWithNotes.add(hit.sessionId);
  }
  const silentSession = sessions.some((s) => !sessionsWithNotes.has(s.id));
  return { items, unknown: silentSession };
}

function wasOut(conference: Conference, person: Participant): boolean {
  const { status } = person.attendance;
  return (
    status === 'excluded-part' ||
    status === 'excluded-whole' ||
    conference.closedSessions.some((s) => s.excludedParticipantIds.includes(person.id))
  );
}

/** The parts of the family plan to leave out of a copy for someone who was out for these items. */
export function partsToLeaveOut(timeOut: TimeOut): Set<FamilyPlanPart> {
  if (timeOut.unknown) return new Set(ALL_PARTS);
  return new Set(ALL_PARTS.filter((part) => FAMILY_PLAN_SOURCES[part].some((item) => timeOut.items.has(item))));
}

/** A file-name-safe form of a name: "Kieran Ashdown" → "kieran-ashdown". */
export function fileSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}

/** The copies of the family plan to write: one for each person who was out of part of the meeting, and the full plan. */
export function familyPlanCopies(conference: Conference): FamilyPlanCopy[] {
  const family = conference.participants.filter((p) => p.kind === 'family' && p.attendance.status !== 'not-invited');
  const own = family.filter((p) => wasOut(conference, p));
  const used = new Set<string>(['family-plan.docx']);
  const copies: FamilyPlanCopy[] = own.map((person) => {
    const base = `family-plan-${fileSlug(person.name) || fileSlug(person.id) || 'copy'}`;
    let fileName = `${base}.docx`;
    for (let n = 2; used.has(fileName); n++) fileName = `${base}-${n}.docx`;
    used.add(fileName);
    return {
      fileName,
      recipients: [person],
      ownCopyFor: person,
      leftOut: partsToLeaveOut(discussedWhileOut(conference, person)),
    };
  });
  return [
    { fileName: 'family-plan.docx', recipients: family.filter((p) => !own.includes(p)), leftOut: new Set() },
    ...copies,
  ];
}
