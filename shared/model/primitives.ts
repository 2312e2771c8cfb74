import { z } from 'zod';

/**
 * Calendar dates are ISO `YYYY-MM-DD` strings everywhere in the model. A Date object carries a time zone, and a
 * review date that shifts by a day because the laptop is set to another zone is a safeguarding failure.
 */
export const IsoDate = z.iso.date({ error: 'Enter a date as YYYY-MM-DD (for example 2026-12-01).' });
export type IsoDate = z.infer<typeof IsoDate>;

/** A wall-clock time on the conference day, `HH:MM` 24-hour. */
export const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Enter a time as HH:MM, for example 14:00.' });
export type ClockTime = z.infer<typeof ClockTime>;

/** An instant (autosave stamps, note times): full ISO date-time with offset. */
export const Instant = z.iso.datetime({ offset: true });
export type Instant = z.infer<typeof Instant>;

export const EntityId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'Identifiers use letters, digits, - and _ only.' });
export type EntityId = z.infer<typeof EntityId>;

/** How long a text may be: the screens' inputs check the same limits (renderer/src/components/fields.tsx). */
export const TEXT_MAX = 200_000;
export const SHORT_TEXT_MAX = 500;

/** Free text typed in the meeting. Long on purpose: a 10,000-word note must save. */
export const Text = z.string().max(TEXT_MAX);
export const ShortText = z.string().max(SHORT_TEXT_MAX);
