import type { Document } from 'docx';
import {
  DOCUMENT_ORDER,
  childrenToWriteTo,
  distributionList,
  namedRecipients,
  type DistributionLine,
} from '../audience/distribution';
import { ReaderView, isFamilySide, readerFor } from '../audience/visibility';
import { todayIso } from '../format/dates';
import type { DistributedDocument } from '../model/audience';
import type { Conference, Participant } from '../model/conference';
import { DEFAULT_SETTINGS, type OrganisationSettings } from '../model/settings';
import { conferenceDeadlines, type Deadline } from '../procedure/deadlines';
import { childLetter, childLetterView } from './child-letter';
import { documentContext, type DocumentContext } from './context';
import { FileNames, childLetterFileBase, groupCopies, groupSlug, nameCopies, personSlug } from './copies';
import { decisionLetterBlocks, decisionLetterView } from './decision-letter';
import type { DistributionRow, NamedRow, SentFile } from './distribution';
import { familyPlanContent, familyPlanView } from './family-plan';
import { Gate } from './gate';
import { minuteView, type MinuteCopy } from './minute';
import { renderDocument } from './render';
import { copyReaderView } from './readers';
import {
  hasRestrictedContent,
  restrictedAnnexView,
  restrictedContent,
  type RestrictedContent,
} from './restricted-annex';
import type { CopyReader, DistributedView, DocumentOptions } from './types';

/**
 * The documents of a conference: the distribution set (issue #10, item 4). Every copy is computed for its reader from
 * the audience of each text (and, for a family member's record of the meeting, from when they were in the room);
 * recipients whose copies come out the same share one file. The set:
 *
 * - `minute.docx`, the professional minute, for every professional set to receive the minutes; a professional from
 *   whom the chair withheld something gets `minutes-<name>.docx` instead (professionals with the same withheld items
 *   share one);
 * - `minutes-<name>.docx` for each family member, advocate or supporter set to receive the minutes: their own copy;
 * - `restricted-annex.docx`, only when something is restricted or a closed session was held: the whole annex, for the
 *   professionals the chair names; one of them from whom a restricted text is withheld gets
 *   `restricted-annex-<name>.docx` instead (those whose copies come out the same share one);
 * - the family plan and the decision letter are family documents. `family-plan.docx` and `decision-letter.docx` hold
 *   only what anyone in the family may read (computed as for the shared screen: for everyone, withheld from nobody)
 *   whenever a professional receives one or nobody does yet, and the professionals who receive one get that copy
 *   (their own minute holds everything for professionals). Family members whose copies come out the same share it;
 *   anyone else gets `family-plan-<name>.docx` or `decision-letter-<name>.docx`, and a parent attending separately
 *   always has a letter of their own. When only family members receive one, the copy most of them share is the plain
 *   name (a family member's copy never holds professionals-only or restricted text).
 * - `letter-for-<name>.docx`, the chair's outcome letter to each child who is born and at least 3 on the conference
 *   date, in words for their age (child-letter.ts): computed as for the shared screen, and sent to the child when
 *   they are a participant and to the lead social worker, who goes through it with them.
 *
 * Who receives what comes from the distribution list (shared/audience/distribution.ts), and the minutes print the
 * same assignment of files to people as `recipients` on each view. Each view also says which readers it was computed
 * for (`readers`): the leak guard checks it with exactly those.
 *
 * Two steps, both pure: conference → view models (the words), view model → docx Document (the layout). Packing and
 * writing to disk happen in electron/services/export.ts. Bank holidays must be installed (installHolidaySource)
 * before the deadlines can be counted.
 */

export type BuiltDocument = { view: DistributedView; document: Document };

/**
 * The reader a copy for the family in general is computed for: anyone may be given it, as anyone sees the shared
 * screen.
 */
const ANYONE_IN_THE_FAMILY: CopyReader = { kind: 'shared-screen' };

