import { CapturedIndex } from '../audience/captured';
import { sentenceSpans, wordSpans, wordsOf } from '../format/readability';
import type { Conference } from '../model/conference';

/**
 * A gentle check for words a family may not understand in anything they will read: the family plan, the decision
 * letter, the shared screen. Families misread professional shorthand and labels, and a parent who
 * does not know what "PLO" means cannot act on it. The check never blocks anything: it points at the words and
 * offers everyday ones, and the person writing decides.
 *
 * Abbreviations are matched in capitals only ("MASH" the team, not "mash" the food; "CIN" never inside "cinema");
 * phrases are matched in any case. A term joined to letters or digits by a hyphen is part of something else, such as
 * the case reference "WCC-CP-2026-0412", and is left alone. "GP" is deliberately not on the list: families use it.
 *
 * It also points at a sentence of more than 25 words (issue #12): a parent with low literacy loses the thread of a
 * long sentence, and families find sentences under 20 words easier. The gap between 20 and 25 leaves room for a
 * sentence that needs a date and a name in it; the app's own fixed text keeps to 20.
 */

export type PlainLanguageHint = {
  /** Which term this is, stable across wordings ("s47" for "S.47" and "section 47"). */
  term: string;
  /** The words exactly as written in the text. */
  text: string;
  /** Where they start and end (end exclusive), as `String.prototype.slice` counts, for highlighting. */
  start: number;
  end: number;
  /** What to write instead, or what to explain. */
  suggestion: string;
};

type Term = { term: string; pattern: string; caseSensitive: boolean; suggestion: string };

const abbreviation = (term: string, pattern: string, suggestion: string): Term => ({
  term,
  pattern,
  caseSensitive: true,
  suggestion,
});
const phrase = (term: string, pattern: string, suggestion: string): Term => ({
  term,
  pattern,
  caseSensitive: false,
  suggestion,
});

/** "S20 7AB" is a Sheffield postcode, not section 20: a section number followed by an inward code is left alone. */
const NOT_POSTCODE = String.raw`(?!\s?\d[A-Za-z]{2}(?![\p{L}\p{N}]))`;

/**
 * The list, most specific first so that a longer wording wins over a shorter one found inside it
 * ("child in need plan" over "child in need", "CP plan" over "CP").
 */
