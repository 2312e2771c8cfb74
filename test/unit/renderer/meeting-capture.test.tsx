// @vitest-environment happy-dom
import { act, type ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useReactHost } from '../../helpers/react-host';
import { SharedScreenViewDisplay, READ_BACK_STEP } from '../../../renderer/src/shared-screen/SharedScreenApp';
import { ExportDialog } from '../../../renderer/src/screens/ExportDialog';
import { MeetingEndStatus, EndMeetingButton, MeetingTimes } from '../../../renderer/src/screens/meeting/MeetingEnd';
import { ChildVoiceCapture } from '../../../renderer/src/screens/meeting/OtherCaptures';
import { ScalingCapture } from '../../../renderer/src/screens/meeting/ScalingCapture';
import { ScreenControl, useSharedScreenPublisher } from '../../../renderer/src/screens/meeting/ScreenControl';
import { useAppStore } from '../../../renderer/src/store';
import type { Conference, ConferenceInput } from '@shared/model/conference';
import type { SharedScreenView, ReadBackView } from '@shared/shared-screen/types';
import { conferenceWith } from '../procedure/fixtures';

const published = vi.hoisted(() => [] as unknown[]);

// The store saves through the bridge and the chair's window publishes the shared screen's view through it; here nothing
// leaves the test, and the views published are kept to be read (vi.mock is hoisted above the imports).
vi.mock('../../../renderer/src/bridge', () => ({
  bridge: {
    saveConference: vi.fn(async () => ({ ok: true, value: { savedAt: '2026-12-01T14:00:00.000Z', revision: 'r1' } })),
    publishSharedScreenView: vi.fn(async (view: unknown) => {
      published.push(view);
      return { ok: true, value: { listeners: 1 } };
    }),
  },
  sharedScreenBridge: vi.fn(),
}));

/** Tue 1 Dec 2026 (UK time is UTC), 14:00 to 15:45: a mother, an aunt excluded for part, a father and professionals. */
function conference(extra: Partial<ConferenceInput> = {}): Conference {
  return conferenceWith({
    details: { type: 'initial', nation: 'england', date: '2026-12-01', startTime: '14:00', endTime: '15:45' },
    children: [
      { id: 'c-leo', givenName: 'Leo' },
      { id: 'c-poppy', givenName: 'Poppy' },
      { id: 'c-unborn', givenName: '', unborn: true, expectedDeliveryDate: '2027-02-20' },
    ],
    participants: [
      { id: 'p-sw', name: 'Fiona Baird', kind: 'professional', attendance: { status: 'present' } },
      { id: 'p-hv', name: 'Hana Visitor', kind: 'professional', attendance: { status: 'remote' } },
      { id: 'p-jade', name: 'Jade Ashdown', kind: 'family', attendance: { status: 'present' } },
      { id: 'p-kim', name: 'Kim Ashdown', kind: 'family', attendance: { status: 'excluded-part' } },
      { id: 'p-ray', name: 'Ray Ashdown', kind: 'family', attendance: { status: 'excluded-part' } },
      { id: 'p-gp', name: 'Dr Patel', kind: 'professional', attendance: { status: 'apologies-no-report' } },
      {
        id: 'p-leo',
        name: 'Leo Ashdown',
        kind: 'child',
        childId: 'c-leo',
        attendance: { status: 'child-not-attending', viewsGatheredBy: 'direct-work' },
      },
    ],
    agenda: {
      meetingStartedAt: '2026-12-01T14:00:00.000Z',
      currentItemKey: 'scaling',
      items: { scaling: { visits: [{ from: '2026-12-01T15:00:00.000Z', to: '2026-12-01T15:10:00.000Z' }] } },
    },
    closedSessions: [
      {
        id: 'cs1',
        startedAt: '2026-12-01T14:20:00.000Z',
        endedAt: '2026-12-01T14:40:00.000Z',
        reason: 'Police information.',
        excludedParticipantIds: ['p-kim', 'p-ray', 'p-jade'],
      },
    ],
    ...extra,
  });
}

const dom = useReactHost();

const show = (node: ReactNode) => act(async () => dom.root.render(node));
const state = () => useAppStore.getState();
const click = (el: Element | undefined) => act(async () => (el as HTMLElement).click());
const button = (name: string | RegExp, within: ParentNode = document.body) =>
  [...within.querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? ''),
  );
