import { formatDateLong } from '../format/dates';
import type { Nation } from '../model/conference';
import { capitalise } from '../wording/sentences';
import { addCalendarDays, addWorkingDays, workingDayOnOrAfter } from '../procedure/working-days';
import type { DocumentContext } from './context';
import type { Block, Fact } from './types';

/**
 * How a family member disagrees, complains, or corrects the papers: the same words in the family plan and the
 * decision letter. A parent is never sent back to the person they may want to complain about ("ask the chair how"):
 * they are told who chaired, where to write, by when, and that the decision stands meanwhile.
 *
 * The dates are worked out here, not typed: the complaint time limit is calendar days from the meeting (local
 * procedures say "within 28 days"); the corrections window is working days from the day the papers are issued, in
 * the nation's calendar (Wales: corrections to the chair within 10 working days of receipt).
 */

/** The advice line for parents where the organisation has not set one of its own. England only: it serves England. */
const NATIONAL_ADVICE: Partial<Record<Nation, string>> = {
  england: 'Family Rights Group, phone 0808 801 0366, Monday to Friday. It advises parents and families.',
};

/**
 * Free, independent advice for parents, printed after "Free, independent advice:": the organisation's setting, else a
 * national line, else who to ask.
 */
export function adviceLine(ctx: DocumentContext, lead: string): string {
  const set = ctx.settings.advocacyContact.trim();
  if (set) return set;
  return NATIONAL_ADVICE[ctx.conference.details.nation] ?? `Ask ${lead} where to get it.`;
}

/** The last day to complain, when the organisation has set a time limit. */
export function complaintDeadline(ctx: DocumentContext): string | undefined {
  const days = ctx.settings.complaintsTimeLimitDays;
  if (!days) return undefined;
  // A last day on a weekend or bank holiday moves to the next working day: nobody can be asked to post a letter on a
  // day the office is shut.
  return workingDayOnOrAfter(ctx.conference.details.nation, addCalendarDays(ctx.conference.details.date, days));
}

/** The last day to say something in the papers is wrong. */
export function correctionsDeadline(ctx: DocumentContext): string {
  return addWorkingDays(ctx.conference.details.nation, ctx.issuedOn, ctx.settings.correctionsWorkingDays);
}

/**
 * The family's part on disagreeing: who chaired, how and by when to complain, that the decision stands, how to put
 * the papers right, and where to get advice (left out where the document has already given it). `lead` is how the
 * reader knows the lead social worker ("Rhys Morgan (social worker)"); `papers` says which papers the corrections date is
 * for ("this plan"): the minutes come later and give their own.
 */
export function challengeBlocks(
  ctx: DocumentContext,
  lead: string,
  { advice = true, papers }: { advice?: boolean; papers: string },
): Block[] {
  const { conference, settings } = ctx;
  const chair = conference.details.chair.trim();
  const byWhen = complaintDeadline(ctx);
  const facts: Fact[] = [
    {
      label: 'How to complain',
      value: settings.complaintsContact.trim() || `Ask ${lead} for the complaints team’s address.`,
    },
    ...(byWhen
      ? [
          {
            label: 'Complain by',
            value: `${formatDateLong(byWhen)}. You have ${settings.complaintsTimeLimitDays} days from the meeting.`,
          },
        ]
      : []),
    ...(advice ? [{ label: 'Free, independent advice', value: adviceLine(ctx, lead) }] : []),
  ];
  const appeal = conference.details.nation === 'northern-ireland' ? ' You can also appeal the category.' : '';
  return [
    {
      kind: 'paragraph',
      text:
        (chair ? `${chair} chaired the meeting. ` : '') +
        'If you disagree with a decision, or with how the meeting was run, you can complain.' +
        appeal,
    },
    { kind: 'facts', facts },
    { kind: 'paragraph', text: 'The decision stays in place while your complaint is looked at.' },
    {
      kind: 'paragraph',
      text:
        `If something in ${papers} is wrong, tell ${chair ? `the chair, ${chair},` : 'the chair'} by ` +
        `${formatDateLong(correctionsDeadline(ctx))}. ${capitalise(lead)} can pass it on for you.`,
    },
  ];
}
