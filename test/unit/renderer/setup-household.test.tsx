// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useReactHost } from '../../helpers/react-host';
import { HouseholdForm } from '../../../renderer/src/screens/setup/HouseholdForm';
import { useAppStore } from '../../../renderer/src/store';
import { todayIso } from '@shared/format/dates';
import { addCalendarDays } from '@shared/procedure/calendar';
import { conferenceWith } from '../procedure/fixtures';

/**
 * A conference months ahead (Tue 9 Mar 2027 is far from the day these tests are written, so gestation "today" and "at the
 * conference" differ): the baby is due on Mon 3 May 2027, 55 days after it, so 280 − 55 = 225 days, 32 weeks 1 day.
 */
const conference = conferenceWith({
  details: { type: 'initial', nation: 'england', date: '2027-03-09' },
  children: [
    { id: 'child-riley', givenName: 'Riley', familyName: 'Fenwick', dateOfBirth: '2019-06-02' },
    { id: 'child-unborn', givenName: '', unborn: true, expectedDeliveryDate: '2027-05-03' },
  ],
  adults: [{ id: 'adult-leanne', givenName: 'Leanne', familyName: 'Fenwick', parentalResponsibility: true }],
});

const dom = useReactHost();

const current = () => useAppStore.getState().conference!;
const render = () => act(async () => dom.root.render(<HouseholdForm conference={current()} />));
const record = (legend: string) =>
  [...dom.host.querySelectorAll('fieldset.record')].find((f) =>
    f.querySelector('legend')?.textContent?.startsWith(legend),
  )!;
const field = (scope: Element, label: string) => {
  const found = [...scope.querySelectorAll('label')].find((l) => l.textContent === label);
  if (!found) throw new Error(`No field labelled "${label}"`);
  return found.closest('.field')!;
};
async function type(scope: Element, label: string, value: string) {
  const input = field(scope, label).querySelector('input') as HTMLInputElement;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await render();
}

beforeEach(async () => {
  useAppStore.setState({ conference });
  await render();
});

describe('the household form', () => {
  it('records an adult’s date of birth', async () => {
    await type(record('Adult 1'), 'Date of birth', '1996-07-14');
    expect(current().adults[0]!.dateOfBirth).toBe('1996-07-14');
    expect(field(record('Adult 1'), 'Date of birth').querySelector('.field__error')).toBeNull();
  });

  it('flags an adult’s date of birth in the future beside it, and still saves it', async () => {
    const tomorrow = addCalendarDays(todayIso(), 1);
    await type(record('Adult 1'), 'Date of birth', tomorrow);
    expect(current().adults[0]!.dateOfBirth).toBe(tomorrow);
    expect(field(record('Adult 1'), 'Date of birth').querySelector('.field__error')?.textContent).toBe(
      'The date of birth is in the future. Check the year.',
    );
  });

  it('records a child’s gender and ethnicity', async () => {
    await type(record('Child 1'), 'Gender', 'Boy');
    await type(record('Child 1'), 'Ethnicity', 'White British');
    expect(current().children[0]).toMatchObject({ gender: 'Boy', ethnicity: 'White British' });
  });

  it('gives an unborn baby’s gestation at the conference, not today', () => {
    expect(field(record('Child 2'), 'Expected date of delivery').querySelector('.field__hint')?.textContent).toBe(
      'About 32 weeks 1 day pregnant at the conference (Tue 9 Mar 2027).',
    );
  });
});

describe('the child’s health number', () => {
  const inNation = (nation: 'england' | 'wales' | 'scotland' | 'northern-ireland', nhsNumber = '') =>
    conferenceWith({
      details: { type: 'initial', nation, date: '2026-12-10' },
      children: [{ id: 'child-orla', givenName: 'Orla', familyName: 'Gilmore', dateOfBirth: '2012-04-11', nhsNumber }],
    });
  const show = async (c: ReturnType<typeof inNation>) => {
    await act(async () => useAppStore.setState({ conference: c }));
    await render();
  };
  const labels = () => [...record('Child 1').querySelectorAll('label')].map((l) => l.textContent);

  it('is labelled and explained as the conference’s nation names it', async () => {
    for (const [nation, label] of [
      ['england', 'NHS number'],
      ['wales', 'NHS number'],
      ['scotland', 'CHI number'],
      ['northern-ireland', 'Health and Care number'],
    ] as const) {
      await show(inNation(nation));
      expect(labels(), nation).toContain(label);
      for (const other of ['NHS number', 'CHI number', 'Health and Care number'].filter((l) => l !== label)) {
        expect(labels(), nation).not.toContain(other);
      }
    }
    await show(inNation('scotland'));
    expect(field(record('Child 1'), 'CHI number').querySelector('.field__hint')?.textContent).toMatch(/DDMMYY/);
  });

  it('is checked beside the field by the nation’s rule', async () => {
    // 999 234 5675 is a sound NHS number, outside Northern Ireland’s Health and Care numbers.
    await show(inNation('northern-ireland', '999 234 5675'));
    expect(field(record('Child 1'), 'Health and Care number').querySelector('.field__error')?.textContent).toMatch(
      /between 320 000 0010 and 399 999 9999/,
    );
    await type(record('Child 1'), 'Health and Care number', '367 812 3457');
    expect(current().children[0]!.nhsNumber).toBe('367 812 3457');
    expect(field(record('Child 1'), 'Health and Care number').querySelector('.field__error')).toBeNull();
    await show(inNation('england', '999 234 5675'));
    expect(field(record('Child 1'), 'NHS number').querySelector('.field__error')).toBeNull();
  });
});
