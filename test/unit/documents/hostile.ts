import fc from 'fast-check';
import {
  ChildDecisionOutcome,
  Conference,
  ConferenceType,
  Nation,
  type ConferenceInput,
} from '@shared/model/conference';
import { OrganisationSettings } from '@shared/model/settings';
import { westbrookForDocuments } from './westbrook-documents';

/**
 * Random conferences full of hostile text (C0 and C1 controls, U+FFFE, U+FFFF, lone surrogates, emoji, right-to-left
 * names, 50,000-character notes, empty everything), shared by the property test and the fuzz benchmark.
 */

// A 1×1 PNG, so that the logo path is exercised too.
export const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

// ---------------------------------------------------------------------------------------------------------------
// Hostile conferences

export const hostilePiece = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '\u0000',
      '\u0001',
      '\u0008',
      '\u000B',
      '\u000C',
      '\u001F',
      '\u007F',
      '\u0085',
      '\u009F',
      '\uFFFE',
      '\uFFFF',
      '\uFDD0',
      '\uD800',
      '\uDBFF',
      '\uDC00',
      '\uDFFF',
      '\n',
      '\r\n',
      '\r',
      '\t',
      '😀',
      '👩‍👧‍👦',
      '\u202E',
      '\u200B',
      'مريم العلي',
      'אבי כהן',
      '<w:t>',
      '&amp;',
      ']]>',
      '"\'<>&',
      'DSL s47 PLO',
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

export const hostileText = (maxLength: number) =>
  fc.array(hostilePiece, { maxLength: 12 }).map((pieces) => pieces.join('').slice(0, maxLength));

/** Fields that hold typed text, by name: every one is replaced with hostile text. */
const TEXT_KEYS = new Set([
  'givenName',
  'familyName',
  'knownAs',
  'gender',
  'ethnicity',
  'school',
  'gp',
  'nhsNumber',
  'legalStatus',
  'relationship',
  'address',
  'contactRestrictions',
  'language',
  'name',
  'whereTheyLive',
  'connection',
  'conclusion',
  'organisation',
  'role',
  'email',
  'phone',
  'reason', // attendance, agency views, closed sessions, report sharing (why not shared, what a summary leaves out)
  'decidedBy',
  'interpreterLanguage',
  'author',
  'skippedReason',
  'text',
  'summary',
  'source',
  'comment',
  'chairReasons',
  'escalationRoute',
  'alternativeLead',
  'stepDownPlan',
  'why',
  'what',
  'ownerName',
  'howWeWillKnow',
  'note',
  'providedBy',
  'if',
  'then',
  'contactArrangements',
  'teamManager',
  'visitingFrequency',
  'invitees',
  'detail',
  'by',
  'reporterReason',
  'emergencyMeasures',
  'legalPlanningDetail',
  'otherServices',
  'orderAtBirth',
  'venue',
  'joinDetails',
  'chair',
  'minuteTaker',
  'reference',
  'localAuthority',
  'sendingAuthority',
]);
const TEXT_LIST_KEYS = new Set(['returnToConferenceWhen', 'categories', 'previousCategories']);

function replaceText(value: unknown, next: () => string): unknown {
  if (Array.isArray(value)) return value.map((v) => replaceText(v, next));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (TEXT_KEYS.has(key) && typeof v === 'string') out[key] = next();
    else if (TEXT_LIST_KEYS.has(key) && Array.isArray(v)) out[key] = v.map(() => next());
    else out[key] = replaceText(v, next);
  }
  return out;
}

const LISTS = [
  'children',
  'adults',
  'otherChildren',
  'participants',
  'reports',
  'notes',
  'childVoices',
  'restrictedRecords',
] as const;

export const hostileConference = fc
  .record({
    texts: fc.array(hostileText(120), { minLength: 1, maxLength: 40 }),
    longNote: fc.option(hostileText(40), { freq: 8 }),
    empty: fc.boolean(),
    emptied: fc.subarray([...LISTS]),
    nation: fc.constantFrom(...Nation.options),
    type: fc.constantFrom(...ConferenceType.options),
    outcomes: fc.array(fc.option(fc.constantFrom(...ChildDecisionOutcome.options)), { minLength: 2, maxLength: 2 }),
    restrictEverything: fc.boolean(),
    closedSession: fc.constantFrom('none', 'ended', 'open', 'silent'),
    kieran: fc.constantFrom('present', 'excluded-part', 'excluded-whole'),
  })
  .map((g): Conference => {
    let i = 0;
    const next = () => g.texts[i++ % g.texts.length] ?? '';
    const base = replaceText(JSON.parse(JSON.stringify(westbrookForDocuments())), next) as ConferenceInput;
    base.details!.nation = g.nation;
    base.details!.type = g.type;
    g.outcomes.forEach((outcome, k) => {
      const decision = base.decisions?.[k];
      if (decision) decision.outcome = outcome ?? undefined;
    });
    if (g.longNote !== null) {
      const unit = g.longNote || 'x';
      base.notes!.push({
        id: 'long-note',
        itemKey: 'agency-information',
        text: unit.repeat(Math.ceil(50_000 / unit.length)).slice(0, 50_000),
        createdAt: '2026-12-01T14:40:00.000Z',
      });
    }
    if (g.restrictEverything) {
      const restrict = (ref: string) => {
        base.captures = { ...base.captures, [ref]: { audience: { level: 'restricted', withheldFrom: [] } } };
      };
      for (const n of base.notes ?? []) restrict(`note:${n.id}`);
      for (const w of base.analysis?.worries ?? []) restrict(`worry:${w.id}`);
      for (const v of base.childVoices ?? []) restrict(`childVoice:${v.id}`);
      for (const a of base.adults ?? []) a.addressRestricted = true;
    }
    if (g.closedSession !== 'none') {
      base.closedSessions = [
        {
          id: 'closed-1',
          startedAt: '2026-12-01T14:26:00.000Z',
          ...(g.closedSession === 'open' ? {} : { endedAt: '2026-12-01T14:34:00.000Z' }),
          reason: next(),
          excludedParticipantIds: ['p-kieran', 'p-jade'],
        },
      ];
      if (g.closedSession !== 'silent')
        base.notes!.push({
          id: 'closed-note',
          itemKey: 'analysis',
          text: next(),
          closedSessionId: 'closed-1',
          createdAt: '2026-12-01T14:30:00.000Z',
        });
    }
    const kieran = base.participants?.find((p) => p.id === 'p-kieran');
    if (kieran) kieran.attendance = { status: g.kieran, leftAt: '14:50', reason: next() };
    for (const list of g.emptied) base[list] = [];
    if (g.empty) {
      for (const list of LISTS) base[list] = [];
      base.decisions = [];
      base.plan = {};
      base.analysis = {};
      base.coreGroup = {};
      base.review = {};
      base.closedSessions = [];
    }
    return Conference.parse(base);
  });

export const hostileSettings = fc
  .record({ texts: fc.array(hostileText(200), { minLength: 7, maxLength: 7 }), logo: fc.boolean() })
  .map(({ texts, logo }) =>
    OrganisationSettings.parse({
      authorityName: texts[0],
      teamName: texts[1],
      teamPhone: texts[2],
      outOfHoursPhone: texts[3],
      complaintsContact: texts[4],
      advocacyContact: texts[5],
      protectiveMarking: texts[6],
      ...(logo ? { logoDataUrl: PNG } : {}),
    }),
  );
