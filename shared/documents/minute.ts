import type { AgendaItemKey } from '../agenda/types';
import { agendaItemKeys } from '../agenda/types';
import { formatDate } from '../format/dates';
import { agencyLabel, attendanceLabel, isTakingPart, quorum } from '../meeting/attendance';
import type { Child, ChildDecision, Conference, Note, Participant, PlanAction } from '../model/conference';
import { conferenceTypeLabel, nationLabel } from '../model/labels';
import {
  alternativeSupportWords,
  cadenceWords,
  capitalise,
  categoryHeading,
  categoryWords,
  childVoiceMethodWords,
  dueWords,
  outcomeWords,
  planInPlace,
  progressWords,
  rightToChallengeWords,
  scaleWords,
} from '../presenter/plain-words';
import { procedureProfile } from '../procedure/profiles';
import { isReportLate, reportSharingDeadline } from '../procedure/deadlines';
import {
  DRAFT_LINE,
  NONE_RECORDED,
  actionContinues,
  dateOrMissing,
  deadline,
  deadlineStatusWords,
  exclusionCriterionWords,
  neutralClosedSessionReason,
  orNone,
  timeSpan,
  withRule,
  yesNo,
  type DocumentContext,
} from './context';
import { minuteDistribution } from './distribution';
import type { FamilyPlanCopy } from './exclusion';
import { itemTitle } from './context';
import { notesByItem } from './notes';
import { adultFullName, roleAndWhere } from './people';
import type { Block, Fact } from './types';
import type { DocumentView } from './types';
import { ukClock } from './uk-time';

/**
 * The professional minute: the sections of domain.md §3 in order, each with the notes of the agenda items it covers.
 * Only what is not restricted: restricted notes, notes taken in a closed session, restricted records and entries,
 * and withheld addresses are in the restricted annex, and the minute says where a closed session took place.
 */

/** Which agenda items' notes each section of the minute carries. Every agenda item key is owned by one section. */
export const MINUTE_SECTION_ITEMS = {
  attendance: ['welcome', 'attendance-and-exclusions'],
  reports: ['reports'],
  quorum: ['apologies-and-quorum'],
  purpose: ['purpose-and-confidentiality'],
  facts: ['reason-for-conference', 'why-the-plan-started', 'transfer-from', 'expected-date-and-birth', 'new-incidents'],
  agencies: ['agency-information'],
  progress: ['plan-progress'],
  family: ['family-views'],
  children: ['childs-voice'],
  analysis: ['analysis', 'scaling'],
  otherChildren: ['risk-to-other-children'],
  decisions: ['decision', 'category', 'step-down', 'support-without-a-plan'],
  plan: ['support-before-birth', 'outline-plan', 'lead-professional'],
  contingency: ['contingency'],
  coreGroup: ['core-group', 'review-date'],
  other: ['childrens-reporter', 'order-at-birth', 'transfer-arrangements', 'other-decisions'],
  complaints: ['complaints'],
  distribution: ['distribution', 'close'],
} as const satisfies Record<string, readonly AgendaItemKey[]>;

type SectionKey = keyof typeof MINUTE_SECTION_ITEMS;

const joinModeWords = { 'in-person': 'In person', video: 'By video', hybrid: 'In person and by video' } as const;

const legalPlanningWords = {
  none: 'None',
  'legal-planning-meeting': 'Legal planning meeting',
  'pre-proceedings': 'Pre-proceedings (Public Law Outline)',
  proceedings: 'Care proceedings',
} as const;

const reporterWords = {
  'not-considered': 'Not considered',
  'referral-made': 'Referral made',
  'not-needed': 'Considered; not needed',
} as const;

const referralWords = {
  'mash-other-children': 'Referral to the MASH about other children',
  marac: 'Referral to MARAC',
  'family-group-conference': 'Family group conference',
  'childrens-reporter': 'Referral to the Children’s Reporter',
  other: 'Other referral',
} as const;

const ragWords = { red: 'Red', amber: 'Amber', green: 'Green' } as const;

