import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentViews, type DocumentView } from '@shared/documents';
import { DEFAULT_SETTINGS } from '@shared/model/settings';
import { conferenceDeadlines } from '@shared/procedure/deadlines';
import {
  birthDateProblems,
  coverageOf,
  distributionProblems,
  documentProblems,
  enumerationProblems,
  groupProblems,
  sharedScreenProblems,
  type Coverage,
} from './checks';
import { generate, shapeArbitrary, type Generated } from './planted';
import { packedText, viewText } from './written';

/**
 * Issue #10, "How we will know": a distinct canary in every free-text field of generated conferences, with random
 * audiences, withheld-from lists, closed sessions, attendance windows and capture times; the whole distribution set
 * exported and every shared-screen view rendered; each canary must appear exactly where its audience allows (the
 * rules are in checks.ts). The expected audience of each canary comes from planted.ts, worked out from what the
 * generator chose, never from shared/audience.
 *
 * Every run is checked and every breach is collected, then reported grouped by kind with one full example each (the
 * run number and the seed replay it: CANARY_SEED, CANARY_RUNS), so one defect does not hide another.
 */

const NUM_RUNS = Number(process.env.CANARY_RUNS ?? 80);
const SEED = Number(process.env.CANARY_SEED ?? 20_270_309);
/** One run in this many also packs every document as a .docx file and hunts the file itself. */
const PACK_EVERY = 6;

function build(g: Generated): DocumentView[] {
  return documentViews(g.conference, DEFAULT_SETTINGS, conferenceDeadlines(g.conference), {
    issuedOn: g.day.date,
    today: g.day.date,
  });
}

describe('canaries planted in every free-text field of generated conferences', () => {
  it('appear exactly where their audience allows: every document of the distribution set and every shared-screen view', async () => {
    const found: { run: number; problem: string }[] = [];
    const coverage: Coverage[] = [];
    let run = 0;
    let packedRuns = 0;
    await fc.assert(
      fc.asyncProperty(shapeArbitrary, async (shape) => {
        run += 1;
        const g = generate(shape);
        const views = build(g);
        const texts = new Map(views.map((v) => [v, viewText(v)]));
        const problems = [
          ...enumerationProblems(g),
          ...documentProblems(g, views, texts),
          ...distributionProblems(g, views),
          ...sharedScreenProblems(g),
          ...birthDateProblems(g, views, texts),
        ];
        if (run % PACK_EVERY === 1) {
          packedRuns += 1;
          const packed = new Map(await Promise.all(views.map(async (v) => [v, await packedText(v)] as const)));
          problems.push(...documentProblems(g, views, packed).map((p) => `${p} [packed .docx]`));
        }
        found.push(...problems.map((problem) => ({ run, problem })));
        coverage.push(coverageOf(g, views));
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    );
    // The runs reached every rule at least once, in both directions, so a pass means something.
    const total = (key: keyof Coverage) => coverage.reduce((sum, c) => sum + c[key], 0);
    expect(packedRuns).toBeGreaterThan(0);
    expect(coverage).toHaveLength(NUM_RUNS);
    for (const key of Object.keys(coverage[0] ?? {}) as (keyof Coverage)[]) {
      expect(total(key), `${key} over ${NUM_RUNS} runs`).toBeGreaterThan(0);
    }

    expect(groupProblems(found), `seed ${SEED}, ${NUM_RUNS} runs`).toEqual([]);
  });
});

describe('the canary checks themselves', () => {
  // The first generated conference with a restricted annex, a family member's own copy, and a plan outcome for all.
  let sample: { g: Generated; views: DocumentView[] } | undefined;
  for (const shape of fc.sample(shapeArbitrary, { numRuns: 30, seed: SEED })) {
    const candidate = generate(shape);
    const built = build(candidate);
    if (
      built.some((v) => v.reading === 'annex') &&
      built.some((v) => v.reading === 'family' && v.recipients.length > 0) &&
      candidate.planted.some(
        (c) => c.level === 'everyone' && !c.withheldFrom.length && c.path.startsWith('plan.outcomes'),
      )
    ) {
      sample = { g: candidate, views: built };
      break;
    }
  }
  if (!sample) throw new Error('No generated conference had an annex, a family copy and an open plan outcome.');
  const { g, views } = sample;
  const restricted = g.planted.find((c) => c.level === 'restricted')!;
  const open = g.planted.find(
    (c) => c.level === 'everyone' && !c.withheldFrom.length && c.path.startsWith('plan.outcomes'),
  )!;

  it('find a restricted canary copied into a family member’s copy, and one missing from the annex', () => {
    const texts = new Map(views.map((v) => [v, viewText(v)]));
    const familyCopy = views.find((v) => v.reading === 'family' && v.recipients.length > 0)!;
    const annex = views.find((v) => v.reading === 'annex')!;
    texts.set(familyCopy, `${texts.get(familyCopy)}\n${restricted.token}`);
    texts.set(annex, (texts.get(annex) ?? '').split(restricted.token).join(''));
    const problems = documentProblems(g, views, texts).join('\n');
    expect(problems).toContain(`LEAK ${restricted.token}`);
    expect(problems).toMatch(new RegExp(`MISSING ${restricted.token} .* from ${annex.fileName}`));
  });

  it('find a canary the professional minute left out', () => {
    const texts = new Map(views.map((v) => [v, viewText(v).split(open.token).join('')]));
    expect(documentProblems(g, views, texts).join('\n')).toMatch(
      new RegExp(`MISSING ${open.token} .* from minute.docx`),
    );
  });

  it('find a free-text field that capturedTexts does not list', () => {
    const unnamed = { ...restricted, token: 'CNRY999Z', path: 'plan.newField', ref: undefined };
    expect(enumerationProblems({ ...g, planted: [unnamed] }).join('\n')).toMatch(
      /plan\.newField holds free text this test cannot name and capturedTexts does not list it/,
    );
  });
});
