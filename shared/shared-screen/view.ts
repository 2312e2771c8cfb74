import { agendaForConference, agendaItem } from '../agenda/definitions';
import { currentItem, itemProgress, nextItemKey } from '../agenda/progress';
import type { AgendaItemDefinition, SharedScreenPanel } from '../agenda/types';
import type { ActionPerson, Child, Conference, Nation, Participant, PlanAction } from '../model/conference';
import { findLeaks, stringsIn, type Leak } from '../audience/leak-guard';
import { ReaderView } from '../audience/visibility';
import { formatDateLong } from '../format/dates';
import { conferenceTypeLabel } from '../wording/labels';
import { actionOwners, named } from '../plan/owners';
import { actionOnlyForChildrenWithoutPlan } from '../plan/plan-checks';
import { leadProfessionalTitle, procedureProfile } from '../procedure/profiles';
import { CHECK_QUESTION, HOLDING_MESSAGE, WELCOME_MESSAGE } from './plain-words';
import {
  andList,
  cadenceWords,
  capitalise,
  childName,
  childVoiceMethodWords,
  continueSentence,
  dateAndTimeInWords,
  dueWords,
  progressWords,
  properNamesOf,
  rightToChallengeWords,
  scaleWords,
  timeInWords,
} from '../wording/sentences';
import {
  alternativeSupportWords,
  categoryHeading,
  categoryWords,
  outcomeWords,
  planInPlace,
} from '../plan/decision-words';
import type {
  ActionLine,
  AgendaPanels,
  AgendaView,
  AnalysisBoard,
  Arrangements,
  BoardEntry,
  ChildVoiceLine,
  DecisionLine,
  DraftPlan,
  HoldingView,
  OutlineEntry,
  PlanHistoryLine,
  SharedScreenChoice,
  SharedScreenView,
  ProgressLine,
  ReadBackView,
  ScalingGroup,
  ScalingSummary,
  WelcomeView,
} from './types';

/**
 * The shared screen's content, computed from the conference and what the chair asked to show.
 *
 * This is an allow-list: every field of the view is built from a field chosen here on purpose, never by copying the
 * conference and deleting what is sensitive. A field added to the model later therefore stays off the screen until
 * someone decides it belongs there. Deliberately never read here:
 * - notes (minute-taker material, restricted or not), restricted records, chair prompts, timers;
 * - any text whose audience is not everyone, or that is withheld from anyone (the shared screen is a reader too: see
 *   shared/audience), and the whole screen while a closed session is open;
 * - adults' addresses and contact restrictions, phone numbers, emails, NHS numbers, dates of birth;
 * - other children outside the household (third parties whose whereabouts may themselves be restricted);
 * - free-text fields written for professionals rather than the family: the reason for the conference (it can name
 *   the referrer or other third parties), progress notes, scaling comments, agency and family view texts, the
 *   chair's reasons, dissent, the step-down text, contact arrangements and other-decision details. They are said
 *   aloud in the room where appropriate; the screen keeps to structured fields and text written for the family plan.
 */
/** What the view needs from the organisation's settings: what the lead professional is called here. */
export type SharedScreenOptions = { leadProfessionalTitle?: string };

export function sharedScreenView(
  conference: Conference,
  screen: SharedScreenChoice,
  options: SharedScreenOptions = {},
): SharedScreenView {
  return sharedScreenViewAndLeaks(conference, screen, options).view;
}

/**
 * The view and what the leak guard found in it, worked out once: the chair's window publishes the one and says why
 * the shared screen holds from the other.
 */