export function minuteView(
  ctx: DocumentContext,
  copies: readonly FamilyPlanCopy[],
  annexNeeded: boolean,
): DocumentView {
  const { conference } = ctx;
  const { details } = conference;
  const notes = conference.notes.filter((n) => !n.restricted && n.closedSessionId === undefined);
  const sectionNotes = (key: SectionKey): Block[] => notesByItem(ctx, notes, MINUTE_SECTION_ITEMS[key]);
  const h2 = (text: string): Block => ({ kind: 'heading', level: 2, text });
  const h3 = (text: string): Block => ({ kind: 'heading', level: 3, text });
  const none = (text = NONE_RECORDED): Block => ({ kind: 'paragraph', text });

  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: `Minutes of the ${lowerFirst(ctx.meetingName)}` },
    ...(ctx.draft ? [{ kind: 'banner', text: DRAFT_LINE } as const] : []),
    { kind: 'facts', facts: headerFacts(ctx, annexNeeded) },

    h2('Children'),
    ...(conference.children.length
      ? conference.children.flatMap((c) => [h3(ctx.people.childFullName(c.id)), childFacts(c)])
      : [none()]),

    h2('Adults'),
    ...(conference.adults.length
      ? conference.adults.flatMap((a): Block[] => [
          h3(adultFullName(a)),
          {
            kind: 'facts',
            facts: [
              { label: 'Relationship', value: a.relationship || 'Not recorded' },
              { label: 'Parental responsibility', value: yesNo(a.parentalResponsibility) },
              { label: 'Lives in the household', value: yesNo(a.livesInHousehold) },
              {
                label: 'Address',
                value: a.addressRestricted
                  ? a.address.trim()
                    ? 'Address withheld (see restricted annex)'
                    : 'Address withheld (not recorded)'
                  : a.address || 'Not recorded',
              },
              { label: 'Language', value: a.language || 'Not recorded' },
              { label: 'Contact restrictions', value: a.contactRestrictions || 'None recorded' },
            ],
          },
        ])
      : [none()]),

    h2('Attendance'),
    ...attendance(ctx),
    ...sectionNotes('attendance'),

    h2('Closed sessions'),
    ...closedSessions(ctx),

    h2('Reports'),
    ...reports(ctx),
    ...sectionNotes('reports'),

    h2('Quorum'),
    ...quorumBlocks(conference),
    ...sectionNotes('quorum'),

    h2('Purpose of the conference'),
    { kind: 'paragraph', text: purpose(ctx) },
    ...sectionNotes('purpose'),

    h2('Reason for the conference and significant facts'),
    ...significantFacts(ctx),
    ...sectionNotes('facts'),

    h2('Information from agencies'),
    ...orNoneBlocks(sectionNotes('agencies')),

    ...(details.type === 'review' || details.type === 'transfer-in' || conference.plan.actions.some(isReported)
      ? [h2('Progress on the plan'), ...progress(ctx), ...sectionNotes('progress')]
      : []),

    h2('The family’s views'),
    ...orNoneBlocks(sectionNotes('family')),

    h2('The children’s views'),
    ...childrensViews(ctx),
    ...sectionNotes('children'),

    h2('Analysis'),
    ...analysis(ctx),
    ...sectionNotes('analysis'),

    h2('Risk to other children'),
    ...otherChildren(ctx),
    ...sectionNotes('otherChildren'),

    h2('Decisions'),
    ...(conference.children.length ? conference.children.flatMap((c) => decision(ctx, c)) : [none()]),
    ...sectionNotes('decisions'),

    h2('The plan'),
    ...plan(ctx),
    ...sectionNotes('plan'),

    h2('Contingency plan'),
    ...(conference.plan.contingency.length
      ? [
          {
            kind: 'table',
            columns: [
              { title: 'If', width: 45 },
              { title: 'Then', width: 55 },
            ],
            rows: conference.plan.contingency.map((c) => [c.if, c.then]),
          } as const,
        ]
      : [none()]),
    ...sectionNotes('contingency'),

    h2('Core group and next review'),
    ...coreGroupAndReview(ctx),
    ...sectionNotes('coreGroup'),

    h2('Dates and the rules behind them'),
    ...dates(ctx),

    h2('Other decisions'),
    ...otherDecisions(ctx),
    ...sectionNotes('other'),

    h2('Complaints and the right to challenge'),
    { kind: 'paragraph', text: rightToChallengeWords(details.nation) },
    {
      kind: 'facts',
      facts: [
        { label: 'How to complain', value: ctx.settings.complaintsContact || 'Ask the chair or the conference team.' },
        { label: 'Advice and advocacy', value: ctx.settings.advocacyContact || 'Not recorded in settings.' },
      ],
    },
    ...sectionNotes('complaints'),

    ...unplacedNotes(ctx, notes),
    ...skippedItems(ctx),

    h2('Approval'),
    ...approval(ctx),

    h2('Distribution'),
    ...distribution(ctx, copies, annexNeeded),
    ...sectionNotes('distribution'),
  ];

  const reference = details.reference || formatDate(details.date);
  return {
    kind: 'minute',
    fileName: 'minute.docx',
    title: `${ctx.draft ? 'DRAFT ' : ''}Minutes: ${ctx.meetingName}, ${formatDate(details.date)}`,
    subject: `Minutes of the ${lowerFirst(ctx.meetingName)}`,
    audience: 'professional',
    intendedFor: 'Professionals: the full minute.',
    header: [ctx.marking, [ctx.authority, reference].filter(Boolean).join(' · '), ...(ctx.draft ? [DRAFT_LINE] : [])],
    footer: `${ctx.marking} · Minutes, ${reference}`,
    author: ctx.authority,
    ...(ctx.logo ? { logo: ctx.logo } : {}),
    blocks,
  };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function orNoneBlocks(blocks: Block[]): Block[] {
  return blocks.length ? blocks : [{ kind: 'paragraph', text: NONE_RECORDED }];
}

