import type { Document } from 'docx';
import { todayIso } from '../format/dates';
import type { Conference } from '../model/conference';
import { DEFAULT_SETTINGS, type OrganisationSettings } from '../model/settings';
import { conferenceDeadlines, type Deadline } from '../procedure/deadlines';
import { documentContext } from './context';
import { decisionLetterView } from './decision-letter';
import { familyPlanCopies } from './exclusion';
import { familyPlanView } from './family-plan';
import { minuteView } from './minute';
import { renderDocument } from './render';
import { hasRestrictedContent, restrictedAnnexView, restrictedContent } from './restricted-annex';
import type { DocumentOptions, DocumentView } from './types';

/**
 * The documents of a conference (issue #5): the professional minute, the restricted annex (only when something is
 * restricted), the family plan (one copy, plus one per family member who was out of part of the meeting) and the
 * chair's decision letter. Two steps, both pure: conference → view models (the words), view model → docx Document
 * (the layout). Packing and writing to disk happen in electron/services/export.ts.
 *
 * Bank holidays must be installed (installHolidaySource) before the deadlines can be counted.
 */

export type BuiltDocument = { view: DocumentView; document: Document };

export function documentViews(
  conference: Conference,
  settings: OrganisationSettings,
  deadlines: Deadline[],
  options: DocumentOptions & { today?: string } = {},
): DocumentView[] {
  const ctx = documentContext(conference, settings, deadlines, { ...options, today: options.today ?? todayIso() });
  const restricted = restrictedContent(conference);
  const annexNeeded = hasRestrictedContent(restricted);
  const copies = familyPlanCopies(conference);
  return [
    minuteView(ctx, copies, annexNeeded),
    ...(annexNeeded ? [restrictedAnnexView(ctx, restricted)] : []),
    ...copies.map((copy) => familyPlanView(ctx, copy)),
    decisionLetterView(ctx),
  ];
}

export function buildDocuments(
  conference: Conference,
  settings: OrganisationSettings = DEFAULT_SETTINGS,
  options: DocumentOptions & { today?: string; deadlines?: Deadline[] } = {},
): BuiltDocument[] {
  const deadlines = options.deadlines ?? conferenceDeadlines(conference, settings.procedure.timescales);
  return documentViews(conference, settings, deadlines, options).map((view) => ({
    view,
    document: renderDocument(view),
  }));
}

export { FAMILY_PLAN_SOURCES, discussedWhileOut, familyPlanCopies } from './exclusion';
export type { FamilyPlanCopy, FamilyPlanPart } from './exclusion';
export { MINUTE_SECTION_ITEMS } from './minute';
export { RESTRICTED_MARK, hasRestrictedContent, restrictedContent } from './restricted-annex';
export type { RestrictedContent } from './restricted-annex';
export { renderDocument } from './render';
export { sanitiseForWord, sanitiseLine, wordRuns } from './sanitise';
export type { Block, DocumentKind, DocumentOptions, DocumentView } from './types';
