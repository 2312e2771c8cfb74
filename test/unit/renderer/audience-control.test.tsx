// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useReactHost } from '../../helpers/react-host';
import { AudienceControl } from '../../../renderer/src/components/AudienceControl';
import { useAppStore } from '../../../renderer/src/store';
import { capturedTexts } from '@shared/audience/captured';
import type { Conference } from '@shared/model/conference';
import { conferenceWith } from '../procedure/fixtures';

// The store saves through the bridge; here nothing leaves the test (vi.mock is hoisted above the imports).
vi.mock('../../../renderer/src/bridge', () => ({
  bridge: {
    saveConference: vi.fn(async () => ({ ok: true, value: { savedAt: '2026-12-01T14:00:00.000Z', revision: 'r1' } })),
  },
  sharedScreenBridge: vi.fn(),
}));

const MEETING_START = '2026-12-01T14:00:00.000Z';

/** Tue 1 Dec 2026, 14:00–15:45; the meeting is running on the analysis item; a mother, a father and a professional. */
function conference(extra: Partial<Parameters<typeof conferenceWith>[0]> = {}): Conference {
  return conferenceWith({
    details: { type: 'initial', nation: 'england', date: '2026-12-01', startTime: '14:00', endTime: '15:45' },
    adults: [
      { id: 'a-mum', givenName: 'Shona', parentalResponsibility: true, address: '1 Open Road, Northby NB1 1AA' },
      { id: 'a-dad', givenName: 'Gary', parentalResponsibility: true },
    ],
    participants: [
      { id: 'p-sw', name: 'Fiona Baird', kind: 'professional', agency: 'childrens-social-care', role: 'Social worker' },
      { id: 'p-mum', name: 'Shona Kerr', kind: 'family', adultId: 'a-mum', role: 'Mother' },
      { id: 'p-dad', name: 'Gary Wren', kind: 'family', adultId: 'a-dad', role: 'Father' },
    ],
    plan: {
      actions: [{ id: 'a1', what: '', childIds: [], ownerName: '', howWeWillKnow: '' }],
    },
    agenda: { meetingStartedAt: MEETING_START, currentItemKey: 'outline-plan', items: {} },
    ...extra,
  });
}

const state = () => useAppStore.getState();
const current = () => state().conference!;
const typeAction = (what: string) =>
  state().editConference((c) => ({
    ...c,
    plan: { ...c.plan, actions: c.plan.actions.map((a) => (a.id === 'a1' ? { ...a, what } : a)) },
  }));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T14:20:00.000Z'));
  useAppStore.setState({ conference: conference() });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the store stamps every change before it is saved', () => {
  it('gives a text its time and agenda item when it first has words, and keeps them afterwards', () => {
    expect(current().captures['action:a1']).toBeUndefined();
    typeAction('Shona will go to the clinic.');
    expect(current().captures['action:a1']).toEqual({ at: '2026-12-01T14:20:00.000Z', itemKey: 'outline-plan' });
    vi.setSystemTime(new Date('2026-12-01T14:40:00.000Z'));
    typeAction('Shona will go to the clinic every week.');
    expect(current().captures['action:a1']?.at).toBe('2026-12-01T14:20:00.000Z');
  });

  it('withholds what is typed in a closed session from the people it excluded, whatever the kind of text', () => {
    state().startClosedSession('Police information', ['p-dad']);
    typeAction('Gary must not come to the house.');
    expect(current().captures['action:a1']?.closedSessionId).toBe(current().closedSessions[0]!.id);
    const action = capturedTexts(current()).find((t) => t.ref === 'action:a1')!;
    expect(action.audience.withheldFrom).toEqual(['p-dad']);
  });

  it('keeps the time, item and session of a text when its audience changes', () => {
    typeAction('Shona will go to the clinic.');
    state().setAudience('action:a1', { level: 'everyone', withheldFrom: ['p-dad'] });
    expect(current().captures['action:a1']).toEqual({
      at: '2026-12-01T14:20:00.000Z',
      itemKey: 'outline-plan',
      audience: { level: 'everyone', withheldFrom: ['p-dad'] },
    });
  });

  it('stamps a text whose audience was chosen before its words were typed', () => {
    state().setAudience('action:a1', { level: 'professionals', withheldFrom: [] });
    vi.setSystemTime(new Date('2026-12-01T14:25:00.000Z'));
    typeAction('Legal advice is being sought.');
    expect(current().captures['action:a1']?.at).toBe('2026-12-01T14:20:00.000Z');
    expect(current().captures['action:a1']?.audience?.level).toBe('professionals');
  });

  it('corrects a time as a UK clock time on the conference day, for notes on the note itself', () => {
    typeAction('Shona will go to the clinic.');
    state().setCaptureTime('action:a1', '15:05');
    expect(current().captures['action:a1']?.at).toBe('2026-12-01T15:05:00.000Z');
    state().setCaptureTime('action:a1', '');
    expect(current().captures['action:a1']).toEqual({ itemKey: 'outline-plan' });

    state().addNote({ itemKey: 'analysis', kind: 'note', text: 'Said at 14:20' }, { restricted: true });
    const note = current().notes[0]!;
    expect(current().captures[`note:${note.id}`]?.audience).toEqual({ level: 'restricted', withheldFrom: [] });
    state().setCaptureTime(`note:${note.id}`, '14:10');
    expect(current().notes[0]!.createdAt).toBe('2026-12-01T14:10:00.000Z');
    // A note always has a time: clearing it leaves it as it was.
    state().setCaptureTime(`note:${note.id}`, '');
    expect(current().notes[0]!.createdAt).toBe('2026-12-01T14:10:00.000Z');
  });

  it('reads clock times in British Summer Time in summer', () => {
    useAppStore.setState({
      conference: conference({
        details: { type: 'initial', nation: 'england', date: '2026-06-16', startTime: '10:00' },
        agenda: { items: {} },
        captures: { 'action:a1': {} },
      }),
    });
    state().setCaptureTime('action:a1', '10:30');
    expect(current().captures['action:a1']?.at).toBe('2026-06-16T09:30:00.000Z');
  });

  it('lets the "must not be shared" tick set the address’s level, keeping who it is withheld from', () => {
    state().setAudience('adult:a-mum:address', { level: 'everyone', withheldFrom: ['p-dad'] });
    state().setAddressRestricted('a-mum', true);
    expect(current().adults[0]!.addressRestricted).toBe(true);
    expect(current().captures['adult:a-mum:address']?.audience).toEqual({
      level: 'restricted',
      withheldFrom: ['p-dad'],
    });
  });
});

