import type { Participant } from '../model/conference';
import type { DocumentContext } from './context';
import type { FamilyPlanCopy } from './exclusion';
import { recordLabel } from './people';

/**
 * Who receives what (agenda: distribution). Family members never receive the restricted annex; someone who was out of
 * part of the meeting gets their own copy of the family plan and only the parts of the minutes they attended.
 */

const receivesNothing = (p: Participant) => p.attendance.status === 'not-invited' || p.kind === 'interpreter';

export function minuteDistribution(
  ctx: DocumentContext,
  copies: readonly FamilyPlanCopy[],
  annexNeeded: boolean,
): string[][] {
  return ctx.conference.participants
    .filter((p) => !receivesNothing(p))
    .map((p) => {
      const own = copies.find((c) => c.ownCopyFor?.id === p.id);
      const what = ((): string => {
        switch (p.kind) {
          case 'professional':
            return annexNeeded ? 'Decision letter; minutes; restricted annex' : 'Decision letter; minutes';
          case 'family':
            return own
              ? `Decision letter; own copy of the family plan (${own.fileName}); the minutes of the parts they attended, without the restricted annex`
              : 'Decision letter; family plan (family-plan.docx); minutes without the restricted annex';
          case 'advocate':
            return 'Decision letter; minutes without the restricted annex';
          case 'supporter':
            return 'Copies only with the agreement of the parent they support';
          case 'child':
            return 'A letter about the outcome written for their age (sent separately)';
          case 'interpreter':
            return '';
        }
      })();
      return [recordLabel(p), what];
    });
}

/** The restricted annex goes to professionals only. */
export function annexDistribution(ctx: DocumentContext): string[][] {
  return ctx.conference.participants
    .filter((p) => p.kind === 'professional' && !receivesNothing(p))
    .map((p) => [recordLabel(p), 'Restricted annex (keep separately from the minutes)']);
}