function isReported(action: PlanAction): boolean {
  return action.carriedForward || action.progress !== undefined;
}

function headerFacts(ctx: DocumentContext, annexNeeded: boolean): Fact[] {
  const { details } = ctx.conference;
  const previous = details.previousConference;
  return [
    { label: 'Meeting', value: ctx.meetingName },
    { label: 'Nation', value: nationLabel[details.nation] },
    { label: 'Date', value: formatDate(details.date) },
    { label: 'Time', value: timeSpan(details.startTime, details.endTime) || 'Not recorded' },
    { label: 'Venue', value: details.venue || 'Not recorded' },
    {
      label: 'How people joined',
      value: [joinModeWords[details.joinMode], details.joinDetails].filter(Boolean).join('. '),
    },
    { label: 'Chair', value: details.chair || 'Not recorded' },
    { label: 'Minute-taker', value: details.minuteTaker || 'Not recorded' },
    { label: 'Reference', value: details.reference || 'Not recorded' },
    { label: 'Local authority', value: ctx.authority || 'Not recorded' },
    ...(previous
      ? [
          {
            label: 'Previous conference',
            value: `${conferenceTypeLabel(previous.type, details.nation)}, ${formatDate(previous.date)}`,
          },
        ]
      : []),
    { label: 'Protective marking', value: ctx.marking },
    {
      label: 'Restricted annex',
      value: annexNeeded ? 'Held separately; professionals only' : 'None: nothing restricted was recorded',
    },
  ];
}

function childFacts(child: Child): Block {
  const birth: Fact =
    child.unborn || (child.expectedDeliveryDate && !child.dateOfBirth)
      ? { label: 'Expected date of delivery', value: dateOrMissing(child.expectedDeliveryDate) }
      : { label: 'Date of birth', value: dateOrMissing(child.dateOfBirth) };
  return {
    kind: 'facts',
    facts: [
      birth,
      { label: 'Gender', value: child.gender || 'Not recorded' },
      { label: 'Ethnicity', value: child.ethnicity || 'Not recorded' },
      { label: 'School or nursery', value: child.school || 'Not recorded' },
      { label: 'GP', value: child.gp || 'Not recorded' },
      { label: 'NHS number', value: child.nhsNumber || 'Not recorded' },
      { label: 'Legal status', value: child.legalStatus || 'Not recorded' },
    ],
  };
}

function roleAndOrganisation(p: Participant): string {
  const kindWords = {
    family: 'Family',
    professional: 'Professional',
    child: 'Child',
    advocate: 'Advocate',
    interpreter: 'Interpreter',
    supporter: 'Supporter',
  } as const;
  return roleAndWhere(p) || kindWords[p.kind];
}

function attendance(ctx: DocumentContext): Block[] {
  const { participants } = ctx.conference;
  if (!participants.length) return [{ kind: 'paragraph', text: NONE_RECORDED }];
  return [
    {
      kind: 'table',
      columns: [
        { title: 'Name', width: 20 },
        { title: 'Role and organisation', width: 27 },
        { title: 'Attendance', width: 17 },
        { title: 'Times', width: 12 },
        { title: 'Notes', width: 24 },
      ],
      rows: participants.map((p) => {
        const a = p.attendance;
        const notes = [
          // Joined with ". " below: a reason typed with its own full stop must not end up with two.
          a.reason.trim().replace(/[.\s]+$/, ''),
          a.exclusionCriterion ? `Reason for exclusion: ${exclusionCriterionWords[a.exclusionCriterion]}` : '',
          a.decidedBy ? `Decided by ${a.decidedBy}` : '',
          a.status === 'left-early'
            ? a.viewGivenBeforeLeaving
              ? 'Gave their view before leaving'
              : 'Left before giving a view'
            : '',
          p.interpreterLanguage ? `Interpreter: ${p.interpreterLanguage}` : '',
          p.needsAdvocate ? 'Needs an advocate' : '',
        ].filter(Boolean);
        return [
          p.name || 'Name not recorded',
          roleAndOrganisation(p),
          attendanceLabel[a.status],
          timeSpan(a.arrivedAt, a.leftAt) || '–',
          notes.join('. ') || '–',
        ];
      }),
    },
  ];
}

