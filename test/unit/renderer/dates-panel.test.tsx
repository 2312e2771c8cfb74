// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { useReactHost } from '../../helpers/react-host';
import type { Conference } from '@shared/model/conference';
import { DatesPanel } from '../../../renderer/src/screens/decisions/DatesPanel';
import { conferenceWith } from '../procedure/fixtures';

/** England initial on Tue 9 Mar 2027: strategy discussion Thu 18 Feb, referral Mon 15 Feb, baby due Mon 21 Jun. */
const fenwickLike = conferenceWith({
  details: {
    type: 'initial',
    nation: 'england',
    date: '2027-03-09',
    strategyDiscussionOn: '2027-02-18',
    referralOn: '2027-02-15',
  },
  children: [
    { id: 'riley', givenName: 'Riley', dateOfBirth: '2023-05-01' },
    { id: 'baby', givenName: '', unborn: true, expectedDeliveryDate: '2027-06-21' },
  ],
  decisions: [
    { childId: 'riley', outcome: 'plan-needed' },
    { childId: 'baby', outcome: 'plan-needed' },
  ],
  review: { nextReviewOn: '2027-06-08' },
});

const dom = useReactHost();

const render = (conference: Conference, only?: string[]) =>
  act(async () => dom.root.render(<DatesPanel conference={conference} {...(only ? { only } : {})} />));
const line = (key: string) => dom.host.querySelector(`[data-deadline="${key}"]`);

describe('the dates panel', () => {
  it('shows the new dates after the review, with the working-day counts', async () => {
    await render(fenwickLike);
    const keys = [...dom.host.querySelectorAll('[data-deadline]')].map((li) => li.getAttribute('data-deadline'));
    expect(keys.slice(keys.indexOf('next-review'), keys.indexOf('next-review') + 3)).toEqual([
      'next-review',
      'reports-before-next-review',
      'following-review',
    ]);
    // Thu 18 Feb to Tue 9 Mar 2027 is working day 13 of 15.
    expect(line('initial-conference')?.querySelector('[data-working-day]')?.textContent).toBe(
      '. Held on working day 13 of 15.',
    );
    expect(line('child-and-family-assessment')?.textContent).toContain('Wed 21 Apr 2027');
    expect(line('child-and-family-assessment')?.textContent).toContain('working day 16 of the 45');
    expect(line('reports-before-next-review')?.textContent).toContain('Tue 1 Jun 2027');
    expect(line('reports-before-next-review')?.textContent).toContain(
      '5 working days before the review (England, local). Your organisation can change it in Settings.',
    );
    expect(line('following-review')?.textContent).toContain('Wed 8 Dec 2027');
    // A national rule is not offered as changeable.
    expect(line('following-review')?.textContent).not.toContain('can change it');
  });

  it('gives the pregnancy dates at the conference for an unborn child', async () => {
    await render(fenwickLike);
    const baby = dom.host.querySelector('[data-pregnancy-child="baby"]');
    expect(baby?.querySelector('h4')?.textContent).toBe('The baby: due Mon 21 Jun 2027');
    expect(baby?.querySelector('[data-gestation]')?.textContent).toBe(
      '25+1 weeks (25 weeks and 1 day) pregnant at the conference on Tue 9 Mar 2027.',
    );
    expect(
      [...(baby?.querySelectorAll('[data-pregnancy]') ?? [])].map((li) => li.getAttribute('data-pregnancy')),
    ).toEqual(['baby:12', 'baby:28', 'baby:30', 'baby:34', 'baby:40']);
    const thirty = baby?.querySelector('[data-pregnancy="baby:30"]')?.textContent ?? '';
    expect(thirty).toContain('Mon 12 Apr 2027');
    expect(thirty).toContain('Pre-birth assessment finished');
    // 28 weeks is Easter Monday: the conference ideally by the Thursday before.
    expect(baby?.querySelector('[data-pregnancy="baby:28"]')?.textContent).toContain('by Thu 25 Mar 2027');
  });

  it('shows a due date that cannot be right at the conference as a problem, in place of the gestation', async () => {
    const wrong = {
      ...fenwickLike,
      children: [fenwickLike.children[0]!, { ...fenwickLike.children[1]!, expectedDeliveryDate: '2028-06-21' }],
    };
    await render(wrong);
    const gestation = dom.host.querySelector('[data-pregnancy-child="baby"] [data-gestation]');
    expect(gestation?.className).toBe('field__error');
    expect(gestation?.textContent).toContain('Check the expected date of delivery');
  });

  it('shows pregnancy dates at a Welsh review too, and none beside an editor that asks for some keys only', async () => {
    const welsh = conferenceWith({
      details: {
        type: 'review',
        nation: 'wales',
        date: '2026-12-01',
        previousConference: { type: 'initial', date: '2026-09-01' },
      },
      children: [{ id: 'baby', givenName: 'Ela', unborn: true, expectedDeliveryDate: '2027-03-01' }],
    });
    await render(welsh);
    const ela = dom.host.querySelector('[data-pregnancy-child="baby"]');
    expect(ela?.querySelector('h4')?.textContent).toBe('Ela: due Mon 1 Mar 2027');
    expect(ela?.textContent).toContain('Wales sets no week of pregnancy for pre-birth work');
    // Reports before this review are computed in Wales: 5 working days before Tue 1 Dec 2026 is Tue 24 Nov.
    expect(line('reports-to-family')?.textContent).toContain('Tue 24 Nov 2026');
    await render(welsh, ['next-review']);
    expect(dom.host.querySelector('[data-pregnancy-child]')).toBeNull();
  });
});
