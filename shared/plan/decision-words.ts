import { lowerFirst } from '../format/words';
import type { ChildDecision, Nation } from '../model/conference';
import { conferenceTypeLabel } from '../model/labels';
import { PROCEDURE_PROFILES } from '../procedure/profiles';

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
    return `To be reconsidered at the ${lowerFirst(conferenceTypeLabel('review', nation))}`;
  const discussion = PROCEDURE_PROFILES[nation].words.strategyDiscussion;
  return `To be reconsidered sooner, through ${article(discussion)} ${discussion}`;
}
