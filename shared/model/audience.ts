import { z } from 'zod';
import { EntityId, Instant, ShortText, Text } from './primitives';

/**
 * Who may see a piece of captured text (issue #10). One concept for every free-text item in the conference:
 *
 * - `everyone`: everyone at the conference, the family included (and the shared screen, where the item is shown);
 * - `professionals`: the professional minute only; never family-facing, never on the shared screen;
 * - `restricted`: the restricted annex only, which goes to the professionals the chair chooses;
 * - and on top of any level, `withheldFrom` named participants (one parent's health withheld from the other; an
 *   action private to the person who must do it).
 *
 * Audiences live beside the conference's content in `Conference.captures`, keyed by the text's reference (see
 * shared/audience/refs.ts), so that the same control and the same rules serve every kind of text. An entry also
 * records when the text was first captured and under which agenda item, which is what lets a family member's copy
 * of the minutes leave out what was said while they were out of the room.
 */

export const AudienceLevel = z.enum(['everyone', 'professionals', 'restricted']);
export type AudienceLevel = z.infer<typeof AudienceLevel>;

export const Audience = z.object({
  level: AudienceLevel,
  withheldFrom: z.array(EntityId).default([]),
});
export type Audience = z.infer<typeof Audience>;

export const Capture = z.object({
  /** Unset: the default audience for this kind of text (for example, the reason for the conference is professionals only). */
  audience: Audience.optional(),
  /** When the text was first typed. The chair can correct it afterwards. */
  at: Instant.optional(),
  /** The agenda item open when it was typed. */
  itemKey: ShortText.optional(),
  /** Typed during this closed session: withheld from everyone the session excluded. */
  closedSessionId: EntityId.optional(),
});
export type Capture = z.infer<typeof Capture>;

/** The documents a person can be sent. */
export const DistributedDocument = z.enum([
  'decision-letter',
  'family-plan',
  'minutes',
  'restricted-annex',
  'child-letter',
]);
export type DistributedDocument = z.infer<typeof DistributedDocument>;

/** The chair's changes to who receives what; anything not set follows the default rule (shared/audience/distribution.ts). */
export const DistributionChoice = z.object({
  receives: z.array(DistributedDocument).optional(),
  /** Why, in the chair's words: printed in the minute's distribution list. */
  why: Text.default(''),
});
export type DistributionChoice = z.infer<typeof DistributionChoice>;

export const Distribution = z.object({
  byParticipant: z.record(EntityId, DistributionChoice).default(() => ({})),
  /** Where the restricted annex is kept besides its named recipients (the children's social care record). */
  annexKeptWith: ShortText.default('The children’s social care record'),
});
export type Distribution = z.infer<typeof Distribution>;

export const EVERYONE: Audience = { level: 'everyone', withheldFrom: [] };
export const PROFESSIONALS: Audience = { level: 'professionals', withheldFrom: [] };
export const RESTRICTED: Audience = { level: 'restricted', withheldFrom: [] };