export function documentViews(
  conference: Conference,
  settings: OrganisationSettings,
  deadlines: Deadline[],
  options: DocumentOptions & { today?: string } = {},
): DistributedView[] {
  const ctx = documentContext(conference, settings, deadlines, { ...options, today: options.today ?? todayIso() });
  const lines = distributionList(conference);
  const receiving = (document: DistributedDocument) =>
    lines.filter((l) => l.receives.includes(document)).map((l) => l.participant);
  const names = new FileNames();
  const gate = (reader: CopyReader) => new Gate(copyReaderView(conference, reader, ctx.index));

  // The minutes' file names come first: `minute.docx` is always the professional minute.
  const minuteCopies = minuteAssignments(ctx, receiving('minutes'), names, gate);
  const content = restrictedContent(conference, ctx.index);
  const annexes = hasRestrictedContent(content)
    ? restrictedAnnexes(
        ctx,
        content,
        receiving('restricted-annex').filter((p) => !isFamilySide(p)),
        names,
        gate,
      )
    : [];
  const plans = familyPlans(ctx, receiving('family-plan'), names, gate);
  const letters = decisionLetters(ctx, receiving('decision-letter'), names, gate);
  const childLetters = childLetterViews(ctx, lines, names, gate);

  // The distribution list printed in the minutes: exactly the files each person is sent.
  const sent: { document: DistributedDocument; fileName: string; recipients: readonly Participant[] }[] = [
    ...minuteCopies.map((c) => ({ document: 'minutes' as const, fileName: c.fileName, recipients: c.recipients })),
    ...annexes.map((v) => ({ document: 'restricted-annex' as const, fileName: v.fileName, recipients: v.recipients })),
    ...plans.map((v) => ({ document: 'family-plan' as const, fileName: v.fileName, recipients: v.recipients })),
    ...letters.map((v) => ({ document: 'decision-letter' as const, fileName: v.fileName, recipients: v.recipients })),
    ...childLetters.map((v) => ({ document: 'child-letter' as const, fileName: v.fileName, recipients: v.recipients })),
  ];
  const rows: DistributionRow[] = lines.map((line) => ({
    line,
    files: sent
      .filter((s) => s.recipients.some((p) => p.id === line.participant.id))
      .sort((a, b) => DOCUMENT_ORDER.indexOf(a.document) - DOCUMENT_ORDER.indexOf(b.document))
      .map(({ document, fileName }) => ({ document, fileName })),
  }));
  // The chair, the minute-taker and the team manager, when they are not participants, are sent what a professional
  // with nothing withheld is: the professional minute, and the letter written for the family in general (a family
  // member's own letter is never theirs to send on; where there is none, the list says only the minute).
  const generalLetter = letters.find((v) => v.readers.some((r) => r.kind === 'shared-screen'));
  const generalFiles: SentFile[] = [
    ...(generalLetter ? [{ document: 'decision-letter' as const, fileName: generalLetter.fileName }] : []),
    ...minuteCopies.filter((c) => !c.own).map((c) => ({ document: 'minutes' as const, fileName: c.fileName })),
  ];
  const named: NamedRow[] = namedRecipients(conference).map((recipient) => ({
    recipient,
    files: generalFiles.filter((f) => recipient.receives.includes(f.document)),
  }));
  const setting = { rows, named, annexWritten: annexes.length > 0 };

  return [
    ...minuteCopies.map((copy) => ({
      ...minuteView(ctx, copy, setting),
      // Each recipient's copy came out as it was computed for them (professionals with the same withheld items);
      // a minute nobody is set to receive yet is read as it was computed.
      readers: copy.recipients.length ? copy.recipients.map(readerFor) : [copy.gate.view.reader],
    })),
    ...annexes,
    ...plans,
    ...letters,
    ...childLetters,
  ];
}

/**
 * The chair's letter to each child written to (child-letter.ts), in the household's order. Each is computed for the
 * reader of the family's general copies, the shared screen's: a child may show their letter to anyone, so it holds
 * only what anyone in the family may read, and the leak guard checks it as that reader. The shared screen's reader
 * does not look at time, so what the child told us is also asked of every family-side participant's own view. Who
 * receives it comes from the distribution list: a child who is a participant receives their own letter and no one
 * else's; anyone else set to receive letters for the children (the lead social worker, by default) receives every
 * child's.
 */
