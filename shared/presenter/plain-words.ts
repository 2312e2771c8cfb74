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
import type { CategoryWords, ProgressStatus } from './types';

/**
 * Everyday words for what the shared screen and the read-back say. Families misread labels such as "emotional
 * abuse" (domain.md §5), so every category comes with a line saying what the worry actually is.
 */

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The name used in sentences: the name the child is known by, else the first name. Never the family name. */
export function childName(child: Pick<Child, 'givenName' | 'knownAs' | 'unborn'>): string {
  const name = child.knownAs.trim() || child.givenName.trim();
  if (name) return name;
  return child.unborn ? 'the baby' : 'the child';
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

export function outcomeWords(outcome: ChildDecisionOutcome | undefined, nation: Nation, name: string): string {
  if (outcome === undefined) return 'Not decided yet.';
  const plan = nation === 'wales' ? 'care and support protection plan' : 'child protection plan';
  const sentence = registers(nation)
    ? {
        'plan-needed': `${possessive(name)} name will go on the child protection register and ${name} will have a ${plan}.`,
        'plan-continues': `${name} stays on the child protection register and the ${plan} carries on.`,
        'plan-ends': `${possessive(name)} name will come off the child protection register and the ${plan} will end.`,
        'plan-not-needed': `${name} does not need to be on the child protection register or to have a ${plan}.`,
      }[outcome]
    : {
        'plan-needed': `${name} needs a child protection plan.`,
        'plan-continues': `${possessive(name)} child protection plan carries on.`,
        'plan-ends': `${possessive(name)} child protection plan will end.`,
        'plan-not-needed': `${name} does not need a child protection plan.`,
      }[outcome];
  return capitalise(sentence);
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
    case 'child-in-need-plan': {
      const kind =
        nation === 'wales'
          ? 'a care and support plan'
          : nation === 'scotland'
            ? 'a child’s plan'
            : 'a Child in Need plan';
      return capitalise(`${name} will have help through ${kind}${ledBy}.`);
    }
    case 'early-help':
      return capitalise(`${name} will have early help${ledBy}.`);
    case 'no-further-action':
      return capitalise(`No further help from children’s services is planned for ${name}.`);
  }
}

export function progressWords(rag: Rag | undefined): { status: ProgressStatus; statusInWords: string } {
  switch (rag) {
    case 'green':
      return { status: 'green', statusInWords: 'Done or going well' };
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

const everyWords: Record<Extract<ActionDue, { kind: 'every' }>['interval'], string> = {
  week: 'Every week',
  fortnight: 'Every two weeks',
  'four-weeks': 'Every four weeks',
  month: 'Every month',
};

export function dueWords(due: ActionDue | undefined): string {
  if (!due) return 'No date set yet';
  if (due.kind === 'by') return `By ${formatDateLong(due.date)}`;
  return `${everyWords[due.interval]} from ${formatDateLong(due.startsOn)}`;
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

export function rightToChallengeWords(nation: Nation): string {
  const base =
    'If you disagree with a decision, you can complain. Ask the chair or the social worker how. The decision stays in place while your complaint is looked at.';
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
