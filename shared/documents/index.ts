import type { Document } from 'docx';
import { DOCUMENT_ORDER, distributionList } from '../audience/distribution';
import { ReaderView, isFamilySide, readerFor, type Reader } from '../audience/visibility';
import { todayIso } from '../format/dates';
import type { DistributedDocument } from '../model/audience';
import type { Conference, Participant } from '../model/conference';
import { DEFAULT_SETTINGS, type OrganisationSettings } from '../model/settings';
import { conferenceDeadlines, type Deadline } from '../procedure/deadlines';
import { documentContext, type DocumentContext } from './context';
import { FileNames, groupCopies, groupSlug, nameCopies, personSlug } from './copies';
import { decisionLetterBlocks, decisionLetterView } from './decision-letter';
import type { DistributionRow } from './distribution';
import { familyPlanContent, familyPlanView } from './family-plan';
import { Gate } from './gate';
import { minuteView, type MinuteCopy } from './minute';
import { renderDocument } from './render';
import { hasRestrictedContent, restrictedAnnexView, restrictedContent } from './restricted-annex';
import type { DocumentOptions, DocumentView } from './types';

/**
 * The documents of a conference: the distribution set (issue #10, item 4). Every copy is computed for its reader from
 * the audience of each text (and, for a family member's record of the meeting, from when they were in the room);
 * recipients whose copies come out the same share one file. The set:
 *
 * - `minute.docx`, the professional minute, for every professional set to receive the minutes; a professional from
 *   whom the chair withheld something gets `minutes-<name>.docx` instead (professionals with the same withheld items
 *   share one);
 * - `minutes-<name>.docx` for each family member, advocate or supporter set to receive the minutes: their own copy;
 * - `restricted-annex.docx`, only when something is restricted or a closed session was held, for the professionals
 *   the chair names;
 * - `family-plan.docx` for the family members whose plans are the same, and `family-plan-<name>.docx` for anyone
 *   whose plan differs;
 * - `decision-letter.docx` for everyone whose letter is the same, and `decision-letter-<name>.docx` for anyone whose
 *   letter differs, and always for a parent attending separately.
 *
 * Who receives what comes from the distribution list (shared/audience/distribution.ts), and the minutes print the
 * same assignment of files to people as `recipients` on each view. A family plan or decision letter nobody is set to
 * receive yet is still written once, for the family in general, so the chair has one to give out.
 *
 * Two steps, both pure: conference → view models (the words), view model → docx Document (the layout). Packing and
 * writing to disk happen in electron/services/export.ts. Bank holidays must be installed (installHolidaySource)
 * before the deadlines can be counted.
 */

export type BuiltDocument = { view: DocumentView; document: Document };

export function documentViews(
  conference: Conference,
  settings: OrganisationSettings,
  deadlines: Deadline[],
  options: DocumentOptions & { today?: string } = {},
): DocumentView[] {
  const ctx = documentContext(conference, settings, deadlines, { ...options, today: options.today ?? todayIso() });
  const lines = distributionList(conference);
  const receiving = (document: DistributedDocument) =>
    lines.filter((l) => l.receives.includes(document)).map((l) => l.participant);
  const names = new FileNames();
  const gate = (reader: Reader) => new Gate(new ReaderView(conference, reader, ctx.index));

  // The minutes' file names come first: `minute.docx` is always the professional minute.
  const minuteCopies = minuteAssignments(ctx, receiving('minutes'), names, gate);
  const plans = familyPlans(ctx, receiving('family-plan'), names, gate);
  const letters = decisionLetters(ctx, receiving('decision-letter'), names, gate);
  const content = restrictedContent(conference, ctx.index);
  const annex = hasRestrictedContent(content)
    ? restrictedAnnexView(
        ctx,
        content,
        receiving('restricted-annex').filter((p) => !isFamilySide(p)),
      )
    : undefined;

  // The distribution list printed in the minutes: exactly the files each person is sent.
  const sent: { document: DistributedDocument; fileName: string; recipients: readonly Participant[] }[] = [
    ...minuteCopies.map((c) => ({ document: 'minutes' as const, fileName: c.fileName, recipients: c.recipients })),
    ...(annex
      ? [{ document: 'restricted-annex' as const, fileName: annex.fileName, recipients: annex.recipients }]
      : []),
    ...plans.map((v) => ({ document: 'family-plan' as const, fileName: v.fileName, recipients: v.recipients })),
    ...letters.map((v) => ({ document: 'decision-letter' as const, fileName: v.fileName, recipients: v.recipients })),
  ];
  const rows: DistributionRow[] = lines.map((line) => ({
    line,
    files: sent
      .filter((s) => s.recipients.some((p) => p.id === line.participant.id))
      .sort((a, b) => DOCUMENT_ORDER.indexOf(a.document) - DOCUMENT_ORDER.indexOf(b.document))
      .map(({ document, fileName }) => ({ document, fileName })),
  }));
  const setting = { rows, annexWritten: annex !== undefined };

  return [
    ...minuteCopies.map((copy) => minuteView(ctx, copy, setting)),
    ...(annex ? [annex] : []),
    ...plans,
    ...letters,
  ];
}