function choose(select: HTMLSelectElement, value: string) {
  return act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  return act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const fieldByLabel = (label: string, within: ParentNode = dom.host) => {
  const l = [...within.querySelectorAll('label')].find((x) => x.textContent === label);
  return within.querySelector<HTMLInputElement>(`#${CSS.escape(l!.htmlFor)}`)!;
};

beforeEach(() => {
  useAppStore.setState({ conference: conference(), screen: { mode: 'welcome', zoom: 1 }, readBackPage: 0 });
  published.length = 0;
});

describe('scaling', () => {
  it('offers everyone in the room when it was done, family members excluded for another part included', async () => {
    await show(<ScalingCapture conference={state().conference!} />);
    const rows = [...dom.host.querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent);
    expect(rows).toEqual([
      'Fiona Baird (professional)',
      'Hana Visitor (professional)',
      'Jade Ashdown (family)',
      'Kim Ashdown (family)',
      'Ray Ashdown (family)',
    ]);
  });
});

describe('what the children told us', () => {
  const group = (legend: string) =>
    [...dom.host.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === legend)!;
  const voices = () => state().conference!.childVoices.map((v) => [v.childId, v.method]);

  it('offers nothing to add for an unborn baby, in sentence case', async () => {
    await show(<ChildVoiceCapture conference={state().conference!} />);
    const baby = group('The baby');
    expect(button(/told us/, baby)).toBeUndefined();
    expect(baby.textContent).toContain('The baby is not born yet, so has no views of their own to record.');
    expect(baby.textContent).toContain('say about the baby goes');
  });

  it('takes how a child’s views were gathered from their attendance, and makes the chair choose otherwise', async () => {
    const render = () => show(<ChildVoiceCapture conference={state().conference!} />);
    await render();
    await click(button('Add what Leo told us', group('Leo')));
    expect(voices()).toEqual([['c-leo', 'direct-work']]);
    // Nothing recorded for Poppy: no "advocate" guessed; a choice is asked for first.
    await render();
    await click(button('Add what Poppy told us', group('Poppy')));
    expect(voices()).toHaveLength(1);
    await render();
    const chooser = fieldByLabel('How we heard from them', group('Poppy')) as unknown as HTMLSelectElement;
    expect(chooser.value).toBe('');
    await choose(chooser, 'letter');
    expect(voices()).toEqual([
      ['c-leo', 'direct-work'],
      ['c-poppy', 'letter'],
    ]);
  });
});

describe('ending the meeting', () => {
  const everything = () => (
    <>
      <EndMeetingButton conference={state().conference!} />
      <MeetingEndStatus conference={state().conference!} />
      <MeetingTimes conference={state().conference!} />
    </>
  );
  /** Re-renders from the store, as MeetingTab does. */
  function Live() {
    useAppStore((s) => s.conference);
    return everything();
  }

  it('ends with a confirm (a closed session still open ends with it), and the chair can reopen', async () => {
    useAppStore.setState({
      conference: conference({
        closedSessions: [{ id: 'open', startedAt: '2026-12-01T15:20:00.000Z', excludedParticipantIds: ['p-jade'] }],
      }),
    });
    await show(<Live />);
    await click(button('End the meeting…'));
    const dialog = document.querySelector('dialog')!;
    expect(dialog.textContent).toContain('The closed session ends too.');
    await click(button('End the meeting', dialog));
    const ended = state().conference!;
    expect(ended.agenda.meetingEndedAt).toBeDefined();
    expect(ended.closedSessions[0]!.endedAt).toBe(ended.agenda.meetingEndedAt);
    expect(state().itemOpenedAt).toBeNull();
    expect(dom.host.querySelector('[data-meeting-ended]')?.textContent).toContain('The meeting ended at');
    expect(button('End the meeting…')).toBeUndefined();
    await click(button('Reopen the meeting'));
    expect(state().conference!.agenda.meetingEndedAt).toBeUndefined();
    expect(state().conference!.agenda.meetingStartedAt).toBe('2026-12-01T14:00:00.000Z');
    expect(state().itemOpenedAt).not.toBeNull();
    expect(button('End the meeting…')).toBeDefined();
  });

  it('lets the chair correct a closed session’s times, with a message beside a time outside the meeting', async () => {
    await show(<Live />);
    const session = [...dom.host.querySelectorAll('fieldset')].find(
      (f) => f.querySelector('legend')?.textContent === 'Closed session 1',
    )!;
    const started = fieldByLabel('Started', session);
    expect(started.value).toBe('14:20');
    await type(started, '14:25');
    expect(state().conference!.closedSessions[0]!.startedAt).toBe('2026-12-01T14:25:00.000Z');
    // Before the meeting started (14:00): saved, and said beside the field.
    await type(fieldByLabel('Started', session), '13:50');
    expect(state().conference!.closedSessions[0]!.startedAt).toBe('2026-12-01T13:50:00.000Z');
    expect(session.querySelector('.field__error')?.textContent).toBe(
      '13:50 is before the meeting started (14:00). Enter a time during the meeting.',
    );
    await type(fieldByLabel('Started', session), '14:20');
    await type(fieldByLabel('Ended', session), '14:10');
    expect(session.querySelector('.field__error')?.textContent).toBe(
      'The closed session cannot end (14:10) before it started (14:20). Check both times.',
    );
    // The reason is a box of several lines.
    const why = fieldByLabel('Why (for the restricted annex)', session);
    expect(why.tagName).toBe('TEXTAREA');
    await type(why, 'Police information.\nShared by DC Brooke.');
    expect(state().conference!.closedSessions[0]!.reason).toBe('Police information.\nShared by DC Brooke.');
  });

  it('makes the export final by default once the meeting has ended, even with the dialog already open', async () => {
    await show(<ExportDialog onClose={() => undefined} />);
    const draft = () =>
      [...document.querySelectorAll<HTMLInputElement>('dialog input[type="checkbox"]')].find((i) =>
        i.parentElement?.textContent?.includes('Draft (marked DRAFT on every page)'),
      )!;
    expect(draft().checked).toBe(true);
    await act(async () => state().endMeeting());
    expect(draft().checked).toBe(false);
    await act(async () => state().reopenMeeting());
    expect(draft().checked).toBe(true);
  });
});

describe('scrolling the read-back on the shared screen from the chair’s window', () => {
  function Chair() {
    const { view, leaks } = useSharedScreenPublisher();
    return <ScreenControl view={view} leaks={leaks} />;
  }
  const lastView = () => published.at(-1) as SharedScreenView;

  it('sends page down and page up to the shared screen with the view, and starts a new child at the top', async () => {
    useAppStore.setState({ screen: { mode: 'read-back', zoom: 1, readBackChildId: 'c-leo' } });
    await show(<Chair />);
    expect(lastView()).toMatchObject({ mode: 'read-back', childId: 'c-leo' });
    expect((lastView() as ReadBackView).page ?? 0).toBe(0);
    expect(button('▲ Page up')?.disabled).toBe(true);
    await click(button('▼ Page down'));
    await click(button('▼ Page down'));
    expect(state().readBackPage).toBe(2);
    expect((lastView() as ReadBackView).page).toBe(2);
    expect(dom.host.querySelector('[data-read-back-page]')?.textContent).toBe('Screen 3');
    await click(button('▲ Page up'));
    expect((lastView() as ReadBackView).page).toBe(1);
    await act(async () => state().setScreen({ ...state().screen, readBackChildId: 'c-poppy' }));
    expect(lastView()).toMatchObject({ mode: 'read-back', childId: 'c-poppy' });
    expect((lastView() as ReadBackView).page ?? 0).toBe(0);
  });

  it('the shared screen scrolls its window to the page the chair chose', async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    useAppStore.setState({ screen: { mode: 'read-back', zoom: 1, readBackChildId: 'c-leo' }, readBackPage: 2 });
    let view: SharedScreenView | null = null;
    function Grab() {
      view = useSharedScreenPublisher().view;
      return null;
    }
    await show(<Grab />);
    await show(<SharedScreenViewDisplay view={view} />);
    expect(scrollTo).toHaveBeenLastCalledWith({ top: 2 * window.innerHeight * READ_BACK_STEP, behavior: 'instant' });
    scrollTo.mockRestore();
  });
});
