// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useReactHost } from '../../helpers/react-host';
import { ParticipantsForm } from '../../../renderer/src/screens/setup/ParticipantsForm';
import { useAppStore } from '../../../renderer/src/store';
import { conferenceWith } from '../procedure/fixtures';

/** Initial conference on Tue 9 Mar 2027, 09:30–12:30: Dean is seen on his own; Riley and Mia are not listed yet. */
const conference = conferenceWith({
  details: { type: 'initial', nation: 'england', date: '2027-03-09', startTime: '09:30', endTime: '12:30' },
  children: [
    { id: 'child-riley', givenName: 'Riley', familyName: 'Fenwick', dateOfBirth: '2019-06-02' },
    { id: 'child-mia', givenName: 'Mia', familyName: 'Fenwick', knownAs: 'Mimi', dateOfBirth: '2024-01-15' },
    { id: 'child-unborn', givenName: '', unborn: true, expectedDeliveryDate: '2027-05-03' },
  ],
  adults: [
    { id: 'adult-leanne', givenName: 'Leanne', familyName: 'Fenwick', parentalResponsibility: true },
    { id: 'adult-dean', givenName: 'Dean', familyName: 'Marsh', parentalResponsibility: true },
  ],
  participants: [
    { id: 'p-hannah', name: 'Hannah Okafor', kind: 'professional', agency: 'childrens-social-care' },
    { id: 'p-dean', name: 'Dean Marsh', kind: 'family', adultId: 'adult-dean' },
  ],
});

const dom = useReactHost();

const current = () => useAppStore.getState().conference!;
const render = () => act(async () => dom.root.render(<ParticipantsForm conference={current()} />));
const record = (name: string) =>
  [...dom.host.querySelectorAll('fieldset.record')].find((f) => f.querySelector('legend')?.textContent === name)!;
const field = (scope: Element, label: string) => {
  const found = [...scope.querySelectorAll('label')].find((l) => l.textContent === label);
  if (!found) throw new Error(`No field labelled "${label}"`);
  return found.closest('.field')!;
};
const control = <T extends HTMLInputElement | HTMLSelectElement>(scope: Element, label: string) =>
  field(scope, label).querySelector('input, select, textarea') as T;
const options = (select: HTMLSelectElement) => [...select.options].map((o) => o.textContent);

async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await render();
}
async function choose(select: HTMLSelectElement, value: string) {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await render();
}
async function click(button: Element) {
  await act(async () => (button as HTMLButtonElement).click());
  await render();
}
const buttons = () => [...dom.host.querySelectorAll('button')];
const buttonNamed = (text: string) => {
  const found = buttons().find((b) => b.textContent === text);
  if (!found)
    throw new Error(
      `No button "${text}"; have: ${buttons()
        .map((b) => b.textContent)
        .join(' | ')}`,
    );
  return found;
};

beforeEach(async () => {
  useAppStore.setState({ conference });
  await render();
});

describe('attended separately', () => {
  it('records the session’s times, how they joined and why, and saves each', async () => {
    await choose(control(record('Dean Marsh'), 'Attendance'), 'attended-separately');
    const dean = () => record('Dean Marsh');
    // Until both times are in, the chair is told what is at stake.
    expect(field(dean(), 'Separate session started').querySelector('.field__error')?.textContent).toMatch(
      /copy of the minutes cannot follow them/,
    );

    await type(control(dean(), 'Separate session started'), '09:30');
    await type(control(dean(), 'Separate session ended'), '10:00');
    await choose(control(dean(), 'How they joined'), 'video');
    expect(options(control(dean(), 'How they joined'))).toEqual(['Choose…', 'In person', 'By video', 'By phone']);

    const reason = field(dean(), 'Why they were seen separately');
    // Who may read the reason is chosen beside it, like every other reason.
    expect(reason.querySelector('.field__label-row button')).not.toBeNull();
    await type(reason.querySelector('input') as HTMLInputElement, 'Bail conditions forbid contact with Leanne.');

    expect(current().participants[1]!.attendance).toMatchObject({
      status: 'attended-separately',
      arrivedAt: '09:30',
      leftAt: '10:00',
      joinedBy: 'video',
      reason: 'Bail conditions forbid contact with Leanne.',
    });
    expect(dean().querySelector('.field__error')).toBeNull();
  });

  it('shows a time outside the meeting beside the field, naming the fix, and still saves it', async () => {
    await choose(control(record('Dean Marsh'), 'Attendance'), 'attended-separately');
    await type(control(record('Dean Marsh'), 'Separate session started'), '09:00');
    await type(control(record('Dean Marsh'), 'Separate session ended'), '12:45');
    expect(field(record('Dean Marsh'), 'Separate session started').querySelector('.field__error')?.textContent).toBe(
      'The separate session starts at 09:00, before the meeting starts (09:30). Correct this time, or the meeting’s start time in the details.',
    );
    expect(field(record('Dean Marsh'), 'Separate session ended').querySelector('.field__error')?.textContent).toBe(
      'The separate session ends at 12:45, after the meeting ends (12:30). Correct this time, or the meeting’s end time in the details.',
    );
    expect(current().participants[1]!.attendance).toMatchObject({ arrivedAt: '09:00', leftAt: '12:45' });
  });
});