function childLetterViews(
  ctx: DocumentContext,
  lines: readonly DistributionLine[],
  names: FileNames,
  gate: (reader: CopyReader) => Gate,
): DistributedView[] {
  const receiving = lines.filter((l) => l.receives.includes('child-letter')).map((l) => l.participant);
  // Every family-side participant's own view, as their own copies are computed, whether or not they are sent one
  // (the safer choice): a child's words reach a letter only where each of them would read them too.
  const family = ctx.conference.participants
    .filter(isFamilySide)
    .map((participant) => ({ participant, view: gate(readerFor(participant)) }));
  return childrenToWriteTo(ctx.conference).map((to) => {
    const recipients = receiving.filter((p) => (p.kind === 'child' ? p.childId === to.child.id : true));
    const letter = childLetter(ctx, gate(ANYONE_IN_THE_FAMILY), to, family);
    return {
      ...childLetterView(ctx, {
        fileName: names.take(childLetterFileBase(to.child, ctx.people.childFirstName(to.child.id))),
        recipients,
        letter,
      }),
      readers: [ANYONE_IN_THE_FAMILY],
    };
  });
}

/**
 * Who gets which copy of the minutes. Professionals read the same minute unless the chair withheld something from
 * one of them; each family-side recipient has their own copy, because the record follows when they were in the room.
 */
