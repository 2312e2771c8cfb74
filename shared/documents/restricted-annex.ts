import { formatDate } from '../format/dates';
import type {
  Adult,
  ChildVoice,
  ClosedSession,
  Conference,
  Note,
  OtherChild,
  RestrictedRecord,
  Worry,
  Strength,
  SafetyGoal,
} from '../model/conference';
import { childVoiceMethodWords } from '../presenter/plain-words';
import { DRAFT_LINE, type DocumentContext, timeSpan } from './context';
import { annexDistribution } from './distribution';
import { byTime, noteBlock, notesByItem } from './notes';
import { adultFullName } from './people';
import type { Block, DocumentView } from './types';
import { ukClock } from './uk-time';

/**
 * The restricted annex: only what is marked restricted, kept apart from the minutes and never given to family members
 * (domain.md §3). It exists only when there is something restricted to hold.
 */

export type RestrictedContent = {
  closedSessions: ClosedSession[];
  /** Notes marked restricted and every note taken in a closed session. */
  notes: Note[];
  records: RestrictedRecord[];
  worries: Worry[];
  strengths: Strength[];
  safetyGoals: SafetyGoal[];
  childVoices: ChildVoice[];
  otherChildren: OtherChild[];
  /** Adults whose address must not be shared, with the address recorded. */
  withheldAddresses: Adult[];
};

export function restrictedContent(conference: Conference): RestrictedContent {
  const { analysis } = conference;
  return {
    closedSessions: conference.closedSessions,
    notes: conference.notes.filter((n) => n.restricted || n.closedSessionId !== undefined),
    records: conference.restrictedRecords,
    worries: analysis.worries.filter((w) => w.restricted),
    strengths: analysis.strengths.filter((s) => s.restricted),
    safetyGoals: analysis.safetyGoals.filter((g) => g.restricted),
    childVoices: conference.childVoices.filter((v) => v.restricted),
    otherChildren: conference.otherChildren.filter((c) => c.restricted),
    withheldAddresses: conference.adults.filter((a) => a.addressRestricted && a.address.trim() !== ''),
  };
}

export function hasRestrictedContent(content: RestrictedContent): boolean {
  return Object.values(content).some((list: readonly unknown[]) => list.length > 0);
}

export const RESTRICTED_MARK = 'RESTRICTED – NOT FOR FAMILY MEMBERS';

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

