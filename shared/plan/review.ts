import { capturedTexts } from '../audience/captured';
import { Attendance, Conference, type ChildDecision, type ConferenceInput, isPlanOutcome } from '../model/conference';
import { emptyDecision } from '../model/factory';
import { createConference } from '../model/factory';

/**
 * "Start review conference": a new review built from the conference that made or last reviewed the plan, so the
 * chair does not type the household, the participants and the plan again, and the review can report progress against
 * the very actions that were agreed.
 *
 * What is carried, and why:
 * - the household (children, adults, other children) and the participants, with attendance reset to "expected":
 *   who came last time says nothing about who comes this time;
 * - for each child whose plan was made or continued: a decision with the category the plan was under
 *   (`previousCategories`) and when it started, and no outcome, because the review decides afresh;
 * - the plan (outcomes, support, contingency, contact, lead social worker, team manager, visiting frequency) and every
 *   action for a child still on a plan, or for an unborn baby whose need for one is to be reconsidered, marked
 *   `carriedForward` with its id kept and its progress cleared, so the review reports progress against the action
 *   itself;
 * - the core group (members, convenor, chair, recorder, how often, where it meets, who receives its notes without
 *   being a member, when to come back to conference);
 * - restricted records (referrer identity, third parties, police intelligence, undisclosed addresses): they are still
 *   the professional background to the case and still restricted, and dropping them would lose the reason an address
 *   must never be shown. Each keeps its restriction: the annex holds them, nothing family-facing does.
 *
 * What is not carried: notes and closed sessions (the record of that meeting, which stays in its own file; a note is
 * never copied because a restricted note loose in a new file is how an address leaks), reports, the agenda, the
 * child's voice, the analysis and scaling (the review builds its own), the review arrangements, the other decisions
 * (the review considers the Reporter, legal planning and referrals again), and the conclusions about other children.
 *
 * A child whose plan ended, or who never needed one, stays in the household without a decision entry: the review
 * records a decision for every child, and for them it is whether a plan is needed.
 */

export type StartReviewRequest = { date: string; now?: Date };

const EXPECTED: Attendance = Attendance.parse({});

export function startReviewFrom(previous: Conference, request: StartReviewRequest): Conference {
  const { nation, type, date, localAuthority, reference, chair } = previous.details;
  const blank = createConference({ type: 'review', nation, date: request.date }, request.now);

  const continuing = previous.decisions.filter((d) => isPlanOutcome(d.outcome));
  const continuingIds = new Set(continuing.map((d) => d.childId));
  // An unborn baby whose need for a plan is to be looked at again (at this review, or sooner) brings the help agreed
  // for it (the pre-birth assessment), so the review hears how it went before deciding.
  const followedIds = new Set([
    ...continuingIds,
    ...previous.decisions.filter((d) => d.reconsider !== undefined).map((d) => d.childId),
  ]);
  // An item for no child in particular is for the whole family; one for named children only follows them.
  const forContinuingChild = (childIds: readonly string[]) =>
    childIds.length === 0 || childIds.some((id) => followedIds.has(id));

  const decisions: ChildDecision[] = continuing.map((d) => ({
    ...emptyDecision(d.childId),
    // A plan continued without a category (which the checks flag) still had one before.
    previousCategories: [...(d.categories.length > 0 ? d.categories : d.previousCategories)],
    ...(d.planStartedOn !== undefined
      ? { planStartedOn: d.planStartedOn }
      : d.outcome === 'plan-needed'
        ? { planStartedOn: date }
        : {}),
  }));

  const { plan, coreGroup } = previous;
  const outcomes = plan.outcomes.filter((o) => forContinuingChild(o.childIds));
  const outcomeIds = new Set(outcomes.map((o) => o.id));
  const input: ConferenceInput = {
    ...blank,
    details: {
      ...blank.details,
      localAuthority,
      reference,
      // The same independent chair usually reviews the plan they saw made; the form lets them change it.
      chair,
      previousConference: { id: previous.id, type, date },
    },
    children: previous.children.map((c) => ({ ...c })),
    adults: previous.adults.map((a) => ({ ...a })),
    otherChildren: previous.otherChildren.map((c) => ({ ...c, conclusion: '' })),
    participants: previous.participants.map((p) => ({ ...p, attendance: { ...EXPECTED } })),
    restrictedRecords: previous.restrictedRecords.map((r) => ({ ...r })),
    decisions,
    plan: {
      outcomes: outcomes.map((o) => ({ ...o, childIds: [...o.childIds] })),
      actions: plan.actions
        .filter((a) => forContinuingChild(a.childIds))
        .map(({ progress: _progress, outcomeId, ...a }) => ({
          ...a,
          // An action keeps the outcome it serves while that outcome is carried; one for a child whose plan ended is not.
          ...(outcomeId !== undefined && outcomeIds.has(outcomeId) ? { outcomeId } : {}),
          childIds: [...a.childIds],
          alsoBy: a.alsoBy.map((p) => ({ ...p })),
          supportedBy: a.supportedBy.map((p) => ({ ...p })),
          ...(a.due ? { due: { ...a.due } } : {}),
          carriedForward: true,
        })),
      support: plan.support.map((s) => ({ ...s })),
      contingency: plan.contingency.map((c) => ({ ...c })),
      contactArrangements: plan.contactArrangements,
      ...(plan.leadSocialWorkerParticipantId !== undefined
        ? { leadSocialWorkerParticipantId: plan.leadSocialWorkerParticipantId }
        : {}),
      teamManager: plan.teamManager,
      visitingFrequency: plan.visitingFrequency,
    },
    coreGroup: {
      childIds: coreGroup.childIds.filter((id) => continuingIds.has(id)),
      memberParticipantIds: [...coreGroup.memberParticipantIds],
      ...(coreGroup.convenorParticipantId !== undefined
        ? { convenorParticipantId: coreGroup.convenorParticipantId }
        : {}),
      ...(coreGroup.chairParticipantId !== undefined ? { chairParticipantId: coreGroup.chairParticipantId } : {}),
      ...(coreGroup.recorderParticipantId !== undefined
        ? { recorderParticipantId: coreGroup.recorderParticipantId }
        : {}),
      // The last meeting date belongs to the last conference; the review books the next one.
      ...(coreGroup.cadence !== undefined ? { cadence: coreGroup.cadence } : {}),
      venue: coreGroup.venue,
      notesOnlyParticipantIds: [...coreGroup.notesOnlyParticipantIds],
      returnToConferenceWhen: [...coreGroup.returnToConferenceWhen],
    },
  };
  return carryAudiences(previous, Conference.parse(input));
}

/**
 * What was withheld at the last conference stays withheld: an action private to the mother, an address not to be
 * shared, a closed session's note about another child. Each carried text keeps the audience it had (closed-session
 * withholding included, as that session is not carried), and is marked as captured before this meeting so that it
 * is never stamped with a time in it.
 */
function carryAudiences(previous: Conference, review: Conference): Conference {
  const before = new Map(capturedTexts(previous).map((t) => [t.ref, t]));
  const captures: Conference['captures'] = {};
  for (const text of capturedTexts(review)) {
    const old = before.get(text.ref);
    const same =
      old !== undefined &&
      old.audience.level === text.defaultAudience.level &&
      old.audience.withheldFrom.length === 0 &&
      text.defaultAudience.withheldFrom.length === 0;
    captures[text.ref] = old && !same ? { audience: old.audience } : {};
  }
  return { ...review, captures };
}