function minuteAssignments(
  ctx: DocumentContext,
  recipients: readonly Participant[],
  names: FileNames,
  gate: (reader: CopyReader) => Gate,
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
 * The restricted annex for each professional set to receive it, computed for them; those whose copies come out the
 * same share a file. `restricted-annex.docx` is the whole annex, written even when every recipient has their own
 * copy, because the record keeps it whole.
 */
function restrictedAnnexes(
  ctx: DocumentContext,
  content: RestrictedContent,
  recipients: readonly Participant[],
  names: FileNames,
  gate: (reader: CopyReader) => Gate,
): DistributedView[] {
  const draft = (reader: Gate) =>
    restrictedAnnexView(ctx, content, { fileName: '', recipients: [], everyone: recipients, gate: reader, own: false });
  const wholeGate = gate({ kind: 'annex' });
  const wholeKey = JSON.stringify(draft(wholeGate).blocks);
  const built = recipients.map((person) => {
    const reader = gate({ kind: 'annex', participant: person });
    return { recipient: person, content: reader, key: JSON.stringify(draft(reader).blocks) };
  });
  const whole = built.filter((b) => b.key === wholeKey).map((b) => b.recipient);
  const groups = groupCopies(built.filter((b) => b.key !== wholeKey));
  const copies = [
    { fileName: names.take('restricted-annex'), recipients: whole, gate: wholeGate, own: false },
    ...groups.map((g) => ({
      fileName: names.take(`restricted-annex-${groupSlug(g.recipients)}`),
      recipients: g.recipients,
      gate: g.content,
      own: true,
    })),
  ];
  return copies.map((copy) => ({
    ...restrictedAnnexView(ctx, content, { ...copy, everyone: recipients }),
    readers: copy.recipients.length
      ? copy.recipients.map((participant): CopyReader => ({ kind: 'annex', participant }))
      : [{ kind: 'annex' }],
  }));
}

/**
 * A family document (the plan, the decision letter) for each of its recipients. Each family member's copy is
 * computed for them. The copy for the family in general, computed as for the shared screen, is written under the
 * plain name whenever a professional receives the document (they get that copy) or nobody does yet; a family member
 * whose own copy comes out the same shares it. Groups of the rest share a file where their copies are the same.
 */
function familyDocument<T>(
  base: 'family-plan' | 'decision-letter',
  recipients: readonly Participant[],
  names: FileNames,
  build: (reader: CopyReader) => { content: T; key: string; alone?: boolean },
): { fileName: string; recipients: Participant[]; content: T; general: boolean; readers: CopyReader[] }[] {
  const professionals = recipients.filter((p) => !isFamilySide(p));
  const family = recipients.filter(isFamilySide).map((person) => {
    const reader = readerFor(person);
    return { recipient: person, reader, ...build(reader) };
  });
  const readersOf = (people: readonly Participant[]) =>
    people.map((p) => family.find((f) => f.recipient.id === p.id)?.reader ?? readerFor(p));
  if (professionals.length === 0 && family.length > 0) {
    return nameCopies(base, groupCopies(family), names, (g) =>
      family.some((f) => f.alone && g.recipients.includes(f.recipient)),
    ).map((g) => ({ ...g, general: false, readers: readersOf(g.recipients) }));
  }
  const general = build(ANYONE_IN_THE_FAMILY);
  const joining = family.filter((f) => !f.alone && f.key === general.key).map((f) => f.recipient);
  const rest = family.filter((f) => !joining.includes(f.recipient));
  const shared = recipients.filter((p) => !isFamilySide(p) || joining.includes(p));
  return [
    {
      fileName: names.take(base),
      recipients: shared,
      content: general.content,
      general: true,
      // Computed as for the shared screen; the family members sharing it had theirs come out the same. The
      // professionals may read more than anyone in the family, so they are covered by the first.
      readers: [ANYONE_IN_THE_FAMILY, ...readersOf(joining)],
    },
    ...groupCopies(rest).map((g) => ({
      fileName: names.take(`${base}-${groupSlug(g.recipients)}`),
      recipients: g.recipients,
      content: g.content,
      general: false,
      readers: readersOf(g.recipients),
    })),
  ];
}

/** The family plan for each recipient (see familyDocument). */
function familyPlans(
  ctx: DocumentContext,
  recipients: readonly Participant[],
  names: FileNames,
  gate: (reader: CopyReader) => Gate,
): DistributedView[] {
  const family = recipients.filter(isFamilySide);
  const copies = familyDocument('family-plan', recipients, names, (reader) => {
    const view = gate(reader);
    const content = familyPlanContent(ctx, view);
    // A shared copy names the family members it is for: people who may not know of one another do not share one.
    const unknown = family.filter((p) => !view.view.shows(`participant:${p.id}`)).map((p) => p.id);
    return { content, key: JSON.stringify([content, unknown]) };
  });
  return copies.map((copy) => ({
    ...familyPlanView(ctx, {
      fileName: copy.fileName,
      recipients: copy.recipients,
      content: copy.content,
      own: copy.fileName !== 'family-plan.docx',
    }),
    readers: copy.readers,
  }));
}

/**
 * The decision letter for each recipient (see familyDocument). A parent attending separately always has their own,
 * addressed to them.
 */
function decisionLetters(
  ctx: DocumentContext,
  recipients: readonly Participant[],
  names: FileNames,
  gate: (reader: CopyReader) => Gate,
): DistributedView[] {
  const separate = (p: Participant) => isFamilySide(p) && p.attendance.status === 'attended-separately';
  const copies = familyDocument('decision-letter', recipients, names, (reader) => {
    const person = reader.kind === 'family' && separate(reader.participant) ? reader.participant : undefined;
    const blocks = decisionLetterBlocks(ctx, gate(reader), recipients, person);
    return { content: blocks, key: JSON.stringify(blocks), alone: person !== undefined };
  });
  return copies.map((copy) => {
    const addressee = copy.general ? undefined : copy.recipients.find(separate);
    return {
      ...decisionLetterView(ctx, {
        fileName: copy.fileName,
        recipients: copy.recipients,
        blocks: copy.content,
        ...(addressee ? { addressee } : {}),
      }),
      readers: copy.readers,
    };
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
export type { Block, CopyReader, DistributedView, DocumentKind, DocumentOptions, DocumentView } from './types';