/**
 * Who gets which copy of the minutes. Professionals read the same minute unless the chair withheld something from
 * one of them; each family-side recipient has their own copy, because the record follows when they were in the room.
 */
function minuteAssignments(
  ctx: DocumentContext,
  recipients: readonly Participant[],
  names: FileNames,
  gate: (reader: Reader) => Gate,
): MinuteCopy[] {
  const professionals = recipients.filter((p) => !isFamilySide(p));
  const family = recipients.filter(isFamilySide);
  const withheldFrom = (person: Participant) => {
    const view = new ReaderView(ctx.conference, { kind: 'professional', participant: person }, ctx.index);
    return ctx.index.all
      .filter((t) => {
        const seen = view.sees(t.ref);
        return !seen.shown && seen.why === 'withheld';
      })
      .map((t) => t.ref)
      .join('\n');
  };
  // The content compared is what is withheld from them: nothing else differs between professionals.
  const groups = groupCopies(
    professionals.map((p) => {
      const key = withheldFrom(p);
      return { recipient: p, content: key, key };
    }),
  );
  // Everyone with nothing withheld reads the minute written for no one in particular.
  const full = groups.find((g) => g.content === '');
  const copies: MinuteCopy[] = [
    {
      fileName: names.take('minute'),
      recipients: full?.recipients ?? [],
      reading: 'professional',
      own: false,
      gate: gate({ kind: 'professional' }),
    },
  ];
  for (const group of groups) {
    const [first] = group.recipients;
    if (group === full || !first) continue;
    copies.push({
      fileName: names.take(`minutes-${groupSlug(group.recipients)}`),
      recipients: group.recipients,
      reading: 'professional',
      own: true,
      gate: gate({ kind: 'professional', participant: first }),
    });
  }
  for (const person of family) {
    copies.push({
      fileName: names.take(`minutes-${personSlug(person)}`),
      recipients: [person],
      reading: 'family',
      own: true,
      gate: gate({ kind: 'family', participant: person }),
    });
  }
  return copies;
}

/**
 * The family plan for each recipient, computed for them; recipients whose plans come out the same share a file.
 * Nobody set to receive it yet: one copy for the family in general, with only what everyone may see.
 */
function familyPlans(
  ctx: DocumentContext,
  recipients: readonly Participant[],
  names: FileNames,
  gate: (reader: Reader) => Gate,
): DocumentView[] {
  if (!recipients.length) {
    const content = familyPlanContent(ctx, gate({ kind: 'wall' }));
    return [familyPlanView(ctx, { fileName: names.take('family-plan'), recipients: [], content, own: false })];
  }
  const built = recipients.map((person) => {
    const reader = gate(readerFor(person));
    const content = familyPlanContent(ctx, reader);
    // A shared copy names everyone it is for: people who may not know of one another do not share one.
    const unknown = recipients.filter((p) => !reader.view.shows(`participant:${p.id}`)).map((p) => p.id);
    return { recipient: person, content, key: JSON.stringify([content, unknown]) };
  });
  const groups = nameCopies('family-plan', groupCopies(built), names);
  return groups.map((g) =>
    familyPlanView(ctx, {
      fileName: g.fileName,
      recipients: g.recipients,
      content: g.content,
      own: g.fileName !== 'family-plan.docx',
    }),
  );
}

/**
 * The decision letter for each recipient, computed for them; letters that come out the same share a file. A parent
 * attending separately always has their own, addressed to them.
 */
function decisionLetters(
  ctx: DocumentContext,
  recipients: readonly Participant[],
  names: FileNames,
  gate: (reader: Reader) => Gate,
): DocumentView[] {
  if (!recipients.length) {
    const blocks = decisionLetterBlocks(ctx, gate({ kind: 'wall' }), recipients);
    return [decisionLetterView(ctx, { fileName: names.take('decision-letter'), recipients: [], blocks })];
  }
  const separate = (p: Participant) => isFamilySide(p) && p.attendance.status === 'attended-separately';
  const built = recipients.map((person) => {
    const blocks = decisionLetterBlocks(
      ctx,
      gate(readerFor(person)),
      recipients,
      separate(person) ? person : undefined,
    );
    return { recipient: person, content: blocks, key: JSON.stringify(blocks), alone: separate(person) };
  });
  const groups = nameCopies('decision-letter', groupCopies(built), names, (g) => g.recipients.some(separate));
  return groups.map((g) => {
    const addressee = g.recipients.find(separate);
    return decisionLetterView(ctx, {
      fileName: g.fileName,
      recipients: g.recipients,
      blocks: g.content,
      ...(addressee ? { addressee } : {}),
    });
  });
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

export { fileSlug } from './copies';
export { MINUTE_SECTION_ITEMS } from './minute';
export { RESTRICTED_MARK, hasRestrictedContent, restrictedContent } from './restricted-annex';
export type { RestrictedContent } from './restricted-annex';
export { renderDocument } from './render';
export { sanitiseForWord, sanitiseLine, wordRuns } from './sanitise';
export type { Block, DocumentKind, DocumentOptions, DocumentView } from './types';
