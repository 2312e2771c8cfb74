import { describe, expect, it } from 'vitest';
import {
  longestSentence,
  readingEase,
  readingStats,
  sentenceSpans,
  sentencesOf,
  syllables,
  wordsOf,
} from '@shared/format/readability';

/** Flesch reading ease from counts made by hand, to compare with what the functions count. */
const flesch = (sentences: number, words: number, syllableCount: number) =>
  206.835 - 1.015 * (words / sentences) - 84.6 * (syllableCount / words);

describe('sentences', () => {
  it('end at a full stop, question or exclamation mark before a capital, and at a line break', () => {
    expect(
      sentencesOf(
        'Call Rhys on 01632 960000. He visits e.g. on Mondays. Dr. Shah comes at 10 a.m. Then we meet!\nNext steps',
      ),
    ).toEqual([
      'Call Rhys on 01632 960000.',
      'He visits e.g. on Mondays.',
      'Dr. Shah comes at 10 a.m.',
      'Then we meet!',
      'Next steps',
    ]);
  });

  it('keep closing quotes with the sentence they close, and leave a stop inside an address or number alone', () => {
    expect(sentencesOf('She said “no.” Then she left? Email conference.complaints@westbrook.example today.')).toEqual([
      'She said “no.”',
      'Then she left?',
      'Email conference.complaints@westbrook.example today.',
    ]);
  });

  it('say where each sentence is, trimmed, and skip empty ones', () => {
    const text = '  One two.   Three!  \n\n  ';
    const spans = sentenceSpans(text);
    expect(spans.map((s) => s.text)).toEqual(['One two.', 'Three!']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentencesOf('')).toEqual([]);
  });
});

describe('words', () => {
  it('keep apostrophes, hyphens and stops between letters inside a word, and skip lone punctuation', () => {
    expect(wordsOf('Mia’s out-of-hours number – 01632 960999 · ask e.g. Rhys.')).toEqual([
      'Mia’s',
      'out-of-hours',
      'number',
      '01632',
      '960999',
      'ask',
      'e.g',
      'Rhys',
    ]);
    expect(wordsOf(' – · & ')).toEqual([]);
  });
});

describe('syllables', () => {
  it('counts vowel groups', () => {
    // f-a-m-i-l-y: a, i, y. s-o-c-i-a-l: o, ia. p-r-o-t-e-c-t-i-o-n: o, e, io. y-o-u-r: you.
    expect(['family', 'social', 'protection', 'your', 'child', 'meeting'].map(syllables)).toEqual([3, 2, 3, 1, 1, 2]);
  });

  it('drops a silent final e, but not the e of a consonant and -le', () => {
    // h-o-m-e: o, e less the silent e. c-o-n-f-e-r-e-n-c-e: o, e, e, e less one. t-a-b-l-e: a, e, heard.
    expect(['home', 'conference', 'are', 'while', 'table', 'people', 'little', 'agree', 'free'].map(syllables)).toEqual(
      [1, 3, 1, 1, 2, 2, 2, 2, 1],
    );
  });

  it('drops a silent -es or -ed, but not after the sounds that keep it', () => {
    expect(['takes', 'places', 'pages', 'boxes', 'watches', 'tables', 'goes'].map(syllables)).toEqual([
      1, 2, 2, 2, 2, 2, 1,
    ]);
    expect(['asked', 'planned', 'wanted', 'needed', 'worried', 'decided'].map(syllables)).toEqual([1, 1, 2, 2, 2, 3]);
  });

  it('gives every word at least one, a number one, and ignores case, accents and apostrophes', () => {
    expect(['the', 'a', 'rhythm', '2027', 'shh', 'HOPE', 'Jade’s'].map(syllables)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    // R-e-n-e-e once the accent is off: e, ee.
    expect(syllables('Renée')).toBe(2);
  });
});

describe('reading ease', () => {
  it('is Flesch’s formula over the counts, for short easy words', () => {
    // "The cat sat on the mat." 6 words, 6 syllables. "It was happy!" 3 words; happy is a, y: 4 syllables.
    const text = 'The cat sat on the mat. It was happy!';
    expect(readingStats(text)).toEqual({ sentences: 2, words: 9, syllables: 10 });
    expect(readingEase(text)).toBeCloseTo(flesch(2, 9, 10), 10);
    expect(readingEase(text)).toBeCloseTo(108.2675, 4);
  });

  it('is lower for longer words', () => {
    // Fam-i-lies 3 (ie before the s, so nothing silent), find 1, short 1, sen-ten-ces 3 (kept after c), easier 2
    // (ea, ie), to 1, read 1: 12 syllables in 7 words.
    const text = 'Families find short sentences easier to read.';
    expect(readingStats(text)).toEqual({ sentences: 1, words: 7, syllables: 12 });
    expect(readingEase(text)).toBeCloseTo(flesch(1, 7, 12), 10);
    expect(readingEase(text)).toBeLessThan(readingEase('The cat sat on the mat. It was happy!'));
  });

  it('has no score for a text without words', () => {
    expect(readingEase('')).toBeNaN();
    expect(readingEase(' – ')).toBeNaN();
  });
});

describe('the longest sentence', () => {
  it('is the one with most words, the first of equals', () => {
    expect(longestSentence('One two. Three four five. Six seven eight. Nine.')).toEqual({
      sentence: 'Three four five.',
      words: 3,
    });
    expect(longestSentence('')).toBeUndefined();
  });
});
