import type { Capture } from '@shared/model/audience';
import type { AgendaProgress, Conference } from '@shared/model/conference';
import { stampCaptures } from '@shared/audience';
import { textWords } from '@shared/audience/captured';

/**
 * Time on everything captured, as a save arrives in the main process (issue #10, item 2). The chair's window stamps
 * each new text as it is typed; main stamps again as a safety net for any text that reached it without a stamp
 * (a window that does not stamp, a review started from an earlier conference), so that nothing is saved without the
 * time, agenda item and closed session it was typed in. `stampCaptures` only stamps texts with no entry, so for a
 * window that stamps this changes nothing.
 *
 * The window is not sent the conference back: a save answers with a receipt, and the window keeps its own copy.
 * So a window that did not stamp will send the same texts unstamped again on its next save, and stamping them again
 * then would move their time to that save. Main therefore first keeps what it stamped before, from the copy it last
 * saved: capture entries for texts that still exist, and agenda visits when the window keeps none. The entries the
 * window's copy lacks are returned (`stamped`) for the save receipt, so a window can adopt them.
 */
export function stampOnSave(
  incoming: Conference,
  saved: Conference | null,
  now: string,
): { conference: Conference; stamped: Record<string, Capture> } {
  const conference = stampCaptures(saved ? keepEarlierStamps(incoming, saved) : incoming, now, saved ?? undefined);
  const stamped: Record<string, Capture> = {};
  // The same entries object means nothing was added (the usual case: the chair's window stamps as the chair types).
  if (conference.captures !== incoming.captures) {
    for (const ref in conference.captures) {
      if (incoming.captures[ref] === undefined) stamped[ref] = conference.captures[ref]!;
    }
  }
  return { conference, stamped };
}

function keepEarlierStamps(incoming: Conference, saved: Conference): Conference {
  let captures: Record<string, Capture> | undefined;
  // Texts that still exist, empty or not: an entry for a deleted item is not brought back. Listed only when the
  // window's copy lacks an entry main has (a window that stamps, as the app's does, never does).
  let refs: Set<string> | undefined;
  // `for…in`, not Object.entries: a meeting of thousands of notes has as many entries, and this runs on every save.
  for (const ref in saved.captures) {
    if (incoming.captures[ref] !== undefined) continue;
    const capture = saved.captures[ref]!;
    refs ??= new Set(textWords(incoming).map((t) => t.ref));
    if (!refs.has(ref)) continue;
    captures ??= { ...incoming.captures };
    captures[ref] = capture;
  }
  const agenda = keepEarlierVisits(incoming.agenda, saved.agenda);
  if (!captures && agenda === incoming.agenda) return incoming;
  return { ...incoming, agenda, ...(captures ? { captures } : {}) };
}

/**
 * Visits are kept from the saved copy only when the window's copy has none at all: such a window does not record
 * visits, and main's are the only ones. A window that records visits is trusted with them, including a chair's
 * correction that removes one.
 */
function keepEarlierVisits(incoming: AgendaProgress, saved: AgendaProgress): AgendaProgress {
  if (Object.values(incoming.items).some((p) => p.visits.length > 0)) return incoming;
  let items: AgendaProgress['items'] | undefined;
  for (const [key, progress] of Object.entries(saved.items)) {
    if (!progress.visits.length) continue;
    items ??= { ...incoming.items };
    const mine = incoming.items[key];
    items[key] = mine
      ? { ...mine, visits: progress.visits }
      : { status: 'pending', skippedReason: '', elapsedSeconds: 0, visits: progress.visits };
  }
  return items ? { ...incoming, items } : incoming;
}