function closedSessions(ctx: DocumentContext): Block[] {
  const { closedSessions: sessions } = ctx.conference;
  if (!sessions.length) return [{ kind: 'paragraph', text: 'No closed session was held.' }];
  return sessions.map((session): Block => {
    const out = session.excludedParticipantIds.map((id) => ctx.people.participant(id));
    const names = out.map((p) => p?.name || 'someone no longer in the attendance list');
    const span = timeSpan(ukClock(session.startedAt), ukClock(session.endedAt));
    const reason = neutralClosedSessionReason(out.map((p) => p?.attendance.exclusionCriterion));
    return {
      kind: 'paragraph',
      text:
        `A closed session was held${span ? ` ${span}` : ''}, ${reason}.` +
        (names.length ? ` Not present: ${names.join(', ')}.` : '') +
        ' What was discussed is recorded in the restricted annex, which is held separately and goes to professionals only.',
    };
  });
}

function reports(ctx: DocumentContext): Block[] {
  const { conference } = ctx;
  const { nation, type, date } = conference.details;
  const overrides = ctx.settings.procedure.timescales;
  if (!conference.reports.length) return [{ kind: 'paragraph', text: 'No written reports were recorded.' }];
  const lastDay = reportSharingDeadline(nation, type, date, overrides);
  const rows = conference.reports.map((r) => {
    let note: string;
    if (r.sharedWithFamilyOn) {
      note =
        lastDay && isReportLate(nation, type, date, r.sharedWithFamilyOn, overrides)
          ? `Late: shared with the family after the last day for sharing (${formatDate(lastDay)})`
          : 'Shared in time';
    } else {
      note = r.notSharedReason
        ? `Not shared with the family: ${r.notSharedReason}`
        : 'Not shared with the family: no reason recorded';
    }
    return [
      [agencyLabel[r.agency], r.organisation].filter(Boolean).join(', '),
      r.author || 'Not recorded',
      dateOrMissing(r.receivedOn),
      dateOrMissing(r.sharedWithFamilyOn, 'Not shared'),
      note,
    ];
  });
  return [
    ...(lastDay
      ? [{ kind: 'paragraph', text: `Reports were due with the family by ${formatDate(lastDay)}.` } as const]
      : []),
    {
      kind: 'table',
      columns: [
        { title: 'Agency', width: 24 },
        { title: 'Author', width: 17 },
        { title: 'Received', width: 15 },
        { title: 'Shared with the family', width: 16 },
        { title: 'Note', width: 28 },
      ],
      rows,
    },
  ];
}

function quorumBlocks(conference: Conference): Block[] {
  const q = quorum(conference.participants);
  const taking = [
    ...new Set(
      conference.participants
        .filter((p) => p.kind === 'professional' && p.agency && isTakingPart(p))
        .map((p) => agencyLabel[p.agency!]),
    ),
  ];
  const written = conference.participants
    .filter((p) => p.attendance.status === 'apologies-with-report' || p.attendance.status === 'report-only')
    .map((p) => `${p.name || 'Name not recorded'}${p.agency ? ` (${agencyLabel[p.agency]})` : ''}`);
  return [
    { kind: 'paragraph', text: q.summary },
    {
      kind: 'facts',
      facts: [
        { label: 'Agencies taking part', value: taking.join(', ') || 'None' },
        { label: 'Written reports or views from people not taking part', value: written.join(', ') || 'None' },
      ],
    },
  ];
}

function purpose(ctx: DocumentContext): string {
  const item = ctx.agenda.find((i) => i.key === 'purpose-and-confidentiality');
  const first = item?.chairPrompts[0]?.replace(/^Purpose:\s*/, '');
  return first ? capitalise(first) : 'To share information and decide how to keep the children safe.';
}

function significantFacts(ctx: DocumentContext): Block[] {
  const { conference, people } = ctx;
  const { details } = conference;
  const nation = details.nation;
  const facts: Fact[] = [{ label: 'Reason for the conference', value: details.reason || 'Not recorded' }];
  if (details.strategyDiscussionOn)
    facts.push({
      label: capitalise(procedureProfile(nation).words.strategyDiscussion),
      value: formatDate(details.strategyDiscussionOn),
    });
  if (details.type === 'transfer-in')
    facts.push(
      { label: 'Sending authority', value: details.sendingAuthority || 'Not recorded' },
      { label: 'Told of the move in writing', value: dateOrMissing(details.transferNotifiedOn) },
    );
  const history = conference.decisions
    .filter((d) => d.previousCategories.length || d.planStartedOn)
    .map((d) => {
      const cats = d.previousCategories.map((k) => categoryWords(k, nation).label).join(', ');
      return (
        `${people.childFirstName(d.childId)}: ` +
        [d.planStartedOn ? `plan since ${formatDate(d.planStartedOn)}` : '', cats ? `under ${cats}` : '']
          .filter(Boolean)
          .join(' ')
      );
    });
  return [
    { kind: 'facts', facts },
    ...(history.length
      ? [{ kind: 'paragraph', lead: 'Plans before this conference: ', text: history.join('; ') } as const]
      : []),
  ];
}

function actionWho(ctx: DocumentContext, action: PlanAction): string {
  const owner = ctx.people.participant(action.ownerParticipantId);
  if (owner)
    return owner.role ? `${owner.name || 'Name not recorded'} (${owner.role})` : owner.name || 'Name not recorded';
  return action.ownerName || 'Not agreed yet';
}

