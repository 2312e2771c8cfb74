import { describe, expect, it } from 'vitest';
import { familyTextHints, hintQuote, longSentenceHints, plainLanguageProblems } from '@shared/plan/plain-language';
import { amend, loadGlenmor, westbrookDecided } from './fixtures';

const terms = (text: string) => plainLanguageProblems(text).map((h) => h.term);
const texts = (text: string) => plainLanguageProblems(text).map((h) => h.text);

describe('plain language', () => {
  it('finds a term with its exact words, its position and a suggestion', () => {
    // T0 h1 e2 _3 s4 45 76 _7 e8 n9 q10 u11 i12 r13 y14 → "s47 enquiry" is [4, 15).
    expect(plainLanguageProblems('The s47 enquiry found bruising.')).toEqual([
      {
        term: 's47',
        text: 's47 enquiry',
        start: 4,
        end: 15,
        suggestion: expect.stringContaining('the child protection enquiry'),
      },
    ]);
  });

  it('reports several terms in the order they appear, with positions that slice back to the words', () => {
    const text = 'Mum met the SW and HV.';
    // M0 u1 m2 _3 m4 e5 t6 _7 t8 h9 e10 _11 S12 W13 _14 a15 n16 d17 _18 H19 V20 .21
    const hints = plainLanguageProblems(text);
    expect(hints.map(({ term, start, end }) => ({ term, start, end }))).toEqual([
      { term: 'SW', start: 12, end: 14 },
      { term: 'HV', start: 19, end: 21 },
    ]);
    expect(hints.map((h) => text.slice(h.start, h.end))).toEqual(['SW', 'HV']);
    expect(hints[0]?.suggestion).toMatch(/social worker/);
    expect(hints[1]?.suggestion).toMatch(/health visitor/);
  });

  it('knows section 47 however it is written', () => {
    expect(texts('S.47, s.47, S47, s. 47, section 47 and Section 47 investigation')).toEqual([
      'S.47',
      's.47',
      'S47',
      's. 47',
      'section 47',
      'Section 47 investigation',
    ]);
    expect(new Set(terms('S.47 then section 47'))).toEqual(new Set(['s47']));
  });

  it('respects word boundaries: CIN is not cinema, MASH is not mash, s47 is not part of a longer word', () => {
    expect(plainLanguageProblems('We went to the cinema with Cinderella and ate mash.')).toEqual([]);
    expect(plainLanguageProblems('Flats47 and bus47 and CINE')).toEqual([]);
    expect(terms('(CIN) and a CIN plan; the MASH team')).toEqual(['CIN', 'CIN', 'MASH']);
    expect(texts('a CIN plan')).toEqual(['CIN plan']);
  });

  it('leaves a case reference and a postcode alone', () => {
    expect(plainLanguageProblems('Reference WCC-CP-2026-0412, 22 Orchard Rise, Sheffield S20 7AB')).toEqual([]);
    expect(terms('Moved to S20 7AB under s20')).toEqual(['s20']);
  });

  it('does not flag GP, which families use themselves', () => {
    expect(plainLanguageProblems('Jade will see her GP about her low mood.')).toEqual([]);
  });

  it('prefers the longer wording: CP plan and CPP as a plan, CPPM as the meeting, CP on its own', () => {
    expect(terms('The CP plan, the CPP, the CPPM and CP concerns')).toEqual(['CP-plan', 'CP-plan', 'CPPM', 'CP']);
  });

  it('flags meetings and services by their letters', () => {
    expect(terms('After the ICPC and RCPC, an FGC, a MARAC referral, the IRO and the DSL')).toEqual([
      'ICPC',
      'RCPC',
      'FGC',
      'MARAC',
      'IRO',
      'DSL',
    ]);
    expect(terms('LAC, CLA, PLO, IRD, CAMHS, IDVA, NFA, PR')).toEqual([
      'looked-after',
      'looked-after',
      'PLO',
      'IRD',
      'CAMHS',
      'IDVA',
      'NFA',
      'PR',
    ]);
    expect(plainLanguageProblems('A letter about pre-proceedings')[0]).toMatchObject({
      term: 'public-law-outline',
      text: 'pre-proceedings',
      suggestion: expect.stringContaining('a meeting about going to court, called pre-proceedings'),
    });
  });

  it('flags labels that judge rather than describe, in any case', () => {
    expect(
      terms(
        'Disguised compliance, non-engagement, Significant Harm, the threshold, neglectful, substance misuse, DV, DA',
      ),
    ).toEqual([
      'disguised-compliance',
      'non-engagement',
      'significant-harm',
      'threshold',
      'neglectful',
      'substance-misuse',
      'domestic-abuse',
      'domestic-abuse',
    ]);
    expect(plainLanguageProblems('the risk of significant harm')[0]?.suggestion).toMatch(/^Explain it/);
    expect(plainLanguageProblems('DV at home')[0]?.suggestion).toBe('Write "domestic abuse".');
  });

  it('flags contact only where it means family time', () => {
    expect(texts('Supervised contact on Saturdays; contact arrangements as before')).toEqual([
      'Supervised contact',
      'contact arrangements',
    ]);
    expect(plainLanguageProblems('Contact the social worker, or make contact with the school.')).toEqual([]);
  });

  it('returns nothing for plain words or an empty text', () => {
    expect(plainLanguageProblems('')).toEqual([]);
    expect(plainLanguageProblems('Jade will book Mia’s dental appointment by Friday 18 December.')).toEqual([]);
  });
});

