/**
 * How easy a text is to read, counted the same way every time: sentences, words, syllables and the Flesch reading
 * ease. Families read the plan, the decision letter and a child's letter, many with low literacy; these counts let
 * the app check its own words (test/unit/documents/readability.test.ts) and warn about a long sentence typed into a
 * family-facing field (shared/plan/plain-language.ts).
 *
 * Counting is a heuristic, as every Flesch calculator's is. It is written to be predictable rather than clever, so
 * that a figure can be checked by hand.
 */

/** A sentence (or a word) of a text and where it is: `text.slice(start, end)` is the sentence. */
export type SentenceSpan = { text: string; start: number; end: number };

/** Abbreviations whose full stop does not end a sentence (compared in lower case, with the stop). */
const ABBREVIATIONS = new Set(['e.g.', 'i.e.', 'mr.', 'mrs.', 'ms.', 'dr.', 'st.', 'no.', 'approx.']);

/**
 * The sentences of a text, with where each starts and ends. A sentence ends:
 * - at a line break (a heading, a list item or a table cell on its own line is a sentence of its own);
 * - after ".", "!" or "?" (with any closing quotes or brackets) that is followed by a space and then by something
 *   other than a lower-case letter, or by the end of the text. So "e.g. hitting" and "10 a.m. on Monday" do not end
 *   a sentence, nor does the full stop in "01632.960000" or "conference.complaints@…"; "Mr." and "Dr." never do.
 * Spans are trimmed; empty ones are left out.
 */
export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const push = (from: number, to: number) => {
    let start = from;
    let end = to;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ text: text.slice(start, end), start, end });
  };
  let from = 0;
  const boundary = /[.!?]+[”’"')\]]*(?=\s|$)|\r?\n/gu;
  for (const m of text.matchAll(boundary)) {
    const at = m.index;
    const after = at + m[0].length;
    if (m[0].endsWith('\n')) {
      push(from, at);
      from = after;
      continue;
    }
    const next = /\S/u.exec(text.slice(after));
    if (next && /^\p{Ll}/u.test(next[0])) continue;
    const lastWord = /\S+$/u.exec(text.slice(from, after))?.[0].toLowerCase() ?? '';
    if (ABBREVIATIONS.has(lastWord)) continue;
    push(from, after);
    from = after;
  }
  push(from, text.length);
  return spans;
}

/** The sentences of a text (see `sentenceSpans` for where one ends). */
export function sentencesOf(text: string): string[] {
  return sentenceSpans(text).map((s) => s.text);
}

/**
 * The words of a sentence: runs of letters and digits, kept whole across an apostrophe, a hyphen or a full stop
 * between letters or digits ("Mia’s", "out-of-hours", "e.g", "01632"). Punctuation and symbols on their own ("–",
 * "·", "&") are not words; a number is.
 */
export function wordsOf(sentence: string): string[] {
  return wordSpans(sentence).map((w) => w.text);
}

/** The words of a sentence (as `wordsOf` finds them) with where each is. */
export function wordSpans(sentence: string): SentenceSpan[] {
  return [...sentence.matchAll(/[\p{L}\p{N}]+(?:['’.\-‐][\p{L}\p{N}]+)*/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const VOWEL = /[aeiouy]/;

/**
 * Syllables in one word, by rule of thumb. Exactly how it counts:
 *
 * 1. The word is lower-cased and reduced to the letters a–z (accents are taken off; apostrophes, hyphens, digits
 *    and full stops are dropped: "Mia’s" is "mias", "out-of-hours" is "outofhours"). A word with no letters left (a
 *    number such as "2027") counts as one syllable.
 * 2. Each run of vowels (a, e, i, o, u and y) is one syllable: "family" a·i·y = 3, "social" o·ia = 2, "your" you = 1.
 * 3. A silent final e: a word ending in a consonant and "e" loses one ("home" 2 → 1, "conference" 4 → 3), unless it
 *    ends in a consonant and "le", where the e is heard ("table", "people", "little" keep 2). A final e after a vowel
 *    is part of that vowel's run already ("agree", "free") and changes nothing.
 * 4. A silent -es or -ed: a word ending in a consonant and "es" loses one ("takes" 2 → 1), unless the consonant is
 *    c, g, s, x, z or the "ch"/"sh" of "watches" and "wishes", or it ends in a consonant and "les" ("places",
 *    "pages", "boxes", "tables" keep theirs); a word ending in a consonant and "ed" loses one ("asked" 2 → 1),
 *    unless the consonant is t or d ("wanted", "needed" keep 2).
 * 5. Rules 3 and 4 never take a word below one syllable, and every word has at least one.
 */
export function syllables(word: string): number {
  const w = word
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (w === '') return 1;
  let count = w.match(/[aeiouy]+/g)?.length ?? 0;
  const consonantAt = (i: number) => i >= 0 && !VOWEL.test(w[i]!);
  const n = w.length;
  if (count > 1) {
    if (w.endsWith('e') && consonantAt(n - 2)) {
      const heardLe = w.endsWith('le') && consonantAt(n - 3);
      if (!heardLe) count--;
    } else if (w.endsWith('es') && consonantAt(n - 3)) {
      const before = w[n - 3]!;
      const heard = 'cgsxz'.includes(before) || /(ch|sh)es$/.test(w) || (w.endsWith('les') && consonantAt(n - 4));
      if (!heard) count--;
    } else if (w.endsWith('ed') && consonantAt(n - 3)) {
      if (!'td'.includes(w[n - 3]!)) count--;
    }
  }
  return Math.max(1, count);
}

/** The counts behind the reading ease. */
export type ReadingStats = { sentences: number; words: number; syllables: number };

/** Sentences (those with at least one word), words and syllables in a text. */
export function readingStats(text: string): ReadingStats {
  let sentences = 0;
  let words = 0;
  let syllableCount = 0;
  for (const sentence of sentencesOf(text)) {
    const ws = wordsOf(sentence);
    if (ws.length === 0) continue;
    sentences++;
    words += ws.length;
    for (const w of ws) syllableCount += syllables(w);
  }
  return { sentences, words, syllables: syllableCount };
}

/**
 * The Flesch reading ease of a text: 206.835 − 1.015 × (words ÷ sentences) − 84.6 × (syllables ÷ words). Higher is
 * easier: 90–100 is read easily by an 11-year-old, 60–70 by 13- to 15-year-olds, below 30 by graduates. A text with no
 * words has no score (NaN), so a check against a threshold fails rather than passes.
 */
export function readingEase(text: string): number {
  const s = readingStats(text);
  if (s.words === 0) return Number.NaN;
  return 206.835 - 1.015 * (s.words / s.sentences) - 84.6 * (s.syllables / s.words);
}

/** The sentence with the most words (the first of equals), and how many; undefined for a text without words. */
export function longestSentence(text: string): { sentence: string; words: number } | undefined {
  let longest: { sentence: string; words: number } | undefined;
  for (const sentence of sentencesOf(text)) {
    const words = wordsOf(sentence).length;
    if (words > 0 && (!longest || words > longest.words)) longest = { sentence, words };
  }
  return longest;
}
