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

/** One note, attributed: "14:20 Tom Haddad (Designated safeguarding lead, Westbrook Academy): …". */
export function noteBlock(ctx: DocumentContext, note: Note): Block {
  const who = saidBy(ctx, note);
  const kind = note.kind === 'decision' || note.kind === 'action' || !who ? kindWords[note.kind] : '';
  const lead = [ukClock(note.createdAt), [kind, who].filter(Boolean).join(' – ')].filter(Boolean).join(' ');
  return { kind: 'paragraph', lead: `${lead}: `, text: note.text };
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
