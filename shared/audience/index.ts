/**
 * Audiences (issue #10): who may see each piece of captured text, and the per-reader views every document and the
 * shared screen are computed from. Depends on shared/model and shared/format only.
 */
export { CapturedIndex, capturedTexts, quote, type CapturedText, type TextNature } from './captured';
export {
  DOCUMENT_ORDER,
  defaultDistribution,
  distributionList,
  hasParentalResponsibility,
  recipientsOf,
} from './distribution';
export type { DistributionLine } from './distribution';
export { findLeaks, leakMessage, normaliseForGuard, secretsFor, stringsIn, type Leak, type Secret } from './leak-guard';
export { attendedAnyPart, meetingSpan, presenceOf, type Presence } from './presence';
export { audienceProblems } from './problems';
export { markExistingCaptures, stampCaptures, stampVisits } from './stamp';
export {
  ReaderView,
  hiddenWhyWords,
  isFamilySide,
  readerFor,
  type HiddenWhy,
  type ItemPresence,
  type Reader,
  type Seen,
} from './visibility';
export { redactionPreview, sharedScreenPreview, type LeftOutItem, type RecipientPreview } from './redaction';
