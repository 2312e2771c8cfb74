import { formatDateLong } from '../format/dates';
import type { Child, ChildDecision, Participant, PlanAction } from '../model/conference';
import { conferenceTypeLabel } from '../model/labels';
import { actionOwners, named } from '../plan/owners';
import { actionOnlyForChildrenWithoutPlan } from '../plan/plan-checks';
import {
  alternativeSupportWords,
  cadenceWords,
  capitalise,
  categoryHeading,
  categoryWords,
  continueSentence,
  dateAndTimeInWords,
  dueWords,
  outcomeWords,
  planInPlace,
  progressWords,
  rightToChallengeWords,
} from '../presenter/plain-words';
import { reconsideredAtReview } from '../procedure/deadlines';
import { pregnancyDates, workDueWords } from '../procedure/pregnancy';
import { leadProfessionalTitle, procedureProfile } from '../procedure/profiles';
import { isFamilySide } from '../audience/visibility';
import { actionContinues, coreGroupVenue, deadline, sentence, type DocumentContext } from './context';
import type { Gate } from './gate';
import { andList } from './people';
import type { Block, DocumentView, Fact } from './types';

/**
 * The plan the family keeps (domain.md §3): written to people by name, in plain words, with a section for each child
 * on a plan and a short one for a child who is not. Built only from fields written for the family or structured
 * fields: never notes, other children, addresses, the reason for the conference (it can name the referrer), progress
 * notes, agency views, dissent or the chair's reasons.
 *
 * The plan is an outcome, not a record of what was said (issue #10, item 3): every parent receives the decisions, the
 * plan, what they and others will do and the contingency, whether or not they were in the room when it was agreed,
 * less only what each text's audience withholds from the reader. The builder asks the reader's view about every text
 * it writes; copies that come out the same are shared (index.ts).
 */

/** A copy of the plan as built for one reader, before it says whom it is for. */
export type FamilyPlanContent = { head: Block[]; body: Block[] };

