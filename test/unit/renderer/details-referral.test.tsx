// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { useReactHost } from '../../helpers/react-host';
import { DetailsForm } from '../../../renderer/src/screens/setup/DetailsForm';
import { useAppStore } from '../../../renderer/src/store';
import type { Nation } from '@shared/model/conference';
import { conferenceWith } from '../procedure/fixtures';

const initial = (nation: Nation = 'england') =>
  conferenceWith({
    details: { type: 'initial', nation, date: '2027-01-14', venue: 'Civic Centre' },
    children: [{ id: 'mia', givenName: 'Mia' }],
  });

const dom = useReactHost();

const current = () => useAppStore.getState().conference!;
const render = () => act(async () => dom.root.render(<DetailsForm conference={current()} />));
const field = (label: string) => {
  const found = [...dom.host.querySelectorAll('label')].find((l) => l.textContent === label);
  if (!found) throw new Error(`No field labelled "${label}"`);
  return found.closest('.field')!;
};
async function type(label: string, value: string) {
  const input = field(label).querySelector('input') as HTMLInputElement;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await render();
}

describe('the referral date on the conference details', () => {
  it('records the date, says what it is for, and flags a referral after the conference beside the field', async () => {
    useAppStore.setState({ conference: initial() });
    await render();
    expect(field('Referral received').querySelector('.field__hint')?.textContent).toBe(
      'The child and family assessment is counted from it: 45 working days (England).',
    );
    await type('Referral received', '2026-11-30');
    expect(current().details.referralOn).toBe('2026-11-30');
    expect(field('Referral received').querySelector('.field__error')).toBeNull();

    await type('Referral received', '2027-01-15');
    // Kept, so nothing typed is lost, and the message names the fix.
    expect(current().details.referralOn).toBe('2027-01-15');
    expect(current().details.venue).toBe('Civic Centre');
    expect(field('Referral received').querySelector('.field__error')?.textContent).toBe(
      'The referral must have been received on or before the conference (Thu 14 Jan 2027). Check the date.',
    );

    await type('Referral received', '');
    expect(current().details.referralOn).toBeUndefined();
  });

  it('says where a nation sets no timescale for the assessment', async () => {
    useAppStore.setState({ conference: initial('scotland') });
    await render();
    expect(field('Referral received').querySelector('.field__hint')?.textContent).toBe(
      'Scotland sets no national timescale for the assessment; the date is kept for the record.',
    );
  });

  it('is offered at a review only once a referral date is recorded', async () => {
    const review = conferenceWith({ details: { type: 'review', nation: 'england', date: '2027-01-14' } });
    useAppStore.setState({ conference: review });
    await render();
    expect([...dom.host.querySelectorAll('label')].map((l) => l.textContent)).not.toContain('Referral received');
    useAppStore.setState({ conference: { ...review, details: { ...review.details, referralOn: '2026-11-30' } } });
    await render();
    expect(field('Referral received')).toBeTruthy();
  });
});

describe('a field too long to save', () => {
  it('is held beside itself with the fix, while the next field’s edit is committed (issue 13)', async () => {
    useAppStore.setState({ conference: initial() });
    await render();
    await type('Chair', 'x'.repeat(540));
    // Not committed: the conference the autosave sends stays valid.
    expect(current().details.chair).toBe('');
    expect(field('Chair').querySelector('.field__error')?.textContent).toBe(
      'This holds up to 500 characters; it has 540. Shorten it to save it.',
    );
    await type('Venue', 'Town Hall, Room 2');
    expect(current().details.venue).toBe('Town Hall, Room 2');
    // Exactly at the limit is fine.
    await type('Chair', 'y'.repeat(500));
    expect(current().details.chair).toBe('y'.repeat(500));
    expect(field('Chair').querySelector('.field__error')).toBeNull();
  });
});