describe('children', () => {
  it('offers each born child who is not listed, and adds them as not attending in one click', async () => {
    expect(buttons().map((b) => b.textContent)).toEqual(
      expect.arrayContaining(['Add Riley as not attending', 'Add Mimi as not attending']),
    );
    // An unborn baby takes no part in the meeting.
    expect(buttons().some((b) => /baby|the child/.test(b.textContent ?? ''))).toBe(false);

    await click(buttonNamed('Add Riley as not attending'));
    expect(current().participants[2]).toMatchObject({
      name: 'Riley Fenwick',
      kind: 'child',
      childId: 'child-riley',
      attendance: { status: 'child-not-attending' },
    });
    expect(buttons().map((b) => b.textContent)).not.toContain('Add Riley as not attending');
    expect(buttons().map((b) => b.textContent)).toContain('Add Mimi as not attending');

    const riley = record('Riley Fenwick');
    expect(control<HTMLSelectElement>(riley, 'Attendance').value).toBe('child-not-attending');
    const how = control<HTMLSelectElement>(riley, 'How their views were gathered');
    expect(options(how)).toEqual([
      'Choose…',
      'Through an advocate',
      'Direct work (e.g. Three Houses)',
      'Observation (very young child)',
      'Letter or message',
      'Other',
    ]);
    expect(field(riley, 'How their views were gathered').querySelector('.field__error')?.textContent).toMatch(
      /Choose how their views were gathered/,
    );
    await choose(how, 'direct-work');
    expect(current().participants[2]!.attendance.viewsGatheredBy).toBe('direct-work');
    expect(field(record('Riley Fenwick'), 'How their views were gathered').querySelector('.field__error')).toBeNull();
  });

  it('offers “not attending” to a child and never to an adult', async () => {
    await click(buttonNamed('Add Mimi as not attending'));
    const statusesOf = (name: string) => options(control(record(name), 'Attendance'));
    expect(statusesOf('Mia Fenwick')).toContain('Not attending: views shared another way');
    expect(statusesOf('Dean Marsh')).not.toContain('Not attending: views shared another way');
    expect(statusesOf('Hannah Okafor')).not.toContain('Not attending: views shared another way');
  });

  it('links a child participant only to a born child, and a family member only to an adult', async () => {
    await click(buttonNamed('Add Riley as not attending'));
    expect(options(control(record('Riley Fenwick'), 'Which child'))).toEqual([
      'Not linked',
      'Riley Fenwick',
      'Mia Fenwick',
    ]);
    const household = options(control(record('Dean Marsh'), 'Who they are in the household'));
    expect(household).toEqual([
      'Not linked',
      'Leanne Fenwick, parental responsibility',
      'Dean Marsh, parental responsibility',
    ]);
    expect(() => field(record('Dean Marsh'), 'Which child')).toThrow();
  });

  it('keeps a child’s status visible, with the fix, when they are changed to an adult', async () => {
    await click(buttonNamed('Add Riley as not attending'));
    await choose(control(record('Riley Fenwick'), 'Taking part as'), 'family');
    const status = field(record('Riley Fenwick'), 'Attendance');
    expect((status.querySelector('select') as HTMLSelectElement).value).toBe('child-not-attending');
    expect(status.querySelector('.field__error')?.textContent).toMatch(/is for a child or young person/);
  });
});
