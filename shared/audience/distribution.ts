import type { DistributedDocument } from '../model/audience';
import type { Conference, Participant } from '../model/conference';
import { attendedAnyPart } from './presence';
import { isFamilySide } from './visibility';

/**
 * Who receives which document (issue #10, item 4; domain.md §3 "Who receives what"). The default follows the
 * guidance; the chair can change anyone's line, and the export writes exactly this list.
 *
 * - a professional: the decision letter and the minutes; the restricted annex when they are from children's social
 *   care or the police (the record and, usually, the agency that gave the information), or the chair adds them;
 * - a parent or carer with parental responsibility: the decision letter, the family plan, and the minutes of the
 *   parts they attended (no minutes if they attended none); a family member not linked to a household adult is taken
 *   as a parent or carer, and the line says to check;
 * - an advocate: the decision letter and the minutes of the parts they attended;
 * - a supporter, or a relative without parental responsibility: only what the parent agrees to, so nothing by default;
 * - a child: the social worker goes through the outcome with them;
 * - an interpreter, or someone not invited: nothing.
 *
 * Family members never receive the restricted annex, whatever is chosen.
 */

export type DistributionLine = {
  participant: Participant;
  receives: DistributedDocument[];
  /** Why, for the chair in the app: may say what to check ("link them to the household to check"). */
  why: string;
  /** Why, as the minute prints it: the same reason without instructions about the app. */
  minuteWhy: string;
  /** The chair changed this line from the default. */
  chosen: boolean;
};

export const DOCUMENT_ORDER: readonly DistributedDocument[] = [
  'decision-letter',
  'family-plan',
  'minutes',
  'restricted-annex',
  'child-letter',
];

const ANNEX_BY_DEFAULT = new Set(['childrens-social-care', 'police']);

export function hasParentalResponsibility(conference: Conference, person: Participant): boolean {
  const adult = person.adultId ? conference.adults.find((a) => a.id === person.adultId) : undefined;
  return adult?.parentalResponsibility ?? false;
}

export function defaultDistribution(
  conference: Conference,
  person: Participant,
): { receives: DistributedDocument[]; why: string; minuteWhy: string } {
  const { minuteWhy, ...line } = defaultLine(conference, person);
  return { ...line, minuteWhy: minuteWhy ?? line.why };
}

/** `minuteWhy` only where the app's words carry an instruction to the chair that the minute must not print. */
function defaultLine(
  conference: Conference,
  person: Participant,
): { receives: DistributedDocument[]; why: string; minuteWhy?: string } {
  if (person.attendance.status === 'not-invited') return { receives: [], why: 'Not invited' };
  switch (person.kind) {
    case 'interpreter':
      return { receives: [], why: 'Interpreter' };
    case 'professional':
      return ANNEX_BY_DEFAULT.has(person.agency ?? '')
        ? {
            receives: ['decision-letter', 'minutes', 'restricted-annex'],
            why: 'Professional; keeps the restricted annex',
          }
        : { receives: ['decision-letter', 'minutes'], why: 'Professional' };
    case 'family': {
      // A family member linked to a household adult without parental responsibility (a grandparent, an aunt) gets
      // copies only with a parent's agreement. One not linked is taken as the parent or carer they usually are: a
      // parent left without the decisions is the worse mistake, and the line says how to check.
      const linked = person.adultId !== undefined && conference.adults.some((a) => a.id === person.adultId);
      if (linked && !hasParentalResponsibility(conference, person)) {
        return { receives: [], why: 'No parental responsibility: copies only with the agreement of a parent' };
      }
      if (!linked) {
        return attendedAnyPart(conference, person)
          ? {
              receives: ['decision-letter', 'family-plan', 'minutes'],
              why: 'Family member taken as a parent or carer (link them to the household to check): the minutes of the parts they attended',
              minuteWhy: 'Parent or carer: the minutes of the parts they attended',
            }
          : {
              receives: ['decision-letter', 'family-plan'],
              why: 'Family member taken as a parent or carer (link them to the household to check); did not attend',
              minuteWhy: 'Parent or carer; did not attend, so no record of the meeting',
            };
      }
      return attendedAnyPart(conference, person)
        ? {
            receives: ['decision-letter', 'family-plan', 'minutes'],
            why: 'Parent or carer: the minutes of the parts they attended',
          }
        : {
            receives: ['decision-letter', 'family-plan'],
            why: 'Parent or carer; did not attend, so no record of the meeting',
          };
    }
    case 'advocate':
      return attendedAnyPart(conference, person)
        ? { receives: ['decision-letter', 'minutes'], why: 'Advocate: the minutes of the parts they attended' }
        : { receives: ['decision-letter'], why: 'Advocate' };
    case 'supporter':
      return { receives: [], why: 'Supporter: copies only with the agreement of the parent they support' };
    case 'child':
      return { receives: [], why: 'The social worker goes through the outcome with them' };
  }
}

export function distributionList(conference: Conference): DistributionLine[] {
  return conference.participants.map((participant) => {
    const fallback = defaultDistribution(conference, participant);
    const choice = conference.distribution.byParticipant[participant.id];
    const chosen = choice?.receives !== undefined;
    const picked = choice?.receives ?? fallback.receives;
    const receives = DOCUMENT_ORDER.filter(
      (d) => picked.includes(d) && !(d === 'restricted-annex' && isFamilySide(participant)),
    );
    const typed = choice?.why.trim();
    const why = typed || fallback.why;
    return { participant, receives, why, minuteWhy: typed || fallback.minuteWhy, chosen };
  });
}

/** The people who receive a document. */
export function recipientsOf(conference: Conference, document: DistributedDocument): Participant[] {
  return distributionList(conference)
    .filter((line) => line.receives.includes(document))
    .map((line) => line.participant);
}

/**
 * Someone on the distribution who is not a participant: the chair and the minute-taker (named in the details), and
 * the team manager consulted before the conference (named with the plan). Each receives what a professional does,
 * the decision letter and the professional minute, and is listed only when not already a participant by that name.
 */
export type NamedRecipient = {
  name: string;
  /** What they are, as the minute prints it beside the name: "Chair". */
  role: string;
  receives: DistributedDocument[];
  why: string;
};

const sameName = (a: string, b: string) =>
  a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

export function namedRecipients(conference: Conference): NamedRecipient[] {
  const { details, plan, participants } = conference;
  const candidates: NamedRecipient[] = [
    { name: details.chair, role: 'Chair', receives: ['decision-letter', 'minutes'], why: 'Chair of the meeting' },
    {
      name: details.minuteTaker,
      role: 'Minute-taker',
      receives: ['decision-letter', 'minutes'],
      why: 'Took the minutes',
    },
    {
      name: plan.teamManager,
      role: 'Team manager',
      receives: ['decision-letter', 'minutes'],
      why: 'Team manager, consulted before the conference',
    },
  ];
  const listed: string[] = [];
  return candidates.filter((c) => {
    if (!c.name.trim() || participants.some((p) => sameName(p.name, c.name)) || listed.some((n) => sameName(n, c.name)))
      return false;
    listed.push(c.name);
    return true;
  });
}
