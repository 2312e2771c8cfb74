import type { Conference, Participant } from '../model/conference';
import { capturedIndexOf, type CapturedIndex, type CapturedText } from './captured';
import { meetingSpan, presenceOf, presentThroughout, within, type Presence } from './presence';

/**
 * Who reads a document or a view. Every document and every shared-screen view is computed for one reader: the
 * builder asks, text by text, whether this reader may see it (never "build everything, then filter").
 *
 * - `professional`: the professional minute: everything but restricted text (that is in the annex), less anything
 *   withheld from that professional (a parent's own support worker can be kept from the other parent's health);
 * - `family`: a family member, supporter, advocate or child: text for everyone, less what is withheld from them;
 *   and for the record of what was said, only what was said while they were in the room;
 * - `shared-screen`: the shared screen: text for everyone, withheld from nobody (anyone may be looking at it).
 */
export type Reader =
  | { kind: 'professional'; participant?: Participant }
  | { kind: 'family'; participant: Participant }
  | { kind: 'shared-screen' };

export type HiddenWhy =
  'professionals-only' | 'restricted' | 'withheld' | 'out-of-room' | 'closed-session' | 'time-unknown';

export type Seen = { shown: true } | { shown: false; why: HiddenWhy; detail: string };

const SHOWN: Seen = { shown: true };

/** How each reason reads in the redaction preview and in a family member's own copy. */
export const hiddenWhyWords: Record<HiddenWhy, string> = {
  'professionals-only': 'Professionals only',
  restricted: 'Restricted (annex only)',
  withheld: 'Withheld from this person',
  'out-of-room': 'Said while they were out of the room',
  'closed-session': 'Said in a closed session they were not in',
  'time-unknown': 'The app cannot tell whether they were in the room',
};

export type ItemPresence = 'present' | 'out' | 'part' | 'unknown';

export class ReaderView {
  readonly conference: Conference;
  readonly reader: Reader;
  readonly index: CapturedIndex;
  readonly presence: Presence | undefined;
  private readonly cache = new Map<string, Seen>();

  constructor(conference: Conference, reader: Reader, index: CapturedIndex = capturedIndexOf(conference)) {
    this.conference = conference;
    this.reader = reader;
    this.index = index;
    this.presence = reader.kind === 'family' ? presenceOf(conference, reader.participant) : undefined;
  }

  /** The participant this view is for, if it is for a person. */
  get participant(): Participant | undefined {
    return this.reader.kind === 'shared-screen' ? undefined : this.reader.participant;
  }

  /** Whether this reader may see the text with this reference. A reference with no text has nothing to hide. */
  sees(ref: string): Seen {
    const cached = this.cache.get(ref);
    if (cached) return cached;
    const text = this.index.get(ref);
    const seen = text ? this.judge(text) : SHOWN;
    this.cache.set(ref, seen);
    return seen;
  }

  shows(ref: string): boolean {
    return this.sees(ref).shown;
  }

  /** Every non-empty text this reader may not see, with why: the redaction preview. */
  hidden(): { text: CapturedText; seen: Seen & { shown: false } }[] {
    const out: { text: CapturedText; seen: Seen & { shown: false } }[] = [];
    for (const text of this.index.all) {
      if (!text.texts.length) continue;
      const seen = this.sees(text.ref);
      if (!seen.shown) out.push({ text, seen });
    }
    return out;
  }

  /** Whether a family reader was in the room for the whole of an agenda item (by when the item ran). */
  itemPresence(itemKey: string): ItemPresence {
    const presence = this.presence;
    if (this.reader.kind !== 'family' || !presence) return 'present';
    if (!presence.known) return 'unknown';
    if (presence.wholeMeeting) return 'present';
    const visits = this.conference.agenda.items[itemKey]?.visits ?? [];
    if (!visits.length) return 'unknown';
    const end = meetingSpan(this.conference).end;
    let inAll = true;
    let inAny = false;
    for (const visit of visits) {
      const from = Date.parse(visit.from);
      const to = visit.to ? Date.parse(visit.to) : end;
      if (Number.isNaN(from) || Number.isNaN(to)) return 'unknown';
      if (presentThroughout(presence, from, Math.max(to, from + 1))) inAny = true;
      else {
        inAll = false;
        if (presence.windows.some((w) => w.to > from && w.from < to)) inAny = true;
      }
    }
    return inAll ? 'present' : inAny ? 'part' : 'out';
  }

  private judge(text: CapturedText): Seen {
    const { level, withheldFrom } = text.audience;
    const reader = this.reader;
    if (reader.kind === 'shared-screen') {
      if (level === 'restricted') return { shown: false, why: 'restricted', detail: '' };
      if (level === 'professionals') return { shown: false, why: 'professionals-only', detail: '' };
      // The shared screen is seen by everyone in the room, so text withheld from anyone stays off it.
      if (withheldFrom.length) return { shown: false, why: 'withheld', detail: 'withheld from someone in the meeting' };
      return SHOWN;
    }
    if (level === 'restricted') return { shown: false, why: 'restricted', detail: '' };
    const id = reader.participant?.id;
    // A person's own phone and email, and their own date of birth, are never kept from them.
    if (id !== undefined && text.ref === `participant:${id}:contact`) return SHOWN;
    if (reader.participant?.adultId !== undefined && text.ref === `adult:${reader.participant.adultId}:dateOfBirth`)
      return SHOWN;
    if (id !== undefined && withheldFrom.includes(id)) return { shown: false, why: 'withheld', detail: '' };
    if (reader.kind === 'professional') return SHOWN;
    if (level === 'professionals') return { shown: false, why: 'professionals-only', detail: '' };
    if (text.nature === 'outcome') return SHOWN;
    // Their own position (a view on the decision, a disagreement, a score's comment) is in their copy even where the
    // time says they were out: the chair often types what someone heard separately said after their session.
    if (id !== undefined && text.saidBy === id) return SHOWN;
    return this.judgeTime(text);
  }

  /** The record follows time: what was said while a family member was out of the room is not in their copy. */
  private judgeTime(text: CapturedText): Seen {
    const presence = this.presence;
    if (!presence) return SHOWN;
    if (text.closedSessionId !== undefined && presence.closedSessionIds.has(text.closedSessionId)) {
      return { shown: false, why: 'closed-session', detail: '' };
    }
    if (!presence.known) return { shown: false, why: 'time-unknown', detail: presence.why };
    if (text.at !== undefined) {
      const at = Date.parse(text.at);
      if (!Number.isNaN(at)) {
        return within(presence, at) ? SHOWN : { shown: false, why: 'out-of-room', detail: '' };
      }
    }
    if (presence.wholeMeeting) return SHOWN;
    const item = text.itemKey ? this.itemPresence(text.itemKey) : 'unknown';
    if (item === 'present') return SHOWN;
    if (item === 'out') return { shown: false, why: 'out-of-room', detail: '' };
    return {
      shown: false,
      why: 'time-unknown',
      detail: 'it has no time recorded and they were out of the room for part of the meeting',
    };
  }
}

/** The family side of the meeting: everyone who is not there as a professional. */
export function isFamilySide(person: Participant): boolean {
  return person.kind !== 'professional';
}

/** The reader for a participant: professionals read the professional minute; everyone else is family-side. */
export function readerFor(person: Participant): Reader {
  return isFamilySide(person) ? { kind: 'family', participant: person } : { kind: 'professional', participant: person };
}
