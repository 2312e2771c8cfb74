// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { nextSharedScreenView } from '../../../renderer/src/shared-screen/SharedScreenApp';
import { HOLDING_MESSAGE } from '@shared/shared-screen/plain-words';
import type { HoldingView, SharedScreenView, WelcomeView } from '@shared/shared-screen/types';

const welcome = (conferenceId: string, child: string): WelcomeView => ({
  mode: 'welcome',
  conferenceId,
  meetingName: 'Review child protection conference',
  zoom: 1,
  localAuthority: 'Westbrook',
  dateInWords: 'Tuesday 1 December 2026',
  startTimeInWords: '2pm',
  childrenNames: [child],
  message: 'The meeting will start shortly',
});

const holding = (conferenceId?: string): HoldingView => ({
  mode: 'holding',
  ...(conferenceId === undefined ? {} : { conferenceId }),
  meetingName: '',
  zoom: 1,
  message: HOLDING_MESSAGE,
});

/** The shared screen's view after each arrival, in order. */
const sharedScreenAfter = (arrivals: SharedScreenView[]) =>
  arrivals.reduce<SharedScreenView | null>((shown, incoming) => nextSharedScreenView(shown, incoming), null);

describe('the shared-screen window keeps to one conference (second lock behind main)', () => {
  it('a shared screen following conference A ignores a view for conference B', () => {
    expect(sharedScreenAfter([welcome('conf_a', 'Zephyrine'), welcome('conf_b', 'Bartholomew')])).toEqual(
      welcome('conf_a', 'Zephyrine'),
    );
  });

  it('after the holding view main sends when B is opened, it takes B’s views and no longer A’s', () => {
    const shown = sharedScreenAfter([
      welcome('conf_a', 'Zephyrine'),
      holding('conf_b'),
      welcome('conf_a', 'Zephyrine'),
    ]);
    expect(shown).toEqual(holding('conf_b'));
    expect(nextSharedScreenView(shown, welcome('conf_b', 'Bartholomew'))).toEqual(welcome('conf_b', 'Bartholomew'));
  });

  it('after a close (a holding view naming no conference) it takes no family’s view until one is opened', () => {
    expect(sharedScreenAfter([welcome('conf_a', 'Zephyrine'), holding(), welcome('conf_a', 'Zephyrine')])).toEqual(
      holding(),
    );
  });

  it('a shared screen just opened shows the first view it is given (main chose it)', () => {
    expect(sharedScreenAfter([welcome('conf_b', 'Bartholomew')])).toEqual(welcome('conf_b', 'Bartholomew'));
  });
});