export function familyPlanContent(whole: DocumentContext, gate: Gate): FamilyPlanContent {
  // Every name in this plan follows the reader's view of who each person is (people.ts).
  const ctx: DocumentContext = { ...whole, people: whole.people.forReader(gate) };
  const { conference, people } = ctx;
  const { details, plan } = conference;
  const nation = details.nation;
  const decisionOf = (child: Child) => conference.decisions.find((d) => d.childId === child.id);
  const onPlan = conference.children.filter((c) => planInPlace(decisionOf(c)?.outcome));
  const onPlanIds = new Set(onPlan.map((c) => c.id));
  const allNames = conference.children.map((c) => people.childFirstName(c.id));
  const lead = people.knows(plan.leadSocialWorkerParticipantId)
    ? people.familyLabel(plan.leadSocialWorkerParticipantId)
    : undefined;
  const leadOrSocialWorker = lead ?? 'your social worker';
  const properNames = people.properNames();

  // An entry about no child in particular is about every child; a list of children is about those children.
  const about = (entry: { childIds: readonly string[] }, childId: string) =>
    entry.childIds.length === 0 || entry.childIds.includes(childId);
  const shown = <T extends Entry>(prefix: string, list: readonly T[], childId: string) =>
    list.filter((e) => about(e, childId) && e.text.trim() !== '' && gate.shows(`${prefix}:${e.id}`));

  // Where an action goes: the section of the one child on a plan it is about, or the whole family's section.
  const actionHome = (action: PlanAction): string | 'family' | undefined => {
    const ids = action.childIds.length ? action.childIds.filter((id) => onPlanIds.has(id)) : [...onPlanIds];
    if (ids.length === 0) return undefined;
    return ids.length === 1 ? ids[0] : 'family';
  };
  const current = plan.actions.filter((a) => actionContinues(a) && gate.shows(`action:${a.id}`));
  const shared = current.filter((a) => actionHome(a) === 'family');
  // An action only for children without a plan (a pre-birth assessment for a baby under a Child in Need plan) is not
  // part of the plan, but it is what will happen: it is written in the section of the first of those children.
  const apartHome = (action: PlanAction): string | undefined =>
    actionHome(action) === undefined ? actionOnlyForChildrenWithoutPlan(conference, action)[0]?.id : undefined;
  const planWord = procedureProfile(nation).words.plan;
  let number = 0;
  const numbered = (actions: readonly PlanAction[]): Block[] =>
    actions.map((a) => {
      number += 1;
      const helpers = a.supportedBy.filter(named);
      const outcome = plan.outcomes.find((o) => o.id === a.outcomeId);
      const serves = outcome && outcome.text.trim() && gate.shows(`outcome:${outcome.id}`) ? outcome.text : '';
      const facts: Fact[] = [
        { label: 'When', value: dueForFamily(a, details.date) },
        ...(helpers.length ? [{ label: 'With help from', value: people.actionPeopleForFamily(helpers) }] : []),
        ...(serves ? [{ label: 'This helps with', value: sentence(serves) }] : []),
        { label: 'How we will know', value: a.howWeWillKnow.trim() ? a.howWeWillKnow : 'To be agreed' },
      ];
      if (a.carriedForward && a.progress)
        facts.push({ label: 'How it has gone so far', value: progressWords(a.progress.rag).statusInWords });
      return { kind: 'numbered', number, text: actionSentence(ctx, a, properNames), facts };
    });

  // An unborn baby's dates as the meeting knew them: the due date, how far on the pregnancy was on the day, and the
  // weeks at which work is due (a pre-birth assessment by 30 weeks).
  const pregnancies = pregnancyDates(conference, ctx.settings.procedure.timescales);
  const BOOKING_THE_CONFERENCE = new Set<string>(['pre-birth-earliest', 'pre-birth-ideal', 'pre-birth-latest']);
  const babyDates = (child: Child): Block[] => {
    const dates = pregnancies.find((d) => d.childId === child.id);
    if (!dates) return [];
    const facts: Fact[] = [{ label: 'Due date', value: formatDateLong(dates.edd) }];
    // A due date that gives an impossible gestation is being checked: no weeks are worked out from it.
    if (!dates.problem) {
      facts.push({ label: 'Weeks of pregnancy at the meeting', value: dates.gestation.words });
      // Only the weeks still ahead at which work is due for the family (a pre-birth assessment by 30 weeks). When a
      // pre-birth conference may or must be held is for the professionals booking it, and is in their minute.
      for (const m of dates.milestones.filter((x) => x.weeks < 40 && !x.reachedByConference)) {
        const rules = m.rules.filter((r) => !BOOKING_THE_CONFERENCE.has(r.timescale ?? ''));
        if (!rules.length) continue;
        const what = rules.map((r) => continueSentence(workDueWords(r, m.on, formatDateLong))).join('; ');
        facts.push({ label: m.label, value: `${formatDateLong(m.on)} (${what})` });
      }
    }
    return [{ kind: 'facts', facts }];
  };

  const head: Block[] = [
    { kind: 'heading', level: 1, text: `Family plan for ${andList(allNames) || 'the children'}` },
    ...(ctx.draft
      ? [{ kind: 'banner', text: 'DRAFT – written during the meeting. This plan may still change.' } as const]
      : []),
    {
      kind: 'paragraph',
      text:
        `This plan comes from the ${continueSentence(conferenceTypeLabel(details.type, nation))} on ` +
        `${formatDateLong(details.date)}. It says what the meeting decided for each child, and what everyone will do next.`,
    },
  ];
  const blocks: Block[] = [];

  for (const child of conference.children) {
    const name = people.childFirstName(child.id);
    const d = decisionOf(child);
    blocks.push({ kind: 'heading', level: 2, text: capitalise(name) });
    if (!onPlanIds.has(child.id)) {
      const support = d ? alternativeSupportWords(withoutHiddenLead(d, gate), nation, name) : undefined;
      blocks.push({ kind: 'paragraph', text: outcomeWords(d?.outcome, nation, name, d?.reconsider) });
      blocks.push({
        kind: 'paragraph',
        text: support ?? `${capitalise(leadOrSocialWorker)} will tell you what help ${name} will have now.`,
      });
      blocks.push(...babyDates(child));
      const apart = current.filter((a) => apartHome(a) === child.id);
      if (apart.length) {
        blocks.push({
          kind: 'heading',
          level: 3,
          text: child.unborn ? `Help for ${name} before birth` : `Help for ${name}`,
        });
        blocks.push({
          kind: 'paragraph',
          text: `This is not part of a ${planWord}. It is the help everyone agreed for ${name} for now.`,
        });
        blocks.push(...numbered(apart));
      }
      continue;
    }
    blocks.push({ kind: 'heading', level: 3, text: 'What the meeting decided' });
    blocks.push({ kind: 'paragraph', text: outcomeWords(d?.outcome, nation, name, d?.reconsider) });
    for (const key of d?.categories ?? []) {
      const words = categoryWords(key, nation);
      blocks.push({
        kind: 'paragraph',
        lead: `${categoryHeading(nation) === 'Category' ? 'The plan’s category' : 'Area of concern'}: `,
        text: words.meaning ? `${words.label}. This means: ${words.meaning}` : words.label,
      });
    }
    // The decision and its category first, as in the decision letter; the baby's dates follow them.
    blocks.push(...babyDates(child));
    // The danger statements say why there is a plan; where there are none the reader may see, the harm does.
    const danger = shown(
      'worry',
      conference.analysis.worries.filter((w) => w.kind === 'danger-statement'),
      child.id,
    );
    const why = danger.length
      ? danger
      : shown(
          'worry',
          conference.analysis.worries.filter((w) => w.kind === 'harm'),
          child.id,
        );
    blocks.push({ kind: 'heading', level: 3, text: 'Why there is a plan' });
    blocks.push(listOrNone(why.map((e) => sentence(e.text))));
    blocks.push({ kind: 'heading', level: 3, text: 'What is going well' });
    blocks.push(listOrNone(shown('strength', conference.analysis.strengths, child.id).map((e) => sentence(e.text))));
    blocks.push({ kind: 'heading', level: 3, text: 'What needs to change' });
    blocks.push(
      listOrNone([
        ...shown('safetyGoal', conference.analysis.safetyGoals, child.id).map((e) => sentence(e.text)),
        ...shown('outcome', plan.outcomes, child.id).map((o) => sentence(o.text)),
      ]),
    );
    blocks.push({ kind: 'heading', level: 3, text: `What everyone will do for ${name}` });
    const mine = current.filter((a) => actionHome(a) === child.id);
    if (mine.length) blocks.push(...numbered(mine));
    else
      blocks.push({
        kind: 'paragraph',
        // Actions for every child are listed once, for the whole family, rather than under each child.
        text: shared.some((a) => about(a, child.id))
          ? `What everyone will do for ${name} is under “What everyone will do for the whole family”, below.`
          : `Nothing is written down yet. ${capitalise(leadOrSocialWorker)} will go through it with you.`,
      });
  }

  if (shared.length) {
    blocks.push({ kind: 'heading', level: 2, text: 'What everyone will do for the whole family' });
    blocks.push(...numbered(shared));
  }
  // Actions from the last plan that are finished or no longer needed: how they went is worth saying, and they are
  // no longer in the numbered list.
  const retired = plan.actions.filter((a) => !actionContinues(a) && gate.shows(`action:${a.id}`));
  if (retired.length) {
    blocks.push({ kind: 'heading', level: 2, text: 'From the last plan' });
    blocks.push({
      kind: 'list',
      items: retired.map(
        (a) => `${capitalise(ownerOf(ctx, a))}: ${sentence(a.what)} ${progressWords(a.progress?.rag).statusInWords}.`,
      ),
    });
  }

  blocks.push({ kind: 'heading', level: 2, text: 'Support for your family' });
  blocks.push(
    listOrNone(
      plan.support
        .filter((s) => gate.shows(`support:${s.id}`))
        .map((s) =>
          // Who provides it is left off where it names someone this reader may not know of.
          sentence(
            s.providedBy.trim() && !people.namesSomeoneHidden(s.providedBy)
              ? `${s.text} (from ${s.providedBy})`
              : s.text,
          ),
        ),
    ),
  );
  // "Family time" rather than "contact arrangements": the words families are given for who they will see.
  blocks.push({ kind: 'heading', level: 2, text: 'Family time' });
  blocks.push({
    kind: 'paragraph',
    text:
      plan.contactArrangements.trim() && gate.shows('plan.contactArrangements')
        ? plan.contactArrangements
        : 'Nothing about family time was agreed at the meeting.',
  });

  blocks.push({ kind: 'heading', level: 2, text: 'What happens if things do not change' });
  const contingency = plan.contingency.filter((c) => gate.shows(`contingency:${c.id}`));
  blocks.push(
    ...(contingency.length
      ? contingency.map((c): Block => ({
          kind: 'paragraph',
          lead: `If ${continueSentence(c.if.trim().replace(/[.,]$/, ''), properNames)}: `,
          text: sentence(c.then),
        }))
      : [
          {
            kind: 'paragraph',
            text: `The plan does not say this yet. Ask ${leadOrSocialWorker} to explain.`,
          } as const,
        ]),
  );

  blocks.push({ kind: 'heading', level: 2, text: 'Meetings and dates' });
  blocks.push(...meetings(ctx, gate, onPlan.length > 0));

  blocks.push({ kind: 'heading', level: 2, text: 'Who to call' });
  const leadPerson = lead ? people.participant(plan.leadSocialWorkerParticipantId) : undefined;
  const { settings } = ctx;
  blocks.push({
    kind: 'facts',
    facts: [
      {
        label: `Your ${continueSentence(leadProfessionalTitle(nation, ctx.settings.leadProfessionalTitle))}`,
        value: lead
          ? [
              leadPerson?.name.trim() || capitalise(lead),
              leadPerson?.phone ? `phone ${leadPerson.phone}` : '',
              leadPerson?.email ?? '',
            ]
              .filter(Boolean)
              .join(', ')
          : 'Not named yet',
      },
      {
        label: 'The social work team',
        value:
          [settings.teamName, settings.teamPhone ? `phone ${settings.teamPhone}` : ''].filter(Boolean).join(', ') ||
          'Ask your social worker for the team’s number',
      },
      {
        label: 'Evenings, weekends and bank holidays',
        value: settings.outOfHoursPhone
          ? `Out-of-hours team, phone ${settings.outOfHoursPhone}`
          : 'Ask your social worker for the out-of-hours number',
      },
      { label: 'If a child is in danger right now', value: 'Call 999' },
    ],
  });

  blocks.push({ kind: 'heading', level: 2, text: 'If you disagree, or want advice' });
  blocks.push({ kind: 'paragraph', text: rightToChallengeWords(nation) });
  blocks.push({
    kind: 'facts',
    facts: [
      { label: 'How to complain', value: settings.complaintsContact || 'Ask your social worker how to complain.' },
      {
        label: 'Free, independent advice',
        value: settings.advocacyContact || 'Ask your social worker about independent advice and advocacy.',
      },
    ],
  });

  blocks.push({ kind: 'heading', level: 2, text: 'About this plan' });
  blocks.push({
    kind: 'paragraph',
    text:
      'This plan may be used in court. If the children’s situation comes before a court, the court may be shown this ' +
      'plan and how it has been followed. You can ask a solicitor for advice at any time.',
  });
  blocks.push({
    kind: 'paragraph',
    text: `If you would like this plan in another language or another format, such as large print or read aloud, ask ${leadOrSocialWorker}.`,
  });

  return { head, body: blocks };
}

