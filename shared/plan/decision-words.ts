import type { ChildDecision, Nation } from '../model/conference';
import { conferenceTypeLabel } from '../model/labels';
import { PROCEDURE_PROFILES } from '../procedure/profiles';

/**
 * A title or role placed inside a sentence ("Choose the lead social worker"). Only a title written in sentence case
 * ("Lead social worker") has its first letter lowered: anything the user cased otherwise keeps it, so "Social Worker
 * (lead)", "Deputy Head" and "GP" are never turned into "social Worker (lead)", "deputy Head" or "gP".
 */
export function inSentence(text: string): string {
  const words = text.trim().split(/\s+/);
  const [first = '', ...rest] = words;
  const sentenceCase = /^[A-Z][a-z]/.test(first) && !rest.some((w) => /^\(?[A-Z]/.test(w));
  return sentenceCase
    ? `${first.charAt(0).toLowerCase()}${first.slice(1)}${rest.length ? ` ${rest.join(' ')}` : ''}`
    : text.trim();
}

/** "a" or "an" before a word, by its sound as far as its first letter tells. */
function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/**
 * What each nation calls the plan that follows when a child protection plan ends or is not needed (the
 * `child-in-need-plan` choice): Wales a care and support plan, Scotland a child's plan.
 */
export function alternativePlanWords(nation: Nation): string {
  switch (nation) {
    case 'wales':
      return 'care and support plan';
    case 'scotland':
      return 'child’s plan';
    default:
      return 'Child in Need plan';
  }
}

/**
 * When an unborn baby's need for a plan is to be looked at again, as a choice in the decision editor and a line in
 * the documents: "To be reconsidered at the review child protection conference", "To be reconsidered sooner, through
 * a strategy discussion" (Scotland: an inter-agency referral discussion).
 */
export function reconsiderLabel(reconsider: NonNullable<ChildDecision['reconsider']>, nation: Nation): string {
  if (reconsider === 'at-review')
    return `To be reconsidered at the ${inSentence(conferenceTypeLabel('review', nation))}`;
  const discussion = PROCEDURE_PROFILES[nation].words.strategyDiscussion;
  return `To be reconsidered sooner, through ${article(discussion)} ${discussion}`;
}
