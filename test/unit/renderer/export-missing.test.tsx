// @vitest-environment happy-dom
import { act, type ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportDialog } from '../../../renderer/src/screens/ExportDialog';
import { useAppStore } from '../../../renderer/src/store';
import type { ExportReceipt } from '@shared/api/contract';
import { fail, ok } from '@shared/api/result';
import { missingForFinal, missingSummary } from '@shared/documents/final-check';
import { DEFAULT_SETTINGS } from '@shared/model/settings';
import { useReactHost } from '../../helpers/react-host';
import { completeSettings } from '../../helpers/settings';
import { loadFixture } from '../../helpers/seed';

/**
 * The export dialog says what the final documents still need (issue #12): before a final export (the check, which
 * the main process makes: `checkExport`), when the main process refuses one ('missing-for-final'), and after a draft
 * ("Before the final export: …"). The export itself is one call: main asks where, writes and shows the folder.
 */

const bridgeCalls = vi.hoisted(() => ({
  exportReply: undefined as unknown,
  checkReply: undefined as unknown,
  exports: [] as unknown[],
  checks: [] as unknown[],
  /** The order things happened in: the pending save is written before each check. */
  log: [] as string[],
}));
vi.mock('../../../renderer/src/bridge', () => ({
  bridge: {
    saveConference: vi.fn(async () => ({ ok: true, value: { savedAt: '2026-12-01T16:00:00.000Z', revision: 'r1' } })),
    checkExport: vi.fn(async (request: unknown) => {
      bridgeCalls.checks.push(request);
      bridgeCalls.log.push('check');
      return bridgeCalls.checkReply;
    }),
    exportDocuments: vi.fn(async (request: unknown) => {
      bridgeCalls.exports.push(request);
      return bridgeCalls.exportReply;
    }),
  },
  sharedScreenBridge: vi.fn(),
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
/** Waits, letting React run, until the dialog shows `text` (the check's answer arrives after a pause). */
async function shows(text: string) {
  for (let i = 0; i < 200 && !dialog().textContent?.includes(text); i++) {
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
  }
  expect(dialog().textContent).toContain(text);
}
/** Waits until the check in the dialog has answered. */
async function checked() {
  for (let i = 0; i < 200 && dialog().textContent?.includes('Checking the documents…'); i++) {
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
  }
  expect(dialog().textContent).not.toContain('Checking the documents…');
}
const receiptWith = (receipt: Partial<ExportReceipt>, folderShown = false) =>
  ok({
    cancelled: false,
    receipt: {
      folder: '/tmp/exports/westbrook',
      files: [],
      staleFiles: [],
      warnings: [],
      missingForFinal: [],
      ...receipt,
    },
    folderShown,
  });

beforeEach(() => {
  bridgeCalls.exports.length = 0;
  bridgeCalls.checks.length = 0;
  bridgeCalls.log.length = 0;
  bridgeCalls.checkReply = ok({ leaks: [], missingForFinal: [] });
  useAppStore.setState({
    conference,
    settings: DEFAULT_SETTINGS,
    flushSave: async () => {
      bridgeCalls.log.push('save');
    },
  });
});

describe('what the final documents need, in the export dialog', () => {
  it('lists what main’s check says they need, after writing the pending save, and will not export until it is filled in', async () => {
    expect(conference.agenda.meetingEndedAt).toBeDefined(); // a final export by default
    const missing = missingForFinal(conference, DEFAULT_SETTINGS);
    bridgeCalls.checkReply = ok({ leaks: [], missingForFinal: missing });
    await show(<ExportDialog onClose={() => undefined} />);
    await click('Next: check each person’s copy');
    await checked();
    expect(bridgeCalls.checks).toEqual([{ conferenceId: conference.id, draft: false }]);
    expect(bridgeCalls.log).toEqual(['save', 'check']);
    const section = dialog().querySelector('section[aria-labelledby="missing-title"]')!;
    expect(section.textContent).toContain('The final documents cannot be written until each of these is filled in.');
    expect(items('section[aria-labelledby="missing-title"]')).toEqual(missing.map((m) => m.message));
    expect(button('Export final documents').disabled).toBe(true);

    // Settings saved in this window are a reason to ask again: main now finds everything filled in.
    bridgeCalls.checkReply = ok({ leaks: [], missingForFinal: [] });
    await act(async () => useAppStore.setState({ settings: completeSettings }));
    await shows('Everything is filled in.');
    expect(bridgeCalls.log).toEqual(['save', 'check', 'save', 'check']);
    expect(button('Export final documents').disabled).toBe(false);
  });

  it('says the documents could not be checked when main cannot check them, and leaves the export to decide', async () => {
    bridgeCalls.checkReply = fail('not-found', 'That conference is no longer in the conference folder.');
    await show(<ExportDialog onClose={() => undefined} />);
    await click('Next: check each person’s copy');
    await shows('The documents could not be checked just now; the export checks them again.');
    expect(button('Export final documents').disabled).toBe(false);
  });

  it('shows the refusal when the main process stops a final export, each thing to fill in listed', async () => {
    // The check found nothing; by the time of the export, the settings main reads say otherwise.
    const missing = missingForFinal(conference, { ...completeSettings, outOfHoursPhone: '' });
    bridgeCalls.exportReply = fail('missing-for-final', missingSummary(missing), { missing });
    await show(<ExportDialog onClose={() => undefined} />);
    await click('Next: check each person’s copy');
    await checked();
    await click('Export final documents');
    // One call: main asks where, writes, and shows the folder.
    expect(bridgeCalls.exports).toEqual([
      { conferenceId: conference.id, draft: false, chooseFolder: true, showFolder: true },
    ]);
    const alert = dialog().querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain(
      'Not exported: The final documents were not written: they need one thing that families rely on.',
    );
    expect(items('[role="alert"]')).toEqual([
      'The out-of-hours phone number is missing: fill it in at Settings → How families reach us: Out-of-hours phone.',
    ]);
    expect(button('Back to the check')).toBeDefined();
  });

  it('goes back to the check, saying nothing went wrong, when the chair closes the folder dialog', async () => {
    bridgeCalls.exportReply = ok({ cancelled: true });
    await show(<ExportDialog onClose={() => undefined} />);
    await click('Next: check each person’s copy');
    await checked();
    await click('Export final documents');
    expect(bridgeCalls.exports).toHaveLength(1);
    expect(button('Export final documents')).toBeDefined();
    expect(dialog().querySelector('[role="alert"]')).toBeNull();
  });

  it('says “Before the final export” after a draft, with each thing to fill in', async () => {
    const missing = missingForFinal(conference, DEFAULT_SETTINGS);
    bridgeCalls.exportReply = receiptWith({ missingForFinal: missing });
    await show(<ExportDialog onClose={() => undefined} />);
    const draft = dialog().querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    await act(async () => draft.click());
    expect(draft.checked).toBe(true);
    await click('Export drafts');
    expect(bridgeCalls.exports).toEqual([
      { conferenceId: conference.id, draft: true, chooseFolder: true, showFolder: true },
    ]);
    const done = dialog().querySelector('[role="status"]')!;
    expect(done.textContent).toContain('Before the final export:');
    expect(items('[role="status"] .callout')).toEqual(missing.map((m) => m.message));
  });

  it('says nothing of the kind after a draft when nothing is missing, and says when the folder was opened', async () => {
    bridgeCalls.exportReply = receiptWith({ folder: '/tmp/x' }, true);
    await show(<ExportDialog onClose={() => undefined} />);
    await act(async () => dialog().querySelector<HTMLInputElement>('input[type="checkbox"]')!.click());
    await click('Export drafts');
    const done = dialog().querySelector('[role="status"]')!.textContent;
    expect(done).toContain('Saved in /tmp/x. The folder has been opened.');
    expect(dialog().textContent).not.toContain('Before the final export');
  });
});