export type FamilyPlanCopy = {
  fileName: string;
  /**
   * Who receives this file: family members, and on the copy for the family in general any professional set to
   * receive the plan. Empty for the copy written when nobody is set to receive the plan yet.
   */
  recipients: Participant[];
  content: FamilyPlanContent;
  /** Not the copy everyone shares: the person sending it must not mix it up with another. */
  own: boolean;
};

export function familyPlanView(ctx: DocumentContext, copy: FamilyPlanCopy): DocumentView {
  const { conference, people } = ctx;
  const { details } = conference;
  // Only family members are named: a professional given the family's copy reads it as the family does.
  const names = andList(copy.recipients.filter(isFamilySide).map((p) => people.firstNameOf(p)));
  const allNames = conference.children.map((c) => people.childFirstName(c.id));
  const forWhom: Block = {
    kind: 'paragraph',
    text: names ? `This copy is for ${names}.` : 'This copy is for the family.',
  };
  const who = copy.own && names ? ` – copy for ${names}` : '';
  const title = `Family plan for ${andList(allNames) || 'the children'}`;
  return {
    kind: 'family-plan',
    recipients: copy.recipients,
    reading: 'family',
    fileName: copy.fileName,
    title: `${ctx.draft ? 'DRAFT ' : ''}${title}${who}`,
    subject: `Family plan from the ${continueSentence(ctx.meetingName)} on ${formatDateLong(details.date)}`,
    audience: 'family',
    intendedFor: copy.own
      ? `${names} only: their own copy of the plan in plain words, without what is not for them.`
      : names
        ? `The family: ${names}. The plan in plain words.`
        : 'The family: the plan in plain words.',
    header: [
      [ctx.authority, 'Family plan'].filter(Boolean).join(' · '),
      ...(ctx.draft ? ['DRAFT – may still change'] : []),
    ],
    // Short enough for one line at 12 pt: the title is on page 1; the footer only has to tell the pages apart.
    footer: `Family plan · ${formatDateLong(details.date)}${who}`,
    author: ctx.authority,
    ...(ctx.logo ? { logo: ctx.logo } : {}),
    blocks: [...copy.content.head, forWhom, ...copy.content.body],
  };
}

