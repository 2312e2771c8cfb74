import { z } from 'zod';
import { ProcedureOverrides } from './procedure-settings';
import { Nation } from './conference';
import { ShortText, Text } from './primitives';

/**
 * The organisation's own settings: who it is, how families reach it, and the local timescales it has chosen. Used
 * in document headers, footers and contact sections, and by the date engine for local (not statutory) rules.
 */
export const SETTINGS_VERSION = 1 as const;

export const OrganisationSettings = z.object({
  settingsVersion: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  /** Where the organisation works: the default for new conferences, and whose defaults the settings screen shows. */
  homeNation: Nation.default('england'),
  authorityName: ShortText.default(''),
  teamName: ShortText.default(''),
  teamPhone: ShortText.default(''),
  outOfHoursPhone: ShortText.default(''),
  /** How to complain about a conference: who to write to, and by when (e.g. within 28 days). */
  complaintsContact: Text.default(''),
  /**
   * How long a family has to complain about a conference, in calendar days from the meeting (local procedures: often
   * 28). Unset until the organisation says: a final export asks for it rather than printing a guess.
   */
  complaintsTimeLimitDays: z.int().min(1).max(365).optional(),
  /**
   * How long a reader has to say that something in the papers is wrong, in working days from the day they are issued
   * (Wales: corrections to the chair within 10 working days of receipt).
   */
  correctionsWorkingDays: z.int().min(1).max(60).default(10),
  /** Independent advocacy and advice for parents (e.g. a national family rights advice line). */
  advocacyContact: Text.default(''),
  /**
   * What the lead professional is called here, where it is not the nation's word: England's reforms name a "lead
   * child protection practitioner" in multi-agency child protection teams. Empty: the nation's profile decides.
   */
  leadProfessionalTitle: ShortText.default(''),
  /** Protective marking printed on every page of professional documents. */
  protectiveMarking: ShortText.default('OFFICIAL-SENSITIVE'),
  /** A small logo as a data URL (PNG or JPEG), for document headers. */
  logoDataUrl: z
    .string()
    .max(400_000, { error: 'The logo must be smaller than about 300 kB.' })
    .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, { error: 'The logo must be a PNG or JPEG image.' })
    .optional(),
  procedure: ProcedureOverrides.default({ timescales: {}, categories: { oneCategoryOnly: false } }),
});
export type OrganisationSettings = z.infer<typeof OrganisationSettings>;

export const DEFAULT_SETTINGS: OrganisationSettings = OrganisationSettings.parse({});
