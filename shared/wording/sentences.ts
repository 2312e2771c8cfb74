import type { ActionDue, Child, ChildVoice, CoreGroup, Nation, Rag } from '../model/conference';
import { formatDateLong } from '../format/dates';
import { ragLabel } from './labels';

/**
 * The small pieces every sentence the app writes is made of, in one place for the chair's window, the shared screen
 * and the documents, so that a name, a list or a date never reads one way on the screen and another on paper.
 */

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The app's own label in the middle of a sentence: "Review child protection conference" → "review child protection
 * conference", "Date of birth" → "date of birth"; an abbreviation ("GP", "NHS number") is kept as it is. Only for
 * labels the app writes; words a user typed keep their casing (`continueSentence` knows names and titles).
 */
export function lowerFirst(label: string): string {
  if (/^\p{Lu}\p{Lu}/u.test(label)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
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
  return lowerFirst(trimmed);
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

/** The name of the child with this id, for a sentence; `missing` where no child has it (a child since removed). */
export function childNameById(
  conference: { children: readonly Pick<Child, 'id' | 'givenName' | 'knownAs' | 'unborn'>[] },
  id: string | undefined,
  missing = 'the child',
): string {
  const child = conference.children.find((c) => c.id === id);
  return child ? childName(child) : missing;
}

const andFormat = new Intl.ListFormat('en-GB', { type: 'conjunction' });
const orFormat = new Intl.ListFormat('en-GB', { type: 'disjunction' });

/** "Jade", "Jade and Kieran", "Jade, Kieran and Stacey". */
export function andList(items: readonly string[]): string {
  return andFormat.format(items);
}

/** "neglect", "neglect or physical abuse", "neglect, physical abuse or emotional abuse". */
export function orList(items: readonly string[]): string {
  return orFormat.format(items);
}

export const possessive = (name: string): string => `${name}’s`;

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

/** How often an action repeats, inside a sentence ("then every two weeks"): the plan editor, the shared screen and the documents alike. */
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

/** How often the core group meets: the decision editor's choices and every document's line. */
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

/**
 * How a child's views reached the meeting, in the family's words (the shared screen and the documents). The chair
 * chooses from the same list in the chair's words (labels.ts `childVoiceMethodLabel`).
 */
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

/** How an action from the last plan has gone, for the shared screen and the documents. */
export function progressWords(rag: Rag | undefined): {
  status: Rag | 'not-reported';
  statusInWords: string;
} {
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

/**
 * A rating with what it means, "Amber: some progress, more to do": the chair's choice in the meeting and the line in
 * the minute, so the chair rates in the words the family will read.
 */
export function progressLabel(rag: Rag): string {
  return `${ragLabel[rag]}: ${progressWords(rag).statusInWords.toLowerCase()}`;
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