const TERMS: readonly Term[] = [
  // Enquiries, meetings and the law
  phrase(
    's47',
    String.raw`(?:s(?:\.\s?)?47${NOT_POSTCODE}|section\s+47)(?:\s+(?:enquiry|enquiries|investigation))?`,
    'Write "the child protection enquiry" (the checks social workers make when they are worried a child may be harmed).',
  ),
  phrase(
    's20',
    String.raw`(?:s(?:\.\s?)?20${NOT_POSTCODE}|section\s+20)(?:\s+agreement)?`,
    'Write what it means: the children are living somewhere else with the parents’ agreement ("section 20").',
  ),
  phrase(
    'public-law-outline',
    String.raw`public\s+law\s+outline|pre-proceedings(?:\s+(?:meeting|letter|process))?`,
    'Write "a meeting about going to court, called pre-proceedings": the council writes to the parents, who can get ' +
      'free legal advice, to say what must change to avoid going to court.',
  ),
  abbreviation(
    'PLO',
    'PLO',
    'Write "a meeting about going to court, called pre-proceedings", and say what happens next.',
  ),
  phrase(
    'strategy-discussion',
    String.raw`strategy\s+(?:discussion|meeting)`,
    'Write "a meeting where the police, health workers and social workers shared what they knew".',
  ),
  abbreviation(
    'IRD',
    'IRD',
    'Write "a meeting where the police, health workers and social workers shared what they knew".',
  ),
  abbreviation('ICPC', 'ICPC', 'Write "the first child protection meeting".'),
  abbreviation('RCPC', 'RCPC', 'Write "the review child protection meeting".'),
  abbreviation('CPPM', 'CPPM', 'Write "the child protection planning meeting".'),
  abbreviation('CPCC', 'CPCC', 'Write "the child protection meeting".'),
  abbreviation('CP-plan', String.raw`CPP|CP\s+plan`, 'Write "child protection plan".'),
  abbreviation('CP', 'CP', 'Write "child protection".'),
  // Plans and the care system
  abbreviation(
    'CIN',
    String.raw`CIN(?:\s+plan)?`,
    'Write "a Child in Need plan" and explain it: help from children’s services without a child protection plan.',
  ),
  abbreviation(
    'looked-after',
    String.raw`LAC|CLA|CYPLAC`,
    'Write "looked after by the council" (living in foster care or another placement the council arranges).',
  ),
  phrase(
    'contact',
    String.raw`(?:supervised|direct|indirect|family)\s+contact|contact\s+(?:arrangements?|centre|sessions?|visits?)`,
    'Write "family time" and say who the children will see, where and how often.',
  ),
  abbreviation('PR', 'PR', 'Write "parental responsibility" (the legal rights and duties of a parent).'),
  abbreviation('NFA', 'NFA', 'Write "no further action".'),
  // People and services
  abbreviation('SW', 'SWs?', 'Write "social worker", or better, the social worker’s name.'),
  abbreviation('HV', 'HVs?', 'Write "health visitor", or the health visitor’s name.'),
  abbreviation(
    'DSL',
    'DSLs?',
    'Write "the school’s safeguarding lead" (the teacher in charge of keeping children safe).',
  ),
  abbreviation(
    'IRO',
    'IROs?',
    'Write "the independent chair" (the person who runs the meeting and is not part of the social work team).',
  ),
  abbreviation('MASH', 'MASH', 'Write "the team that first looks at worries about a child".'),
  abbreviation('MARAC', 'MARAC', 'Write "a meeting where services plan how to keep someone safe from domestic abuse".'),
  abbreviation(
    'FGC',
    'FGCs?',
    'Write "a family group conference" (a meeting where family and friends make a plan together).',
  ),
  abbreviation('CAMHS', 'CAMHS', 'Write "the children’s mental health service".'),
  abbreviation('IDVA', 'IDVAs?', 'Write "a domestic abuse support worker".'),
  abbreviation('SCRA', 'SCRA', 'Write "the Children’s Reporter".'),
  // Labels that describe a judgement rather than what happened
  abbreviation('domestic-abuse', String.raw`DV|DA`, 'Write "domestic abuse".'),
  phrase(
    'disguised-compliance',
    String.raw`disguised\s+compliance`,
    'Say what happened instead, for example "Jade went to the appointments, but Mia is still often late for school".',
  ),
  phrase(
    'non-engagement',
    String.raw`non-engagement|non-engaging|not\s+engaging|(?:failed|failure)\s+to\s+engage|disengaged`,
    'Say what was missed, for example "Kieran did not come to 3 of the 4 appointments".',
  ),
  phrase(
    'significant-harm',
    String.raw`significant\s+harm`,
    'Explain it: serious harm to a child’s health or development, which is what a child protection plan is for. ' +
      'Say what the harm is, or could be.',
  ),
  phrase(
    'threshold',
    String.raw`thresholds?`,
    'Say what the worry is and why it is serious enough for this step, instead of "threshold".',
  ),
  phrase(
    'neglectful',
    String.raw`neglectful`,
    'Say which of the child’s needs are not being met, for example "Mia has not seen a dentist this year".',
  ),
  phrase(
    'substance-misuse',
    String.raw`substance\s+(?:misuse|use|abuse)`,
    'Write "drinking or drug use", or say which it is.',
  ),
];

// Not a letter, digit or underscore, and not joined to one by a hyphen (so "WCC-CP-2026" is not "CP").
const BEFORE = String.raw`(?<![\p{L}\p{N}_])(?<![\p{L}\p{N}]-)`;
const AFTER = String.raw`(?![\p{L}\p{N}_])(?!-[\p{L}\p{N}])`;

const COMPILED = TERMS.map((t) => ({
  ...t,
  regex: new RegExp(`${BEFORE}(?:${t.pattern})${AFTER}`, t.caseSensitive ? 'gu' : 'giu'),
}));

/**
 * Words in `text` that a family may not understand, in the order they appear, each with what to write instead.
 * Where two terms overlap the one found first in the list (the more specific) is kept.
 */