/** "For Mia: " before an entry about some of the children; nothing before one about all of them. */
function forWhom(ctx: DocumentContext, ids: readonly string[]): string {
  const names = ctx.people.childFirstNames(ids);
  return names.length ? `For ${names.join(' and ')}: ` : '';
}

function progressText(action: PlanAction): string {
  if (!action.progress) return action.carriedForward ? 'Not reported' : 'New';
  const words = progressWords(action.progress.rag).statusInWords.toLowerCase();
  const note = action.progress.note.trim();
  return `${ragWords[action.progress.rag]}: ${words}${note ? `. ${note}` : ''}`;
}

function progress(ctx: DocumentContext): Block[] {
  const reported = ctx.conference.plan.actions.filter(isReported);
  if (!reported.length) return [{ kind: 'paragraph', text: 'No progress on earlier actions was recorded.' }];
  return [
    {
      kind: 'table',
      columns: [
        { title: 'Who', width: 20 },
        { title: 'Action', width: 32 },
        { title: 'When', width: 18 },
        { title: 'Progress', width: 30 },
      ],
      rows: reported.map((a) => [
        actionWho(ctx, a),
        `${forWhom(ctx, a.childIds)}${a.what}`,
        dueWords(a.due),
        progressText(a),
      ]),
    },
  ];
}

function childrensViews(ctx: DocumentContext): Block[] {
  const voices = ctx.conference.childVoices.filter((v) => !v.restricted);
  if (!voices.length) return [{ kind: 'paragraph', text: NONE_RECORDED }];
  return voices.map((v) => ({
    kind: 'paragraph',
    lead: `${ctx.people.childFirstName(v.childId)} (${childVoiceMethodWords(v.method).toLowerCase()}): `,
    text: v.summary || 'Not recorded',
  }));
}

function analysis(ctx: DocumentContext): Block[] {
  const { conference } = ctx;
  const { worries, strengths, safetyGoals, scaling } = conference.analysis;
  const entries = <T extends { text: string; childIds: string[]; restricted: boolean }>(
    label: string,
    list: readonly T[],
  ): Block[] => {
    const shown = list.filter((e) => !e.restricted);
    return [
      { kind: 'paragraph', text: label, emphasis: 'strong' },
      shown.length
        ? { kind: 'list', items: shown.map((e) => `${forWhom(ctx, e.childIds)}${e.text}`) }
        : { kind: 'paragraph', text: NONE_RECORDED },
    ];
  };
  const scale = scaleWords(conference.details.type === 'pre-birth');
  const scores = scaling.map((s) => [
    ctx.people.recordLabel(s.participantId),
    s.childId ? ctx.people.childFirstName(s.childId) : 'All the children',
    String(s.score),
    s.comment || '–',
  ]);
  const sorted = scaling.map((s) => s.score).sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  const middle = sorted.length % 2 ? sorted[half] : ((sorted[half - 1] ?? 0) + (sorted[half] ?? 0)) / 2;
  return [
    { kind: 'heading', level: 3, text: 'What are we worried about?' },
    ...entries(
      'Harm',
      worries.filter((w) => w.kind === 'harm'),
    ),
    ...entries(
      'Danger statements',
      worries.filter((w) => w.kind === 'danger-statement'),
    ),
    ...entries(
      'Complicating factors',
      worries.filter((w) => w.kind === 'complicating-factor'),
    ),
    { kind: 'heading', level: 3, text: 'What is working well?' },
    ...entries(
      'Strengths',
      strengths.filter((s) => s.kind === 'strength'),
    ),
    ...entries(
      'Existing safety',
      strengths.filter((s) => s.kind === 'existing-safety'),
    ),
    { kind: 'heading', level: 3, text: 'What needs to happen?' },
    ...entries('Safety goals', safetyGoals),
    { kind: 'heading', level: 3, text: 'Scaling' },
    {
      kind: 'paragraph',
      text: `On a scale of 0 to 10: 0 means ${lowerFirst(scale.zeroMeans)}; 10 means ${lowerFirst(scale.tenMeans)}.`,
    },
    ...(scores.length
      ? [
          {
            kind: 'paragraph',
            text: `${sorted.length} ${sorted.length === 1 ? 'score was' : 'scores were'} given, from ${sorted[0]} to ${sorted[sorted.length - 1]}; the middle score was ${middle}.`,
          } as const,
          {
            kind: 'table',
            columns: [
              { title: 'Who', width: 38 },
              { title: 'About', width: 17 },
              { title: 'Score', width: 10 },
              { title: 'Comment', width: 35 },
            ],
            rows: scores,
          } as const,
        ]
      : [{ kind: 'paragraph', text: 'No scores were recorded.' } as const]),
  ];
}

