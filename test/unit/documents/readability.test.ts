import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentViews } from '@shared/documents';
import type { Block, DocumentView } from '@shared/documents/types';
import { readingEase, readingStats, sentencesOf, wordsOf, type ReadingStats } from '@shared/format/readability';
import { Conference } from '@shared/model/conference';
import type { OrganisationSettings } from '@shared/model/settings';
import { conferenceDeadlines } from '@shared/procedure/deadlines';
import { procedureProfile } from '@shared/procedure/profiles';
import { Nation } from '@shared/model/conference';
import { completeSettings } from '../../helpers/settings';

/**
 * How easy the app's own family-facing words are to read (issue #12): the family plan's fixed text at Flesch reading
 * ease 70 or more, the letter to a child under 8 at 80 or more, and no sentence of the app's over 20 words there or in
 * the category explanations. Counted with shared/format/readability.ts (its comments say how).
 *
 * "Fixed text" is what the app writes, not what people typed. The method:
 *
 * 1. Build every document of every conference fixture (test/fixtures/*.json that are conferences) with complete
 *    settings (test/helpers/settings.ts), final, issued on the day of the meeting: documentViews from
 *    shared/documents, as the export does.
 * 2. Collect everything typed: walk the conference's JSON and the settings and take every string value, except ids
 *    (keys `id`, `…Id`, `…Ids`), dates and times (ISO forms), and machine words (lower-case tokens such as
 *    "initial", "attended-separately", "action:a-1": the app's own enum values, which it never prints as typed).
 *    Strings of 3 characters or more are cut; names (keys ending in "name" or "Name", the chair and the minute-taker)
 *    are cut whatever their length, with a possessive ’s after them.
 * 3. Cut each typed string (longest first, in any case, as whole words; with or without its closing full stop) out of
 *    each piece of text a block holds, and split what remains into sentences. A typed sentence cut with its full stop
 *    leaves the stop, so the app's sentences on either side are not run together.
 * 4. Measure the distinct sentences that still have a word in them. Flesch is taken over the prose (paragraphs,
 *    banners, list items, numbered steps, the values of facts and table cells); headings, titles, the labels of facts
 *    and table column titles are short labels that would flatter it, so they count only for sentence length.
 *
 * A sentence that held typed words is measured without them, so its length is the app's part of it. The figures are
 * printed, so a run shows them even when it passes.
 */

const fixturesFolder = join(import.meta.dirname, '../../fixtures');

/** Every conference among the fixtures (the canary rules file is not one). */
function conferenceFixtures(): { name: string; conference: Conference }[] {
  return readdirSync(fixturesFolder)
    .filter((f) => f.endsWith('.json'))
    .map((name) => ({ name, raw: JSON.parse(readFileSync(join(fixturesFolder, name), 'utf8')) as unknown }))
    .filter(({ raw }) => typeof raw === 'object' && raw !== null && 'schemaVersion' in raw)
    .map(({ name, raw }) => ({ name, conference: Conference.parse(raw) }));
}

const ID_KEY = /^(id|.*Id|.*Ids|.*Ref)$/;
const DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$|^\d{2}:\d{2}$/;
const MACHINE_WORD = /^[a-z][a-z0-9]*(?:[-:_][a-z0-9]+)*$/;
const NAME_KEY = /(^|[a-z])(name|Name)$|^(chair|minuteTaker)$/;

type Typed = {
  /** Every string people typed, longest first. */
  texts: string[];
  /** Each word of every name ("Rhys" of "Rhys Morgan"): documents call people by their first names too. */
  nameParts: string[];
};

/** Every string people typed into the conference and the settings (step 2 above). */
function typedStrings(...records: unknown[]): Typed {
  const texts = new Set<string>();
  const nameParts = new Set<string>();
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      const text = value.trim();
      if (ID_KEY.test(key) || DATE_OR_TIME.test(text) || MACHINE_WORD.test(text)) return;
      const name = NAME_KEY.test(key);
      if (text.length >= 3 || (name && text.length > 0)) texts.add(text);
      if (name) for (const part of text.split(/\s+/)) if (part) nameParts.add(part);
      return;
    }
    if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  for (const record of records) walk(record, '');
  const longestFirst = (set: Set<string>) => [...set].sort((a, b) => b.length - a.length);
  return { texts: longestFirst(texts), nameParts: longestFirst(nameParts) };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A function that cuts every typed string out of a text (step 3 above): whole typed strings in any case (a sentence
 * may begin with a lower-case letter once the app continues it), then the words of names as typed, capitals and all
 * (so "Baby Fenwick" takes "Baby" out of a name, never "baby" out of "The baby is due").
 */