export function plainLanguageProblems(text: string): PlainLanguageHint[] {
  const found: PlainLanguageHint[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && s < end);
  for (const t of COMPILED) {
    for (const m of text.matchAll(t.regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      taken.push([start, end]);
      found.push({ term: t.term, text: m[0], start, end, suggestion: t.suggestion });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Sentences longer than this, in words, are pointed at. */
export const LONG_SENTENCE_WORDS = 25;

/** The term of a hint about a long sentence rather than a word. */
export const LONG_SENTENCE = 'long-sentence';

/**
 * Sentences in `text` of more than LONG_SENTENCE_WORDS words (counted as shared/format/readability.ts counts them),
 * each with where it is and a suggestion that says how many words it has.
 */
export function longSentenceHints(text: string): PlainLanguageHint[] {
  return sentenceSpans(text).flatMap(({ text: sentence, start, end }) => {
    const words = wordsOf(sentence).length;
    if (words <= LONG_SENTENCE_WORDS) return [];
    return [
      {
        term: LONG_SENTENCE,
        text: sentence,
        start,
        end,
        suggestion: `This sentence has ${words} words. Try splitting it: families find sentences under 20 words easier.`,
      },
    ];
  });
}

/**
 * The words a hint quotes back to the writer: the words themselves, or for a long sentence its first six words (the
 * whole sentence would be as long as the field).
 */
export function hintQuote(hint: PlainLanguageHint): string {
  if (hint.term !== LONG_SENTENCE) return hint.text;
  const sixth = wordSpans(hint.text)[5];
  return sixth ? `${hint.text.slice(0, sixth.end)}…` : hint.text;
}

export type FamilyTextHint = PlainLanguageHint & { field: string };

/**
 * Hints for every piece of the conference that the family plan or the shared screen shows the family, with the field
 * path of the form input it came from: words they may not understand, then sentences that are too long. Text the
 * family never reads (professionals only, or restricted) is skipped.
 */
export function familyTextHints(conference: Conference): FamilyTextHint[] {
  const index = new CapturedIndex(conference);
  const forEveryone = (ref: string) => (index.get(ref)?.audience.level ?? 'everyone') === 'everyone';
  const texts: Array<[string, string, string]> = [];
  const { plan, analysis } = conference;
  plan.outcomes.forEach((o, i) => {
    const ref = `outcome:${o.id}`;
    texts.push([`plan.outcomes[${i}].text`, o.text, ref], [`plan.outcomes[${i}].why`, o.why, ref]);
  });
  plan.actions.forEach((a, i) => {
    const ref = `action:${a.id}`;
    texts.push([`plan.actions[${i}].what`, a.what, ref], [`plan.actions[${i}].howWeWillKnow`, a.howWeWillKnow, ref]);
  });
  plan.support.forEach((s, i) => texts.push([`plan.support[${i}].text`, s.text, `support:${s.id}`]));
  plan.contingency.forEach((c, i) => {
    const ref = `contingency:${c.id}`;
    texts.push([`plan.contingency[${i}].if`, c.if, ref], [`plan.contingency[${i}].then`, c.then, ref]);
  });
  texts.push(['plan.contactArrangements', plan.contactArrangements, 'plan.contactArrangements']);
  conference.decisions.forEach((d, i) => {
    texts.push(
      [`decisions[${i}].chairReasons`, d.chairReasons, `decision:${d.childId}:chairReasons`],
      [`decisions[${i}].stepDownPlan`, d.stepDownPlan, `decision:${d.childId}:alternative`],
    );
  });
  analysis.worries.forEach((w, i) => texts.push([`analysis.worries[${i}].text`, w.text, `worry:${w.id}`]));
  analysis.strengths.forEach((s, i) => texts.push([`analysis.strengths[${i}].text`, s.text, `strength:${s.id}`]));
  analysis.safetyGoals.forEach((g, i) => texts.push([`analysis.safetyGoals[${i}].text`, g.text, `safetyGoal:${g.id}`]));
  return texts
    .filter(([, , ref]) => forEveryone(ref))
    .flatMap(([field, text]) =>
      [...plainLanguageProblems(text), ...longSentenceHints(text)].map((hint) => ({ ...hint, field })),
    );
}
