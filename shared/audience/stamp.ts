import type { Capture } from '../model/audience';
import type { AgendaProgress, Conference } from '../model/conference';
import { textWords } from './captured';

/**
 * Time on everything captured (issue #10, item 2). Called on every change of the conference (in the chair's window
 * before a save, and again in the main process as the save arrives), it:
 *
 * - stamps each text that has appeared since the last change with the time, the agenda item open then, and the
 *   closed session open then (whatever kind of text it is: analysis, a child's views, decision text, a plan action),
 *   so anything made in a closed session is withheld from everyone the session excluded; given the conference as it
 *   was before the change, a text whose words change during a closed session is marked with that session too;
 * - records when each agenda item was on screen (`visits`), so the record of an item can follow who was in the room.
 *
 * A text is stamped once, when it first has words; its entry in `captures` is what says it has been stamped. Texts
 * from before times were kept (a migrated file) carry an entry without a time and are never stamped with a wrong one.
 * Returns the same object when nothing changed, so callers can tell cheaply.
 */
export function stampCaptures(conference: Conference, now: string, previous?: Conference): Conference {
  const agenda = stampVisits(conference.agenda, now);
  const open = conference.closedSessions.find((s) => s.endedAt === undefined);
  let captures: Record<string, Capture> | undefined;
  // Outside a closed session a note has nothing to stamp (it keeps its own time), so the thousands of notes in a long
  // meeting are not walked on every change.
  const notes = { notes: open !== undefined };
  // Words changed during a closed session are closed-session material too, though the text was typed before it (the
  // police add what they know to an existing worry): withheld from those out of the room until the chair releases it.
  const before = open && previous ? wordsByRef(previous, notes) : undefined;
  let existedBefore = before;
  for (const text of textWords(conference, notes)) {
    if (!text.texts.length) continue;
    const existing = conference.captures[text.ref];
    const earlier = before?.get(text.ref);
    const changedInSession =
      open !== undefined &&
      // Had words before (a text getting its first words is stamped below, with its time).
      earlier !== undefined &&
      earlier.split('\u0000').join('').trim() !== '' &&
      earlier !== text.texts.join('\u0000') &&
      existing?.closedSessionId === undefined &&
      text.closedSessionId === undefined;
    if (changedInSession) {
      captures ??= { ...conference.captures };
      captures[text.ref] = { ...(existing ?? {}), closedSessionId: open.id };
      continue;
    }
    if (existing !== undefined) continue;
    // Notes and closed-session reasons carry their own times.
    if (keepsOwnTime(text.ref)) continue;
    captures ??= { ...conference.captures };
    // A text that already had words before this change was not typed now: a kind of text this version of the app
    // first lists (an older file's skip reasons, say) is marked as captured without a time, never given this one.
    if (previous) {
      existedBefore ??= wordsByRef(previous, notes);
      const earlier = existedBefore.get(text.ref);
      if (earlier !== undefined && earlier.split('\u0000').join('').trim() !== '') {
        captures[text.ref] = {};
        continue;
      }
    }
    // A time outside the meeting would hide the text from part-time attenders and raise a problem: see firstCapture.
    captures[text.ref] = firstCapture(conference, now);
  }
  if (!captures && agenda === conference.agenda) return conference;
  return { ...conference, agenda, ...(captures ? { captures } : {}) };
}

/** Notes and closed-session reasons carry their own times on the record itself. */
export function keepsOwnTime(ref: string): boolean {
  return ref.startsWith('note:') || ref.startsWith('closedSession:');
}

/**
 * The entry a text gets when it is first captured now: the time and the agenda item while the meeting runs (text
 * typed in setup, or when finishing the minutes afterwards, was not said at that moment), and the closed session
 * open now.
 */
export function firstCapture(conference: Conference, now: string): Capture {
  const { agenda } = conference;
  const running = agenda.meetingStartedAt !== undefined && agenda.meetingEndedAt === undefined;
  const open = conference.closedSessions.find((s) => s.endedAt === undefined);
  return {
    ...(running ? { at: now } : {}),
    ...(running && agenda.currentItemKey ? { itemKey: agenda.currentItemKey } : {}),
    ...(open ? { closedSessionId: open.id } : {}),
  };
}

function wordsByRef(conference: Conference, options: { notes: boolean }): Map<string, string> {
  return new Map(textWords(conference, options).map((t) => [t.ref, t.texts.join('\u0000')]));
}

/** Opens a visit for the item on screen while the meeting runs, and closes the one left behind. */
export function stampVisits(agenda: AgendaProgress, now: string): AgendaProgress {
  const running = agenda.meetingStartedAt !== undefined && agenda.meetingEndedAt === undefined;
  const current = running ? agenda.currentItemKey : undefined;
  let items: AgendaProgress['items'] | undefined;
  for (const [key, progress] of Object.entries(agenda.items)) {
    const visits = progress.visits ?? [];
    const last = visits.at(-1);
    if (last && last.to === undefined && key !== current) {
      items ??= { ...agenda.items };
      const to = agenda.meetingEndedAt && agenda.meetingEndedAt < now ? agenda.meetingEndedAt : now;
      items[key] = { ...progress, visits: [...visits.slice(0, -1), { from: last.from, to }] };
    }
  }
  if (current) {
    const progress = (items ?? agenda.items)[current];
    const visits = progress?.visits ?? [];
    if (visits.at(-1)?.to !== undefined || visits.length === 0) {
      items ??= { ...agenda.items };
      items[current] = {
        status: progress?.status ?? 'pending',
        skippedReason: progress?.skippedReason ?? '',
        elapsedSeconds: progress?.elapsedSeconds ?? 0,
        visits: [...visits, { from: now }],
      };
    }
  }
  return items ? { ...agenda, items } : agenda;
}

/**
 * Marks every text already in a file as captured, without a time: used when a file from before times were kept is
 * opened, so that its texts are not stamped with the moment it was opened.
 */
export function markExistingCaptures(conference: Conference): Conference {
  let captures: Record<string, Capture> | undefined;
  for (const text of textWords(conference)) {
    if (!text.texts.length) continue;
    if (conference.captures[text.ref] !== undefined) continue;
    captures ??= { ...conference.captures };
    captures[text.ref] = {};
  }
  return captures ? { ...conference, captures } : conference;
}
