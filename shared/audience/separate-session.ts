import type { Conference } from '../model/conference';

/**
 * A separate session: a parent or carer heard apart from the other (bail conditions, domestic abuse), under its own
 * agenda item. What is said there, and anything the person heard apart says wherever it is typed (their view on the
 * decision, a disagreement, a scaling comment, a note attributed to them), is kept from the other family members
 * unless the chair chooses otherwise: the person heard apart is not heard by the people they are kept apart from.
 */
export const SEPARATE_SESSION_ITEM = 'separate-session';

/**
 * Who a note taken in the separate session is withheld from by default: every family-side participant (anyone not
 * there as a professional) who is not attending separately. Those who are attending separately keep it by the time
 * rule, each only if the note was taken during their own session.
 */
/**
 * Who the words of one person are withheld from by default: when they were heard separately, every other family-side
 * participant (their view on the decision, their disagreement, their scaling comment, a note of what they said,
 * wherever on the agenda it was typed). Nobody, for anyone else.
 */
export function keptFromWordsOf(conference: Pick<Conference, 'participants'>, speakerId: string | undefined): string[] {
  if (speakerId === undefined) return [];
  const speaker = conference.participants.find((p) => p.id === speakerId);
  if (!speaker || speaker.kind === 'professional' || speaker.attendance.status !== 'attended-separately') return [];
  return conference.participants.filter((p) => p.kind !== 'professional' && p.id !== speakerId).map((p) => p.id);
}

export function keptFromSeparateSession(conference: Pick<Conference, 'participants'>): string[] {
  return conference.participants
    .filter((p) => p.kind !== 'professional' && p.attendance.status !== 'attended-separately')
    .map((p) => p.id);
}
