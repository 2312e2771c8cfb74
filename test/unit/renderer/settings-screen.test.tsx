// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useReactHost } from '../../helpers/react-host';
import type { ConferenceApi } from '@shared/api/contract';
import type { Result } from '@shared/api/result';
import { DEFAULT_SETTINGS, type OrganisationSettings } from '@shared/model/settings';

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
  const prototype = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(el, value);
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

const COMPLAINT_DAYS = 'Time limit for a complaint (days)';
const CORRECTION_DAYS = 'Time to ask for corrections (working days)';
/** The message beside a field, if any. */
const errorBeside = (label: string) =>
  input(label).closest('.field')!.querySelector('.field__error')?.textContent ?? null;
const statusMessages = () => [...dom.host.querySelectorAll('[role="status"]')].map((e) => e.textContent ?? '');
const save = () => act(async () => dom.host.querySelector('form')!.requestSubmit());

describe('what families need from the settings', () => {
  it('marks the four settings the final documents need, and lists those not filled in yet', async () => {
    await answerReads();
    const tags = () => [...dom.host.querySelectorAll('.field .tag')].map((t) => `${t.textContent} (${t.className})`);
    expect(tags()).toEqual(Array(4).fill('Needed for the final documents (tag tag--warn)'));
    const needed = dom.host.querySelector('section[aria-labelledby="families-title"] [role="status"]')!;
    expect([...needed.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Team phone',
      'Out-of-hours phone',
      'How to complain',
      'Time limit for a complaint',
    ]);
    await type('Team phone', '01632 960200');
    await type('Out-of-hours phone', '01632 960299');
    await type('How to complain', 'Write to the Conference and Review Service.');
    await type(COMPLAINT_DAYS, '28');
    expect(tags()).toEqual(Array(4).fill('Needed for the final documents (tag)'));
    expect(statusMessages()).toContain('Everything the final documents need from here is filled in.');
  });

  it('answers a complaint time limit that is not a whole number of days in range beside the box, and will not save it', async () => {
    await answerReads();
    await type(COMPLAINT_DAYS, 'twenty');
    expect(errorBeside(COMPLAINT_DAYS)).toBe('Enter the number of days in figures, for example 28.');
    expect(input(COMPLAINT_DAYS).getAttribute('aria-invalid')).toBe('true');
    await save();
    expect(saved).toEqual([]);
    expect(statusMessages()).toContain(
      'Not saved: Time limit for a complaint (days): Enter the number of days in figures, for example 28.',
    );

    await type(COMPLAINT_DAYS, '400');
    expect(errorBeside(COMPLAINT_DAYS)).toBe('Enter a number from 1 to 365: the days from the meeting.');
    await type(COMPLAINT_DAYS, '0');
    expect(errorBeside(COMPLAINT_DAYS)).toBe('Enter a number from 1 to 365: the days from the meeting.');
    await type(COMPLAINT_DAYS, '14.5');
    expect(errorBeside(COMPLAINT_DAYS)).toBe('Enter a whole number of days, for example 28.');
    await save();
    expect(saved).toEqual([]);

    await type(COMPLAINT_DAYS, ' 21 ');
    expect(errorBeside(COMPLAINT_DAYS)).toBeNull();
    await save();
    expect(saved.at(-1)?.complaintsTimeLimitDays).toBe(21);
    expect(statusMessages()).toContain('Settings saved.');

    // Emptied, the setting is unset again: the final documents will ask for it rather than print a guess.
    await type(COMPLAINT_DAYS, '');
    await save();
    expect(saved.at(-1)).not.toHaveProperty('complaintsTimeLimitDays');
  });

  it('keeps the corrections window to 1–60 working days, and an empty box means the usual 10', async () => {
    await answerReads();
    expect(input(CORRECTION_DAYS).value).toBe('10');
    await type(CORRECTION_DAYS, '61');
    expect(errorBeside(CORRECTION_DAYS)).toBe(
      'Enter a number from 1 to 60: the working days from the day the papers are sent.',
    );
    await type(CORRECTION_DAYS, 'ten');
    expect(errorBeside(CORRECTION_DAYS)).toBe('Enter the number of working days in figures, for example 10.');
    await type(CORRECTION_DAYS, '15');
    await save();
    expect(saved.at(-1)?.correctionsWorkingDays).toBe(15);

    await type(CORRECTION_DAYS, '');
    expect(errorBeside(CORRECTION_DAYS)).toBeNull();
    expect(input(CORRECTION_DAYS).value).toBe('');
    await save();
    expect(saved.at(-1)?.correctionsWorkingDays).toBe(10);
    // The box stays as the chair left it: typing a new number into it does not start from a 10 put back.
    await type(CORRECTION_DAYS, '5');
    expect(input(CORRECTION_DAYS).value).toBe('5');
  });
});
