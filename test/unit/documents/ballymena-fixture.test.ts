import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { audienceProblems } from '@shared/audience/problems';
import { documentViews } from '@shared/documents';
import { documentStrings } from '@shared/documents/guard';
import { healthNumberProblem } from '@shared/meeting/health-number';
import { setupProblems } from '@shared/meeting/setup-checks';
import type { Conference } from '@shared/model/conference';
import { migrateConference } from '@shared/audience/migrate';
import { DEFAULT_SETTINGS } from '@shared/model/settings';
import { allDecisionAndPlanProblems } from '@shared/plan/plan-checks';
import { conferenceDeadlines } from '@shared/procedure/deadlines';

/**
 * The Ballymena initial child protection case conference (test/fixtures/ballymena-initial.json), the public fixture
 * for Northern Ireland, read as the app opens a file: Orla (14), Conor (9) and Erin (6) Gilmore, Thursday 10 December
 * 2026, 10:00–12:00, the meeting ended. It has a restricted police intelligence record whose reference,
 * BALLY-CANARY-7731, may be in the restricted annex and in nothing the family reads.
 */

const CANARY = 'BALLY-CANARY-7731';

function ballymena(): Conference {
  const raw: unknown = JSON.parse(
    readFileSync(new URL('../../fixtures/ballymena-initial.json', import.meta.url), 'utf8'),
  );
  const opened = migrateConference(raw);
  if (!opened.ok) throw new Error(opened.message);
  return opened.conference;
}

/** Whole years on a date: a birthday counts from its day. */
const yearsOn = (born: string, on: string) =>
  Number(on.slice(0, 4)) - Number(born.slice(0, 4)) - (on.slice(5) < born.slice(5) ? 1 : 0);

const views = (c: Conference) =>
  documentViews(c, DEFAULT_SETTINGS, conferenceDeadlines(c, DEFAULT_SETTINGS.procedure.timescales), {
    today: '2026-12-10',
    issuedOn: '2026-12-11',
  });

describe('the Ballymena fixture', () => {
  it('opens as a Northern Ireland initial conference that has ended, with one child in each age band', () => {
    const c = ballymena();
    expect(c.details).toMatchObject({ type: 'initial', nation: 'northern-ireland', date: '2026-12-10' });
    expect(c.agenda.meetingEndedAt).toBeDefined();
    const ages = c.children.map((child) => [child.givenName, yearsOn(child.dateOfBirth!, c.details.date)]);
    expect(ages).toEqual([
      ['Orla', 14],
      ['Conor', 9],
      ['Erin', 6],
    ]);
  });

  it('has nothing to fix in setup, the audiences, or the decisions and the plan (but the standing rule’s date)', () => {
    const c = ballymena();
    // Judged on the day of the conference, as the chair saw it.
    expect(setupProblems(c, c.details.date)).toEqual([]);
    expect(audienceProblems(c)).toEqual([]);
    // "No physical punishment" holds from now on: it has no date, and the plan checks ask for one.
    const standing = c.plan.actions.findIndex((a) => a.what === 'No physical punishment.');
    expect(standing).toBeGreaterThanOrEqual(0);
    expect(c.plan.actions[standing]!.due).toBeUndefined();
    const problems = allDecisionAndPlanProblems(c).filter((p) => p.field !== `plan.actions[${standing}].due`);
    expect(problems).toEqual([]);
  });

  it('gives each child a Health and Care number that passes the Northern Ireland check, and not England’s alone', () => {
    const c = ballymena();
    expect(c.children).toHaveLength(3);
    for (const child of c.children) {
      expect(child.nhsNumber, child.givenName).toMatch(/^3\d{2} \d{3} \d{4}$/);
      expect(healthNumberProblem('northern-ireland', child.nhsNumber, child.dateOfBirth), child.givenName).toBeNull();
    }
    // The check bites on these numbers: one digit changed fails it.
    const first = c.children[0]!.nhsNumber;
    const changed = first.slice(0, -1) + String((Number(first.slice(-1)) + 1) % 10);
    expect(healthNumberProblem('northern-ireland', changed)).toMatch(/check digit/);
  });

  it('keeps the police intelligence in the restricted annex and out of everything the family reads', () => {
    const c = ballymena();
    expect(c.restrictedRecords.map((r) => r.text).join('\n')).toContain(CANARY);
    const set = views(c);
    const annexes = set.filter((v) => v.kind === 'restricted-annex');
    const family = set.filter((v) => v.reading === 'family');
    expect(annexes.length).toBeGreaterThan(0);
    expect(documentStrings(annexes.find((v) => v.fileName === 'restricted-annex.docx')!).join('\n')).toContain(CANARY);
    // The family plan, the decision letter and each family member’s own minutes are all read as the family reads them.
    expect(family.map((v) => v.kind)).toEqual(expect.arrayContaining(['family-plan', 'decision-letter', 'minute']));
    for (const view of family) expect(documentStrings(view).join('\n'), view.fileName).not.toContain(CANARY);
    // Nor does the professional minute hold it: it says the annex is held separately.
    for (const view of set.filter((v) => v.reading === 'professional')) {
      expect(documentStrings(view).join('\n'), view.fileName).not.toContain(CANARY);
    }
  });
});
