import { formatDate } from '../format/dates';
import type { Child, ChildDecision, Conference, ConferenceType, PlanAction } from '../model/conference';
import { isPlanOutcome } from '../model/conference';
import type { FieldProblem } from '../model/validation';
import { andList, capitalise, childName, childNameById, continueSentence } from '../wording/sentences';
import { planInPlace } from './decision-words';
import { conferenceDeadlines, type Deadline } from '../procedure/deadlines';
import {
  categoryScheme,
  leadProfessionalTitle,
  procedureProfile,
  validateConferenceCategories,
  type CategoryOverrides,
  type TimescaleOverrides,
} from '../procedure/profiles';
import { alternativePlanWords } from './decision-words';
import { actionOwners, named, placedActionPeople } from './owners';

/**
 * Checks on the decisions, the plan, the core group and the review date: what a chair would check before the
 * decision letter goes out. Like the setup checks they are warnings beside the field, never a reason to refuse a
 * save, and each message says what to do.
 *
 * Field paths (the `name` of the form input the message belongs beside):
 *
 *   decisions[j].outcome                 no outcome yet; an outcome this kind of conference cannot reach
 *   children[i].decision                 a child in the household with no decision entry at all (no `j` exists)
 *   decisions[j].childId                 a decision for a child no longer in the household
 *   decisions[j].previousCategories      a review or transfer-in continues or ends a plan it knows nothing about
 *   decisions[j].categories[k]           (from validateConferenceCategories) a category the nation does not use
 *   decisions[j].categories              (from validateConferenceCategories) a plan made or continued without one
 *   decisions[j].alternative             a plan ends or is not needed, with nothing said about what happens instead
 *   decisions[j].alternativeLead         a Child in Need plan or early help with nobody leading it
 *   decisions[j].dissent[k].text         dissent recorded without what it is
 *   decisions[j].dissent[k].participantId  dissent from someone not in the list of participants
 *   decisions[j].reconsider              "to be reconsidered" on a child who is not an unborn baby without a plan
 *   otherDecisions.reporterReferral      Scotland: the Children's Reporter not considered
 *   otherDecisions.reporterReason        Scotland: the Reporter decision without its reason
 *
 *   plan.actions                         a plan made or continued with no actions
 *   plan.actions[i].what                 nothing said about what will be done
 *   plan.actions[i].owner                nobody to do it, or a participant who is no longer listed
 *   plan.actions[i].alsoBy[k]            someone sharing it who is not a participant, or a line with nobody on it
 *   plan.actions[i].supportedBy[k]       someone helping who is not a participant, or a line with nobody on it
 *   plan.actions[i].outcomeId            the outcome it served has been removed
 *   plan.actions[i].due                  no date, or a 'by' date before the conference
 *   plan.actions[i].due.startsOn         a repeating action whose first date is before the conference; a cadence
 *                                        chosen with no first date yet (cadenceWithoutFirstDate, from the editor)
 *   plan.actions[i].howWeWillKnow        nothing said about how everyone will know it is done
 *   plan.actions[i].progress             an action carried from the last plan with no progress reported
 *   plan.outcomes[i].text, plan.support[i].text   an empty entry
 *   plan.contingency                     a plan made or continued with no contingency
 *   plan.contingency[i].if / .then       half a contingency line
 *   plan.leadSocialWorkerParticipantId   none chosen for a plan, or someone not listed
 *   plan.visitingFrequency               no visiting frequency for a plan
 *
 *   coreGroup.memberParticipantIds       no members for a plan
 *   coreGroup.memberParticipantIds[i]    a member not in the list of participants
 *   coreGroup.notesOnlyParticipantIds[i] not a participant; already a member (members get the notes)
 *   coreGroup.convenorParticipantId      none for a plan; not a participant; not a member
 *   coreGroup.chairParticipantId, coreGroup.recorderParticipantId   not a participant; not a member
 *   coreGroup.childIds                   a child on a plan left out of the core group's children
 *   coreGroup.childIds[i]                a child no longer in the household
 *   coreGroup.firstMeetingOn             missing for a plan; before the conference; later than the rule allows
 *   coreGroup.cadence                    missing for a plan; further apart than the rule allows
 *
 *   review.nextReviewOn                  missing for a plan; on or before the conference; later than the rule
 *                                        allows; booked when no child is on a plan
 *
 * Every date here is judged against the conference date, never against today: a file reopened months later must
 * show the same problems it showed on the day.
 */