function otherChildren(ctx: DocumentContext): Block[] {
  const shown = ctx.conference.otherChildren.filter((c) => !c.restricted);
  const withheld = ctx.conference.otherChildren.length - shown.length;
  const blocks: Block[] = shown.length
    ? [
        {
          kind: 'table',
          columns: [
            { title: 'Name', width: 18 },
            { title: 'Date of birth', width: 15 },
            { title: 'Where they live', width: 22 },
            { title: 'Connection', width: 20 },
            { title: 'Conclusion', width: 25 },
          ],
          rows: shown.map((c) => [
            c.name || 'Not recorded',
            dateOrMissing(c.dateOfBirth),
            c.whereTheyLive || 'Not recorded',
            c.connection || 'Not recorded',
            c.conclusion || 'Not recorded',
          ]),
        },
      ]
    : [{ kind: 'paragraph', text: withheld ? 'None in this record.' : 'No other children were recorded.' }];
  if (withheld)
    blocks.push({
      kind: 'paragraph',
      text: `${withheld === 1 ? 'One further child is' : `${withheld} further children are`} recorded in the restricted annex.`,
    });
  return blocks;
}

function agencyViewWords(ctx: DocumentContext, view: 'plan' | 'no-plan' | 'no-view'): string {
  const plan = capitalise(procedureProfile(ctx.conference.details.nation).words.plan);
  return { plan: `${plan} needed`, 'no-plan': `${plan} not needed`, 'no-view': 'No view given' }[view];
}

function decision(ctx: DocumentContext, child: Child): Block[] {
  const { conference, people } = ctx;
  const nation = conference.details.nation;
  const d: ChildDecision | undefined = conference.decisions.find((x) => x.childId === child.id);
  const name = people.childFirstName(child.id);
  const blocks: Block[] = [{ kind: 'heading', level: 3, text: people.childFullName(child.id) }];
  if (!d) return [...blocks, { kind: 'paragraph', text: 'Not decided yet.' }];
  const support = alternativeSupportWords(d, nation, name);
  const labels = (keys: readonly string[]) => keys.map((k) => categoryWords(k, nation).label).join(', ');
  blocks.push({
    kind: 'facts',
    facts: [
      { label: 'Decision', value: outcomeWords(d.outcome, nation, name) },
      {
        label: categoryHeading(nation),
        value: labels(d.categories) || (planInPlace(d.outcome) && d.outcome ? 'Not recorded' : 'None'),
      },
      ...(d.previousCategories.length
        ? [{ label: `Previous ${lowerFirst(categoryHeading(nation))}`, value: labels(d.previousCategories) }]
        : []),
      ...(d.planStartedOn ? [{ label: 'Plan started', value: formatDate(d.planStartedOn) }] : []),
      ...(support ? [{ label: 'Help instead of a plan', value: support }] : []),
      ...(d.stepDownPlan ? [{ label: 'Step-down plan', value: d.stepDownPlan }] : []),
      { label: 'Chair’s reasons', value: d.chairReasons || 'Not recorded' },
    ],
  });
  blocks.push({ kind: 'paragraph', text: 'Each agency’s view', emphasis: 'strong' });
  blocks.push(
    d.agencyViews.length
      ? {
          kind: 'table',
          columns: [
            { title: 'Who', width: 35 },
            { title: 'View', width: 20 },
            { title: 'Given', width: 13 },
            { title: 'Reason', width: 32 },
          ],
          rows: d.agencyViews.map((v) => [
            people.recordLabel(v.participantId),
            agencyViewWords(ctx, v.view),
            v.givenHow === 'in-writing' ? 'In writing' : 'In person',
            v.reason || '–',
          ]),
        }
      : { kind: 'paragraph', text: 'No agency views recorded.' },
  );
  blocks.push({ kind: 'paragraph', text: 'The family’s views on the decision', emphasis: 'strong' });
  blocks.push(
    ...(d.familyViews.length
      ? d.familyViews.map((v): Block => ({
          kind: 'paragraph',
          lead: `${people.recordLabel(v.participantId)}: `,
          text: v.text,
        }))
      : [{ kind: 'paragraph', text: NONE_RECORDED } as const]),
  );
  blocks.push({ kind: 'paragraph', text: 'Dissent', emphasis: 'strong' });
  blocks.push(
    ...(d.dissent.length
      ? d.dissent.map((x): Block => ({
          kind: 'paragraph',
          lead: `${people.recordLabel(x.participantId)} disagreed: `,
          text: `${x.text}${x.escalationRoute ? `\nEscalation route: ${x.escalationRoute}` : ''}`,
        }))
      : [{ kind: 'paragraph', text: 'No dissent recorded.' } as const]),
  );
  return blocks;
}

