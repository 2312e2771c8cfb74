import type { CapturedIndex } from '../audience/captured';
import { ReaderView, type Seen } from '../audience/visibility';
import type { Conference, Participant } from '../model/conference';
import type { CopyReader } from './types';

/**
 * The reader of the restricted annex: a professional the chair chose to receive it. The minutes' reader never sees
 * restricted text (visibility.ts says "restricted" before it looks at who it is withheld from); the annex is the one
 * place restricted text is printed, so here it is shown unless it is withheld from this professional (a "Not for"
 * tick, or a closed session they were asked to leave). Everything else reads as in their professional minute.
 */
export class AnnexReaderView extends ReaderView {
  constructor(conference: Conference, participant: Participant | undefined, index: CapturedIndex) {
    super(conference, participant ? { kind: 'professional', participant } : { kind: 'professional' }, index);
  }

  override sees(ref: string): Seen {
    const text = this.index.get(ref);
    if (text?.audience.level !== 'restricted') return super.sees(ref);
    return annexShows(text.audience.withheldFrom, this.participant)
      ? { shown: true }
      : { shown: false, why: 'withheld', detail: '' };
  }
}

/** Whether a professional may see a restricted text in the annex: when it is not withheld from them. */
export function annexShows(withheldFrom: readonly string[], professional: Participant | undefined): boolean {
  return professional === undefined || !withheldFrom.includes(professional.id);
}

/** The view that answers, text by text, for one reader of a copy. */
export function copyReaderView(conference: Conference, reader: CopyReader, index: CapturedIndex): ReaderView {
  return reader.kind === 'annex'
    ? new AnnexReaderView(conference, reader.participant, index)
    : new ReaderView(conference, reader, index);
}

/** Who a reader is, as a message to the chair names them. */
export function copyReaderName(reader: CopyReader): string {
  if (reader.kind !== 'shared-screen' && reader.participant) return reader.participant.name.trim() || 'a recipient';
  switch (reader.kind) {
    case 'shared-screen':
      return 'the family in general';
    case 'annex':
      return 'the record';
    default:
      return 'the professionals';
  }
}

/** A key that tells readers apart: the same reader checked twice is checked once. */
export function copyReaderKey(reader: CopyReader): string {
  return `${reader.kind}:${reader.kind === 'shared-screen' ? '' : (reader.participant?.id ?? '')}`;
}