describe('family text hints', () => {
  it('names the field of each family-facing text with jargon, and skips restricted analysis', () => {
    const conference = amend(westbrookDecided(), (c) => {
      c.plan!.actions![6]!.what = 'Jade to attend the DSL meeting';
      c.plan!.contingency![0]!.then = 'Rhys will hold a strategy discussion the same day.';
      c.plan!.contactArrangements = 'Supervised contact with Stacey on Sundays.';
      c.analysis!.worries!.push(
        { id: 'w-restricted', kind: 'harm', text: 'Police intelligence: DV call-outs' },
        { id: 'w-open', kind: 'harm', text: 'Neglectful home conditions' },
      );
      c.captures = { ...c.captures, 'worry:w-restricted': { audience: { level: 'restricted', withheldFrom: [] } } };
    });
    expect(familyTextHints(conference).map(({ field, term }) => ({ field, term }))).toEqual([
      { field: 'plan.actions[6].what', term: 'DSL' },
      { field: 'plan.contingency[0].then', term: 'strategy-discussion' },
      { field: 'plan.contactArrangements', term: 'contact' },
      { field: 'analysis.worries[5].text', term: 'neglectful' },
    ]);
  });

  it('finds no hard words in the Glenmor family’s plan, and points at its three sentences over 25 words', () => {
    const hints = familyTextHints(loadGlenmor());
    expect(hints.filter((h) => h.term !== 'long-sentence')).toEqual([]);
    // As typed in the fixture: an action of 26 words, a "then" of 26 and a danger statement of 41.
    expect(
      hints.map(({ field, term, suggestion }) => ({ field, term, words: /has (\d+) words/.exec(suggestion)?.[1] })),
    ).toEqual([
      { field: 'plan.actions[2].what', term: 'long-sentence', words: '26' },
      { field: 'plan.contingency[0].then', term: 'long-sentence', words: '26' },
      { field: 'analysis.worries[1].text', term: 'long-sentence', words: '41' },
    ]);
  });
});

describe('long sentences', () => {
  // Jade(1) will take Mia to school every morning and collect her every afternoon(13), and she will ring the school
  // office(20) before nine if Mia is ill or cannot go in today(31).
  const long =
    'Jade will take Mia to school every morning and collect her every afternoon, and she will ring the school ' +
    'office before nine if Mia is ill or cannot go in today.';
  const words = (n: number) => `${Array.from({ length: n }, (_, i) => (i === 0 ? 'Word' : 'word')).join(' ')}.`;

  it('warns about a sentence over 25 words, says how many, and suggests splitting it', () => {
    const text = `Mia is doing well. ${long} Thank you.`;
    const [hint, ...rest] = longSentenceHints(text);
    expect(rest).toEqual([]);
    expect(hint).toMatchObject({
      term: 'long-sentence',
      text: long,
      suggestion: 'This sentence has 31 words. Try splitting it: families find sentences under 20 words easier.',
    });
    expect(text.slice(hint!.start, hint!.end)).toBe(long);
    expect(hintQuote(hint!)).toBe('Jade will take Mia to school…');
  });

  it('leaves a sentence of 25 words alone, and counts each sentence on its own', () => {
    expect(longSentenceHints(words(25))).toEqual([]);
    expect(longSentenceHints(`${words(20)} ${words(20)}`)).toEqual([]);
    expect(longSentenceHints(words(26)).map((h) => h.suggestion)).toEqual([
      'This sentence has 26 words. Try splitting it: families find sentences under 20 words easier.',
    ]);
  });

  it('is shown beside the family-facing field it is in, but not for text the family never reads', () => {
    const conference = amend(westbrookDecided(), (c) => {
      c.plan!.actions![6]!.what = long;
      c.analysis!.worries!.push({ id: 'w-restricted', kind: 'harm', text: `${long} Police only.` });
      c.captures = { ...c.captures, 'worry:w-restricted': { audience: { level: 'restricted', withheldFrom: [] } } };
    });
    const hints = familyTextHints(conference).filter((h) => h.term === 'long-sentence');
    expect(hints.map(({ field, text }) => ({ field, text }))).toEqual([{ field: 'plan.actions[6].what', text: long }]);
  });
});
