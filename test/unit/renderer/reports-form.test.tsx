// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useReactHost } from '../../helpers/react-host';
import { ReportsForm } from '../../../renderer/src/screens/setup/ReportsForm';
import { useAppStore } from '../../../renderer/src/store';
import { conferenceWith } from '../procedure/fixtures';

/** Initial conference on Tue 1 Dec 2026: reports due by Thu 26 Nov (3 working days before). */
const conference = conferenceWith({
  details: { type: 'initial', nation: 'england', date: '2026-12-01' },
  adults: [
    { id: 'adult-shona', givenName: 'Shona', parentalResponsibility: true },
    { id: 'adult-gary', givenName: 'Gary', parentalResponsibility: true },
  ],
  participants: [
    { id: 'p-fiona', name: 'Fiona Baird', kind: 'professional', agency: 'childrens-social-care' },
    { id: 'p-shona', name: 'Shona Kerr', kind: 'family', adultId: 'adult-shona' },
    { id: 'p-gary', name: 'Gary Kerr', kind: 'family', adultId: 'adult-gary' },
    { id: 'p-lorna', name: 'Lorna Kerr', kind: 'supporter' },
  ],
  reports: [
    {
      id: 'r-police',
      agency: 'police',
      author: 'PC Laura Finch',
      sharing: [
        { participantId: 'p-shona', sharedOn: '2026-11-24' },
        { participantId: 'p-gary', sharedOn: '2026-11-30' },
      ],
    },
  ],
});

const dom = useReactHost();

const render = () => act(async () => dom.root.render(<ReportsForm conference={useAppStore.getState().conference!} />));
const row = (name: string) =>
  [...dom.host.querySelectorAll('fieldset.form-row')].find((f) => f.querySelector('legend')?.textContent === name)!;
const sharing = () => useAppStore.getState().conference!.reports[0]!.sharing;

beforeEach(async () => {
  useAppStore.setState({ conference });
  await render();
});

describe('the reports form', () => {
  it('has a row for each family-side participant, with the lateness message beside each date', () => {
    expect([...dom.host.querySelectorAll('fieldset.form-row legend')].map((l) => l.textContent)).toEqual([
      'Shona Kerr',
      'Gary Kerr',
      'Lorna Kerr',
    ]);
    expect(row('Shona Kerr').querySelector('.field__hint')?.textContent).toBe(
      'Reached Shona Kerr 5 working days before the conference; the rule is 3 working days.',
    );
    expect(row('Shona Kerr').querySelector('.field__error')).toBeNull();
    expect(row('Gary Kerr').querySelector('.field__error')?.textContent).toBe(
      'Late: reached Gary Kerr 1 working day before the conference; the rule is 3 working days.',
    );
    expect(dom.host.querySelector('legend')?.textContent).toContain('Late for 1 family member');
  });

  it('records a report kept from one parent, with the reason, without touching the other', async () => {
    const version = row('Gary Kerr').querySelector('select') as HTMLSelectElement;
    await act(async () => {
      version.value = 'not-shared';
      version.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await render();
    const reason = row('Gary Kerr').querySelector('input[name$=".reason"]') as HTMLInputElement;
    expect(reason.labels?.[0]?.textContent).toBe('Why not shared');
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(reason, 'her health information');
      reason.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(sharing()).toEqual([
      { participantId: 'p-shona', sharedOn: '2026-11-24', version: 'full', reason: '' },
      { participantId: 'p-gary', sharedOn: '2026-11-30', version: 'not-shared', reason: 'her health information' },
    ]);
  });

  it('adds an entry for a family member the first time a date is typed for them', async () => {
    const date = row('Lorna Kerr').querySelector('input[type="date"]') as HTMLInputElement;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(date, '2026-11-20');
      date.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(sharing().at(-1)).toEqual({ participantId: 'p-lorna', sharedOn: '2026-11-20', version: 'full', reason: '' });
  });
});
