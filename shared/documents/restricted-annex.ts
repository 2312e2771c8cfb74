import { childVoiceRecord } from './child-voice';
import { formatDateLong } from '../format/dates';
import { CapturedIndex, type CapturedText } from '../audience/captured';
import type { ClosedSession, Conference, Note, Participant, RestrictedRecord, Worry } from '../model/conference';
import { reportName } from '../procedure/report-sharing';
import { reportVersionLabel } from '../wording/labels';
import { DRAFT_LINE, type DocumentContext, timeSpan } from './context';
import { annexDistribution } from './distribution';
import { byTime, noteBlock, notesByItem } from './notes';
import { adultFullName } from './people';
import type { Gate } from './gate';
import { andList } from './people';
import type { Block, DocumentView } from './types';
import { ukClock } from '../format/uk-time';

/**
 * The restricted annex: every text whose audience is restricted (notes taken in a closed session, unless the chair
 * chose otherwise; restricted records; addresses that must not be shared; anything the chair marked restricted),
 * and the closed sessions themselves (when, who was out, why). It is kept apart from the minutes, goes only to the
 * professionals the chair names and is never given to family members. It is written only when there
 * is something restricted or a closed session was held.
 *
 * Like the minutes, it is computed per reader (issue #10, item 4): a restricted text withheld from a professional
 * (a "Not for" tick, or a closed session they were asked to leave) is not in their copy. `restricted-annex.docx` is
 * always the whole annex, as the record keeps it; a professional something is withheld from gets a copy of their own.
 */

export type RestrictedContent = {
  closedSessions: ClosedSession[];
  /** Every non-empty text with a restricted audience, in the order the conference holds them. */
  texts: CapturedText[];
};

export function restrictedContent(conference: Conference, index = new CapturedIndex(conference)): RestrictedContent {
  return {
    closedSessions: conference.closedSessions,
    texts: index.all.filter((t) => t.texts.length > 0 && t.audience.level === 'restricted'),
  };
}

export function hasRestrictedContent(content: RestrictedContent): boolean {
  return content.closedSessions.length > 0 || content.texts.length > 0;
}

export const RESTRICTED_MARK = 'RESTRICTED – NOT FOR FAMILY MEMBERS';

const NOT_IN_COPY = 'Not in this copy';

const recordKindWords: Record<RestrictedRecord['kind'], string> = {
  'referrer-identity': 'Who made the referral',
  'third-party': 'About another person',
  'undisclosed-address': 'An address that must not be shared',
  'police-intelligence': 'Police information',
  'health-of-another-adult': 'Another adult’s health',
  'sub-judice': 'A matter before the courts',
  other: 'Other restricted information',
};

const worryKindWords: Record<Worry['kind'], string> = {
  harm: 'Harm',
  'danger-statement': 'Danger statement',
  'complicating-factor': 'Complicating factor',
};

/** The kind of text a reference is: "note", "worry", "adult" … (the part before the first colon). */
const refKind = (ref: string) => ref.split(/[:.]/)[0] ?? '';
/** The id in a reference such as "note:n1" or "adult:a1:address". */
const refId = (ref: string) => ref.split(':')[1] ?? '';

/** A text's name without the quote of its words: "Plan action “Jade will…”" → "Plan action". */
function fieldName(text: CapturedText): string {
  return text.field.replace(/\s*“.*$/, '').trim() || 'Text';
}

/** One copy of the annex: who receives it, and the reader's view it is written with. */
export type AnnexCopy = {
  fileName: string;
  recipients: Participant[];
  /** Everyone sent a copy of the annex, whichever copy: its distribution list. */
  everyone: readonly Participant[];
  /** Asked about every text as the copy is written: an AnnexReaderView (readers.ts) for its first recipient. */
  gate: Gate;
  /** A copy for particular people, without what is withheld from them. */
  own: boolean;
};

