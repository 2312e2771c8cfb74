import type { ActionPerson, Conference, PlanAction } from '../model/conference';

/**
 * The people who own an action, in order: the first owner (`ownerParticipantId` or `ownerName`, kept where older
 * files have them) then everyone in `alsoBy`. Every reader of owners goes through here, so "the mother and the
 * grandmother" is never shortened to the mother in one document and not in another.
 */
export function actionOwners(action: PlanAction): ActionPerson[] {
  const first: ActionPerson[] =
    action.ownerParticipantId !== undefined
      ? [{ participantId: action.ownerParticipantId, name: '' }]
      : action.ownerName.trim()
        ? [{ name: action.ownerName }]
        : [];
  return [...first, ...action.alsoBy.filter(named)];
}

/** Whether an entry names anyone: a row being typed may have neither a participant nor a name yet. */
export function named(person: ActionPerson): boolean {
  return person.participantId !== undefined || person.name.trim() !== '';
}

/** The participant ids among an action's owners. */
export function ownerParticipantIds(action: PlanAction): string[] {
  return actionOwners(action).flatMap((p) => (p.participantId ? [p.participantId] : []));
}

/**
 * Everyone named on an action with the place they were entered (`owner`, `alsoBy[1]`, `supportedBy[0]`), so a check
 * can put its message beside the right field. Rows still being typed (neither a participant nor a name) are included:
 * they are where the chair is asked to finish or remove the line.
 */
export type PlacedActionPerson = { person: ActionPerson; place: string; supports: boolean };

export function placedActionPeople(action: PlanAction): PlacedActionPerson[] {
  const first = actionOwners(action)[0];
  const firstIsOwner =
    first !== undefined && (action.ownerParticipantId !== undefined || action.ownerName.trim() !== '');
  return [
    ...(firstIsOwner ? [{ person: first, place: 'owner', supports: false }] : []),
    ...action.alsoBy.map((person, k) => ({ person, place: `alsoBy[${k}]`, supports: false })),
    ...action.supportedBy.map((person, k) => ({ person, place: `supportedBy[${k}]`, supports: true })),
  ];
}

/** A participant id on an action (owner or support) that is not, or is no longer, a participant. */
export function unknownActionPeople(conference: Conference, action: PlanAction): ActionPerson[] {
  const ids = new Set(conference.participants.map((p) => p.id));
  return [...actionOwners(action), ...action.supportedBy].filter(
    (p) => p.participantId !== undefined && !ids.has(p.participantId),
  );
}
