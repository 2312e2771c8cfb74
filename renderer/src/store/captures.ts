import { CapturedIndex } from '@shared/audience/captured';
import { firstCapture, keepsOwnTime } from '@shared/audience/stamp';
import { ukClock, ukInstant } from '@shared/format/uk-time';
import type { Audience, Capture, DistributedDocument, DistributionChoice } from '@shared/model/audience';
import type { Conference } from '@shared/model/conference';

/**
 * Edits of who may see each piece of text (`conference.captures`) and of who receives which document
 * (`conference.distribution`), as pure functions from one conference to the next. The audience control, the
 * redaction preview and the leak messages all go through these, so every screen writes an audience the same way.
 */

/** Notes keep their own time (`note.createdAt`); a closed session's reason has the session's start. */
function noteIdOf(ref: string): string | undefined {
  return ref.startsWith('note:') ? ref.slice('note:'.length) : undefined;
}

/**
 * What `stampCaptures` would have recorded had the text been typed now. An entry in `captures` is what says a text
 * has been stamped, so an audience chosen before the words are typed must carry the stamp itself, or the text would
 * never get its time.
 */
function firstStamp(conference: Conference, ref: string, now: string): Capture {
  return keepsOwnTime(ref) ? {} : firstCapture(conference, now);
}

function withCapture(conference: Conference, ref: string, entry: Capture): Conference {
  return { ...conference, captures: { ...conference.captures, [ref]: entry } };
}

/** Sets the audience of one text, keeping the rest of its entry (its time, its agenda item, its closed session). */
export function setCaptureAudience(conference: Conference, ref: string, audience: Audience, now: string): Conference {
  const existing = conference.captures[ref];
  const next: Audience = { level: audience.level, withheldFrom: [...new Set(audience.withheldFrom)] };
  return withCapture(conference, ref, { ...(existing ?? firstStamp(conference, ref, now)), audience: next });
}

/**
 * Withholds a text from one person, keeping its level (the chair's, else the usual one for its kind): the one-click
 * fix for a leak message that names who would receive it.
 */
export function withholdCaptureFrom(
  conference: Conference,
  ref: string,
  participantId: string,
  now: string,
): Conference {
  const usual = new CapturedIndex(conference).get(ref)?.defaultAudience;
  const current = conference.captures[ref]?.audience ?? usual;
  if (!current) return conference;
  if (current.withheldFrom.includes(participantId) && conference.captures[ref]?.audience) return conference;
  return setCaptureAudience(
    conference,
    ref,
    { level: current.level, withheldFrom: [...current.withheldFrom, participantId] },
    now,
  );
}

/** Forgets the chair's choice: the text goes back to the default audience for its kind. */
export function clearCaptureAudience(conference: Conference, ref: string): Conference {
  const existing = conference.captures[ref];
  if (!existing?.audience) return conference;
  const { audience: _dropped, ...rest } = existing;
  return withCapture(conference, ref, rest);
}

/** When the text was captured, as a UK clock time ("14:30"), or '' when no time is recorded. */
export function captureClock(conference: Conference, ref: string): string {
  const noteId = noteIdOf(ref);
  if (noteId !== undefined) return ukClock(conference.notes.find((n) => n.id === noteId)?.createdAt);
  return ukClock(conference.captures[ref]?.at);
}

/**
 * Corrects when a text was captured: a UK clock time on the conference day. Notes keep their time on the note
 * (a note always has one, so an empty time leaves it as it was); everything else in `captures[ref].at`, where an
 * empty time clears it (the app then goes by the agenda item). Returns the same conference for a time it cannot read.
 */
export function setCaptureClock(conference: Conference, ref: string, clock: string): Conference {
  const instant = clock === '' ? undefined : ukInstant(conference.details.date, clock);
  if (clock !== '' && instant === undefined) return conference;
  const iso = instant === undefined ? undefined : new Date(instant).toISOString();
  const noteId = noteIdOf(ref);
  if (noteId !== undefined) {
    if (iso === undefined) return conference;
    return {
      ...conference,
      notes: conference.notes.map((n) => (n.id === noteId ? { ...n, createdAt: iso } : n)),
    };
  }
  if (keepsOwnTime(ref)) return conference;
  const { at: _old, ...rest } = conference.captures[ref] ?? {};
  return withCapture(conference, ref, iso === undefined ? rest : { ...rest, at: iso });
}

/**
 * The "must not be shared" tick on an address sets the address's default audience (restricted). A level the chair
 * chose earlier would otherwise outlast the tick, so it follows the tick; people it is withheld from are kept.
 */
export function setAddressRestricted(conference: Conference, adultId: string, restricted: boolean): Conference {
  const ref = `adult:${adultId}:address`;
  const adults = conference.adults.map((a) => (a.id === adultId ? { ...a, addressRestricted: restricted } : a));
  const existing = conference.captures[ref];
  if (!existing?.audience) return { ...conference, adults };
  return withCapture({ ...conference, adults }, ref, {
    ...existing,
    audience: { ...existing.audience, level: restricted ? 'restricted' : 'everyone' },
  });
}

/** Changes one person's line of the distribution list (documents and the reason why), keeping what is not given. */
export function setDistributionChoice(
  conference: Conference,
  participantId: string,
  patch: { receives?: DistributedDocument[]; why?: string },
): Conference {
  const existing: DistributionChoice | undefined = conference.distribution.byParticipant[participantId];
  const next: DistributionChoice = {
    why: patch.why ?? existing?.why ?? '',
    ...(patch.receives !== undefined
      ? { receives: patch.receives }
      : existing?.receives !== undefined
        ? { receives: existing.receives }
        : {}),
  };
  return {
    ...conference,
    distribution: {
      ...conference.distribution,
      byParticipant: { ...conference.distribution.byParticipant, [participantId]: next },
    },
  };
}

/** Back to the default rule for one person, or for everyone when no one is named. */
export function resetDistribution(conference: Conference, participantId?: string): Conference {
  const byParticipant =
    participantId === undefined
      ? {}
      : Object.fromEntries(
          Object.entries(conference.distribution.byParticipant).filter(([id]) => id !== participantId),
        );
  return { ...conference, distribution: { ...conference.distribution, byParticipant } };
}

/**
 * Takes a text out of the closed session it was typed or changed in, so it is no longer kept from the people who
 * were out of the room: the chair's decision, made in the preview or beside the item.
 */
export function releaseFromClosedSession(conference: Conference, ref: string): Conference {
  const entry = conference.captures[ref];
  if (!entry?.closedSessionId) return conference;
  const { closedSessionId: _session, ...rest } = entry;
  return { ...conference, captures: { ...conference.captures, [ref]: rest } };
}