function plan(ctx: DocumentContext): Block[] {
  const { plan: p } = ctx.conference;
  const lead = ctx.people.participant(p.leadSocialWorkerParticipantId);
  const current = p.actions.filter(actionContinues);
  const finished = p.actions.length - current.length;
  return [
    { kind: 'heading', level: 3, text: 'Outcomes' },
    p.outcomes.length
      ? {
          kind: 'list',
          items: p.outcomes.map((o) => `${forWhom(ctx, o.childIds)}${o.text}${o.why ? ` Why: ${o.why}` : ''}`),
        }
      : { kind: 'paragraph', text: NONE_RECORDED },
    { kind: 'heading', level: 3, text: 'Actions' },
    ...(finished
      ? [
          {
            kind: 'paragraph',
            text: `${finished === 1 ? 'One action' : `${finished} actions`} from the last plan ${finished === 1 ? 'is' : 'are'} finished or no longer needed, and not repeated here: see Progress on the plan.`,
          } as const,
        ]
      : []),
    current.length
      ? {
          kind: 'table',
          columns: [
            { title: 'Who', width: 17 },
            { title: 'What', width: 31 },
            { title: 'When', width: 16 },
            { title: 'How we will know', width: 18 },
            { title: 'Progress', width: 18 },
          ],
          rows: current.map((a) => [
            actionWho(ctx, a),
            `${forWhom(ctx, a.childIds)}${a.what}`,
            dueWords(a.due),
            a.howWeWillKnow || 'Not recorded',
            progressText(a),
          ]),
        }
      : { kind: 'paragraph', text: NONE_RECORDED },
    { kind: 'heading', level: 3, text: 'Support offered' },
    p.support.length
      ? { kind: 'list', items: p.support.map((s) => (s.providedBy ? `${s.text} (${s.providedBy})` : s.text)) }
      : { kind: 'paragraph', text: NONE_RECORDED },
    { kind: 'heading', level: 3, text: 'Contact arrangements' },
    { kind: 'paragraph', text: orNone(p.contactArrangements) },
    { kind: 'heading', level: 3, text: 'Lead professional' },
    {
      kind: 'facts',
      facts: [
        { label: 'Lead social worker', value: lead ? ctx.people.recordLabel(lead.id) : 'Not recorded' },
        { label: 'Team manager', value: p.teamManager || 'Not recorded' },
        { label: 'Visits', value: p.visitingFrequency || 'Not recorded' },
      ],
    },
  ];
}

function coreGroupAndReview(ctx: DocumentContext): Block[] {
  const { coreGroup: g, review, decisions } = ctx.conference;
  const label = (id: string | undefined) => (id ? ctx.people.recordLabel(id) : 'Not recorded');
  const anyPlan = decisions.length === 0 || decisions.some((d) => planInPlace(d.outcome));
  const recorded = g.memberParticipantIds.length > 0 || g.firstMeetingOn !== undefined || g.cadence !== undefined;
  const blocks: Block[] = [];
  if (!recorded && !anyPlan) {
    blocks.push({ kind: 'paragraph', text: 'No core group: no child is on a plan after this conference.' });
  } else {
    blocks.push({
      kind: 'facts',
      facts: [
        {
          label: 'Core group for',
          value: ctx.people.childFirstNames(g.childIds).join(', ') || 'All the children on a plan',
        },
        {
          label: 'Members',
          value: g.memberParticipantIds.map((id) => ctx.people.recordLabel(id)).join('; ') || 'Not recorded',
        },
        { label: 'Convenor', value: label(g.convenorParticipantId) },
        { label: 'Chair', value: label(g.chairParticipantId) },
        { label: 'Recorder', value: label(g.recorderParticipantId) },
        {
          label: 'First meeting',
          value: g.firstMeetingOn
            ? `${formatDate(g.firstMeetingOn)}${g.firstMeetingTime ? ` at ${g.firstMeetingTime}` : ''}`
            : 'Not booked',
        },
        { label: 'How often', value: cadenceWords(g.cadence) },
      ],
    });
    blocks.push({ kind: 'paragraph', text: 'Back to conference early if', emphasis: 'strong' });
    blocks.push(
      g.returnToConferenceWhen.length
        ? { kind: 'list', items: g.returnToConferenceWhen }
        : { kind: 'paragraph', text: NONE_RECORDED },
    );
  }
  blocks.push({
    kind: 'facts',
    facts: [
      {
        label: 'Next review',
        value: review.nextReviewOn
          ? `${formatDate(review.nextReviewOn)}${review.nextReviewTime ? ` at ${review.nextReviewTime}` : ''}`
          : anyPlan
            ? 'Not booked'
            : 'No review: no child is on a plan',
      },
      { label: 'Invited to the review', value: review.invitees || 'Not recorded' },
    ],
  });
  return blocks;
}

