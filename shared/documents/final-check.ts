import type { Conference } from '../model/conference';
import type { OrganisationSettings } from '../model/settings';

/**
 * What the final documents cannot go without (issue #12). A family reads the plan and the letter to know how to
 * complain, by when, and whom to ring, day or night; without these the documents send them back to the person they
 * may want to complain about, or leave them with no number at 2 a.m. A final export stops until each is filled in; a
 * draft is written and says what is still missing.
 *
 * Each message names the setting or field and where to put it right, in the words of the screens: the settings screen
 * ("Settings → How families reach us") and the conference's setup ("Setup → Details").
 */

/** Something the final documents need, and where to fill it in. */
export type MissingForFinal = {
  /** The setting or field: a key of the settings, or a field path of the conference. */
  key: 'complaintsContact' | 'complaintsTimeLimitDays' | 'teamPhone' | 'outOfHoursPhone' | 'details.chair';
  /** What it is, in a few words, as the screen labels it. */
  label: string;
  /** That it is missing and where to fill it in. */
  message: string;
};

/** Where the organisation's contacts are filled in: the settings screen's section. */
export const FAMILY_CONTACTS_SECTION = 'How families reach us';

const IN_SETTINGS = `Settings → ${FAMILY_CONTACTS_SECTION}`;

const blank = (value: string | undefined) => (value ?? '').trim() === '';

/** The organisation's settings the final documents need, in the order the settings screen shows them. */
export function missingSettingsForFinal(settings: OrganisationSettings): MissingForFinal[] {
  const missing: MissingForFinal[] = [];
  if (blank(settings.teamPhone)) {
    missing.push({
      key: 'teamPhone',
      label: 'Team phone',
      message: `The team’s phone number is missing: fill it in at ${IN_SETTINGS}: Team phone.`,
    });
  }
  if (blank(settings.outOfHoursPhone)) {
    missing.push({
      key: 'outOfHoursPhone',
      label: 'Out-of-hours phone',
      message: `The out-of-hours phone number is missing: fill it in at ${IN_SETTINGS}: Out-of-hours phone.`,
    });
  }
  if (blank(settings.complaintsContact)) {
    missing.push({
      key: 'complaintsContact',
      label: 'How to complain',
      message: `Who a family complains to is missing: fill it in at ${IN_SETTINGS}: How to complain.`,
    });
  }
  if (settings.complaintsTimeLimitDays === undefined) {
    missing.push({
      key: 'complaintsTimeLimitDays',
      label: 'Time limit for a complaint',
      message:
        `How long a family has to complain is missing: fill it in at ${IN_SETTINGS}: ` +
        'Time limit for a complaint (days).',
    });
  }
  return missing;
}

/** Everything the final documents of this conference still need; empty when they can be written. */
export function missingForFinal(conference: Conference, settings: OrganisationSettings): MissingForFinal[] {
  const missing = missingSettingsForFinal(settings);
  if (blank(conference.details.chair)) {
    missing.push({
      key: 'details.chair',
      label: 'Chair',
      message: 'The chair’s name is missing: fill it in at Setup → Details: Chair, in this conference.',
    });
  }
  return missing;
}

/** The first sentence of the refusal: that nothing was written, and how many things are missing. */
export function missingHeadline(missing: readonly MissingForFinal[]): string {
  if (missing.length === 0) return 'The final documents have everything they need.';
  const count = missing.length === 1 ? 'one thing' : `${missing.length} things`;
  return `The final documents were not written: they need ${count} that families rely on.`;
}

/** One paragraph for the person exporting: that nothing was written, and each thing to fill in. */
export function missingSummary(missing: readonly MissingForFinal[]): string {
  return [missingHeadline(missing), ...missing.map((m) => m.message)].join(' ');
}
