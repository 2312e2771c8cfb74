import type { Conference } from '../model/conference';

/**
 * A separate session: a parent or carer heard apart from the other (bail conditions, domestic abuse), under its own
 * agenda item. What is said there is kept from the other family members unless the chair chooses otherwise on the
 * note: the person heard apart is not heard by the people they are kept apart from.
 */
export const SEPARATE_SESSION_ITEM = 'separate-session';

/**
 * Who a note taken in the separate session is withheld from by default: every family-side participant (anyone not
 * there as a professional) who is not attending separately. Those who are attending separately keep it by the time
 * rule, each only if the note was taken during their own session.
 */
export function keptFromSeparateSession(conference: Pick<Conference, 'participants'>): string[] {
  return conference.participants
    .filter((p) => p.kind !== 'professional' && p.attendance.status !== 'attended-separately')
    .map((p) => p.id);
}
