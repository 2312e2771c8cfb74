// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useReactHost } from '../../helpers/react-host';
import type { ConferenceApi } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import { DEFAULT_SETTINGS, type OrganisationSettings } from '../../../shared/model/settings';

/**
 * The settings screen reads the stored settings when it opens. On a slow disk that read can arrive after the chair
 * has started typing, or after they pressed Save: neither may put the old settings back over what they typed.
 */
type Pending = (r: Result<OrganisationSettings>) => void;
const reads: Pending[] = [];
const saved: OrganisationSettings[] = [];
const stored: OrganisationSettings = { ...DEFAULT_SETTINGS, teamName: 'Stored team' };
(window as unknown as { conferenceApi: Partial<ConferenceApi> }).conferenceApi = {
  getSettings: () => new Promise((resolve) => reads.push(resolve)),
  saveSettings: async (s) => {
    saved.push(s as OrganisationSettings);
    return { ok: true, value: { savedAt: '2026-12-02T09:00:00.000Z' } } as Awaited<
      ReturnType<ConferenceApi['saveSettings']>
    >;
  },
};
const { SettingsScreen } = await import('../../../renderer/src/screens/SettingsScreen');
const { useAppStore } = await import('../../../renderer/src/store');

const dom = useReactHost();

const input = (label: string) => {
  const found = [...dom.host.querySelectorAll('label')].find((l) => l.textContent === label);
  if (!found) throw new Error(`No field labelled "${label}"`);
  return dom.host.querySelector(`#${CSS.escape(found.htmlFor)}`) as HTMLInputElement;
};
async function type(label: string, value: string) {
  const el = input(label);
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const answerReads = () => act(async () => reads.splice(0).forEach((resolve) => resolve({ ok: true, value: stored })));

beforeEach(async () => {
  reads.length = 0;
  saved.length = 0;
  useAppStore.setState({ settings: DEFAULT_SETTINGS });
  await act(async () => dom.root.render(<SettingsScreen />));
});

describe('the settings screen with a slow read of the stored settings', () => {
  it('shows the stored settings when they arrive before the chair types', async () => {
    expect(reads.length).toBe(1);
    await answerReads();
    expect(input('Team').value).toBe('Stored team');
  });

  it('keeps what the chair typed when the stored settings arrive afterwards', async () => {
    await type('Lead professional’s title', 'Lead child protection practitioner');
    await answerReads();
    expect(input('Lead professional’s title').value).toBe('Lead child protection practitioner');
  });

  it('never lets a read begun before a save put the old settings back', async () => {
    await type('Lead professional’s title', 'Lead child protection practitioner');
    await act(async () => dom.host.querySelector('form')!.requestSubmit());
    expect(saved.at(-1)?.leadProfessionalTitle).toBe('Lead child protection practitioner');
    await answerReads();
    expect(useAppStore.getState().settings.leadProfessionalTitle).toBe('Lead child protection practitioner');
  });
});
