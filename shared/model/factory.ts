import { ChildDecision, Conference, SCHEMA_VERSION, type ConferenceType, type Nation } from './conference';
import { newId } from './ids';

export type NewConferenceRequest = { type: ConferenceType; nation: Nation; date: string };

/** A blank conference of the chosen type, with every section present so screens never meet `undefined`. */
export function createConference(request: NewConferenceRequest, now: Date = new Date()): Conference {
  const stamp = now.toISOString();
  return Conference.parse({
    schemaVersion: SCHEMA_VERSION,
    id: newId('conf'),
    createdAt: stamp,
    updatedAt: stamp,
    details: { type: request.type, nation: request.nation, date: request.date },
  });
}

/** Everything in a decision but the child, from the schema's own defaults. */
const decisionDefaults = ChildDecision.omit({ childId: true });

/**
 * A child's decision before anything is decided: every list empty and every text blank, from the schema's defaults so
 * that a field added to the schema is never missing here. The child's id is not checked: it comes from the conference.
 */
export function emptyDecision(childId: string): ChildDecision {
  return { childId, ...decisionDefaults.parse({}) };
}

/** The line a chair sees in the list of recent conferences. */
export type ConferenceSummary = {
  id: string;
  type: ConferenceType;
  nation: Nation;
  date: string;
  childrenNames: string[];
  reference: string;
  updatedAt: string;
};

export function summariseConference(conference: Conference): ConferenceSummary {
  return {
    id: conference.id,
    type: conference.details.type,
    nation: conference.details.nation,
    date: conference.details.date,
    childrenNames: conference.children.map(
      (c) =>
        [c.knownAs || c.givenName, c.familyName].filter(Boolean).join(' ') || (c.unborn ? 'Unborn baby' : 'Unnamed'),
    ),
    reference: conference.details.reference,
    updatedAt: conference.updatedAt,
  };
}
