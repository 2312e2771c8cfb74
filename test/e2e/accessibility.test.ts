import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ukContext, useBrowserRun } from '../helpers/browser-run';
import { loadFixture, seedConference } from '../helpers/seed';
import { useTempFolders } from '../helpers/temp';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
};

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes
          .map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`)
          .slice(0, 3)
          .join(', ')})`,
    );
}

describe('accessibility (axe-core)', () => {
  const tempFolder = useTempFolders();
  const run = useBrowserRun();

  it('the home, setup, meeting and shared-screen pages have no serious or critical issues', async () => {
    const dataFolder = await tempFolder();
    const key = randomBytes(32).toString('hex');
    await seedConference(dataFolder, key, loadFixture('westbrook-review.json'));
    const host = await run.host(dataFolder, key);
    // axe is injected as a script tag, which the app's CSP rightly forbids; the scan context bypasses it.
    const context = await ukContext(run.browser(), { bypassCSP: true, viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByRole('row', { name: /Jayden Ashdown/ }).waitFor();
    const found: Record<string, string[]> = { home: await seriousViolations(page) };

    await page
      .getByRole('row', { name: /Jayden Ashdown/ })
      .getByRole('button', { name: /^Open/ })
      .click();
    await page.getByRole('button', { name: 'Household' }).click();
    found.household = await seriousViolations(page);
    await page.getByRole('button', { name: 'Participants' }).click();
    found.participants = await seriousViolations(page);
    await page.getByRole('button', { name: 'Meeting' }).click();
    await page.locator('#item-title').waitFor();
    found.meeting = await seriousViolations(page);
    await page.getByRole('button', { name: /Updated analysis/ }).click();
    await page.locator('.board').waitFor();
    found.analysis = await seriousViolations(page);

    const sharedScreen = await context.newPage();
    await sharedScreen.goto(`${host.origin}/shared-screen.html`);
    await sharedScreen.locator('.p-title').waitFor();
    found.sharedScreen = await seriousViolations(sharedScreen);
    expect(found).toEqual({ home: [], household: [], participants: [], meeting: [], analysis: [], sharedScreen: [] });
  });
});