function cutter({ texts, nameParts }: Typed): (text: string) => string {
  const pattern = (alternatives: string, flags: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?:['’]s)?(?![\\p{L}\\p{N}])`, flags);
  const patterns = [
    ...texts.map((t) => {
      const bare = t.replace(/[.!?]+$/u, '');
      return pattern([...new Set([t, bare])].filter(Boolean).map(escape).join('|'), 'giu');
    }),
    ...nameParts.map((part) => pattern(escape(part), 'gu')),
  ];
  // A typed sentence cut out with its full stop leaves the stop behind, so the sentences either side stay apart.
  const gap = (cut: string) => (/[.!?]$/u.test(cut) ? ' . ' : ' ');
  return (text) => patterns.reduce((rest, p) => rest.replace(p, gap), text);
}

/** The pieces of text of a document: prose, and labels (see step 4 above). */
function pieces(view: DocumentView): { prose: string[]; labels: string[] } {
  const prose: string[] = [];
  const labels: string[] = [view.title];
  const each = (block: Block) => {
    switch (block.kind) {
      case 'heading':
        labels.push(block.text);
        break;
      case 'paragraph':
        prose.push([block.lead, block.text].filter(Boolean).join(' '));
        break;
      case 'banner':
        prose.push(block.text);
        break;
      case 'facts':
        labels.push(...block.facts.map((f) => f.label));
        prose.push(...block.facts.map((f) => f.value));
        break;
      case 'list':
        prose.push(...block.items);
        break;
      case 'numbered':
        prose.push(block.text);
        labels.push(...block.facts.map((f) => f.label));
        prose.push(...block.facts.map((f) => f.value));
        break;
      case 'table':
        labels.push(...block.columns.map((c) => c.title));
        for (const row of block.rows) prose.push(...row);
        break;
      case 'signature':
        labels.push(...block.lines);
        break;
    }
  };
  view.blocks.forEach(each);
  return { prose, labels };
}

type Measured = {
  documents: number;
  prose: string[];
  labels: string[];
  stats: ReadingStats;
  ease: number;
  longest: { sentence: string; words: number } | undefined;
  over20: string[];
};

/** The distinct sentences left once typed text is cut, and their figures. */
function measure(views: readonly { view: DocumentView; cut: (text: string) => string }[]): Measured {
  const prose = new Set<string>();
  const labels = new Set<string>();
  const sentences = (texts: readonly string[], cut: (text: string) => string, into: Set<string>) => {
    for (const text of texts) {
      for (const s of sentencesOf(cut(text))) {
        const tidy = s.replace(/\s+/g, ' ').trim();
        if (wordsOf(tidy).length > 0) into.add(tidy);
      }
    }
  };
  for (const { view, cut } of views) {
    const p = pieces(view);
    sentences(p.prose, cut, prose);
    sentences(p.labels, cut, labels);
  }
  const proseText = [...prose].join('\n');
  const all = [...prose, ...labels];
  const counted = all.map((sentence) => ({ sentence, words: wordsOf(sentence).length }));
  const longest = counted.reduce<(typeof counted)[number] | undefined>(
    (best, s) => (!best || s.words > best.words ? s : best),
    undefined,
  );
  return {
    documents: views.length,
    prose: [...prose],
    labels: [...labels],
    stats: readingStats(proseText),
    ease: readingEase(proseText),
    longest,
    over20: counted.filter((s) => s.words > 20).map((s) => `${s.words} words: ${s.sentence}`),
  };
}

function report(what: string, m: Measured): void {
  console.log(
    [
      `${what}: ${m.documents} documents, ${m.prose.length} distinct prose sentences, ${m.labels.length} labels`,
      `  Flesch reading ease ${m.ease.toFixed(1)} (${m.stats.words} words, ${m.stats.sentences} sentences, ` +
        `${m.stats.syllables} syllables; ${(m.stats.words / m.stats.sentences).toFixed(1)} words a sentence)`,
      `  longest sentence: ${m.longest?.words ?? 0} words: ${m.longest?.sentence ?? ''}`,
      `  sentences over 20 words: ${m.over20.length}`,
      ...m.over20.map((s) => `    ${s}`),
    ].join('\n'),
  );
}

const settings: OrganisationSettings = completeSettings;
const fixtures = conferenceFixtures();
const built = fixtures.map(({ name, conference }) => {
  const deadlines = conferenceDeadlines(conference, settings.procedure.timescales);
  const views = documentViews(conference, settings, deadlines, {
    draft: false,
    today: conference.details.date,
    issuedOn: conference.details.date,
  });
  return { name, conference, views, cut: cutter(typedStrings(conference, settings)) };
});

/** Whole years between a date of birth and a day, as ages are counted. */
function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

describe('the method', () => {
  it('finds the conference fixtures and cuts typed words, names and possessives, but not the app’s own words', () => {
    expect(fixtures.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        'fenwick-initial.json',
        'harlow-initial.json',
        'scotland-initial.json',
        'westbrook-review.json',
      ]),
    );
    const conference = fixtures.find((f) => f.name === 'westbrook-review.json')!.conference;
    const typed = typedStrings(conference, settings);
    const mia = conference.children.find((c) => c.givenName === 'Mia')!;
    expect(typed.texts).toContain('Mia');
    expect(typed.texts).toContain(settings.outOfHoursPhone);
    expect(typed.texts).not.toContain(mia.id);
    expect(typed.texts).not.toContain(conference.details.date);
    expect(typed.texts).not.toContain('review'); // the conference type: the app's word, not typed
    expect(typed.nameParts).toEqual(expect.arrayContaining(['Rhys', 'Morgan']));
    const cut = cutter(typed);
    const tidy = (text: string) => cut(text).replace(/\s+/g, ' ');
    expect(tidy('Mia’s plan says what MIA will do.')).toBe(' plan says what will do.');
    expect(tidy(`Ring ${settings.outOfHoursPhone} at night.`)).toBe('Ring at night.');
    expect(tidy('Rhys will come to see you.')).toBe(' will come to see you.');
    // Whole words only: "Mia" is not cut out of "Miami", nor a name's word out of the app's words in lower case.
    expect(cut('Miami')).toBe('Miami');
    expect(tidy('How often: Every week. Your social worker will come.')).toBe(
      'How often: Every week. Your social worker will come.',
    );
    expect(cutter({ texts: ['Every week.'], nameParts: [] })('How often: Every week. Rhys will come.')).toBe(
      'How often:  .  Rhys will come.',
    );
    expect(cutter({ texts: [], nameParts: ['Baby'] })('The baby is due. Baby Fenwick.')).toBe(
      'The baby is due.   Fenwick.',
    );
  });
});

