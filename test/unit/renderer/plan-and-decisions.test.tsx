// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { useReactHost } from '../../helpers/react-host';
import type { Conference } from '@shared/model/conference';
import { DEFAULT_SETTINGS } from '@shared/model/settings';
import { CoreGroupEditor } from '../../../renderer/src/screens/decisions/ArrangementsEditors';
import { DecisionEditor } from '../../../renderer/src/screens/decisions/DecisionEditor';
import { PlanEditor } from '../../../renderer/src/screens/decisions/PlanEditor';
import { AnalysisCapture } from '../../../renderer/src/screens/meeting/AnalysisCapture';
import { useAppStore } from '../../../renderer/src/store';
import { harbury } from '../plan/harbury';

const dom = useReactHost();

const current = () => useAppStore.getState().conference!;
const action = (id: string) => current().plan.actions.find((a) => a.id === id)!;

type Screen = 'plan' | 'decision-baby' | 'decision-sam' | 'core-group' | 'board';

/** The editor as the screen has it: re-rendered from the store after every change, as the app does. */
function Live({ screen }: { screen: Screen }) {
  const conference = useAppStore((s) => s.conference);
  if (!conference) return null;
  switch (screen) {
    case 'plan':
      return <PlanEditor conference={conference} />;
    case 'decision-baby':
      return <DecisionEditor conference={conference} child={conference.children[2]!} />;
    case 'decision-sam':
      return <DecisionEditor conference={conference} child={conference.children[0]!} />;
    case 'core-group':
      return <CoreGroupEditor conference={conference} />;
    case 'board':
      return <AnalysisCapture conference={conference} />;
  }
}

async function show(screen: Screen, conference: Conference = harbury()) {
  await act(async () => {
    useAppStore.setState({ conference, settings: DEFAULT_SETTINGS });
    dom.root.render(<Live screen={screen} />);
  });
}

function record(legend: string): Element {
  const found = [...dom.host.querySelectorAll('fieldset.record')].find((f) =>
    f.querySelector('legend')?.textContent?.startsWith(legend),
  );
  if (!found) throw new Error(`No record "${legend}"`);
  return found;
}

