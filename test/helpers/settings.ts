import { SettingsStore } from '../../electron/services/settings-store';
import { OrganisationSettings } from '@shared/model/settings';

/**
 * Settings with everything a final export needs (shared/documents/final-check.ts): the team's and the out-of-hours
 * numbers, how to complain and by when. The defaults leave these empty, and a final export with the defaults is
 * refused, so a test that exports final documents starts from these (or from its own complete settings). The numbers
 * are in Ofcom's range for drama (01632 960xxx), which never rings anyone.
 */
export const completeSettings: OrganisationSettings = OrganisationSettings.parse({
  authorityName: 'Northbridge Borough Council',
  teamName: 'Northbridge Children’s Social Work Team',
  teamPhone: '01632 960200',
  outOfHoursPhone: '01632 960299',
  complaintsContact:
    'Write to the Conference and Review Service, Northbridge Borough Council, or email complaints@northbridge.example.',
  complaintsTimeLimitDays: 28,
  advocacyContact: 'Family Rights Group advice line: 0808 801 0366 (free), Monday to Friday.',
});

/** Saves settings into a data folder through the real store, as the settings screen would, before the app starts. */
export async function seedSettings(
  dataFolder: string,
  settings: OrganisationSettings = completeSettings,
): Promise<void> {
  const saved = await new SettingsStore({ dataFolder }).save(settings);
  if (!saved.ok) throw new Error(saved.message);
}