export function restrictedAnnexView(ctx: DocumentContext, content: RestrictedContent): DocumentView {
  const { conference, people } = ctx;
  const { details } = conference;
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
    {
      kind: 'facts',
      facts: [
        { label: 'Meeting', value: ctx.meetingName },
        { label: 'Date', value: formatDate(details.date) },
        { label: 'Reference', value: details.reference || 'Not recorded' },
        {
          label: 'Children',
          value: conference.children.map((c) => people.childFullName(c.id)).join(', ') || 'None recorded',
        },
      ],
    },
  ];

  const sessionIds = new Set(content.closedSessions.map((s) => s.id));
  if (content.closedSessions.length) {
    blocks.push({ kind: 'heading', level: 2, text: 'Closed sessions' });
    for (const session of content.closedSessions) {
      const span = timeSpan(ukClock(session.startedAt), ukClock(session.endedAt));
      blocks.push({ kind: 'heading', level: 3, text: span ? `Closed session, ${span}` : 'Closed session' });
      const out = session.excludedParticipantIds.map((id) => people.recordLabel(id));
      blocks.push({
        kind: 'facts',
        facts: [
          { label: 'Reason', value: session.reason.trim() || 'Not recorded' },
          { label: 'Not present', value: out.join('; ') || 'Not recorded' },
        ],
      });
      const notes = content.notes.filter((n) => n.closedSessionId === session.id).sort(byTime);
      blocks.push(
        ...(notes.length
          ? notes.map((n) => noteBlock(ctx, n))
          : [{ kind: 'paragraph', text: 'No notes were taken in this session.' } as const]),
      );
    }
  }

  const otherNotes = content.notes.filter((n) => n.closedSessionId === undefined || !sessionIds.has(n.closedSessionId));
  if (otherNotes.length) {
    blocks.push({ kind: 'heading', level: 2, text: 'Restricted notes' });
    blocks.push(...notesByItem(ctx, otherNotes));
  }

  if (content.records.length) {
    blocks.push({ kind: 'heading', level: 2, text: 'Restricted records' });
    blocks.push({
      kind: 'table',
      columns: [
        { title: 'What it is', width: 22 },
        { title: 'Record', width: 53 },
        { title: 'Source', width: 25 },
      ],
      rows: content.records.map((r) => [recordKindWords[r.kind], r.text, r.source || 'Not recorded']),
    });
  }

  const analysis = [
    ...content.worries.map((w) => `${worryKindWords[w.kind]}${about(w.childIds)}: ${w.text}`),
    ...content.strengths.map(
      (s) => `${s.kind === 'strength' ? 'Strength' : 'Existing safety'}${about(s.childIds)}: ${s.text}`,
    ),
    ...content.safetyGoals.map((g) => `Safety goal${about(g.childIds)}: ${g.text}`),
  ];
  if (analysis.length) {
    blocks.push({ kind: 'heading', level: 2, text: 'Restricted parts of the analysis' });
    blocks.push({ kind: 'list', items: analysis });
  }

  if (content.childVoices.length) {
    blocks.push({ kind: 'heading', level: 2, text: 'Restricted views of children' });
    blocks.push(
      ...content.childVoices.map((v): Block => ({
        kind: 'paragraph',
        lead: `${people.childFirstName(v.childId)} (${childVoiceMethodWords(v.method).toLowerCase()}): `,
        text: v.summary || 'Not recorded',
      })),
    );
  }

  if (content.otherChildren.length) {
    blocks.push({ kind: 'heading', level: 2, text: 'Other children (restricted)' });
    blocks.push({
      kind: 'table',
      columns: [
        { title: 'Name', width: 18 },
        { title: 'Date of birth', width: 14 },
        { title: 'Where they live', width: 24 },
        { title: 'Connection', width: 20 },
        { title: 'Conclusion', width: 24 },
      ],
      rows: content.otherChildren.map((c) => [
        c.name || 'Not recorded',
        c.dateOfBirth ? formatDate(c.dateOfBirth) : 'Not recorded',
        c.whereTheyLive || 'Not recorded',
        c.connection || 'Not recorded',
        c.conclusion || 'Not recorded',
      ]),
    });
  }

  if (content.withheldAddresses.length) {
    blocks.push({ kind: 'heading', level: 2, text: 'Addresses withheld from the minutes' });
    blocks.push({
      kind: 'table',
      columns: [
        { title: 'Adult', width: 30 },
        { title: 'Address', width: 40 },
        { title: 'Contact restrictions', width: 30 },
      ],
      rows: content.withheldAddresses.map((a) => [
        adultFullName(a),
        a.address,
        a.contactRestrictions || 'None recorded',
      ]),
    });
  }

  blocks.push({ kind: 'heading', level: 2, text: 'Distribution: professionals only' });
  const distribution = annexDistribution(ctx);
  blocks.push(
    distribution.length
      ? {
          kind: 'table',
          columns: [
            { title: 'Name', width: 60 },
            { title: 'Receives', width: 40 },
          ],
          rows: distribution,
        }
      : { kind: 'paragraph', text: 'No professionals are recorded yet; the chair decides who receives this annex.' },
  );
  blocks.push({
    kind: 'paragraph',
    emphasis: 'strong',
    text: 'Not to be given to family members, their supporters or their representatives.',
  });

  const mark = `${RESTRICTED_MARK} · ${ctx.marking}`;
  return {
    kind: 'restricted-annex',
    fileName: 'restricted-annex.docx',
    title: `${ctx.draft ? 'DRAFT ' : ''}Restricted annex: ${ctx.meetingName}, ${formatDate(details.date)}`,
    subject: 'Restricted annex to the conference minutes',
    audience: 'professional',
    intendedFor: 'Professionals only: restricted information. Never send to the family.',
    header: [mark, ...(ctx.draft ? [DRAFT_LINE] : [])],
    footer: mark,
    author: ctx.authority,
    ...(ctx.logo ? { logo: ctx.logo } : {}),
    blocks,
  };
}
