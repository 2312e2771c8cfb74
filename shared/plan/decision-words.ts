import type {
  AgencyViewChoice,
  AlternativeSupport,
  ChildDecision,
  ChildDecisionOutcome,
  Nation,
} from '../model/conference';
import { PROCEDURE_PROFILES, procedureProfile } from '../procedure/profiles';
import { conferenceTypeLabel } from '../wording/labels';
import { capitalise, continueSentence, lowerFirst, possessive } from '../wording/sentences';

/**
 * The decision for each child, in words that depend on the nation's procedure: what the plan is called, whether
 * there is a register, what the categories mean. Written once for the decision editor, the shared screen and every
 * document.
 */

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

/** A category (or area of concern), with a line saying what the worry actually is. */
export type CategoryWords = { label: string; meaning: string };

/**
 * A category (or area of concern) in the family's words. Families misread labels such as "emotional abuse", so each
 * comes with what it means. The label and explanation come from the nation's procedure profile, the one place they
 * are written, so the shared screen, the family plan and the decision letter cannot say different things. A key the
 * profile does not know (a local area of concern) still shows, turned into words, rather than being dropped.
 */
export function categoryWords(key: string, nation: Nation): CategoryWords {
  const known = procedureProfile(nation).categories.options.find((option) => option.key === key);
  if (known) return { label: known.label, meaning: known.explanation };
  return { label: capitalise(key.replace(/[-_]+/g, ' ').trim()), meaning: '' };
}

/** Scotland records areas of concern rather than categories of abuse. */
export function categoryHeading(nation: Nation): string {
  return nation === 'scotland' ? 'Areas of concern' : 'Category';
}

/**
 * The decision for one child in a sentence. The plan is called by the nation's word (Wales: a care and support
 * protection plan), and the nations that keep a register say so. An unborn baby not made subject to a plan now, whose
 * need for one is to be looked at again (`reconsider`), is told when: the decision is never read as final when it is
 * not.
 */
export function outcomeWords(
  outcome: ChildDecisionOutcome | undefined,
  nation: Nation,
  name: string,
  reconsider?: ChildDecision['reconsider'],
): string {
  if (outcome === undefined) return 'Not decided yet.';
  const words = procedureProfile(nation).words;
  const plan = words.plan;
  const sentence = words.registers
    ? {
        'plan-needed': `${possessive(name)} name will go on the child protection register and ${name} will have a ${plan}.`,
        'plan-continues': `${name} stays on the child protection register and the ${plan} carries on.`,
        'plan-ends': `${possessive(name)} name will come off the child protection register and the ${plan} will end.`,
        'plan-not-needed': `${name} does not need to be on the child protection register or to have a ${plan}.`,
      }[outcome]
    : {
        'plan-needed': `${name} needs a ${plan}.`,
        'plan-continues': `${possessive(name)} ${plan} carries on.`,
        'plan-ends': `${possessive(name)} ${plan} will end.`,
        'plan-not-needed': `${name} does not need a ${plan}.`,
      }[outcome];
  const again = outcome === 'plan-not-needed' && reconsider ? ` ${reconsiderWords(reconsider, nation, name)}` : '';
  return capitalise(sentence) + again;
}

/**
 * When an unborn baby's need for a plan will be looked at again, as a sentence for the family: at the review
 * conference, or sooner through a strategy discussion if the worries grow.
 */
export function reconsiderWords(
  reconsider: NonNullable<ChildDecision['reconsider']>,
  nation: Nation,
  name: string,
): string {
  const words = procedureProfile(nation).words;
  const review = continueSentence(conferenceTypeLabel('review', nation));
  const whether = `Whether ${name} needs a ${words.plan} will be looked at again`;
  if (reconsider === 'at-review') return capitalise(`${whether} at the ${review}.`);
  return capitalise(
    `${whether} sooner, at another ${words.strategyDiscussion}, if the worries grow, without waiting for the ` +
      `${review}.`,
  );
}

/** Whether the child has, or may still get, a child protection plan (so plan actions and dates apply). */
export function planInPlace(outcome: ChildDecisionOutcome | undefined): boolean {
  return outcome !== 'plan-ends' && outcome !== 'plan-not-needed';
}

/** The help that follows when a child protection plan ends or is not needed, in a sentence. */
export function alternativeSupportWords(decision: ChildDecision, nation: Nation, name: string): string | undefined {
  const lead = decision.alternativeLead.trim();
  const ledBy = lead ? `, led by ${lead}` : '';
  switch (decision.alternative) {
    case undefined:
      return undefined;
    case 'child-in-need-plan':
      // The nation's name for it comes from one place (Wales: a care and support plan; Scotland: a child's plan).
      return capitalise(`${name} will have help through a ${alternativePlanWords(nation)}${ledBy}.`);
    case 'early-help':
      return capitalise(`${name} will have early help${ledBy}.`);
    case 'no-further-action':
      return capitalise(`No further help from children’s services is planned for ${name}.`);
  }
}

/** The chair's choices of outcome, with the plan called by the nation's word (Wales: a care and support protection plan). */
export function outcomeLabel(outcome: ChildDecisionOutcome, nation: Nation): string {
  const plan = PROCEDURE_PROFILES[nation].words.plan;
  return {
    'plan-needed': `A ${plan} is needed`,
    'plan-not-needed': `No ${plan} is needed`,
    'plan-continues': 'The plan continues',
    'plan-ends': 'The plan ends',
  }[outcome];
}

/** Each agency's view of the decision, as the chair records it and the minute prints it. */
export function agencyViewLabel(view: AgencyViewChoice, nation: Nation): string {
  const plan = capitalise(PROCEDURE_PROFILES[nation].words.plan);
  return { plan: `${plan} needed`, 'no-plan': `${plan} not needed`, 'no-view': 'No view given' }[view];
}

/** The help chosen instead of a plan, as a choice in the decision editor. */
export function alternativeLabel(alternative: AlternativeSupport, nation: Nation): string {
  switch (alternative) {
    case 'child-in-need-plan':
      return capitalise(alternativePlanWords(nation));
    case 'early-help':
      return 'Early help';
    case 'no-further-action':
      return 'No further action';
  }
}