export function sharedScreenViewAndLeaks(
  conference: Conference,
  screen: SharedScreenChoice,
  options: SharedScreenOptions = {},
): { view: SharedScreenView; leaks: Leak[] } {
  const base: Base = {
    conferenceId: conference.id,
    meetingName: conferenceTypeLabel(conference.details.type, conference.details.nation),
    zoom: clampZoom(screen.zoom),
  };
  // Professionals-only time overrides whatever the chair last asked for: forgetting to switch the screen when
  // the family leaves the room must not show anything said, or typed, while they are out.
  if (conference.closedSessions.some((session) => session.endedAt === undefined)) {
    return { view: holdingView(base), leaks: [] };
  }

  // Every text on the shared screen is judged for the shared screen as a reader: for everyone, and withheld from nobody
  // in the room.
  const sharedScreen = new ReaderView(conference, { kind: 'shared-screen' });
  const view = buildView(conference, screen, sharedScreen, base, options);
  // The leak guard: words the shared screen must not show, typed again into something it does show (a refuge address in
  // a plan action), hold the screen instead. The chair's window says why; the shared screen never shows the match.
  const leaks = view.mode === 'holding' ? [] : findLeaks(sharedScreen, stringsIn(view));
  return { view: leaks.length > 0 ? holdingView(base) : view, leaks };
}

/**
 * The view as the builders make it, before the leak guard looks at it: what tests check, so that a builder that
 * prints something without asking the shared screen is caught even where the guard would happen to hold the screen.
 */
export function sharedScreenViewBeforeGuard(
  conference: Conference,
  screen: SharedScreenChoice,
  options: SharedScreenOptions = {},
): SharedScreenView {
  const base: Base = {
    conferenceId: conference.id,
    meetingName: conferenceTypeLabel(conference.details.type, conference.details.nation),
    zoom: clampZoom(screen.zoom),
  };
  if (conference.closedSessions.some((session) => session.endedAt === undefined)) return holdingView(base);
  return buildView(conference, screen, new ReaderView(conference, { kind: 'shared-screen' }), base, options);
}

/** What the leak guard found in the view the chair asked for: empty when the shared screen may show it. */
export function sharedScreenLeaks(conference: Conference, screen: SharedScreenChoice): Leak[] {
  return sharedScreenViewAndLeaks(conference, screen).leaks;
}

function buildView(
  conference: Conference,
  screen: SharedScreenChoice,
  sharedScreen: ReaderView,
  base: Base,
  options: SharedScreenOptions,
): SharedScreenView {
  const names = new ChildNames(conference.children);
  const words: Words = {
    lead: leadProfessionalTitle(conference.details.nation, options.leadProfessionalTitle),
    properNames: properNamesOf(conference),
  };
  switch (screen.mode) {
    case 'holding':
      return holdingView(base);
    case 'welcome':
      return welcomeView(conference, names, base);
    case 'agenda':
      return agendaView(conference, names, sharedScreen, words, screen.itemKey, base) ?? holdingView(base);
    case 'read-back':
      return readBackView(conference, names, sharedScreen, words, screen.readBackChildId, base) ?? holdingView(base);
    default:
      // A mode this build does not know (a request from a newer chair window) gets the safe screen.
      return holdingView(base);
  }
}

type Base = { conferenceId: string; meetingName: string; zoom: number };

/** Words the builders share: what the lead professional is called, and the names a sentence may start with. */
type Words = { lead: string; properNames: ReadonlySet<string> };

const MIN_ZOOM = 0.5;
const MAX_ZOOM = 3;