type Entry = { id: string; text: string; childIds: string[] };

/** The decision with the name of whoever leads the help instead left out, when the reader may not see it. */
export function withoutHiddenLead(decision: ChildDecision, gate: Gate): ChildDecision {
  return gate.shows(`decision:${decision.childId}:alternative`)
    ? decision
    : { ...decision, alternativeLead: '', stepDownPlan: '' };
}

function listOrNone(items: string[]): Block {
  return items.length ? { kind: 'list', items } : { kind: 'paragraph', text: 'None recorded.' };
}

/** "By Friday 18 December 2026"; an earlier action still open "As soon as possible (it was due by …)". */
function dueForFamily(action: PlanAction, conferenceDate: string): string {
  const due = action.due;
  if (due?.kind === 'by' && due.date < conferenceDate)
    return `As soon as possible (it was due by ${formatDateLong(due.date)})`;
  return dueWords(due);
}

/** Everyone who owns the action, in order (shared/plan/owners.ts): "Jade and Maureen". */
function ownerOf(ctx: DocumentContext, action: PlanAction): string {
  const owners = actionOwners(action);
  return owners.length ? ctx.people.actionPeopleForFamily(owners) : 'someone still to be agreed';
}

/**
 * The action written to the person: "Jade will book Mia’s dental appointment". An action typed as a rule ("No physical
 * punishment") becomes "Jade and Kieran agreed: no physical punishment"; one that starts with a name is quoted as typed.
 */