describe('the audience control', () => {
  const dom = useReactHost();

  beforeEach(async () => {
    typeAction('Shona will go to the clinic on Tuesdays.');
    await act(async () => dom.root.render(<AudienceControl textRef="action:a1" what="action 1" />));
  });

  const button = () => dom.host.querySelector<HTMLButtonElement>('button.audience__button')!;
  const popover = () => dom.host.querySelector<HTMLElement>('[role="dialog"]');
  const labelled = (text: RegExp) =>
    [...popover()!.querySelectorAll('label')].find((l) => text.test(l.textContent ?? ''))!.querySelector('input')!;
  const click = (el: HTMLElement) => act(async () => el.click());
  /** Opens the panel, which loads on first use: waits until it is there. */
  const openPopover = async () => {
    await click(button());
    for (let i = 0; i < 100 && !popover(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
  };
  /** As a person types: through the native setter, so React sees a change. */
  const typeInto = (input: HTMLInputElement, value: string) =>
    act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });

  it('says the audience in words, with a name that says what it is for', () => {
    expect(button().textContent).toBe('Who sees action 1: Everyone');
    expect(button().querySelector('.visually-hidden')?.textContent).toBe('Who sees action 1: ');
    expect(popover()).toBeNull();
  });

  it('sets the level and withholds from a person through the store, family-side people offered first', async () => {
    await openPopover();
    expect(button().getAttribute('aria-expanded')).toBe('true');
    const people = [...popover()!.querySelectorAll('fieldset')[1]!.querySelectorAll('label')].map((l) => l.textContent);
    expect(people).toEqual(['Shona Kerr (Mother)', 'Gary Wren (Father)', 'Fiona Baird (Social worker)']);

    await click(labelled(/^Professionals only/));
    await click(labelled(/^Gary Wren/));
    expect(current().captures['action:a1']).toEqual({
      at: '2026-12-01T14:20:00.000Z',
      itemKey: 'outline-plan',
      audience: { level: 'professionals', withheldFrom: ['p-dad'] },
    });
    expect(button().textContent).toBe('Who sees action 1: Professionals only · Not for: Gary Wren');

    await click(
      [...popover()!.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Back to the usual'))!,
    );
    expect(current().captures['action:a1']?.audience).toBeUndefined();
    expect(button().textContent).toBe('Who sees action 1: Everyone');
  });

  it('puts a message beside a time outside the meeting, and keeps what was typed', async () => {
    await openPopover();
    const when = popover()!.querySelector<HTMLInputElement>('input[type="time"]')!;
    expect(when.value).toBe('14:20');
    await typeInto(when, '09:00');
    expect(current().captures['action:a1']?.at).toBe('2026-12-01T09:00:00.000Z');
    expect(popover()!.querySelector('[role="alert"]')?.textContent).toContain('has a time outside the meeting');
    expect(button().classList.contains('audience__button--problem')).toBe(true);
    expect(current().plan.actions[0]!.what).toBe('Shona will go to the clinic on Tuesdays.');

    await typeInto(when, '14:30');
    expect(popover()!.querySelector('[role="alert"]')).toBeNull();
    expect(button().classList.contains('audience__button--problem')).toBe(false);
  });

  it('names someone withheld from who is not a participant, and lets the chair take them off', async () => {
    await act(async () =>
      state().editConference((c) => ({
        ...c,
        captures: {
          ...c.captures,
          'action:a1': { ...c.captures['action:a1'], audience: { level: 'everyone', withheldFrom: ['p-gone'] } },
        },
      })),
    );
    expect(button().classList.contains('audience__button--problem')).toBe(true);
    await openPopover();
    expect(popover()!.querySelector('[role="alert"]')?.textContent).toContain('not a participant');
    await click(labelled(/not a participant/));
    expect(current().captures['action:a1']?.audience).toEqual({ level: 'everyone', withheldFrom: [] });
    expect(popover()!.querySelector('[role="alert"]')).toBeNull();
  });
});