export type DecisionAndPlanOptions = {
  /** The organisation's procedure settings (`settings.procedure`): local timescales and category choices. */
  overrides?: { timescales?: TimescaleOverrides; categories?: Partial<CategoryOverrides> };
  /** The organisation's own title for the lead professional (`settings.leadProfessionalTitle`); empty: the nation's. */
  leadProfessionalTitle?: string;
};

/** Whether the meeting has decided that at least one child has a plan after it (made now or carried on). */
export function planMadeOrContinued(conference: Conference): boolean {
  return conference.decisions.some((d) => isPlanOutcome(d.outcome));
}

/** Whether every child in the household has an outcome recorded. */
function everyChildDecided(conference: Conference): boolean {
  return conference.children.every(
    (child) => conference.decisions.find((d) => d.childId === child.id)?.outcome !== undefined,
  );
}

const blank = (text: string) => text.trim() === '';

function participantName(conference: Conference, id: string): string | undefined {
  const name = conference.participants.find((p) => p.id === id)?.name.trim();
  return name || undefined;
}

/** The deadline, when the date booked for it is later than the rule allows. */
function missed(deadlines: Deadline[], key: string): (Deadline & { dueOn: string; bookedOn: string }) | undefined {
  const d = deadlines.find((x) => x.key === key);
  if (!d || d.status !== 'late' || d.dueOn === undefined || d.bookedOn === undefined) return undefined;
  return { ...d, dueOn: d.dueOn, bookedOn: d.bookedOn };
}

