// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useReactHost } from '../../helpers/react-host';
import { NotesPanel } from '../../../renderer/src/screens/meeting/NotesPanel';
import { useAppStore } from '../../../renderer/src/store';
import type { Conference } from '@shared/model/conference';
import { conferenceWith } from '../procedure/fixtures';

// The store saves through the bridge; here nothing leaves the test (vi.mock is hoisted above the imports).
vi.mock('../../../renderer/src/bridge', () => ({
  bridge: {
    saveConference: vi.fn(async () => ({ ok: true, value: { savedAt: '2026-12-01T14:00:00.000Z', revision: 'r1' } })),
  },
  sharedScreenBridge: vi.fn(),
}));

/**
 * "Said by" (issue 11, Capture): the chair and the minute-taker can be picked; the field empties after each note so
 * the next is not given to the last speaker; "Edit" changes who said a note; only people who could have spoken are
 * offered.
 */
function conference(): Conference {
  return conferenceWith({
    details: {
      type: 'initial',
      nation: 'england',
      date: '2026-12-01',
      startTime: '14:00',
      chair: 'Helen Ward',
      minuteTaker: 'Priya Shah',
    },
    children: [{ id: 'c-leo', givenName: 'Leo' }],
    participants: [
      {
        id: 'p-sw',
        name: 'Fiona Baird',
        kind: 'professional',
        role: 'Social worker',
        attendance: { status: 'present' },
      },
      { id: 'p-jade', name: 'Jade Ashdown', kind: 'family', role: 'Mother', attendance: { status: 'present' } },
      { id: 'p-kim', name: 'Kim Ashdown', kind: 'family', role: 'Aunt', attendance: { status: 'excluded-part' } },
      {
        id: 'p-gary',
        name: 'Gary Wren',
        kind: 'family',
        role: 'Father',
        attendance: { status: 'attended-separately', arrivedAt: '15:00', leftAt: '15:20' },
      },
      { id: 'p-gp', name: 'Dr Patel', kind: 'professional', role: 'GP', attendance: { status: 'apologies-no-report' } },
      { id: 'p-nan', name: 'Nan Ashdown', kind: 'family', role: 'Grandmother', attendance: { status: 'not-invited' } },
      {
        id: 'p-leo',
        name: 'Leo Ashdown',
        kind: 'child',
        childId: 'c-leo',
        role: 'Child',
        attendance: { status: 'child-not-attending', viewsGatheredBy: 'direct-work' },
      },
    ],
    agenda: { meetingStartedAt: '2026-12-01T14:00:00.000Z', currentItemKey: 'family-views', items: {} },
  });
}

const dom = useReactHost();

const render = (itemKey = 'family-views') => act(async () => dom.root.render(<NotesPanel itemKey={itemKey} />));
const notes = () => useAppStore.getState().conference!.notes;