function clampZoom(zoom: number | undefined): number {
  if (zoom === undefined || !Number.isFinite(zoom)) return 1;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

function holdingView(base: Base): HoldingView {
  return { mode: 'holding', ...base, message: HOLDING_MESSAGE };
}

function welcomeView(conference: Conference, names: ChildNames, base: Base): WelcomeView {
  return {
    mode: 'welcome',
    ...base,
    localAuthority: conference.details.localAuthority,
    dateInWords: formatDateLong(conference.details.date),
    startTimeInWords: timeInWords(conference.details.startTime),
    // Read as a list in a sentence ("For Sam, Ella and the baby").
    childrenNames: conference.children.map((child) => names.sentence(child.id)),
    message: WELCOME_MESSAGE,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Agenda mode

function agendaView(
  conference: Conference,
  names: ChildNames,
  sharedScreen: ReaderView,
  words: Words,
  requestedKey: string | undefined,
  base: Base,
): AgendaView | undefined {
  const agenda = agendaForConference(conference);
  const shown = agendaItem(agenda, requestedKey) ?? currentItem(agenda, conference.agenda) ?? agenda[0];
  if (!shown) return undefined;
  return {
    mode: 'agenda',
    ...base,
    item: {
      key: shown.key,
      title: shown.publicTitle,
      summary: shown.publicSummary,
      number: agenda.indexOf(shown) + 1,
      count: agenda.length,
    },
    outline: outline(agenda, conference, shown),
    panels: panels(shown.shows, conference, names, sharedScreen, words),
  };
}

function outline(
  agenda: readonly AgendaItemDefinition[],
  conference: Conference,
  shown: AgendaItemDefinition,
): OutlineEntry[] {
  // "Next" is relative to the item on screen, so the family sees what follows what they are looking at.
  const next = nextItemKey(agenda, { ...conference.agenda, currentItemKey: shown.key });
  return agenda.map((item) => {
    const status = itemProgress(conference.agenda, item.key).status;
    const marker =
      item.key === shown.key
        ? 'current'
        : status === 'done'
          ? 'done'
          : status === 'skipped'
            ? 'skipped'
            : item.key === next
              ? 'next'
              : 'to-come';
    return { key: item.key, title: item.publicTitle, marker };
  });
}

function panels(
  shows: readonly SharedScreenPanel[],
  conference: Conference,
  names: ChildNames,
  sharedScreen: ReaderView,
  words: Words,
): AgendaPanels {
  const result: AgendaPanels = {};
  for (const panel of shows) {
    switch (panel) {
      case 'plan-history':
        result.planHistory = planHistory(conference, names);
        break;
      case 'plan-progress':
        result.planProgress = planProgress(conference, names, sharedScreen, words);
        break;
      case 'child-voices':
        result.childVoices = childVoices(conference, names, sharedScreen);
        break;
      case 'analysis':
        result.analysis = analysisBoard(conference, names, sharedScreen);
        break;
      case 'scaling':
        result.scaling = scalingSummary(conference, names);
        break;
      case 'decisions':
        result.decisions = conference.children.map((child) => decisionLine(conference, names, sharedScreen, child));
        break;
      case 'plan':
        result.plan = draftPlan(conference, names, sharedScreen, words, undefined);
        break;
      case 'arrangements':
        result.arrangements = arrangements(conference, sharedScreen, words, undefined);
        break;
    }
  }
  return result;
}

function planHistory(conference: Conference, names: ChildNames): PlanHistoryLine[] {
  const nation = conference.details.nation;
  return conference.children.map((child) => {
    const decision = conference.decisions.find((d) => d.childId === child.id);
    return {
      childName: names.heading(child.id),
      planSince: formatDateLong(decision?.planStartedOn),
      categoryHeading: categoryHeading(nation),
      categories: (decision?.previousCategories ?? []).map((key) => categoryWords(key, nation)),
    };
  });
}

function planProgress(
  conference: Conference,
  names: ChildNames,
  sharedScreen: ReaderView,
  words: Words,
): ProgressLine[] {
  // Progress notes stay off the screen: they are written for the minutes and can carry an adult's health details.
  return conference.plan.actions
    .filter(
      (action) => (action.carriedForward || action.progress !== undefined) && sharedScreen.shows(`action:${action.id}`),
    )
    .map((action) => ({
      ...actionLine(conference, names, sharedScreen, words, action),
      ...progressWords(action.progress?.rag),
    }));
}

function childVoices(conference: Conference, names: ChildNames, sharedScreen: ReaderView): ChildVoiceLine[] {
  return conference.childVoices
    .filter(
      (voice) =>
        sharedScreen.shows(`childVoice:${voice.id}`) && names.has(voice.childId) && voice.summary.trim() !== '',
    )
    .map((voice) => ({
      childName: names.heading(voice.childId),
      how: childVoiceMethodWords(voice.method),
      summary: voice.summary,
    }));
}

function analysisBoard(conference: Conference, names: ChildNames, sharedScreen: ReaderView): AnalysisBoard {
  const { worries, strengths, safetyGoals } = conference.analysis;
  const entries = <T extends { id: string; text: string; childIds: string[] }>(
    prefix: 'worry' | 'strength' | 'safetyGoal',
    list: readonly T[],
    keep: (entry: T) => boolean = () => true,
  ): BoardEntry[] =>
    list
      .filter((entry) => sharedScreen.shows(`${prefix}:${entry.id}`) && keep(entry))
      .map((entry) => ({ text: entry.text, children: names.list(entry.childIds) }));
  return {
    worries: {
      harm: entries('worry', worries, (w) => w.kind === 'harm'),
      dangerStatements: entries('worry', worries, (w) => w.kind === 'danger-statement'),
      complicatingFactors: entries('worry', worries, (w) => w.kind === 'complicating-factor'),
    },
    workingWell: {
      strengths: entries('strength', strengths, (s) => s.kind === 'strength'),
      existingSafety: entries('strength', strengths, (s) => s.kind === 'existing-safety'),
    },
    needsToHappen: { safetyGoals: entries('safetyGoal', safetyGoals) },
  };
}

/**
 * Scaling shows the spread (lowest, middle, highest) and how many scored, never who gave which score. Scores are
 * often collected privately so that nobody anchors on the first number said aloud, and professionals hold back in
 * front of families: a name beside a low score on a screen the whole room can read invites both problems. Who
 * scored what is still in the file for the minutes. Comments are left out for the same reason.
 */
function scalingSummary(conference: Conference, names: ChildNames): ScalingSummary {
  const scores = conference.analysis.scaling;
  const groups: ScalingGroup[] = [];
  const overall = scores.filter((s) => s.childId === undefined).map((s) => s.score);
  const onlyChild = conference.children.length === 1 ? conference.children[0] : undefined;
  const overallGroup = spread(onlyChild ? names.heading(onlyChild.id) : 'All the children', overall);
  if (overallGroup) groups.push(overallGroup);
  for (const child of conference.children) {
    const group = spread(
      names.heading(child.id),
      scores.filter((s) => s.childId === child.id).map((s) => s.score),
    );
    if (group) groups.push(group);
  }
  return { ...scaleWords(conference.details.type === 'pre-birth'), groups };
}

function spread(about: string, scores: number[]): ScalingGroup | undefined {
  if (scores.length === 0) return undefined;
  const sorted = [...scores].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  const middle = sorted.length % 2 === 1 ? (sorted[half] ?? 0) : ((sorted[half - 1] ?? 0) + (sorted[half] ?? 0)) / 2;
  return {
    about,
    count: sorted.length,
    lowest: sorted[0] ?? 0,
    highest: sorted[sorted.length - 1] ?? 0,
    middle,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Decisions and the plan (shared by agenda mode and read-back)

function decisionLine(conference: Conference, names: ChildNames, sharedScreen: ReaderView, child: Child): DecisionLine {
  const nation: Nation = conference.details.nation;
  const found = conference.decisions.find((d) => d.childId === child.id);
  // Who leads the help that replaces a plan is typed text with its own audience: left out when the shared screen may
  // not show it.
  const decision =
    found && !sharedScreen.shows(`decision:${child.id}:alternative`) ? { ...found, alternativeLead: '' } : found;
  const name = names.sentence(child.id);
  const support = decision ? alternativeSupportWords(decision, nation, name) : undefined;
  return {
    childId: child.id,
    childName: names.heading(child.id),
    decided: decision?.outcome !== undefined,
    outcome: outcomeWords(decision?.outcome, nation, name, decision?.reconsider),
    categoryHeading: categoryHeading(nation),
    categories: (decision?.categories ?? []).map((key) => categoryWords(key, conference.details.nation)),
    ...(support === undefined ? {} : { support }),
  };
}

const forChild = (childIds: readonly string[], childId: string | undefined): boolean =>
  childId === undefined || childIds.length === 0 || childIds.includes(childId);

/** The plan as it forms; for one child when `childId` is given (entries for all children included). */
function draftPlan(
  conference: Conference,
  names: ChildNames,
  sharedScreen: ReaderView,
  words: Words,
  childId: string | undefined,
): DraftPlan {
  const { outcomes, actions, support, contingency } = conference.plan;
  // "If the baby is hurt, then early review conference": typed text carried on in the screen's sentence.
  const carryOn = (text: string) => continueSentence(text, words.properNames);
  return {
    outcomes: outcomes
      .filter((o) => forChild(o.childIds, childId) && sharedScreen.shows(`outcome:${o.id}`))
      .map((o) => ({ text: o.text, why: o.why, children: names.list(o.childIds) })),
    // Actions retired at this review were reported on under progress; they are not part of the plan from now on.
    actions: actions
      .filter((a) => !a.retired && forChild(a.childIds, childId) && sharedScreen.shows(`action:${a.id}`))
      .map((a) => actionLine(conference, names, sharedScreen, words, a)),
    support: support
      .filter((s) => sharedScreen.shows(`support:${s.id}`))
      .map((s) => ({ text: s.text, providedBy: s.providedBy })),
    contingency: contingency
      .filter((c) => sharedScreen.shows(`contingency:${c.id}`))
      .map((c) => ({ if: carryOn(c.if.replace(/[.,]\s*$/, '')), then: carryOn(c.then) })),
  };
}

function actionLine(
  conference: Conference,
  names: ChildNames,
  sharedScreen: ReaderView,
  words: Words,
  action: PlanAction,
): ActionLine {
  // Every owner, in order (shared/plan/owners.ts), and anyone helping: "Jade and Maureen, with help from Sam Lee,
  // recovery worker". A person the room may not know of is described, as everywhere on the screen.
  const people = (list: readonly ActionPerson[]) =>
    andList([
      ...new Set(
        list.map((p) => {
          const person = participant(conference, p.participantId);
          return person ? personLabel(person, sharedScreen, words) : p.name.trim() || 'Someone no longer listed';
        }),
      ),
    ]);
  const owners = actionOwners(action);
  const helpers = action.supportedBy.filter(named);
  const who = owners.length ? people(owners) : 'Not agreed yet';
  const outcome = conference.plan.outcomes.find((o) => o.id === action.outcomeId);
  const serves =
    outcome && outcome.text.trim() && sharedScreen.shows(`outcome:${outcome.id}`) ? outcome.text : undefined;
  return {
    who: helpers.length ? `${who}, with help from ${people(helpers)}` : who,
    what: action.what,
    when: dueWords(action.due),
    howWeWillKnow: action.howWeWillKnow,
    children: names.list(action.childIds),
    fromLastPlan: action.carriedForward,
    ...(serves !== undefined ? { outcome: serves } : {}),
  };
}

function arrangements(
  conference: Conference,
  sharedScreen: ReaderView,
  words: Words,
  childId: string | undefined,
): Arrangements {
  const lead = participant(conference, conference.plan.leadSocialWorkerParticipantId);
  const group = conference.coreGroup;
  const hasCoreGroup =
    group.memberParticipantIds.length > 0 || group.firstMeetingOn !== undefined || group.cadence !== undefined;
  const nextReview = dateAndTimeInWords(conference.review.nextReviewOn, conference.review.nextReviewTime);
  const result: Arrangements = {};
  if (lead) {
    result.leadSocialWorker = personLabel(lead, sharedScreen, words);
    result.leadTitle = words.lead;
  }
  if (hasCoreGroup && forChild(group.childIds, childId)) {
    const venue = group.venue.trim() && sharedScreen.shows('coreGroup.venue') ? group.venue.trim() : '';
    const first = dateAndTimeInWords(group.firstMeetingOn, group.firstMeetingTime) ?? 'Date to be agreed';
    result.coreGroup = {
      // Where, with when: the screen reads "first meeting Tuesday 15 December 2026 at 10am, at Ashworth House".
      firstMeeting: venue ? `${first}, at ${venue}` : first,
      // Carried on in the screen's sentence: "…, then every four weeks".
      howOften: group.cadence ? continueSentence(cadenceWords(group.cadence)) : 'at times still to be agreed',
      members: group.memberParticipantIds.flatMap((id) => {
        const member = participant(conference, id);
        return member && sharedScreen.shows(`participant:${member.id}`)
          ? [personLabel(member, sharedScreen, words)]
          : [];
      }),
      ...(venue ? { venue } : {}),
    };
  }
  if (nextReview) result.nextReview = nextReview;
  return result;
}

function participant(conference: Conference, id: string | undefined): Participant | undefined {
  return id === undefined ? undefined : conference.participants.find((p) => p.id === id);
}

/** A name, with the role for professionals so the family knows who is who. No contact details. */
function personLabel(person: Participant, sharedScreen: ReaderView, words: Words): string {
  // Someone whose identity is withheld from anyone in the room (the mother's IDVA, with the father present) is
  // described, not named.
  if (!sharedScreen.shows(`participant:${person.id}`)) {
    return person.kind === 'professional' ? 'A worker supporting the family' : 'A family member';
  }
  const name = person.name.trim();
  const role = person.kind === 'professional' ? person.role.trim() : '';
  // A name can still be blank while setup is being typed; the role alone is better than an empty line.
  if (!name) return role ? capitalise(role) : 'Name not recorded yet';
  // "Social worker" reads as "social worker" after a name; "GP", "Deputy Head" and "Social Worker" keep the user's
  // casing (continueSentence).
  const inRole = role ? continueSentence(role, words.properNames) : '';
  return inRole ? `${name}, ${inRole}` : name;
}

// ---------------------------------------------------------------------------------------------------------------
// Read-back

function readBackView(
  conference: Conference,
  names: ChildNames,
  sharedScreen: ReaderView,
  words: Words,
  childId: string | undefined,
  base: Base,
): ReadBackView | undefined {
  const child = conference.children.find((c) => c.id === childId) ?? conference.children[0];
  if (!child) return undefined;
  const decision = decisionLine(conference, names, sharedScreen, child);
  const outcome = conference.decisions.find((d) => d.childId === child.id)?.outcome;
  // A plan that ends (or was never needed) has no actions, core group or review to read back for this child; the
  // help that replaces it is in the decision's support line, and any help agreed for the child meanwhile (a pre-birth
  // assessment for a baby under a Child in Need plan) is read back on its own, as not part of the plan.
  const inPlan = planInPlace(outcome);
  const apart = inPlan
    ? []
    : conference.plan.actions.filter(
        (a) =>
          !a.retired &&
          sharedScreen.shows(`action:${a.id}`) &&
          actionOnlyForChildrenWithoutPlan(conference, a).some((c) => c.id === child.id),
      );
  const name = names.sentence(child.id);
  return {
    mode: 'read-back',
    ...base,
    childId: child.id,
    // Read in the screen's title: "What we decided for the baby".
    childName: name,
    dateInWords: formatDateLong(conference.details.date),
    decision,
    ...(inPlan
      ? {
          plan: draftPlan(conference, names, sharedScreen, words, child.id),
          arrangements: arrangements(conference, sharedScreen, words, child.id),
        }
      : {}),
    ...(apart.length
      ? {
          helpWithoutPlan: {
            title: capitalise(child.unborn ? `help for ${name} before birth` : `help for ${name}`),
            note: `This is not part of a ${procedureProfile(conference.details.nation).words.plan}.`,
            actions: apart.map((a) => actionLine(conference, names, sharedScreen, words, a)),
          },
        }
      : {}),
    rightToChallenge: rightToChallengeWords(conference.details.nation),
    checkQuestion: CHECK_QUESTION,
  };
}

// ---------------------------------------------------------------------------------------------------------------

/** Children's names as the screen uses them: first names only, looked up once per view. */
class ChildNames {
  private readonly byId: Map<string, string>;

  constructor(children: readonly Child[]) {
    this.byId = new Map(children.map((child) => [child.id, childName(child)]));
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** For use inside a sentence or a list in one ("the baby's plan", "(Sam, the baby)"): as typed. */
  sentence(id: string): string {
    return this.byId.get(id) ?? 'the child';
  }

  /** For use on its own, where it starts a heading or a line ("The baby"). */
  heading(id: string): string {
    return capitalise(this.sentence(id));
  }

  /** Names of the children listed, as read in a sentence, skipping ids that are not children of this conference. */
  list(ids: readonly string[]): string[] {
    return ids.filter((id) => this.byId.has(id)).map((id) => this.sentence(id));
  }
}