export function actionSentence(ctx: DocumentContext, action: PlanAction, properNames: ReadonlySet<string>): string {
  const who = capitalise(ownerOf(ctx, action));
  const text = sentence(action.what);
  if (!text) return `${who}: what to do is still to be written down.`;
  if (/^(no|not|never|nobody|none|don[’']t|do not)\b/i.test(text))
    return `${who} agreed: ${continueSentence(text, properNames)}`;
  const first = (text.split(/\s+/)[0] ?? '').replace(/[^\p{L}’']/gu, '');
  // A step that starts with an ordinary word in capitals is a verb: "Book Mia’s …" becomes "Jade will book Mia’s …".
  if (/^[A-Z][a-z]+$/.test(first) && !properNames.has(first))
    return `${who} will ${first.toLowerCase()}${text.slice(first.length)}`;
  return `${who} will do this: ${text}`;
}

function meetings(ctx: DocumentContext, gate: Gate, anyOnPlan: boolean): Block[] {
  const { conference, people } = ctx;
  const { coreGroup: group, review, details } = conference;
  const words = procedureProfile(details.nation).words;
  const reviewName = continueSentence(conferenceTypeLabel('review', details.nation));
  const nextReview = dateAndTimeInWords(review.nextReviewOn, review.nextReviewTime);
  const limit = deadline(ctx, 'next-review');
  const reviewFacts: Block = {
    kind: 'facts',
    facts: [
      {
        label: `Next ${reviewName}`,
        value:
          nextReview ??
          (limit?.dueOn
            ? `The date is still to be set. It will be no later than ${formatDateLong(limit.dueOn)}.`
            : 'The date is still to be set.'),
      },
    ],
  };
  if (!anyOnPlan) {
    // A baby without a plan whose need for one is looked at again at the review still has that review.
    const atReview = conference.decisions.some(reconsideredAtReview);
    return [
      {
        kind: 'paragraph',
        text: atReview
          ? `No child has a ${words.plan} now, so there are no core group meetings. The ${reviewName} will still meet.`
          : `No child has a ${words.plan} now, so there are no more core group meetings or review conferences.`,
      },
      ...(atReview ? [reviewFacts] : []),
    ];
  }
  const blocks: Block[] = [];
  // A list of people: someone this reader may not know of is left out, not described.
  const listed = (ids: readonly string[]) =>
    ids
      .filter((id) => people.knows(id))
      .map((id) => people.familyLabel(id))
      .filter((m): m is string => !!m);
  const members = listed(group.memberParticipantIds);
  const notesOnly = listed(group.notesOnlyParticipantIds);
  const first = dateAndTimeInWords(group.firstMeetingOn, group.firstMeetingTime);
  const venue = coreGroupVenue(conference, gate);
  blocks.push({
    kind: 'paragraph',
    text:
      'The core group is the group of people who make the plan work from day to day. ' +
      (group.cadence
        ? `It meets ${continueSentence(cadenceWords(group.cadence))}.`
        : 'How often it meets is still to be agreed.'),
  });
  blocks.push({
    kind: 'facts',
    facts: [
      { label: 'Next core group meeting', value: first ?? 'The date is still to be agreed' },
      ...(venue ? [{ label: 'Where it meets', value: venue }] : []),
      { label: 'Who is in the core group', value: members.length ? andList(members) : 'Still to be agreed' },
      ...(notesOnly.length ? [{ label: 'Also sent the notes of each meeting', value: andList(notesOnly) }] : []),
    ],
  });
  blocks.push(reviewFacts);
  return blocks;
}