function control<T extends Element = HTMLInputElement>(scope: Element, label: string): T {
  const found = [...scope.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  if (!found) {
    const labels = [...scope.querySelectorAll('label')].map((l) => l.textContent).join(' | ');
    throw new Error(`No field labelled "${label}"; have: ${labels}`);
  }
  const id = found.getAttribute('for');
  const input = id ? scope.ownerDocument.getElementById(id) : found.querySelector('input,select,textarea');
  if (!input) throw new Error(`Label "${label}" has no control`);
  return input as unknown as T;
}

/** The message shown beside a field (its `.field__error`). */
function messageBeside(scope: Element, label: string): string | undefined {
  return control(scope, label).closest('.field')?.querySelector('.field__error')?.textContent ?? undefined;
}

async function choose(select: HTMLSelectElement, value: string) {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function click(element: Element) {
  await act(async () => (element as HTMLElement).click());
}

function button(scope: Element, name: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

function checkbox(scope: Element, legend: string, name: string): HTMLInputElement {
  const set = [...scope.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === legend);
  if (!set) throw new Error(`No "${legend}" choices`);
  const label = [...set.querySelectorAll('label')].find((l) => l.textContent?.startsWith(name));
  if (!label) throw new Error(`No "${name}" under "${legend}"`);
  return label.querySelector('input')!;
}

describe('an action in the plan editor', () => {
  it('records a second owner and a supporter, each a participant or a typed name', async () => {
    await show('plan');
    const home = record('Action 1');
    // The Harbury action already has the grandmother sharing it and the recovery worker helping.
    expect(control<HTMLSelectElement>(home, 'And (1)').value).toBe('p-nan');
    expect(control<HTMLSelectElement>(home, 'With help from (1)').value).toBe('p-rw');

    await click(button(record('Action 2'), 'Add someone who helps'));
    const prebirth = record('Action 2');
    await choose(control(prebirth, 'With help from (1)'), '__someone-else__');
    await type(control(record('Action 2'), 'Their name'), 'Aunt Jo');
    expect(action('a-prebirth').supportedBy).toEqual([{ name: 'Aunt Jo' }]);

    await click(button(record('Action 2'), 'Add someone who shares it'));
    expect(messageBeside(record('Action 2'), 'And (2)')).toBe(
      'Choose who shares this action, or type their name; or remove this line.',
    );
    await choose(control(record('Action 2'), 'And (2)'), 'p-kim');
    expect(action('a-prebirth').alsoBy).toEqual([
      { participantId: 'p-mw', name: '' },
      { participantId: 'p-kim', name: '' },
    ]);
    expect(messageBeside(record('Action 2'), 'And (2)')).toBeUndefined();
  });

  it('keeps a line’s own choice with it when a line above it is removed', async () => {
    await show('plan');
    // Action 2 has the midwife sharing it; a second line is added and "Someone else" chosen, no name typed yet.
    await click(button(record('Action 2'), 'Add someone who shares it'));
    await choose(control(record('Action 2'), 'And (2)'), '__someone-else__');
    expect(control(record('Action 2'), 'Their name')).toBeDefined();
    const remove = record('Action 2').querySelector<HTMLButtonElement>(
      'button[aria-label="Remove who shares it (1)"]',
    )!;
    await click(remove);
    // The midwife's line went; the line being typed is now the first, still asking for the name.
    expect(action('a-prebirth').alsoBy).toEqual([{ name: '' }]);
    expect(control<HTMLSelectElement>(record('Action 2'), 'And (1)').value).toBe('__someone-else__');
    expect(control(record('Action 2'), 'Their name')).toBeDefined();
  });

  it('shows the fix beside someone sharing the action who is no longer a participant', async () => {
    const conference = harbury((c) => void (c.participants = c.participants!.filter((p) => p.id !== 'p-nan')));
    await show('plan', conference);
    expect(messageBeside(record('Action 1'), 'And (1)')).toBe(
      'The person chosen to do this is not in the list of participants (they may have been removed). Choose ' +
        'someone who is, type their name instead, or add them under Setup → Participants.',
    );
  });

  it('takes a cadence with its first date, never defaulting the date, and asks for the date until it has one', async () => {
    const noDate = harbury((c) => void delete c.plan!.actions![1]!.due);
    await show('plan', noDate);
    await choose(control(record('Action 2'), 'How often'), 'fortnight');
    expect(action('a-prebirth').due).toBeUndefined();
    expect(messageBeside(record('Action 2'), 'First by')).toMatch(/^Give the first date/);
    await type(control(record('Action 2'), 'First by'), '2027-01-08');
    expect(action('a-prebirth').due).toEqual({ kind: 'every', interval: 'fortnight', startsOn: '2027-01-08' });
    expect(messageBeside(record('Action 2'), 'First by')).toBeUndefined();

    // Back to once: the first date becomes the date it is done by.
    await choose(control(record('Action 2'), 'How often'), 'once');
    expect(action('a-prebirth').due).toEqual({ kind: 'by', date: '2027-01-08' });
    // A date already given becomes the first date of a cadence.
    await choose(control(record('Action 2'), 'How often'), 'month');
    expect(action('a-prebirth').due).toEqual({ kind: 'every', interval: 'month', startsOn: '2027-01-08' });
  });

  it('links an action to the outcome it serves, and an outcome to the children it is about', async () => {
    await show('plan');
    await choose(control(record('Action 2'), 'The outcome it serves'), 'o-safe');
    expect(action('a-prebirth').outcomeId).toBe('o-safe');
    await choose(control(record('Action 2'), 'The outcome it serves'), '');
    expect(action('a-prebirth').outcomeId).toBeUndefined();

    const outcome = record('Outcome 1');
    await click(checkbox(outcome, 'About', 'Sam'));
    expect(current().plan.outcomes[0]!.childIds).toEqual(['c-ella']);
  });

  it('says none ticked means all the children, and tells the chair where an action for the baby alone goes', async () => {
    await show('plan');
    const home = record('Action 1');
    expect(home.textContent).toContain('None ticked: for all the children.');
    const baby = record('Action 2');
    expect(baby.textContent).not.toContain('None ticked');
    // Information, not a problem: shown as a hint, not an error.
    expect(baby.querySelector('fieldset.choices .field__error')).toBeNull();
    const note = () =>
      [...record('Action 2').querySelectorAll('fieldset.choices .field__hint')].map((h) => h.textContent);
    expect(note()).toEqual([
      'This action is for the baby, who is not on a plan, so it is not part of the plan. The family plan and the ' +
        'read-back list it on its own, under “Help for the baby before birth”.',
    ]);
    await click(checkbox(baby, 'For', 'Sam'));
    expect(action('a-prebirth').childIds).toEqual(['c-baby', 'c-sam']);
    expect(note()).toEqual([]);
  });

  it('calls the lead professional by the organisation’s title', async () => {
    await show('plan');
    expect(dom.host.querySelector('#lead-title')?.textContent).toBe('Lead social worker and visits');
    await act(async () =>
      useAppStore.setState({
        settings: { ...DEFAULT_SETTINGS, leadProfessionalTitle: 'lead child protection practitioner' },
      }),
    );
    expect(dom.host.querySelector('#lead-title')?.textContent).toBe('Lead child protection practitioner and visits');
    expect(control<HTMLSelectElement>(dom.host, 'Lead child protection practitioner').value).toBe('p-sw');
  });
});

describe('the decision editor', () => {
  it('offers an unborn baby not needing a plan “to be reconsidered”, and drops it with another outcome', async () => {
    await show('decision-baby');
    const label = 'When the baby’s need for a child protection plan is looked at again';
    expect(control<HTMLSelectElement>(dom.host, label).value).toBe('at-review');
    await choose(control(dom.host, label), 'strategy-discussion');
    expect(current().decisions[2]!.reconsider).toBe('strategy-discussion');
    const options = [...control<HTMLSelectElement>(dom.host, label).options].map((o) => o.text);
    expect(options).toEqual([
      'Not set',
      'To be reconsidered at the review child protection conference',
      'To be reconsidered sooner, through a strategy discussion',
    ]);
    await click(
      [...dom.host.querySelectorAll('label')]
        .find((l) => l.textContent === 'A child protection plan is needed')!
        .querySelector('input')!,
    );
    expect(current().decisions[2]).toMatchObject({ outcome: 'plan-needed' });
    expect(current().decisions[2]!.reconsider).toBeUndefined();
    expect([...dom.host.querySelectorAll('label')].some((l) => l.textContent === label)).toBe(false);
  });

  it('is not offered for a child who is born', async () => {
    await show(
      'decision-sam',
      harbury((c) => void (c.decisions![0] = { childId: 'c-sam', outcome: 'plan-not-needed' })),
    );
    expect([...dom.host.querySelectorAll('label')].some((l) => l.textContent?.startsWith('When Sam’s need'))).toBe(
      false,
    );
  });

  it('at a review offers “needs a plan” for a child not on one, in Wales’s words', async () => {
    const review = harbury((c) => {
      c.details = { ...c.details, type: 'review', nation: 'wales' };
      c.decisions = [
        { childId: 'c-sam', previousCategories: ['neglect'], planStartedOn: '2026-10-01' },
        { childId: 'c-ella', previousCategories: ['neglect'], planStartedOn: '2026-10-01' },
      ];
    });
    await show('decision-baby', review);
    const radios = [...dom.host.querySelectorAll('input[type="radio"]')].map((r) => r.closest('label')?.textContent);
    expect(radios.slice(0, 2)).toEqual([
      'A care and support protection plan is needed',
      'No care and support protection plan is needed',
    ]);
    await click(dom.host.querySelector('input[type="radio"]')!);
    expect(current().decisions.find((d) => d.childId === 'c-baby')?.outcome).toBe('plan-needed');

    await show('decision-sam', review);
    expect([...dom.host.querySelectorAll('input[type="radio"]')].map((r) => r.closest('label')?.textContent)).toEqual([
      'The plan continues',
      'The plan ends',
    ]);
  });

  it('offers family views and dissent only from invited family-side people, never the children', async () => {
    const withChild = harbury((c) => {
      c.participants!.push(
        { id: 'p-sam', name: 'Sam Reed', kind: 'child', childId: 'c-sam' },
        { id: 'p-dad', name: 'Jon Reed', kind: 'family', role: 'Father', attendance: { status: 'not-invited' } },
        { id: 'p-interp', name: 'Ana Silva', kind: 'interpreter' },
      );
      c.decisions![0] = {
        childId: 'c-sam',
        outcome: 'plan-needed',
        categories: ['neglect'],
        dissent: [{ participantId: 'p-kim', text: 'Kim disagrees', escalationRoute: '' }],
      };
    });
    await show('decision-sam', withChild);
    const views = [...dom.host.querySelectorAll('h4')].find((h) => h.textContent === 'The family’s views')!;
    const viewLabels: string[] = [];
    for (let el = views.nextElementSibling; el && el.tagName !== 'H4'; el = el.nextElementSibling) {
      el.querySelectorAll('label').forEach((l) => viewLabels.push(l.textContent ?? ''));
    }
    expect(viewLabels).toEqual(['Kim Reed (Mother)', 'Rose Reed (Grandmother)']);
    const dissent = [...control<HTMLSelectElement>(dom.host, 'Who disagrees').options].map((o) => o.value);
    expect(dissent).toEqual(['p-sw', 'p-mw', 'p-rw', 'p-gp', 'p-kim', 'p-nan']);
  });
});

describe('the core group', () => {
  it('records where it meets and who receives its notes without being a member', async () => {
    await show('core-group');
    await type(control(dom.host, 'Where it meets'), 'By video');
    expect(current().coreGroup.venue).toBe('By video');
    // The Harbury GP receives the notes already; members are not offered, as they receive them anyway.
    const notesOnly = [...dom.host.querySelectorAll('fieldset')].find(
      (f) => f.querySelector('legend')?.textContent === 'Receive the notes without being members',
    )!;
    expect(notesOnly.querySelector('.notes-only')?.textContent).toContain('Dr Iqbal (GP)');
    await click(notesOnly.querySelector('button[aria-label="Stop sending the notes to Dr Iqbal"]')!);
    expect(current().coreGroup.notesOnlyParticipantIds).toEqual([]);
    const add = control<HTMLSelectElement>(dom.host, 'Add someone who receives the notes');
    expect([...add.options].map((o) => o.value)).toEqual(['', 'p-gp']);
    await choose(add, 'p-gp');
    expect(current().coreGroup.notesOnlyParticipantIds).toEqual(['p-gp']);
    expect(dom.host.querySelector('.notes-only .field__error')).toBeNull();
    // Made a member, the GP no longer receives them "without being a member".
    await click(checkbox(dom.host, 'Members', 'Dr Iqbal'));
    expect(current().coreGroup).toMatchObject({ notesOnlyParticipantIds: [] });
    expect(current().coreGroup.memberParticipantIds).toContain('p-gp');
  });

  it('shows beside a member also listed for the notes only how to put it right', async () => {
    await show(
      'core-group',
      harbury((c) => void (c.coreGroup!.notesOnlyParticipantIds = ['p-gp', 'p-mw'])),
    );
    expect([...dom.host.querySelectorAll('.notes-only .field__error')].map((e) => e.textContent)).toEqual([
      'Ada Low is a member, and members receive the notes anyway. Remove them from this list.',
    ]);
  });
});

describe('the Signs of Safety board', () => {
  it('links a danger statement or a safety goal to the children it is about; other entries stay whole-family', async () => {
    const board = harbury((c) => {
      c.analysis = {
        worries: [
          { id: 'w-danger', kind: 'danger-statement', text: 'Sam could be hurt if drugs are left out' },
          { id: 'w-harm', kind: 'harm', text: 'Drugs were found in the kitchen' },
        ],
        strengths: [],
        safetyGoals: [{ id: 'g-1', text: 'Ella is collected from school by a sober adult' }],
      };
    });
    await show('board', board);
    const entry = (text: string) =>
      [...dom.host.querySelectorAll('li.board__entry')].find((li) => li.textContent?.includes(text))!;
    expect(entry('Drugs were found').querySelector('fieldset')).toBeNull();
    expect(entry('Sam could be hurt').textContent).toContain('None ticked: about all the children.');
    await click(checkbox(entry('Sam could be hurt'), 'About', 'Sam'));
    expect(current().analysis.worries[0]!.childIds).toEqual(['c-sam']);
    await click(checkbox(entry('Ella is collected'), 'About', 'Ella'));
    await click(checkbox(entry('Ella is collected'), 'About', 'The baby'));
    expect(current().analysis.safetyGoals[0]!.childIds).toEqual(['c-ella', 'c-baby']);
  });

  it('offers no choice of children when there is only one', async () => {
    const one = harbury((c) => {
      c.children = c.children!.slice(0, 1);
      c.analysis = { safetyGoals: [{ id: 'g-1', text: 'Sam is safe' }] };
    });
    await show('board', one);
    expect(dom.host.querySelector('li.board__entry fieldset')).toBeNull();
  });
});
