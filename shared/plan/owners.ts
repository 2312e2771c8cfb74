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

/** A participant id on an action (owner or support) that is not, or is no longer, a participant. */
export function unknownActionPeople(conference: Conference, action: PlanAction): ActionPerson[] {
  const ids = new Set(conference.participants.map((p) => p.id));
  return [...actionOwners(action), ...action.supportedBy].filter(
    (p) => p.participantId !== undefined && !ids.has(p.participantId),
  );
}