describe('the family plan’s fixed text', () => {
  const plans = built.flatMap((b) =>
    b.views.filter((v) => v.kind === 'family-plan').map((view) => ({ view, cut: b.cut })),
  );
  const measured = measure(plans);
  report('Family plan', measured);

  it('is built for every fixture', () => {
    expect(new Set(built.filter((b) => b.views.some((v) => v.kind === 'family-plan')).map((b) => b.name))).toEqual(
      new Set(fixtures.map((f) => f.name)),
    );
    expect(measured.stats.words).toBeGreaterThan(200);
  });

  it('reads at Flesch reading ease 70 or more', () => {
    expect(measured.ease).toBeGreaterThanOrEqual(70);
  });

  it('has no sentence over 20 words', () => {
    expect(measured.over20).toEqual([]);
  });
});

describe('the category explanations', () => {
  const explanations = Nation.options.flatMap((nation) =>
    procedureProfile(nation).categories.options.map((o) => ({ nation, key: o.key, text: o.explanation })),
  );
  const over20 = explanations.flatMap(({ nation, key, text }) =>
    sentencesOf(text)
      .map((s) => ({ s, words: wordsOf(s).length }))
      .filter(({ words }) => words > 20)
      .map(({ s, words }) => `${nation} ${key}: ${words} words: ${s}`),
  );
  const distinct = [...new Set(explanations.map((e) => e.text))].join('\n');
  console.log(
    [
      `Category explanations: ${explanations.length} (${new Set(explanations.map((e) => e.text)).size} distinct)`,
      `  Flesch reading ease ${readingEase(distinct).toFixed(1)}`,
      `  sentences over 20 words: ${over20.length}`,
      ...over20.map((s) => `    ${s}`),
    ].join('\n'),
  );

  it('are there for every nation', () => {
    for (const nation of Nation.options) expect(procedureProfile(nation).categories.options.length).toBeGreaterThan(0);
  });

  it('have no sentence over 20 words', () => {
    expect(over20).toEqual([]);
  });
});

describe('the letter to a child under 8', () => {
  // Each child of the fixtures who is 3 to 7 on the day of the meeting (the chair writes to a child of 3 or more:
  // shared/audience/distribution.ts), and the letter whose title names them.
  const young = built.flatMap((b) =>
    b.conference.children.flatMap((child) => {
      const age = child.dateOfBirth ? ageOn(child.dateOfBirth, b.conference.details.date) : undefined;
      return age !== undefined && age >= 3 && age < 8 ? [{ built: b, child, age }] : [];
    }),
  );
  const letters = young.flatMap((y) => {
    const name = (y.child.knownAs || y.child.givenName).trim();
    const view = y.built.views.find((v) => v.kind === 'child-letter' && v.title.includes(name));
    return view ? [{ y, view }] : [];
  });
  const measured = measure(letters.map(({ y, view }) => ({ view, cut: y.built.cut })));
  if (letters.length) report('Child’s letter, under 8', measured);

  it('is written for each child of 3 to 7 in the fixtures', () => {
    expect(young.length).toBeGreaterThan(0);
    expect(letters.map((l) => `${l.y.built.name}: ${l.y.child.givenName}`)).toEqual(
      young.map((y) => `${y.built.name}: ${y.child.givenName}`),
    );
  });

  it('reads at Flesch reading ease 80 or more', () => {
    expect(measured.ease).toBeGreaterThanOrEqual(80);
  });

  it('has no sentence over 20 words', () => {
    expect(measured.documents).toBeGreaterThan(0);
    expect(measured.over20).toEqual([]);
  });
});
