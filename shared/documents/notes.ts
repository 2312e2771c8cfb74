import type { Note, NoteKind } from '../model/conference';
import type { DocumentContext } from './context';
import { itemTitle } from './context';
import type { Block } from './types';
import { speakerLabel } from '../meeting/speakers';
import { ukClock } from '../format/uk-time';

const kindWords: Record<NoteKind, string> = {
  note: 'Note',
  'agency-information': 'Agency information',
  'family-view': 'Family view',
  decision: 'Decision',
  action: 'Action',
};

export function byTime(a: Note, b: Note): number {
  return a.createdAt.localeCompare(b.createdAt);
}

/**
 * Who said a note, as the minute names them: a participant with their role and organisation, or the chair or the
 * minute-taker by the name in the details ("Helen Marsh (Chair)"); '' when nobody was named.
 */
export function saidBy(ctx: DocumentContext, note: Note): string {
  if (note.participantId) return ctx.people.recordLabel(note.participantId);
  return note.speaker ? speakerLabel(ctx.conference.details, note.speaker) : '';
}

/** The name of whoever said a note, as it could begin the note's text ("Raj Patel: …"); '' when nobody was named. */
function speakerName(ctx: DocumentContext, note: Note): string {
  if (note.participantId) return ctx.people.participant(note.participantId)?.name.trim() ?? '';
  if (note.speaker === 'chair') return ctx.conference.details.chair.trim();
  if (note.speaker === 'minute-taker') return ctx.conference.details.minuteTaker.trim();
  return '';
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A note's text without the speaker's name the minute-taker typed at its start, which the note's lead already gives:
 * "Raj Patel: Callum's attendance…" is printed once as "Raj Patel (…): Callum's attendance…", never "Raj Patel (…):
 * Raj Patel: …". A name followed by a colon or a dash is dropped with it (`named: false`); a name that starts a
 * sentence ("Grace Okafor read Jayden's views") is kept as the sentence's subject and the lead then leaves it out
 * (`named: true`, with the rest of the sentence). Leading colons are dropped too, so a lead never meets one ("::").
 */
export function withoutSpeakerName(text: string, name: string): { text: string; named: boolean } {
  const trimmed = text.replace(/^[\s:]+/, '');
  if (!name) return { text: trimmed, named: false };
  // The name, perhaps with the role in brackets, then a colon, a spaced dash, or a space before the sentence goes on.
  const found = new RegExp(`^${escapeRegExp(name)}(?:\\s*\\([^)]*\\))?(\\s*:+\\s*|\\s+[–—-]+\\s+|\\s+)`, 'i').exec(
    trimmed,
  );
  const rest = found ? trimmed.slice(found[0].length) : '';
  if (!found || !rest.trim()) return { text: trimmed, named: false };
  return (found[1] ?? '').trim() ? { text: rest.replace(/^[\s:]+/, ''), named: false } : { text: rest, named: true };
}

/**
 * One note, attributed: "14:20 Tom Haddad (Designated safeguarding lead, Westbrook Academy): …". Under a heading that
 * already names the speaker (an agency's part of the minute), `speakerInHeading` leaves the name out of the lead.
 */
export function noteBlock(ctx: DocumentContext, note: Note, options: { speakerInHeading?: boolean } = {}): Block {
  const who = options.speakerInHeading ? '' : saidBy(ctx, note);
  const unnamed = !who && !options.speakerInHeading;
  const kind = note.kind === 'decision' || note.kind === 'action' || unnamed ? kindWords[note.kind] : '';
  const time = ukClock(note.createdAt);
  const said = withoutSpeakerName(note.text, speakerName(ctx, note));
  if (said.named && who) {
    // The typed sentence has the speaker as its subject ("Grace Okafor read…"): the label takes the name's place.
    const lead = [time, kind].filter(Boolean).join(' ');
    return { kind: 'paragraph', ...(lead ? { lead: `${lead}${kind ? ':' : ''} ` } : {}), text: `${who} ${said.text}` };
  }
  const text = said.named ? `${speakerName(ctx, note)} ${said.text}` : said.text;
  const lead = [time, [kind, who].filter(Boolean).join(' – ')].filter(Boolean).join(' ');
  return { kind: 'paragraph', ...(lead ? { lead: `${lead}: ` } : {}), text };
}

/**
 * Notes grouped under their agenda item's title, in agenda order then time order. `keys` limits the items (a section
 * of the minute); notes on items not in `keys` are left for the section that owns them.
 */
export function notesByItem(ctx: DocumentContext, notes: readonly Note[], keys?: readonly string[]): Block[] {
  const order = keys ?? [...new Set(notes.map((n) => n.itemKey))];
  const blocks: Block[] = [];
  for (const key of order) {
    const here = notes.filter((n) => n.itemKey === key).sort(byTime);
    if (here.length === 0) continue;
    blocks.push({ kind: 'heading', level: 3, text: `Notes: ${itemTitle(ctx, key)}` });
    blocks.push(...here.map((n) => noteBlock(ctx, n)));
  }
  return blocks;
}