export function restrictedAnnexView(whole: DocumentContext, all: RestrictedContent, copy: AnnexCopy): DocumentView {
  const { gate } = copy;
  // Every name in this copy follows the reader's view of who each person is (people.ts).
  const ctx: DocumentContext = { ...whole, people: whole.people.forReader(gate) };
  const { conference, people } = ctx;
  const { details } = conference;
  const content: RestrictedContent = { ...all, texts: all.texts.filter((t) => gate.shows(t.ref)) };
  const shownRefs = new Set(content.texts.map((t) => t.ref));
  const leftOut = all.texts.length - content.texts.length;
  const names = andList(copy.recipients.map((p) => p.name.trim() || 'a recipient'));
  const forWhom = copy.own && names ? ` – copy for ${names}` : '';
  const about = (ids: readonly string[]) =>
    ids.length ? ` (about ${people.childFirstNames(ids).join(', ') || 'a child no longer recorded'})` : '';
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'Restricted annex to the minutes' },
    { kind: 'banner', text: `${RESTRICTED_MARK}. ${ctx.marking}.` },
    ...(ctx.draft ? [{ kind: 'banner', text: DRAFT_LINE } as const] : []),
    {
      kind: 'paragraph',
      text:
        'This annex holds information that must not be shared with family members or their representatives. Keep it ' +
        'apart from the minutes. Share it only with the professionals listed at the end.',
    },
    ...(copy.own && names
      ? [
          {
            kind: 'paragraph',
            emphasis: 'strong',
            // With nothing restricted left out, a copy of its own differs in whom it names or in a detail beside a
            // restricted text (contact restrictions): the count says nothing then.
            text:
              `This copy of the annex is for ${names}.` +
              (leftOut === 0
                ? ''
                : leftOut === 1
                  ? ' One restricted item kept from them is not in it.'
                  : ` ${leftOut} restricted items kept from them are not in it.`),
          } as const,
        ]
      : []),
    {
      kind: 'facts',
      facts: [
        { label: 'Meeting', value: ctx.meetingName },
        { label: 'Date', value: formatDateLong(details.date) },
        { label: 'Reference', value: details.reference || 'Not recorded' },
        {
          label: 'Children',
          value: conference.children.map((c) => people.childFullName(c.id)).join(', ') || 'None recorded',
        },
      ],
    },
  ];

  // Each text is printed once, in the first part below that takes it.
  const printed = new Set<string>();
  const take = (pick: (t: CapturedText) => boolean): CapturedText[] => {
    const found = content.texts.filter((t) => !printed.has(t.ref) && pick(t));
    for (const t of found) printed.add(t.ref);
    return found;
  };
  const notesById = new Map(conference.notes.map((n) => [n.id, n]));
  const noteOf = (t: CapturedText) => notesById.get(refId(t.ref));
  const generic = (t: CapturedText): Block => ({
    kind: 'paragraph',
    lead: `${fieldName(t)}: `,
    text: t.texts.join('\n'),
  });
  const sessionIds = new Set(content.closedSessions.map((s) => s.id));

  if (content.closedSessions.length) {
    blocks.push({ kind: 'heading', level: 2, text: 'Closed sessions' });
    for (const session of content.closedSessions) {
      const span = timeSpan(ukClock(session.startedAt), ukClock(session.endedAt));
      blocks.push({ kind: 'heading', level: 3, text: span ? `Closed session, ${span}` : 'Closed session' });
      const out = session.excludedParticipantIds.map((id) => people.recordLabel(id));
      const reasonRef = `closedSession:${session.id}:reason`;
      take((t) => t.ref === reasonRef);
      blocks.push({
        kind: 'facts',
        facts: [
          { label: 'Reason', value: gate.shows(reasonRef) ? session.reason.trim() || 'Not recorded' : NOT_IN_COPY },
          { label: 'Not present', value: out.join('; ') || 'Not recorded' },
        ],
      });
      const keptFromReader = all.texts.some((t) => t.closedSessionId === session.id && !shownRefs.has(t.ref));
      const said = take((t) => t.closedSessionId === session.id);
      const notes = said
        .map(noteOf)
        .filter((n): n is Note => n !== undefined)
        .sort(byTime);
      const others = said.filter((t) => refKind(t.ref) !== 'note');
      blocks.push(
        ...(notes.length || others.length
          ? [...notes.map((n) => noteBlock(ctx, n)), ...others.map(generic)]
          : [
              {
                kind: 'paragraph',
                text: keptFromReader
                  ? 'What was recorded in this session is not in this copy.'
                  : 'Nothing restricted was recorded in this session.',
              } as const,
            ]),
      );
    }
  }

  const otherNotes = take((t) => refKind(t.ref) === 'note' && !sessionIds.has(t.closedSessionId ?? ''))
    .map(noteOf)
    .filter((n): n is Note => n !== undefined);
  if (otherNotes.length) {
    blocks.push({ kind: 'heading', level: 2, text: 'Restricted notes' });
    blocks.push(...notesByItem(ctx, otherNotes));
  }

  const recordsById = new Map(conference.restrictedRecords.map((r) => [r.id, r]));
  const records = take((t) => refKind(t.ref) === 'restrictedRecord')
    .map((t) => recordsById.get(refId(t.ref)))
    .filter((r): r is RestrictedRecord => r !== undefined);
  if (records.length) {
    blocks.push({ kind: 'heading', level: 2, text: 'Restricted records' });
    blocks.push({
      kind: 'table',
      columns: [
        { title: 'What it is', width: 22 },
        { title: 'Record', width: 53 },
        { title: 'Source', width: 25 },
      ],
      rows: records.map((r) => [recordKindWords[r.kind], r.text, r.source || 'Not recorded']),
    });
  }

  const { worries, strengths, safetyGoals } = conference.analysis;
  const analysisRefs = new Set(
    take((t) => ['worry', 'strength', 'safetyGoal'].includes(refKind(t.ref))).map((t) => t.ref),
  );
  const analysis = [
    ...worries
      .filter((w) => analysisRefs.has(`worry:${w.id}`))
      .map((w) => `${worryKindWords[w.kind]}${about(w.childIds)}: ${w.text}`),
    ...strengths
      .filter((s) => analysisRefs.has(`strength:${s.id}`))
      .map((s) => `${s.kind === 'strength' ? 'Strength' : 'Existing safety'}${about(s.childIds)}: ${s.text}`),
    ...safetyGoals
      .filter((g) => analysisRefs.has(`safetyGoal:${g.id}`))
      .map((g) => `Safety goal${about(g.childIds)}: ${g.text}`),
  ];
  if (analysis.length) {
    blocks.push({ kind: 'heading', level: 2, text: 'Restricted parts of the analysis' });
    blocks.push({ kind: 'list', items: analysis });
  }

  const voiceRefs = new Set(take((t) => refKind(t.ref) === 'childVoice').map((t) => t.ref));
  const voices = conference.childVoices.filter((v) => voiceRefs.has(`childVoice:${v.id}`));
  if (voices.length) {
    blocks.push({ kind: 'heading', level: 2, text: 'Restricted views of children' });
    blocks.push(...voices.flatMap((v) => childVoiceRecord(people, v)));
  }

  const otherChildRefs = new Set(take((t) => refKind(t.ref) === 'otherChild').map((t) => t.ref));
  const otherChildren = conference.otherChildren.filter((c) => otherChildRefs.has(`otherChild:${c.id}`));
  if (otherChildren.length) {
    blocks.push({ kind: 'heading', level: 2, text: 'Other children (restricted)' });
    blocks.push({
      kind: 'table',
      columns: [
        { title: 'Name', width: 20 },
        { title: 'Date of birth', width: 16 },
        { title: 'Where they live', width: 22 },
        { title: 'Connection', width: 19 },
        { title: 'Conclusion', width: 23 },
      ],
      rows: otherChildren.map((c) => [
        c.name || 'Not recorded',
        c.dateOfBirth ? formatDateLong(c.dateOfBirth) : 'Not recorded',
        c.whereTheyLive || 'Not recorded',
        c.connection || 'Not recorded',
        c.conclusion || 'Not recorded',
      ]),
    });
  }

  const addressRefs = new Set(take((t) => refKind(t.ref) === 'adult' && t.ref.endsWith(':address')).map((t) => t.ref));
  const addresses = conference.adults.filter((a) => addressRefs.has(`adult:${a.id}:address`));
  if (addresses.length) {
    blocks.push({ kind: 'heading', level: 2, text: 'Addresses withheld from the minutes' });
    blocks.push({
      kind: 'table',
      columns: [
        { title: 'Adult', width: 30 },
        { title: 'Address', width: 40 },
        { title: 'Contact restrictions', width: 30 },
      ],
      rows: addresses.map((a) => [
        adultFullName(a),
        a.address,
        gate.shows(`adult:${a.id}:contactRestrictions`) ? a.contactRestrictions || 'None recorded' : NOT_IN_COPY,
      ]),
    });
  }

  // Why a report was kept from a family member, or what their summary leaves out: the minute's reports table says
  // that the reason is held here.
  const sharingOf = (t: CapturedText) => {
    const [, reportId, , participantId] = t.ref.split(':');
    const report = conference.reports.find((r) => r.id === reportId);
    const entry = report?.sharing.find((e) => e.participantId === participantId);
    return report && entry ? { report, entry } : undefined;
  };
  // A reason whose report is no longer listed is still printed, below, with the other restricted information.
  const sharing = take((t) => refKind(t.ref) === 'report' && sharingOf(t) !== undefined).flatMap((t) => {
    const found = sharingOf(t);
    if (!found) return [];
    const { report, entry } = found;
    const what = [reportName(report), report.organisation].filter(Boolean).join(', ');
    const who = people.participant(entry.participantId)?.name || 'A family member no longer listed';
    return [[what, who, reportVersionLabel[entry.version], entry.reason]];
  });
  if (sharing.length) {
    blocks.push({ kind: 'heading', level: 2, text: 'Reports not shared in full' });
    blocks.push({
      kind: 'table',
      columns: [
        { title: 'Report', width: 29 },
        { title: 'Family member', width: 20 },
        { title: 'Version', width: 13 },
        { title: 'Why, or what it leaves out', width: 38 },
      ],
      rows: sharing,
    });
  }

  // Anything else the chair marked restricted: a plan action, a reason, a view. Named as the chair knows it.
  const rest = take(() => true);
  if (rest.length) {
    blocks.push({ kind: 'heading', level: 2, text: 'Other restricted information' });
    blocks.push({
      kind: 'table',
      columns: [
        { title: 'What it is', width: 30 },
        { title: 'Text', width: 70 },
      ],
      rows: rest.map((t) => [fieldName(t), t.texts.join('\n')]),
    });
  }

  // The rule comes before the list it governs, and the annex ends with the list: a closing sentence after it was left
  // alone on a last page (issue 12). The renderer keeps a short table on one page with what introduces it.
  blocks.push({ kind: 'heading', level: 2, text: 'Distribution: professionals only' });
  blocks.push({
    kind: 'paragraph',
    emphasis: 'strong',
    text: 'Not to be given to family members, their supporters or their representatives.',
  });
  blocks.push(...annexDistribution(ctx, copy.everyone));

  const mark = `${RESTRICTED_MARK} · ${ctx.marking}`;
  return {
    kind: 'restricted-annex',
    recipients: copy.recipients,
    reading: 'annex',
    fileName: copy.fileName,
    title: `${ctx.draft ? 'DRAFT ' : ''}Restricted annex: ${ctx.meetingName}, ${formatDateLong(details.date)}${forWhom}`,
    subject: 'Restricted annex to the conference minutes',
    audience: 'professional',
    intendedFor:
      copy.own && names
        ? `${names} only: the restricted annex, without what is kept from them. Never send to the family.`
        : 'Professionals only: restricted information. Never send to the family.',
    header: [mark, ...(copy.own && names ? [`Copy for ${names}`] : []), ...(ctx.draft ? [DRAFT_LINE] : [])],
    footer: mark,
    author: ctx.authority,
    ...(ctx.logo ? { logo: ctx.logo } : {}),
    blocks,
  };
}
