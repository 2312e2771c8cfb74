import type { DistributedDocument } from '../model/audience';
import type { Conference, Participant } from '../model/conference';
import { CapturedIndex, type CapturedText } from './captured';
import { distributionList } from './distribution';
import { hiddenWhyWords, ReaderView, readerFor, type HiddenWhy } from './visibility';

/**
 * The redaction preview (issue #10, item 5): before a final export the chair sees, for each person who receives
 * documents, every item left out of their copies and why, and can change an item's audience from there.
 */

export type LeftOutItem = { text: CapturedText; why: HiddenWhy; words: string };

export type RecipientPreview = {
  participant: Participant;
  receives: DistributedDocument[];
  leftOut: LeftOutItem[];
};

export function redactionPreview(conference: Conference): RecipientPreview[] {
  const index = new CapturedIndex(conference);
  return distributionList(conference)
    .filter((line) => line.receives.length > 0)
    .map((line) => {
      const view = new ReaderView(conference, readerFor(line.participant), index);
      // Someone who receives the restricted annex has its restricted items there (less anything kept from them).
      const inTheirAnnex = (text: CapturedText, why: HiddenWhy) =>
        why === 'restricted' &&
        line.receives.includes('restricted-annex') &&
        !text.audience.withheldFrom.includes(line.participant.id);
      return {
        participant: line.participant,
        receives: line.receives,
        leftOut: view
          .hidden()
          .filter(({ text, seen }) => !inTheirAnnex(text, seen.why))
          .map(({ text, seen }) => ({
            text,
            why: seen.why,
            words: seen.detail ? `${hiddenWhyWords[seen.why]}: ${seen.detail}` : hiddenWhyWords[seen.why],
          })),
      };
    });
}

/** What the shared screen leaves out, for the same preview. */
export function sharedScreenPreview(conference: Conference): LeftOutItem[] {
  return new ReaderView(conference, { kind: 'shared-screen' }).hidden().map(({ text, seen }) => ({
    text,
    why: seen.why,
    words: hiddenWhyWords[seen.why],
  }));
}
