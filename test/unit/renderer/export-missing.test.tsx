// @vitest-environment happy-dom
import { act, type ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportDialog } from '../../../renderer/src/screens/ExportDialog';
import { useAppStore } from '../../../renderer/src/store';
import type { ExportReceipt } from '../../../shared/api/contract';
import { fail, ok } from '../../../shared/api/result';
import { missingForFinal, missingSummary } from '../../../shared/documents/final-check';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { useReactHost } from '../../helpers/react-host';
import { completeSettings } from '../../helpers/settings';
import { loadFixture } from '../../helpers/seed';

/**
 * The export dialog says what the final documents still need (issue #12): before a final export (the check), when
 * the main process refuses one ('missing-for-final'), and after a draft ("Before the final export: …").
 */

const exported = vi.hoisted(() => ({ reply: undefined as unknown, requests: [] as unknown[] }));
vi.mock('../../../renderer/src/bridge', () => ({
  bridge: {
    saveConference: vi.fn(async () => ({ ok: true, value: { savedAt: '2026-12-01T16:00:00.000Z', revision: 'r1' } })),
    chooseExportFolder: vi.fn(async () => ({ ok: true, value: { folder: null, cancelled: false } })),
    exportDocuments: vi.fn(async (request: unknown) => {
      exported.requests.push(request);
      return exported.reply;
    }),
    openFolder: vi.fn(async () => ({ ok: true, value: { opened: false } })),
  },
  presenterBridge: vi.fn(),
}));

const dom = useReactHost();
// The Westbrook review once the meeting has ended: an export is then final unless the chair ticks Draft.
const conference = (() => {
  const c = loadFixture('westbrook-review.json');
  return { ...c, agenda: { ...c.agenda, meetingEndedAt: '2026-12-01T15:45:00.000Z' } };
})();
const show = (node: ReactNode) => act(async () => dom.root.render(node));
const dialog = () => document.querySelector('dialog')!;
const button = (name: string) =>
  [...dialog().querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
const click = (name: string) => act(async () => button(name).click());
const items = (selector: string) => [...dialog().querySelectorAll(`${selector} li`)].map((li) => li.textContent ?? '');
/** Waits, letting React run, until the leak check in the dialog has finished. */
async function checked() {
  for (let i = 0; i < 200 && dialog().textContent?.includes('Checking the documents…'); i++) {
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
  }
  expect(dialog().textContent).not.toContain('Checking the documents…');
}

beforeEach(() => {
  exported.requests.length = 0;
  useAppStore.setState({ conference, settings: DEFAULT_SETTINGS });
});

describe('what the final documents need, in the export dialog', () => {
  it('lists them in the check before a final export, and will not export until they are filled in', async () => {
    expect(conference.agenda.meetingEndedAt).toBeDefined(); // a final export by default
    await show(<ExportDialog onClose={() => undefined} />);
    await click('Next: check each person’s copy');
    await checked();
    const section = dialog().querySelector('section[aria-labelledby="missing-title"]')!;
    expect(section.textContent).toContain('The final documents cannot be written until each of these is filled in.');
    expect(items('section[aria-labelledby="missing-title"]')).toEqual(
      missingForFinal(conference, DEFAULT_SETTINGS).map((m) => m.message),
    );
    expect(button('Export final documents').disabled).toBe(true);

    // With everything filled in, the section says so and the export can go.
    await act(async () => useAppStore.setState({ settings: completeSettings }));
    await checked();
    expect(section.textContent).toContain('Everything is filled in.');
    expect(button('Export final documents').disabled).toBe(false);
  });

  it('shows the refusal when the main process stops a final export, each thing to fill in listed', async () => {
    // This window thought the settings complete; the settings the main process reads say otherwise.
    useAppStore.setState({ settings: completeSettings });
    const missing = missingForFinal(conference, { ...completeSettings, outOfHoursPhone: '' });
    exported.reply = fail('missing-for-final', missingSummary(missing), { missing });
    await show(<ExportDialog onClose={() => undefined} />);
    await click('Next: check each person’s copy');
    await checked();
    await click('Export final documents');
    expect(exported.requests).toEqual([{ conferenceId: conference.id, draft: false }]);
    const alert = dialog().querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain(
      'Not exported: The final documents were not written: they need one thing that families rely on.',
    );
    expect(items('[role="alert"]')).toEqual([
      'The out-of-hours phone number is missing: fill it in at Settings → How families reach us: Out-of-hours phone.',
    ]);
    expect(button('Back to the check')).toBeDefined();
  });

  it('says “Before the final export” after a draft, with each thing to fill in', async () => {
    const missing = missingForFinal(conference, DEFAULT_SETTINGS);
    const receipt: ExportReceipt = {
      folder: '/tmp/exports/westbrook',
      files: [],
      staleFiles: [],
      warnings: [],
      missingForFinal: missing,
    };
    exported.reply = ok(receipt);
    await show(<ExportDialog onClose={() => undefined} />);
    const draft = dialog().querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    await act(async () => draft.click());
    expect(draft.checked).toBe(true);
    await click('Export drafts');
    const done = dialog().querySelector('[role="status"]')!;
    expect(done.textContent).toContain('Before the final export:');
    expect(items('[role="status"] .callout')).toEqual(missing.map((m) => m.message));
  });

  it('says nothing of the kind after a draft when nothing is missing', async () => {
    exported.reply = ok({ folder: '/tmp/x', files: [], staleFiles: [], warnings: [], missingForFinal: [] });
    await show(<ExportDialog onClose={() => undefined} />);
    await act(async () => dialog().querySelector<HTMLInputElement>('input[type="checkbox"]')!.click());
    await click('Export drafts');
    expect(dialog().querySelector('[role="status"]')!.textContent).toContain('Saved in');
    expect(dialog().textContent).not.toContain('Before the final export');
  });
});