function dates(ctx: DocumentContext): Block[] {
  if (!ctx.deadlines.length) return [{ kind: 'paragraph', text: NONE_RECORDED }];
  return [
    {
      kind: 'table',
      columns: [
        { title: 'What', width: 22 },
        { title: 'Date', width: 16 },
        { title: 'Rule', width: 34 },
        { title: 'Status', width: 28 },
      ],
      rows: ctx.deadlines.map((d) => [
        d.label,
        d.dueOn ? `${d.limit === 'no-earlier-than' ? 'Not before ' : 'By '}${formatDate(d.dueOn)}` : 'Not worked out',
        d.rule,
        deadlineStatusWords(d),
      ]),
    },
  ];
}

function otherDecisions(ctx: DocumentContext): Block[] {
  const { otherDecisions: o, details } = ctx.conference;
  const profile = procedureProfile(details.nation);
  const facts: Fact[] = [];
  if (profile.considersReporterReferral || o.reporterReferral !== 'not-considered')
    facts.push({
      label: 'Referral to the Children’s Reporter',
      value: [reporterWords[o.reporterReferral], o.reporterReason].filter(Boolean).join('. '),
    });
  facts.push(
    { label: 'Emergency measures', value: o.emergencyMeasures || 'None' },
    {
      label: 'Legal planning',
      value: [legalPlanningWords[o.legalPlanning], o.legalPlanningDetail].filter(Boolean).join('. '),
    },
    { label: 'Other services', value: o.otherServices || 'None' },
  );
  if (details.type === 'pre-birth' || o.orderAtBirth)
    facts.push({ label: 'Order at birth', value: o.orderAtBirth || 'None' });
  return [
    { kind: 'facts', facts },
    { kind: 'paragraph', text: 'Referrals', emphasis: 'strong' },
    o.referrals.length
      ? {
          kind: 'list',
          items: o.referrals.map((r) => (r.detail ? `${referralWords[r.kind]}: ${r.detail}` : referralWords[r.kind])),
        }
      : { kind: 'paragraph', text: 'None' },
    { kind: 'paragraph', text: 'Assessments commissioned', emphasis: 'strong' },
    o.assessments.length
      ? {
          kind: 'table',
          columns: [
            { title: 'Assessment', width: 50 },
            { title: 'By', width: 25 },
            { title: 'Due', width: 25 },
          ],
          rows: o.assessments.map((a) => [a.what, a.by || 'Not recorded', dateOrMissing(a.dueOn)]),
        }
      : { kind: 'paragraph', text: 'None' },
  ];
}

/** Notes on items this build does not know (a newer file, a removed item): kept, never dropped. */
/** Agenda items the chair did not take, each with the reason given: the minute must show what was not covered. */
function skippedItems(ctx: DocumentContext): Block[] {
  const skipped = Object.entries(ctx.conference.agenda.items).filter(([, progress]) => progress.status === 'skipped');
  if (skipped.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: 'Agenda items not taken' },
    {
      kind: 'facts',
      facts: skipped.map(([key, progress]) => ({
        label: itemTitle(ctx, key),
        value: progress.skippedReason || 'No reason recorded',
      })),
    },
  ];
}

function unplacedNotes(ctx: DocumentContext, notes: readonly Note[]): Block[] {
  const owned = new Set<string>(Object.values(MINUTE_SECTION_ITEMS).flat());
  const known = new Set<string>(agendaItemKeys);
  const stray = notes.filter((n) => !owned.has(n.itemKey) || !known.has(n.itemKey));
  if (!stray.length) return [];
  return [{ kind: 'heading', level: 2, text: 'Other notes' }, ...notesByItem(ctx, stray)];
}

function approval(ctx: DocumentContext): Block[] {
  const full = deadline(ctx, 'full-minutes');
  const corrections = deadline(ctx, 'minutes-corrections');
  const chair = ctx.conference.details.chair || 'the chair';
  return [
    {
      kind: 'facts',
      facts: [
        ...(full?.dueOn
          ? [{ label: `${full.label} due`, value: withRule(`By ${formatDate(full.dueOn)}`, full.rule) }]
          : []),
        ...(corrections?.dueOn
          ? [
              {
                label: 'Corrections to the chair',
                value: withRule(`By ${formatDate(corrections.dueOn)}`, corrections.rule),
              },
            ]
          : []),
      ],
    },
    { kind: 'signature', lines: [`Approved by ${chair}, chair`, 'Signed', 'Date'] },
  ];
}

function distribution(ctx: DocumentContext, copies: readonly FamilyPlanCopy[], annexNeeded: boolean): Block[] {
  const rows = minuteDistribution(ctx, copies, annexNeeded);
  return [
    rows.length
      ? {
          kind: 'table',
          columns: [
            { title: 'Name', width: 45 },
            { title: 'Receives', width: 55 },
          ],
          rows,
        }
      : { kind: 'paragraph', text: NONE_RECORDED },
    ...(annexNeeded
      ? [
          {
            kind: 'paragraph',
            text: 'The restricted annex is held separately and goes to professionals only, never to family members.',
          } as const,
        ]
      : []),
  ];
}