function tooLate(field: string, what: string, d: Deadline & { dueOn: string; bookedOn: string }): FieldProblem {
  return {
    field,
    message:
      `${what} must be by ${formatDate(d.dueOn)}: the rule is ${d.rule}. ` +
      `${formatDate(d.bookedOn)} is too late; choose an earlier date.`,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The plan

/** Who an entry on an action is, for a message: their name where the file has one, else by their place. */
function actionPersonWords(person: { name: string }, supports: boolean): string {
  const name = person.name.trim();
  if (name) return name;
  return supports ? 'The person chosen to help' : 'The person chosen to do this';
}

/**
 * A cadence chosen in the plan editor before its first date. The file cannot hold one (a repeating action's
 * `startsOn` is its first date, and the app never guesses it), so the editor keeps the choice and shows this beside
 * the first date until one is given.
 */
export function cadenceWithoutFirstDate(index: number): FieldProblem {
  return {
    field: `plan.actions[${index}].due.startsOn`,
    message:
      'Give the first date (“first by 8 January, then every fortnight”): a repeating action counts from it. How ' +
      'often it happens is saved once the first date is in.',
  };
}

/**
 * The children an action is for, when none of them is on a plan after this meeting: such an action (a pre-birth
 * assessment for a baby under a Child in Need plan) is not part of the plan, and the family plan, the decision letter
 * and the read-back put it apart from it. Only an action agreed at this meeting is meant: one carried from the last
 * plan for a child whose plan now ends has had its progress reported (the minutes keep it), and ends with the plan.
 */
export function actionOnlyForChildrenWithoutPlan(conference: Conference, action: PlanAction): Child[] {
  if (action.retired || action.carriedForward) return [];
  const forChildren = conference.children.filter((c) => action.childIds.length === 0 || action.childIds.includes(c.id));
  const withoutPlan = forChildren.filter(
    (c) => !planInPlace(conference.decisions.find((d) => d.childId === c.id)?.outcome),
  );
  return forChildren.length > 0 && withoutPlan.length === forChildren.length ? withoutPlan : [];
}

/**
 * What happens to an action only for children not on a plan, said beside it: not a problem to put right (a pre-birth
 * assessment for a baby under a Child in Need plan is agreed help), but the chair should know it is not part of the
 * plan, and where the family will find it (shared/documents/family-plan.ts and the read-back list it on its own).
 */
function withoutPlanNote(at: string, children: readonly Child[]): FieldProblem {
  const names = andList(children.map(childName));
  const first = children[0]!;
  const apart = capitalise(first.unborn ? `help for ${childName(first)} before birth` : `help for ${childName(first)}`);
  return {
    field: `${at}.childIds`,
    message:
      `This action is for ${names}, who ${children.length === 1 ? 'is' : 'are'} not on a plan, so it is not part ` +
      `of the plan. The family plan and the read-back list it on its own, under “${apart}”.`,
  };
}

/**
 * Information beside the plan's fields: not problems (nothing needs putting right, and nothing is counted against the
 * plan), but what will happen to what was entered.
 *
 *   plan.actions[i].childIds             only for children not on a plan: listed apart from the plan
 */
export function planNotes(conference: Conference): FieldProblem[] {
  return conference.plan.actions.flatMap((action, i) => {
    const children = actionOnlyForChildrenWithoutPlan(conference, action);
    return children.length > 0 ? [withoutPlanNote(`plan.actions[${i}]`, children)] : [];
  });
}

export function planProblems(conference: Conference, options: DecisionAndPlanOptions = {}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { plan, details } = conference;
  const participantIds = new Set(conference.participants.map((p) => p.id));
  const outcomeIds = new Set(plan.outcomes.map((o) => o.id));
  const onPlan = planMadeOrContinued(conference);
  const conferenceDate = formatDate(details.date);
  const lead = continueSentence(leadProfessionalTitle(details.nation, options.leadProfessionalTitle));

  if (onPlan && plan.actions.length === 0) {
    problems.push({
      field: 'plan.actions',
      message: 'Add the actions: what needs to be done, by whom and by when. A plan without actions cannot be checked.',
    });
  }

  plan.actions.forEach((action, i) => {
    const at = `plan.actions[${i}]`;
    if (blank(action.what)) {
      problems.push({ field: `${at}.what`, message: 'Say what will be done, in words the family will understand.' });
    }
    if (actionOwners(action).length === 0) {
      problems.push({
        field: `${at}.owner`,
        message: 'Say who will do this: choose someone at the meeting, or type the name of someone else.',
      });
    }
    for (const { person, place, supports } of placedActionPeople(action)) {
      if (!named(person)) {
        problems.push({
          field: `${at}.${place}`,
          message: supports
            ? 'Choose who helps, or type their name; or remove this line.'
            : 'Choose who shares this action, or type their name; or remove this line.',
        });
      } else if (person.participantId !== undefined && !participantIds.has(person.participantId)) {
        problems.push({
          field: `${at}.${place}`,
          message:
            `${actionPersonWords(person, supports)} is not in the list of participants (they may have been ` +
            'removed). Choose someone who is, type their name instead, or add them under Setup → Participants.',
        });
      }
    }
    if (action.outcomeId !== undefined && !outcomeIds.has(action.outcomeId)) {
      problems.push({
        field: `${at}.outcomeId`,
        message: 'The outcome this action served has been removed. Choose the outcome it serves, or none.',
      });
    }

    if (action.carriedForward) {
      // An action from the last plan keeps the date and wording that conference agreed; what this review owes it
      // is a report on how it went.
      if (!action.progress) {
        problems.push({
          field: `${at}.progress`,
          message: 'Record how this action from the last plan has gone: done, some progress, or not done.',
        });
      }
      return;
    }

    const due = action.due;
    if (!due) {
      problems.push({
        field: `${at}.due`,
        message: 'Give a date, or how often it happens: actions without a date drift and cannot be checked.',
      });
    } else if (due.kind === 'by' && due.date < details.date) {
      problems.push({
        field: `${at}.due`,
        message: `The date is before the conference (${conferenceDate}). Choose a date on or after it.`,
      });
    } else if (due.kind === 'every' && due.startsOn < details.date) {
      problems.push({
        field: `${at}.due.startsOn`,
        message: `The first date is before the conference (${conferenceDate}). Choose a first date on or after it.`,
      });
    }
    if (blank(action.howWeWillKnow)) {
      problems.push({
        field: `${at}.howWeWillKnow`,
        message:
          'Say how everyone will know it has been done (for example “the dentist’s letter”). Without it, the next ' +
          'meeting cannot tell whether things have changed.',
      });
    }
  });

  plan.outcomes.forEach((outcome, i) => {
    if (blank(outcome.text)) {
      problems.push({ field: `plan.outcomes[${i}].text`, message: 'Say what needs to change, or remove this line.' });
    }
  });
  plan.support.forEach((support, i) => {
    if (blank(support.text)) {
      problems.push({ field: `plan.support[${i}].text`, message: 'Say what support is offered, or remove this line.' });
    }
  });

  if (onPlan && plan.contingency.length === 0) {
    problems.push({
      field: 'plan.contingency',
      message: 'Add the contingency plan: what will happen if things do not change or the children are not safe.',
    });
  }
  plan.contingency.forEach((line, i) => {
    if (blank(line.if)) {
      problems.push({
        field: `plan.contingency[${i}].if`,
        message: 'Say what would make this happen (“If …”), or remove this line.',
      });
    }
    if (blank(line.then)) {
      problems.push({
        field: `plan.contingency[${i}].then`,
        message: 'Say what will happen then, and who will do it, or remove this line.',
      });
    }
  });

  const leadId = plan.leadSocialWorkerParticipantId;
  if (leadId !== undefined && !participantIds.has(leadId)) {
    problems.push({
      field: 'plan.leadSocialWorkerParticipantId',
      message: `The ${lead} is no longer in the list of participants. Choose the ${lead}.`,
    });
  } else if (leadId === undefined && onPlan) {
    problems.push({
      field: 'plan.leadSocialWorkerParticipantId',
      message: `Choose the ${lead}: the family needs to know who coordinates the plan.`,
    });
  }
  if (onPlan && blank(plan.visitingFrequency)) {
    problems.push({
      field: 'plan.visitingFrequency',
      message: 'Say how often the social worker will visit and see the children (at least every 4 weeks).',
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// The core group

export function coreGroupProblems(conference: Conference, options: DecisionAndPlanOptions = {}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const group = conference.coreGroup;
  const participantIds = new Set(conference.participants.map((p) => p.id));
  const members = new Set(group.memberParticipantIds);
  const onPlan = planMadeOrContinued(conference);

  if (onPlan && group.memberParticipantIds.length === 0) {
    problems.push({
      field: 'coreGroup.memberParticipantIds',
      message: 'Choose the core group members: the family and the practitioners who will carry out the plan.',
    });
  }
  group.memberParticipantIds.forEach((id, i) => {
    if (!participantIds.has(id)) {
      problems.push({
        field: `coreGroup.memberParticipantIds[${i}]`,
        message: 'This member is no longer in the list of participants. Remove them, or add them as a participant.',
      });
    }
  });

  group.notesOnlyParticipantIds.forEach((id, i) => {
    if (!participantIds.has(id)) {
      problems.push({
        field: `coreGroup.notesOnlyParticipantIds[${i}]`,
        message:
          'Someone who receives the notes is no longer in the list of participants. Remove them, or add them as a ' +
          'participant.',
      });
    } else if (members.has(id)) {
      problems.push({
        field: `coreGroup.notesOnlyParticipantIds[${i}]`,
        message: `${participantName(conference, id) ?? 'This person'} is a member, and members receive the notes anyway. Remove them from this list.`,
      });
    }
  });

  const roles = [
    ['convenorParticipantId', 'convenes'],
    ['chairParticipantId', 'chairs'],
    ['recorderParticipantId', 'takes notes at'],
  ] as const;
  for (const [key, doing] of roles) {
    const id = group[key];
    if (id === undefined) continue;
    if (!participantIds.has(id)) {
      problems.push({
        field: `coreGroup.${key}`,
        message: `The person who ${doing} the core group is no longer in the list of participants. Choose again.`,
      });
    } else if (!members.has(id)) {
      problems.push({
        field: `coreGroup.${key}`,
        message: `${participantName(conference, id) ?? 'This person'} ${doing} the core group but is not a member. Add them to the members.`,
      });
    }
  }
  if (onPlan && group.convenorParticipantId === undefined) {
    problems.push({
      field: 'coreGroup.convenorParticipantId',
      message: `Choose who convenes the core group (usually the ${continueSentence(leadProfessionalTitle(conference.details.nation, options.leadProfessionalTitle))}).`,
    });
  }

  const childIds = new Set(conference.children.map((c) => c.id));
  group.childIds.forEach((id, i) => {
    if (!childIds.has(id)) {
      problems.push({
        field: `coreGroup.childIds[${i}]`,
        message: 'This child is no longer in the household. Remove them from the core group.',
      });
    }
  });
  // An empty list means the core group is for every child on a plan; a list that names some must name them all.
  if (group.childIds.length > 0) {
    const missing = conference.decisions
      .filter((d) => isPlanOutcome(d.outcome) && !group.childIds.includes(d.childId))
      .map((d) => childNameById(conference, d.childId));
    const names = andList(missing);
    if (missing.length > 0) {
      problems.push({
        field: 'coreGroup.childIds',
        message: `${capitalise(names)} ${missing.length === 1 ? 'has a plan but is' : 'have plans but are'} not among the core group’s children. Add ${names}.`,
      });
    }
  }

  const date = conference.details.date;
  if (group.firstMeetingOn !== undefined && group.firstMeetingOn < date) {
    problems.push({
      field: 'coreGroup.firstMeetingOn',
      message: `The core group meeting is before the conference (${formatDate(date)}). Choose a date after it.`,
    });
  } else if (group.firstMeetingOn === undefined && onPlan) {
    problems.push({
      field: 'coreGroup.firstMeetingOn',
      message: 'Book the next core group meeting: its date goes in the decision letter.',
    });
  }
  if (onPlan && group.cadence === undefined) {
    problems.push({ field: 'coreGroup.cadence', message: 'Say how often the core group will meet after that.' });
  }

  if (onPlan) {
    const deadlines = conferenceDeadlines(conference, options.overrides?.timescales);
    const first = missed(deadlines, 'first-core-group');
    if (first) problems.push(tooLate('coreGroup.firstMeetingOn', 'The core group meeting', first));
    const after = missed(deadlines, 'core-group-interval');
    // The cadence gives a nominal date (a month on may be a Saturday); judge it against the rule's nominal date, not
    // the limit moved back to a working day, or "monthly" would be called too far apart whenever a month ends on a
    // weekend. The meeting itself is booked on a working day when it comes.
    const limit = after?.nominalDueOn ?? after?.dueOn;
    if (after && group.cadence && limit !== undefined && after.bookedOn > limit) {
      problems.push({
        field: 'coreGroup.cadence',
        message:
          `Meeting ${group.cadence} puts the meeting after that on ${formatDate(after.bookedOn)}, but it must be by ` +
          `${formatDate(after.dueOn)}: the rule is ${after.rule}. Choose meetings closer together.`,
      });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// The next review

export function reviewProblems(conference: Conference, options: DecisionAndPlanOptions = {}): FieldProblem[] {
  const next = conference.review.nextReviewOn;
  const date = conference.details.date;
  const onPlan = planMadeOrContinued(conference);
  if (next !== undefined && next <= date) {
    return [
      {
        field: 'review.nextReviewOn',
        message: `The next review must be after this conference (${formatDate(date)}). Check the date.`,
      },
    ];
  }
  if (next === undefined) {
    return onPlan
      ? [
          {
            field: 'review.nextReviewOn',
            message:
              'Book the next review: a child on a plan must have a review date, and it goes in the decision letter.',
          },
        ]
      : [];
  }
  if (!onPlan && conference.decisions.length > 0 && everyChildDecided(conference)) {
    return [
      {
        field: 'review.nextReviewOn',
        message:
          'No child is on a plan after this conference, so there is no review. Clear the date, or check the decisions.',
      },
    ];
  }
  const late = missed(conferenceDeadlines(conference, options.overrides?.timescales), 'next-review');
  return late ? [tooLate('review.nextReviewOn', 'The next review', late)] : [];
}

// ---------------------------------------------------------------------------------------------------------------
// Decisions

/** What the decision records about a plan before this meeting: the category it was under, or when it started. */
function wasOnPlanBefore(decision: ChildDecision): boolean {
  return decision.previousCategories.length > 0 || decision.planStartedOn !== undefined;
}

/**
 * Which outcomes each kind of conference can reach. Only a review ends a plan; an initial
 * or pre-birth conference decides whether a plan is needed. A review or transfer-in may still meet a child who was
 * not on a plan (a new baby, a child who has joined the household), who then needs a plan or does not.
 */
function outcomeProblem(
  conference: Conference,
  decision: ChildDecision,
  at: string,
  name: string,
): FieldProblem | undefined {
  const outcome = decision.outcome;
  if (outcome === undefined) return undefined;
  const { type, nation } = conference.details;
  const words = procedureProfile(nation).words;
  const continuesOrEnds = outcome === 'plan-continues' || outcome === 'plan-ends';
  const wasOnPlan = wasOnPlanBefore(decision);
  const initialKinds: ReadonlySet<ConferenceType> = new Set(['initial', 'pre-birth']);

  if (initialKinds.has(type)) {
    if (!continuesOrEnds) return undefined;
    return {
      field: `${at}.outcome`,
      message: `Only a review can continue or end a plan. Choose whether ${name} needs a ${words.plan}.`,
    };
  }

  // Review and transfer-in.
  if (continuesOrEnds && !wasOnPlan) {
    const noun = categoryScheme(nation).kind === 'area-of-concern' ? 'areas of concern' : 'category';
    return {
      field: `${at}.previousCategories`,
      message:
        `Record the ${noun} ${name}’s plan was under before this meeting, so the minutes can say why it began. ` +
        `If ${name} was not on a plan, choose whether they need one instead.`,
    };
  }
  if (!continuesOrEnds && wasOnPlan) {
    const since = decision.planStartedOn ? ` (since ${formatDate(decision.planStartedOn)})` : '';
    return {
      field: `${at}.outcome`,
      message: `${capitalise(name)} is already on a plan${since}. Choose whether it continues or ends.`,
    };
  }
  if (type === 'transfer-in' && outcome === 'plan-ends' && nation === 'scotland') {
    return {
      field: `${at}.outcome`,
      message:
        `A transfer meeting in Scotland cannot remove ${name} from the register: the plan continues here, and a ` +
        'review meeting decides whether it ends.',
    };
  }
  return undefined;
}

export function decisionProblems(conference: Conference, options: DecisionAndPlanOptions = {}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { type, nation } = conference.details;
  const participantIds = new Set(conference.participants.map((p) => p.id));
  const childIds = new Set(conference.children.map((c) => c.id));
  const isReviewKind = type === 'review' || type === 'transfer-in';
  const plan = procedureProfile(nation).words.plan;

  conference.children.forEach((child, i) => {
    const j = conference.decisions.findIndex((d) => d.childId === child.id);
    const decision = conference.decisions[j];
    if (decision?.outcome !== undefined) return;
    const name = childName(child);
    // At a review, a child with no record of an earlier plan may be new to the household, or the record is not
    // filled in yet: the message covers both rather than guess.
    const what = !isReviewKind
      ? `whether ${name} needs a ${plan}`
      : decision && wasOnPlanBefore(decision)
        ? 'whether the plan continues or ends'
        : `whether the plan continues or ends (or, if ${name} was not on a plan, whether one is needed)`;
    problems.push({
      field: j >= 0 ? `decisions[${j}].outcome` : `children[${i}].decision`,
      message: `Record the decision for ${name}: ${what}.`,
    });
  });

  conference.decisions.forEach((decision, j) => {
    const at = `decisions[${j}]`;
    if (!childIds.has(decision.childId)) {
      problems.push({
        field: `${at}.childId`,
        message: 'This decision is for a child who is no longer in the household. Remove it.',
      });
      return;
    }
    const name = childNameById(conference, decision.childId);
    const fit = outcomeProblem(conference, decision, at, name);
    if (fit) problems.push(fit);
    const unborn = conference.children.find((c) => c.id === decision.childId)?.unborn === true;
    if (decision.reconsider !== undefined && !(unborn && decision.outcome === 'plan-not-needed')) {
      problems.push({
        field: `${at}.reconsider`,
        message:
          'Only an unborn baby who does not need a plan now is reconsidered later. Choose “Not set” here, or check ' +
          `the decision for ${name}.`,
      });
    }

    if ((decision.outcome === 'plan-ends' || decision.outcome === 'plan-not-needed') && !decision.alternative) {
      problems.push({
        field: `${at}.alternative`,
        message: `Say what happens instead for ${name}: a ${alternativePlanWords(conference.details.nation)}, early help, or no further action.`,
      });
    }
    if (
      (decision.alternative === 'child-in-need-plan' || decision.alternative === 'early-help') &&
      blank(decision.alternativeLead) &&
      decision.outcome !== undefined &&
      !isPlanOutcome(decision.outcome)
    ) {
      problems.push({
        field: `${at}.alternativeLead`,
        message: `Say who will lead the help for ${name}, so the family knows who to contact.`,
      });
    }
    decision.dissent.forEach((dissent, k) => {
      if (blank(dissent.text)) {
        problems.push({
          field: `${at}.dissent[${k}].text`,
          message: 'Record what they disagree with and why; the minutes must show it.',
        });
      }
      if (!participantIds.has(dissent.participantId)) {
        problems.push({
          field: `${at}.dissent[${k}].participantId`,
          message: 'The person who disagreed is no longer in the list of participants. Choose who it was.',
        });
      }
    });
  });

  // The profile decides whether a category is needed and which ones exist (Scotland: areas of concern).
  problems.push(...validateConferenceCategories(conference, options.overrides?.categories));

  if (procedureProfile(nation).considersReporterReferral) {
    const other = conference.otherDecisions;
    if (other.reporterReferral === 'not-considered') {
      problems.push({
        field: 'otherDecisions.reporterReferral',
        message: 'The meeting must consider referring the children to the Children’s Reporter. Record the decision.',
      });
    } else if (blank(other.reporterReason)) {
      problems.push({
        field: 'otherDecisions.reporterReason',
        message:
          other.reporterReferral === 'referral-made'
            ? 'Record why the children are being referred to the Children’s Reporter.'
            : 'Record why a referral to the Children’s Reporter is not needed.',
      });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------

/** Every problem with the decisions, the plan, the core group and the review, in the order the screen shows them. */
export function allDecisionAndPlanProblems(
  conference: Conference,
  options: DecisionAndPlanOptions = {},
): FieldProblem[] {
  return [
    ...decisionProblems(conference, options),
    ...planProblems(conference, options),
    ...coreGroupProblems(conference, options),
    ...reviewProblems(conference, options),
  ];
}
