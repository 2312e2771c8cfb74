import type { DistributedDocument } from '../model/audience';
import type { Child, Conference, Participant } from '../model/conference';
import { andList, childName } from '../wording/sentences';
import { attendedAnyPart } from './presence';
import { isFamilySide } from './visibility';

/**
 * Who receives which document (issue #10, item 4). The default follows the
 * guidance; the chair can change anyone's line, and the export writes exactly this list.
 *
 * - a professional: the decision letter and the minutes; the restricted annex when they are from children's social
 *   care or the police (the record and, usually, the agency that gave the information), or the chair adds them;
 * - a parent or carer with parental responsibility: the decision letter, the family plan, and the minutes of the
 *   parts they attended (no minutes if they attended none); a family member not linked to a household adult is taken
 *   as a parent or carer, and the line says to check;
 * - an advocate: the decision letter and the minutes of the parts they attended;
 * - a supporter, or a relative without parental responsibility: only what the parent agrees to, so nothing by default;
 * - a child: their own outcome letter (the chair's letter in words for their age), which the social worker goes
 *   through with them;
 * - the lead social worker: besides a professional's documents, every child's letter, to go through it with the child;
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
    case 'professional': {
      const line: { receives: DistributedDocument[]; why: string } = ANNEX_BY_DEFAULT.has(person.agency ?? '')
        ? {
            receives: ['decision-letter', 'minutes', 'restricted-annex'],
            why: 'Professional; keeps the restricted annex',
          }
        : { receives: ['decision-letter', 'minutes'], why: 'Professional' };
      return person.id === conference.plan.leadSocialWorkerParticipantId ? withChildLetters(conference, line) : line;
    }
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
    case 'child': {
      const child = conference.children.find((c) => c.id === person.childId);
      if (child && childrenToWriteTo(conference).some((w) => w.child.id === child.id)) {
        return {
          receives: ['child-letter'],
          why: 'An outcome letter in words for their age, gone through with them by the social worker',
        };
      }
      // A child too young for a letter (or not linked to a child of the household, so no letter is theirs).
      return { receives: [], why: 'The social worker goes through the outcome with them' };
    }
  }
}

/**
 * The lead social worker's line: they are sent every child's letter, to go through it with the child. A child too
 * young for a letter is told in other ways, and the line says so, since it is printed in the minute.
 */
function withChildLetters(
  conference: Conference,
  line: { receives: DistributedDocument[]; why: string },
): { receives: DistributedDocument[]; why: string } {
  const letters = childrenToWriteTo(conference);
  const tooYoung = tooYoungForALetter(conference).map(childName);
  const young = tooYoung.length
    ? `; tells ${andList(tooYoung)}, too young for a letter, about the outcome in other ways`
    : '';
  if (!letters.length) return { ...line, why: `${line.why}${young}` };
  return {
    receives: [...line.receives, 'child-letter'],
    why: `${line.why}; goes through each child’s letter with them${young}`,
  };
}

/**
 * The chair writes to each child of the household after the conference: a child who is born and at
 * least this old on the conference date. A younger child is told in ways that suit them, not by letter.
 */
export const YOUNGEST_FOR_A_LETTER = 3;

/** Whole years from a date of birth to a date, both `YYYY-MM-DD`: a birthday counts from its day. */
export function ageOn(dateOfBirth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return on.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

/** A child who is written to, with their age on the conference date (undefined: no date of birth is recorded). */
export type ChildWrittenTo = { child: Child; age: number | undefined };

/**
 * The children the chair writes to, in the household's order: born (never an unborn baby), and not under 3 on the
 * conference date. A child without a date of birth is written to: leaving a child without their letter is the worse
 * mistake, and the letter says which words it was written in.
 */
export function childrenToWriteTo(conference: Conference): ChildWrittenTo[] {
  return conference.children.flatMap((child) => {
    if (child.unborn) return [];
    const age = child.dateOfBirth ? ageOn(child.dateOfBirth, conference.details.date) : undefined;
    return age !== undefined && age < YOUNGEST_FOR_A_LETTER ? [] : [{ child, age }];
  });
}

/** Born children under 3 on the conference date: no letter; the social worker tells them in other ways. */
export function tooYoungForALetter(conference: Conference): Child[] {
  return conference.children.filter(
    (c) =>
      !c.unborn && c.dateOfBirth !== undefined && ageOn(c.dateOfBirth, conference.details.date) < YOUNGEST_FOR_A_LETTER,
  );
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
