import { procedureProfile } from '../procedure/profiles';
import type {
  ActionDue,
  Child,
  ChildDecision,
  ChildDecisionOutcome,
  ChildVoice,
  CoreGroup,
  Nation,
  Rag,
} from '../model/conference';
import { formatDateLong } from '../format/dates';
import { alternativePlanWords } from '../plan/decision-words';
import { conferenceTypeLabel } from '../model/labels';
import type { CategoryWords, ProgressStatus } from './types';

/**
 * Everyday words for what the shared screen and the read-back say. Families misread labels such as "emotional
 * abuse" (domain.md §5), so every category comes with a line saying what the worry actually is.
 */

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Typed text carried on inside a sentence ("If the baby is hurt: …", "…, then early review conference", a role after a
 * name: "Rhys Morgan (social worker)"). The first letter is lowered only where the text starts with an ordinary word
 * in sentence case. The user's casing is kept where the text starts with a name in the conference ("If Jade drinks"),
 * with an abbreviation ("GP", "PC"), or with a title or a service typed in capitals ("Deputy Head", "Social Worker
 * (lead)", "Early Help Hub": the second word capitalised and not a name), so a title is never half lowered into
 * "deputy Head". `properNames` are the words of the names in the conference (properNamesOf).
 */
export function continueSentence(text: string, properNames: ReadonlySet<string> = new Set()): string {
  const trimmed = text.trim();
  const bare = (word: string) =>
    word
      .replace(/^[^\p{L}]+/u, '')
      .replace(/[’'].*$/, '')
      .replace(/[^\p{L}]+$/u, '');
  const [first = '', second = ''] = trimmed.split(/\s+/).map(bare);
  // "A" (an article) is an ordinary word; "I" is not lowered.
  if (!/^[A-Z][a-z]*(?:-[a-z]+)*$/.test(first) || first === 'I' || properNames.has(first)) return trimmed;
  if (/^\p{Lu}\p{Ll}/u.test(second) && !properNames.has(second)) return trimmed;
  return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}

/** Every word of a name in the conference, so that a sentence starting with one is not lower-cased (continueSentence). */
export function properNamesOf(conference: {
  children: readonly Pick<Child, 'givenName' | 'familyName' | 'knownAs'>[];
  adults: readonly { givenName: string; familyName: string }[];
  participants: readonly { name: string }[];
}): Set<string> {
  const names = new Set<string>();
  const add = (text: string) => {
    for (const word of text.split(/\s+/)) if (word) names.add(word.replace(/[’'].*$/, ''));
  };
  for (const c of conference.children) add(`${c.givenName} ${c.familyName} ${c.knownAs}`);
  for (const a of conference.adults) add(`${a.givenName} ${a.familyName}`);
  for (const p of conference.participants) add(p.name);
  return names;
}

/** The name used in sentences: the name the child is known by, else the first name. Never the family name. */
export function childName(child: Pick<Child, 'givenName' | 'knownAs' | 'unborn'>): string {
  const name = child.knownAs.trim() || child.givenName.trim();
  if (name) return name;
  return child.unborn ? 'the baby' : 'the child';
}

/** "Jade", "Jade and Kieran", "Jade, Kieran and Stacey". */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const possessive = (name: string): string => `${name}’s`;

/**
 * A category (or area of concern) in the family's words. The label and explanation come from the nation's
 * procedure profile, the one place they are written, so the shared screen, the family plan and the decision letter
 * cannot say different things. A key the profile does not know (a local area of concern) still shows, turned into
 * words, rather than being dropped.
 */
export function categoryWords(key: string, nation: Nation): CategoryWords {
  const known = procedureProfile(nation).categories.options.find((option) => option.key === key);
  if (known) return { label: known.label, meaning: known.explanation };
  return { label: capitalise(key.replace(/[-_]+/g, ' ').trim()), meaning: '' };
}

/** Scotland records areas of concern rather than categories (domain.md §1). */
export function categoryHeading(nation: Nation): string {
  return nation === 'scotland' ? 'Areas of concern' : 'Category';
}

const registers = (nation: Nation): boolean => nation !== 'england';

/**
 * The decision for one child in a sentence. The plan is called by the nation's word (Wales: a care and support
 * protection plan). An unborn baby not made subject to a plan now, whose need for one is to be looked at again
 * (`reconsider`), is told when: the decision is never read as final when it is not.
 */
export function outcomeWords(
  outcome: ChildDecisionOutcome | undefined,
  nation: Nation,
  name: string,
  reconsider?: ChildDecision['reconsider'],
): string {
  if (outcome === undefined) return 'Not decided yet.';
  const plan = procedureProfile(nation).words.plan;
  const sentence = registers(nation)
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
  const whether = `Whether ${name} needs a ${words.plan} will be looked at again`;
  if (reconsider === 'at-review') return capitalise(`${whether} at the ${continueSentence(reviewName(nation))}.`);
  return capitalise(
    `${whether} sooner, at another ${words.strategyDiscussion}, if the worries grow, without waiting for the ` +
      `${continueSentence(reviewName(nation))}.`,
  );
}

/** The review meeting's name in the nation's words: "Review child protection conference". */
function reviewName(nation: Nation): string {
  return conferenceTypeLabel('review', nation);
}

/** Whether the child has, or may still get, a child protection plan (so plan actions and dates apply). */
export function planInPlace(outcome: ChildDecisionOutcome | undefined): boolean {
  return outcome !== 'plan-ends' && outcome !== 'plan-not-needed';
}

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

export function progressWords(rag: Rag | undefined): { status: ProgressStatus; statusInWords: string } {
  switch (rag) {
    case 'green':
      // Not "done": a rating never claims more than its note ("attended 7 of 8 sessions" is going well, not done).
      return { status: 'green', statusInWords: 'Going well' };
    case 'amber':
      return { status: 'amber', statusInWords: 'Some progress, more to do' };
    case 'red':
      return { status: 'red', statusInWords: 'Not done yet' };
    case undefined:
      return { status: 'not-reported', statusInWords: 'Not talked about yet' };
  }
}

/** "2pm", "10:30am", "12 noon" from a 24-hour "HH:MM". */
export function timeInWords(clock: string | undefined): string {
  const m = /^(\d{2}):(\d{2})$/.exec(clock ?? '');
  if (!m) return '';
  const hours = Number(m[1]);
  const minutes = m[2] ?? '00';
  if (hours === 12 && minutes === '00') return '12 noon';
  const suffix = hours < 12 ? 'am' : 'pm';
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === '00' ? `${hour12}${suffix}` : `${hour12}:${minutes}${suffix}`;
}

export function dateAndTimeInWords(date: string | undefined, time: string | undefined): string | undefined {
  if (!date) return undefined;
  const clock = timeInWords(time);
  return clock ? `${formatDateLong(date)} at ${clock}` : formatDateLong(date);
}

/** A cadence inside a sentence: "then every two weeks". */
/** How often an action repeats, in the words of the plan editor, the shared screen and the documents alike. */
export const everyWords: Record<Extract<ActionDue, { kind: 'every' }>['interval'], string> = {
  week: 'every week',
  fortnight: 'every two weeks',
  'four-weeks': 'every four weeks',
  month: 'every month',
};

/** "By Friday 18 December 2026"; a repeating action "First by Friday 8 January 2027, then every two weeks". */
export function dueWords(due: ActionDue | undefined): string {
  if (!due) return 'No date set yet';
  if (due.kind === 'by') return `By ${formatDateLong(due.date)}`;
  return `First by ${formatDateLong(due.startsOn)}, then ${everyWords[due.interval]}`;
}

export function cadenceWords(cadence: CoreGroup['cadence']): string {
  switch (cadence) {
    case 'weekly':
      return 'Every week';
    case 'fortnightly':
      return 'Every two weeks';
    case 'four-weekly':
      return 'Every four weeks';
    case 'monthly':
      return 'Every month';
    case 'six-weekly':
      return 'Every six weeks';
    case undefined:
      return 'To be agreed';
  }
}

export function childVoiceMethodWords(method: ChildVoice['method']): string {
  return {
    attended: 'Said at the meeting',
    advocate: 'Shared through an advocate',
    'direct-work': 'From time spent with a worker',
    observation: 'From what workers have seen',
    letter: 'Written down',
    other: 'Shared in another way',
  }[method];
}

/**
 * The right to challenge, said on the shared screen and in the minute. Where to write and by when is in each family
 * document (shared/documents/challenge.ts): a parent is not sent back to the chair to ask how to complain about them.
 */
export function rightToChallengeWords(nation: Nation): string {
  const base =
    'If you disagree with a decision, you can complain. Your papers say how, and by when. The decision stays in place while your complaint is looked at.';
  return nation === 'northern-ireland' ? `${base} You can also appeal the category.` : base;
}

export const CHECK_QUESTION = 'Is this what you heard? Please tell us if anything is unclear or wrong.';
export const WELCOME_MESSAGE = 'The meeting will start shortly';
export const HOLDING_MESSAGE = 'The meeting will continue shortly';

/** The ends of the 0–10 scale, as the chair explains them. */
export function scaleWords(preBirth: boolean): { zeroMeans: string; tenMeans: string } {
  return preBirth
    ? {
        zeroMeans: 'The baby could not safely go home with the parents',
        tenMeans: 'Safe enough that no plan is needed',
      }
    : {
        zeroMeans: 'Too unsafe for the children to live at home',
        tenMeans: 'Safe enough for the plan to end',
      };
}