function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  return act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const click = (el: Element) => act(async () => (el as HTMLElement).click());
const button = (name: string, within: ParentNode = dom.host) =>
  [...within.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
const composerText = () => dom.host.querySelector<HTMLTextAreaElement>('[data-note-composer]')!;
const composerWho = () => dom.host.querySelector<HTMLInputElement>('[data-note-attribution]')!;

async function addNote(text: string, who: string) {
  await type(composerText(), text);
  await type(composerWho(), who);
  await click(button('Add note'));
}

beforeEach(async () => {
  useAppStore.setState({ conference: conference() });
  await render();
});

describe('who said a note', () => {
  it('offers the people who could have spoken, then the chair and the minute-taker by name', () => {
    const offered = [...dom.host.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'));
    expect(offered).toEqual([
      'Fiona Baird (Social worker)',
      'Jade Ashdown (Mother)',
      'Kim Ashdown (Aunt)',
      'Gary Wren (Father)',
      'Helen Ward (Chair)',
      'Priya Shah (Minute-taker)',
    ]);
  });

  it('records the chair and the minute-taker as speakers, and empties "Said by" after every note', async () => {
    await addNote('We will hear from each parent in turn.', 'Helen Ward (Chair)');
    expect(composerWho().value).toBe('');
    expect(composerText().value).toBe('');
    await addNote('Jade wants help with mornings.', 'jade ashdown');
    expect(composerWho().value).toBe('');
    // The next note, typed without naming anyone, is nobody's: not Jade's.
    await addNote('The room agreed to take a short break.', '');
    await addNote('Clarified the date of the core group.', 'minute-taker');
    expect(notes().map((n) => [n.text, n.speaker, n.participantId])).toEqual([
      ['We will hear from each parent in turn.', 'chair', undefined],
      ['Jade wants help with mornings.', undefined, 'p-jade'],
      ['The room agreed to take a short break.', undefined, undefined],
      ['Clarified the date of the core group.', 'minute-taker', undefined],
    ]);
    const shown = [...dom.host.querySelectorAll('[data-note-said-by]')].map((s) => s.textContent);
    expect(shown).toEqual([
      'Helen Ward (Chair)',
      'Jade Ashdown (Mother)',
      'Not attributed',
      'Priya Shah (Minute-taker)',
    ]);
  });

  it('refuses someone who was not there, beside the field, and keeps what was typed', async () => {
    await addNote('The GP has no concerns.', 'Dr Patel');
    expect(notes()).toHaveLength(0);
    expect(dom.host.querySelector('.field__error')?.textContent).toBe(
      'Dr Patel is recorded as “Apologies, no report”, so cannot have said this. Pick someone who took part, or correct their attendance under Setup → Participants.',
    );
    expect(composerWho().getAttribute('aria-invalid')).toBe('true');
    expect(composerText().value).toBe('The GP has no concerns.');
    await addNote('Leo drew his three houses.', 'Leo Ashdown');
    expect(notes()).toHaveLength(0);
  });

  it('changes who said a note, and its words, with Edit', async () => {
    await addNote('I will book the dentist.', 'Jade Ashdown');
    await click(button('Edit'));
    const editor = dom.host.querySelector('.note__edit')!;
    const who = editor.querySelector<HTMLInputElement>('input[list]')!;
    expect(who.value).toBe('Jade Ashdown (Mother)');
    await type(who, 'Kim Ashdown');
    await type(editor.querySelector('textarea')!, 'I will book the dentist for Leo.');
    await click(button('Save note', editor));
    expect(notes()[0]).toMatchObject({ text: 'I will book the dentist for Leo.', participantId: 'p-kim' });
    // To the chair: the participant goes, so the note names one speaker only.
    await click(button('Edit'));
    await type(dom.host.querySelector<HTMLInputElement>('.note__edit input[list]')!, 'Helen Ward (Chair)');
    await click(button('Save note'));
    expect(notes()[0]!.speaker).toBe('chair');
    expect('participantId' in notes()[0]!).toBe(false);
    expect(dom.host.querySelector('[data-note-said-by]')?.textContent).toBe('Helen Ward (Chair)');
    // And to nobody.
    await click(button('Edit'));
    await type(dom.host.querySelector<HTMLInputElement>('.note__edit input[list]')!, '');
    await click(button('Save note'));
    expect(notes()[0]!.speaker).toBeUndefined();
    expect(dom.host.querySelector('[data-note-said-by]')?.textContent).toBe('Not attributed');
  });

  it('keeps an edit that names someone who was not there open, with the message beside it', async () => {
    await addNote('I will book the dentist.', 'Jade Ashdown');
    await click(button('Edit'));
    await type(dom.host.querySelector<HTMLInputElement>('.note__edit input[list]')!, 'Nan Ashdown');
    await click(button('Save note'));
    expect(notes()[0]!.participantId).toBe('p-jade');
    expect(dom.host.querySelector('.note__edit .field__error')?.textContent).toContain(
      'Nan Ashdown is recorded as “Not invited”',
    );
  });

  it('saves a corrected note whose speaker’s attendance was changed since, keeping who said it', async () => {
    await addNote('I will book the dentist.', 'Jade Ashdown');
    // The chair corrects Jade's attendance afterwards: she sent apologies after all.
    await act(async () =>
      useAppStore.setState((s) => ({
        conference: {
          ...s.conference!,
          participants: s.conference!.participants.map((p) =>
            p.id === 'p-jade' ? { ...p, attendance: { ...p.attendance, status: 'apologies-no-report' } } : p,
          ),
        },
      })),
    );
    await render();
    await click(button('Edit'));
    await type(dom.host.querySelector<HTMLTextAreaElement>('.note__edit textarea')!, 'I will book the dentist today.');
    await click(button('Save note'));
    expect(dom.host.querySelector('.note__edit')).toBeNull();
    expect(notes()[0]).toMatchObject({ text: 'I will book the dentist today.', participantId: 'p-jade' });
  });

  it('in a separate session, says who its notes are kept from', async () => {
    await render('separate-session');
    expect(dom.host.querySelector('[data-kept-from]')?.textContent).toContain(
      'Notes taken here are kept from Jade Ashdown, Kim Ashdown, Nan Ashdown and Leo Ashdown',
    );
  });
});
