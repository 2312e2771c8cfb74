import { formatDateLong } from '../format/dates';
import type { Child, ChildDecision, Nation, Participant, PlanAction } from '../model/conference';
import { conferenceTypeLabel } from '../wording/labels';
import { actionOwners, named } from '../plan/owners';
import { actionOnlyForChildrenWithoutPlan } from '../plan/plan-checks';
import {
  cadenceWords,
  capitalise,
  continueSentence,
  dateAndTimeInWords,
  dueWords,
  everyWords,
  lowerFirst,
  progressWords,
} from '../wording/sentences';
import {
  alternativeSupportWords,
  categoryHeading,
  categoryWords,
  outcomeWords,
  planInPlace,
} from '../plan/decision-words';
import { reconsideredAtReview } from '../procedure/deadlines';
import { pregnancyDates, workDueWords } from '../procedure/pregnancy';
import { leadProfessionalTitle, procedureProfile } from '../procedure/profiles';
import { isFamilySide } from '../audience/visibility';
import { adviceLine, challengeBlocks } from './challenge';
import { planAnswer } from './child-voice';
import { actionContinues, coreGroupVenue, deadline, sentence, type DocumentContext } from './context';
import type { Gate } from './gate';
import { andList } from './people';
import type { Block, DocumentView, Fact } from './types';

/**
 * The plan the family keeps: written to people by name, in plain words, with a section for each child
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
  const planWord = procedureProfile(nation).words.plan;

  const shownEntries = <T extends Entry>(prefix: string, list: readonly T[]) =>
    list.filter((e) => e.text.trim() !== '' && gate.shows(`${prefix}:${e.id}`));
  // Written once for the children on a plan it is about: "For both children", "For Conor and Erin", or under one
  // child. The part an entry or action belongs to is the set of those children, in the order of the household.
  const homeOf = (childIds: readonly string[]): string | undefined => {
    const ids = onPlan.filter((c) => childIds.length === 0 || childIds.includes(c.id)).map((c) => c.id);
    return ids.length ? ids.join(' ') : undefined;
  };
  const current = plan.actions.filter((a) => actionContinues(a) && gate.shows(`action:${a.id}`));
  // An action only for children without a plan (a pre-birth assessment for a baby under a Child in Need plan) is not
  // part of the plan, but it is what will happen: it is written in the part of the first of those children.
  const apartHome = (action: PlanAction): string | undefined =>
    homeOf(action.childIds) === undefined ? actionOnlyForChildrenWithoutPlan(conference, action)[0]?.id : undefined;

  // Numbers run through the whole plan, so "number 4" means one thing wherever it is read.
  const numberOf = new Map<string, number>();
  const numbered = (actions: readonly PlanAction[]): Block[] =>
    actions.map((a) => {
      const number = numberOf.size + 1;
      numberOf.set(a.id, number);
      const helpers = a.supportedBy.filter(named);
      const outcome = plan.outcomes.find((o) => o.id === a.outcomeId);
      const serves = outcome && outcome.text.trim() && gate.shows(`outcome:${outcome.id}`) ? outcome.text : '';
      const facts: Fact[] = [
        { label: 'When', value: whenForFamily(a, details.date) },
        ...(helpers.length ? [{ label: 'With help from', value: people.actionPeopleForFamily(helpers) }] : []),
        ...(serves ? [{ label: 'This helps with', value: sentence(serves) }] : []),
        { label: 'How we will know', value: a.howWeWillKnow.trim() ? a.howWeWillKnow : 'To be agreed' },
      ];
      const so = a.carriedForward ? progressSoFar(a) : undefined;
      if (so) facts.push({ label: 'How it has gone so far', value: so });
      return { kind: 'numbered', number, text: actionSentence(ctx, a, properNames), facts };
    });

  // An unborn baby's dates as the meeting knew them: the due date, how far on the pregnancy was on the day, and the
  // weeks at which work is due (a pre-birth assessment by 30 weeks).
  const pregnancies = pregnancyDates(conference, ctx.settings.procedure.timescales);
  const BOOKING_THE_CONFERENCE = new Set<string>(['pre-birth-earliest', 'pre-birth-ideal', 'pre-birth-latest']);
  const babyDates = (child: Child): Block[] => {
    const dates = pregnancies.find((d) => d.childId === child.id);
    if (!dates) return [];
    const facts: Fact[] = [
      { label: `${capitalise(people.childFirstName(child.id))} is due on`, value: formatDateLong(dates.edd) },
    ];
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
        `${formatDateLong(details.date)}. It says what the meeting decided, and what everyone will do next.`,
    },
  ];

  // ---- What the meeting decided: every child, then what the categories mean, once for the children they share.
  // The first page is the summary; the detail starts on a page of its own.
  const decided: Block[] = [{ kind: 'heading', level: 2, text: 'What the meeting decided', newPage: true }];
  for (const child of conference.children) {
    const name = people.childFirstName(child.id);
    const d = decisionOf(child);
    const words = [outcomeWords(d?.outcome, nation, name, d?.reconsider)];
    if (!onPlanIds.has(child.id)) {
      const support = d ? alternativeSupportWords(withoutHiddenLead(d, gate), nation, name) : undefined;
      words.push(support ?? `${capitalise(leadOrSocialWorker)} will tell you what help ${name} will have now.`);
    }
    decided.push({ kind: 'paragraph', lead: `${capitalise(name)}: `, text: words.join(' ') });
    decided.push(...babyDates(child));
  }
  decided.push(...categoryBlocks(ctx, onPlan, decisionOf));

  // ---- The parts of the plan: what every child on a plan shares, then each child's own.
  const danger = conference.analysis.worries.filter((w) => w.kind === 'danger-statement');
  const harm = conference.analysis.worries.filter((w) => w.kind === 'harm');
  const goals = shownEntries('safetyGoal', conference.analysis.safetyGoals);
  // An outcome that says what a safety goal already says is not written twice.
  const outcomes = shownEntries('outcome', plan.outcomes).filter(
    (o) => !goals.some((g) => sameWords(g.text, o.text) && sameChildren(g, o)),
  );
  const dangerShown = shownEntries('worry', danger);
  const harmShown = shownEntries('worry', harm);
  const strengths = shownEntries('strength', conference.analysis.strengths);
  // The danger statements say why there is a plan; where there are none the reader may see, the harm does.
  const why = (pick: (e: Entry) => boolean) => {
    const d = dangerShown.filter(pick);
    return d.length ? d : harmShown.filter(pick);
  };
  const planParts = (pick: (e: Entry) => boolean): Block[] => {
    const parts: Block[] = [];
    const add = (title: string, items: readonly Entry[]) => {
      if (!items.length) return;
      parts.push({ kind: 'heading', level: 3, text: title });
      parts.push({ kind: 'list', items: items.map((e) => sentence(e.text)) });
    };
    add('Why there is a plan', why(pick));
    add('What is going well', strengths.filter(pick));
    add('What needs to change', [...goals.filter(pick), ...outcomes.filter(pick)]);
    return parts;
  };

  const blocks: Block[] = [];
  // The parts for more than one child first, the widest first; each child's own part follows.
  const homes = [...current, ...goals, ...outcomes, ...dangerShown, ...harmShown, ...strengths]
    .map((e) => homeOf(e.childIds))
    .filter((h): h is string => h !== undefined && h.includes(' '));
  const groups = [...new Set(homes)].sort(
    (x, y) => y.split(' ').length - x.split(' ').length || onPlanOrder(x) - onPlanOrder(y),
  );
  function onPlanOrder(home: string): number {
    return onPlan.findIndex((c) => c.id === home.split(' ')[0]);
  }
  for (const home of groups) {
    const ids = home.split(' ');
    const names = ids.map((id) => people.childFirstName(id));
    const group = ids.length === conference.children.length ? childrenWords(ids.length) : andList(names);
    blocks.push({ kind: 'heading', level: 2, text: `For ${group}` });
    blocks.push(...planParts((e) => homeOf(e.childIds) === home));
    const theirs = current.filter((a) => homeOf(a.childIds) === home);
    if (theirs.length) {
      blocks.push({ kind: 'heading', level: 3, text: `What everyone will do for ${group}` });
      blocks.push(...numbered(theirs));
    }
  }

  for (const child of conference.children) {
    const name = people.childFirstName(child.id);
    const own: Block[] = [];
    if (onPlanIds.has(child.id)) {
      own.push(...planParts((e) => homeOf(e.childIds) === child.id));
      const mine = current.filter((a) => homeOf(a.childIds) === child.id);
      const withOthers = current.some((a) => homeOf(a.childIds)?.split(' ').includes(child.id));
      if (mine.length) {
        own.push({ kind: 'heading', level: 3, text: `What everyone will do for ${name}` });
        own.push(...numbered(mine));
      } else if (!withOthers) {
        own.push({ kind: 'heading', level: 3, text: `What everyone will do for ${name}` });
        own.push({
          kind: 'paragraph',
          text: `Nothing is written down yet. ${capitalise(leadOrSocialWorker)} will go through it with you.`,
        });
      }
    } else {
      const apart = current.filter((a) => apartHome(a) === child.id);
      if (apart.length) {
        own.push({
          kind: 'heading',
          level: 3,
          text: child.unborn ? `Help for ${name} before birth` : `Help for ${name}`,
        });
        own.push({
          kind: 'paragraph',
          text: `This is not part of a ${planWord}. It is the help everyone agreed for ${name} for now.`,
        });
        own.push(...numbered(apart));
      }
    }
    own.push(...childWords(ctx, gate, child));
    if (own.length) blocks.push({ kind: 'heading', level: 2, text: capitalise(name) }, ...own);
  }

  // Actions from the last plan that are finished or no longer needed: how they went is worth saying, and they are
  // no longer in the numbered list.
  const retired = plan.actions.filter((a) => !actionContinues(a) && gate.shows(`action:${a.id}`));
  if (retired.length) {
    blocks.push({ kind: 'heading', level: 2, text: 'From the last plan' });
    blocks.push({
      kind: 'list',
      items: retired.map((a) => {
        const so = progressSoFar(a);
        return `${capitalise(ownerOf(ctx, a))}: ${sentence(a.what)}${so ? ` ${sentence(so)}` : ''}`;
      }),
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

  blocks.push(...otherDecisions(ctx, gate, leadOrSocialWorker));

  blocks.push({ kind: 'heading', level: 2, text: 'What happens if things do not change' });
  const contingency = plan.contingency.filter((c) => gate.shows(`contingency:${c.id}`));
  blocks.push(
    ...contingency.map((c): Block => ({
      kind: 'paragraph',
      // "If Dean breaks …" typed with its own "If" is said with one.
      lead: `If ${continueSentence(
        c.if
          .trim()
          .replace(/^if\b\s*/i, '')
          .replace(/[.,]$/, ''),
        properNames,
      )}: `,
      text: sentence(c.then),
    })),
  );
  if (onPlan.length) blocks.push(...ifNothingChanges(nation, leadOrSocialWorker));
  blocks.push({ kind: 'paragraph', lead: 'Free, independent advice: ', text: adviceLine(ctx, leadOrSocialWorker) });

  blocks.push({ kind: 'heading', level: 2, text: 'Who to contact' });
  blocks.push(...contacts(ctx, onPlan.length > 0));

  blocks.push({ kind: 'heading', level: 2, text: 'If you disagree, or something is wrong' });
  // The advice line is given once, under what happens if things do not change.
  blocks.push(...challengeBlocks(ctx, leadOrSocialWorker, { advice: false, papers: 'this plan' }));

  blocks.push({ kind: 'heading', level: 2, text: 'About this plan' });
  blocks.push({
    kind: 'paragraph',
    text:
      'This plan may be used in court. A court may be shown this plan and how it has been followed. ' +
      'You can ask a solicitor for advice at any time.',
  });
  blocks.push({
    kind: 'paragraph',
    text: `Would you like this plan in another language, in large print or read aloud? Ask ${leadOrSocialWorker}.`,
  });

  // ---- The first page: what the reader does next and when the next meetings are, before the detail.
  const summary: Block[] = [
    { kind: 'heading', level: 2, text: 'What you need to do next' },
    ...nextSteps(ctx, current, numberOf, leadOrSocialWorker),
    { kind: 'heading', level: 2, text: 'Your next meetings' },
    ...nextMeetings(ctx, gate, onPlan.length > 0),
  ];
  const body = [...summary, ...decided, ...blocks];
  body.push(...wordsWeUse(ctx, [...head, ...body]));
  return { head, body };
}

/** "both children", "all three children": every child of the household. */
function childrenWords(count: number): string {
  if (count === 2) return 'both children';
  const numbers = ['', '', '', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  return `all ${numbers[count] ?? String(count)} children`;
}

function sameWords(a: string, b: string): boolean {
  const plain = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return plain(a) === plain(b);
}

function sameChildren(a: { childIds: readonly string[] }, b: { childIds: readonly string[] }): boolean {
  return [...a.childIds].sort().join() === [...b.childIds].sort().join();
}

/**
 * What each category means, once for the children who share it: "The plan’s category for both children: Neglect."
 * Scotland records areas of concern instead.
 */
function categoryBlocks(
  ctx: DocumentContext,
  onPlan: readonly Child[],
  decisionOf: (child: Child) => ChildDecision | undefined,
): Block[] {
  const { people, conference } = ctx;
  const nation = conference.details.nation;
  const word = categoryHeading(nation) === 'Category' ? 'category' : 'area of concern';
  const groups = new Map<string, { keys: readonly string[]; children: Child[] }>();
  for (const child of onPlan) {
    const keys = decisionOf(child)?.categories ?? [];
    if (!keys.length) continue;
    const key = JSON.stringify(keys);
    const group = groups.get(key) ?? { keys, children: [] };
    group.children.push(child);
    groups.set(key, group);
  }
  const blocks: Block[] = [];
  const explained: string[] = [];
  for (const { keys, children } of groups.values()) {
    const whose =
      children.length > 1 && children.length === conference.children.length
        ? childrenWords(children.length)
        : andList(children.map((c) => people.childFirstName(c.id)));
    const many = keys.length > 1;
    blocks.push({
      kind: 'paragraph',
      lead: `The plan’s ${many ? (word === 'category' ? 'categories' : 'areas of concern') : word} for ${whose}: `,
      text: `${andList(keys.map((k) => categoryWords(k, nation).label))}.`,
    });
    explained.push(...keys.filter((k) => !explained.includes(k)));
  }
  // What each one means, once, however many children it is for.
  for (const k of explained) {
    const words = categoryWords(k, nation);
    if (words.meaning) blocks.push({ kind: 'paragraph', lead: `${words.label}: `, text: words.meaning });
  }
  return blocks;
}

/**
 * What a child told the meeting, back in the parents' plan, with what the plan does about it where it answers it:
 * "… So Rhys will ask the school …". Only what this reader may see of it.
 */
function childWords(ctx: DocumentContext, gate: Gate, child: Child): Block[] {
  if (child.unborn) return [];
  const name = ctx.people.childFirstName(child.id);
  const voices = ctx.conference.childVoices.filter(
    (v) => v.childId === child.id && v.summary.trim() && gate.shows(`childVoice:${v.id}`),
  );
  if (!voices.length) return [];
  return [
    { kind: 'heading', level: 3, text: `What ${name} told us` },
    ...voices.flatMap((v): Block[] => [
      { kind: 'paragraph', text: sentence(v.summary) },
      // "So …": the plan's answer, without a "So" the worker typed too.
      ...(planAnswer(v.response)
        ? [
            {
              kind: 'paragraph',
              text: `So ${continueSentence(planAnswer(v.response), ctx.people.properNames())}`,
            } as const,
          ]
        : []),
    ]),
  ];
}

/**
 * The other decisions in plain words: the Children’s Reporter in Scotland, legal planning,
 * referrals such as a Family Group Conference, assessments, family time. Each text only where this reader may see it;
 * a MARAC referral is for professionals unless the chair opens it.
 */
function otherDecisions(ctx: DocumentContext, gate: Gate, lead: string): Block[] {
  const { conference } = ctx;
  const { otherDecisions: other, plan, details } = conference;
  const nation = details.nation;
  const council = nation === 'northern-ireland' ? 'The Trust' : 'The council';
  const items: Block[] = [];
  const add = (what: string, text: string) => items.push({ kind: 'paragraph', lead: `${what}: `, text });
  const typed = (ref: string, text: string) => (text.trim() && gate.shows(ref) ? ` ${sentence(text)}` : '');

  // A referral to the Reporter recorded in the list of referrals too: its detail goes with the decision, once.
  const reporterReferrals = other.referrals.filter((r) => r.kind === 'childrens-reporter');
  const reporterDetail = reporterReferrals.map((r) => typed(`referral:${r.id}`, r.detail)).join('');
  if (nation === 'scotland' && other.reporterReferral === 'referral-made')
    add(
      'The Children’s Reporter',
      'The meeting has asked the Children’s Reporter to look at whether the children need a Children’s Hearing. ' +
        `The Reporter will write to you.${typed('otherDecisions.reporterReason', other.reporterReason)}${reporterDetail}`,
    );
  if (nation === 'scotland' && other.reporterReferral === 'not-needed')
    add('The Children’s Reporter', 'The meeting decided the children do not need to be referred to the Reporter.');
  if (other.emergencyMeasures.trim() && gate.shows('otherDecisions.emergencyMeasures'))
    add('Straight away', sentence(other.emergencyMeasures));
  const freeAdvice = nation === 'england' || nation === 'wales' ? ' Legal advice for this is free for parents.' : '';
  // Legal planning is privileged until the family is told by letter: the plan says it only where the chair has opened
  // it to this reader, as the minute does (its detail's audience).
  const legal = gate.shows('otherDecisions.legalPlanningDetail') ? other.legalPlanning : 'none';
  switch (legal) {
    case 'legal-planning-meeting':
      add(
        'Legal advice',
        `${council}’s social workers will talk to their lawyers about what happens next. ${capitalise(lead)} will tell you what they decide.`,
      );
      break;
    case 'pre-proceedings':
      add(
        'A meeting about going to court',
        `${council} will write to you about a meeting called pre-proceedings. It says what must change so court is not needed. ` +
          `You can bring a solicitor.${freeAdvice}`,
      );
      break;
    case 'proceedings':
      add(
        'Court',
        `${council} will ask a court to decide what is best for the children. You will get the court papers. ` +
          `Get advice from a solicitor straight away.${freeAdvice}`,
      );
      break;
    case 'none':
      break;
  }
  for (const r of other.referrals) {
    if (!gate.shows(`referral:${r.id}`)) continue;
    const detail = r.detail.trim() ? ` ${sentence(r.detail)}` : '';
    switch (r.kind) {
      case 'family-group-conference':
        add(
          'Family Group Conference',
          `The meeting has asked for a Family Group Conference. Your family and friends meet to make a plan together, with help.${detail}`,
        );
        break;
      case 'childrens-reporter':
        if (!(nation === 'scotland' && other.reporterReferral === 'referral-made'))
          add(
            'The Children’s Reporter',
            `The meeting has asked the Children’s Reporter to look at the children’s needs.${detail}`,
          );
        break;
      case 'marac':
        add(
          'Keeping an adult safe',
          `The meeting has asked for a meeting about keeping an adult safe from abuse.${detail}`,
        );
        break;
      case 'mash-other-children':
        add('Other children', `The meeting has asked for checks to make sure other children are safe.${detail}`);
        break;
      case 'other':
        if (detail) add('A referral', detail.trim());
        break;
    }
  }
  for (const a of other.assessments) {
    if (!a.what.trim() || !gate.shows(`assessment:${a.id}`)) continue;
    const by = a.by.trim() ? ` ${capitalise(a.by.trim())} will do it.` : '';
    const due = a.dueOn ? ` It should be done by ${formatDateLong(a.dueOn)}.` : '';
    add('An assessment', `${sentence(a.what)}${by}${due}`);
  }
  if (other.otherServices.trim() && gate.shows('otherDecisions.otherServices'))
    add('Other help', sentence(other.otherServices));
  if (other.orderAtBirth.trim() && gate.shows('otherDecisions.orderAtBirth'))
    add('When the baby is born', sentence(other.orderAtBirth));
  // "Family time" rather than "contact arrangements": the words families are given for who they will see.
  if (plan.contactArrangements.trim() && gate.shows('plan.contactArrangements'))
    add('Family time', sentence(plan.contactArrangements));
  return [
    { kind: 'heading', level: 2, text: 'Other things the meeting decided' },
    ...(items.length ? items : [{ kind: 'paragraph', text: 'Nothing else was decided.' } as const]),
  ];
}

/**
 * What follows when a plan does not bring enough change, in each nation, and what it cannot do: a plan does not move
 * a child, and only a court (in Scotland, a court or a Children’s Hearing) can decide a child must live elsewhere.
 */
function ifNothingChanges(nation: Nation, lead: string): Block[] {
  // England and Wales share the Public Law Outline: a letter, then a meeting about going to court.
  const courtLetter =
    'If things do not get better, the council may write to you about going to court. ' +
    'You would be invited to a meeting called pre-proceedings, and you can bring a solicitor.';
  const next: Record<Nation, string> = {
    england: courtLetter,
    wales: courtLetter,
    scotland:
      'If things do not get better, the Children’s Reporter may arrange a Children’s Hearing. ' +
      'At a Hearing, three trained volunteers decide what help and care the children need.',
    'northern-ireland':
      'If things do not get better, the Trust may ask a court to decide what is best for the children. ' +
      'You can get advice from a solicitor.',
  };
  const who = nation === 'scotland' ? 'a court or a Children’s Hearing' : 'a court';
  return [
    { kind: 'paragraph', text: next[nation] },
    {
      kind: 'paragraph',
      text:
        `This plan cannot move your children. Only ${who} can decide that a child must live somewhere else ` +
        'without your agreement. In an emergency, the police can keep a child safe for a short time. ' +
        `${capitalise(lead)} will tell you early if the worries grow.`,
    },
  ];
}

/** The date an action comes up next, for putting a reader's steps in order (undated ones last). */
function firstDate(action: PlanAction): string {
  const due = action.due;
  if (!due) return '9999-12-31';
  return due.kind === 'by' ? due.date : due.startsOn;
}

/**
 * The first page's "What you need to do next": for each family member in the plan, their next three actions and
 * when, with the number to find each below. Written for every family member the reader may know of, so a copy
 * shared by both parents still gives each of them their own steps.
 */
function nextSteps(
  ctx: DocumentContext,
  current: readonly PlanAction[],
  numberOf: ReadonlyMap<string, number>,
  lead: string,
): Block[] {
  const { conference, people } = ctx;
  const family = conference.participants.filter((p) => p.kind === 'family' && people.knows(p.id));
  const blocks: Block[] = [];
  for (const person of family) {
    const theirs = current
      .filter((a) => numberOf.has(a.id) && actionOwners(a).some((o) => owns(o, person.id, people.firstNameOf(person))))
      .sort((a, b) => firstDate(a).localeCompare(firstDate(b)) || numberOf.get(a.id)! - numberOf.get(b.id)!);
    if (!theirs.length) continue;
    const name = people.firstNameOf(person);
    const first = theirs.slice(0, 3).map((a) => {
      const what = stepWords(a, people.properNames());
      return `${whenForFamily(a, conference.details.date)}: ${what} (number ${numberOf.get(a.id)} in this plan).`;
    });
    const more = theirs.length - 3;
    blocks.push({ kind: 'heading', level: 3, text: name });
    blocks.push({ kind: 'list', items: first });
    if (more > 0)
      blocks.push({
        kind: 'paragraph',
        text: `${name} has ${more === 1 ? 'one more thing' : `${more} more things`} to do. They are in the plan below.`,
      });
  }
  if (!blocks.length)
    return [
      {
        kind: 'paragraph',
        text: `Nothing in this plan is for you to do by a date yet. ${capitalise(lead)} will go through it with you.`,
      },
    ];
  return blocks;
}

/**
 * Whether someone named on an action is this family member: linked, or typed by name ("Jade and Kieran Ashdown" is
 * both of them) where nobody was chosen from the list.
 */
function owns(owner: { participantId?: string | undefined; name: string }, id: string, firstName: string): boolean {
  if (owner.participantId !== undefined) return owner.participantId === id;
  return owner.name
    .toLowerCase()
    .split(/[^\p{L}’'-]+/u)
    .includes(firstName.toLowerCase());
}

/** An action as a step on a list headed by its owner: "book Mia’s dental appointment", "no physical punishment". */
function stepWords(action: PlanAction, properNames: ReadonlySet<string>): string {
  return continueSentence(sentence(action.what).replace(/[.!]$/, ''), properNames);
}

/** The first page's "Your next meetings": the next core group meeting and the next review, with where and when. */
function nextMeetings(ctx: DocumentContext, gate: Gate, anyOnPlan: boolean): Block[] {
  const { conference } = ctx;
  const { coreGroup: group, review, details } = conference;
  const words = procedureProfile(details.nation).words;
  const reviewName = continueSentence(conferenceTypeLabel('review', details.nation));
  const nextReview = dateAndTimeInWords(review.nextReviewOn, review.nextReviewTime);
  const limit = deadline(ctx, 'next-review');
  const reviewFact: Fact = {
    label: `The next ${reviewName}`,
    value:
      nextReview ??
      (limit?.dueOn
        ? `The date is still to be set. It will be no later than ${formatDateLong(limit.dueOn)}.`
        : 'The date is still to be set.'),
  };
  if (!anyOnPlan) {
    // A baby without a plan whose need for one is looked at again at the review still has that review.
    const atReview = conference.decisions.some(reconsideredAtReview);
    return [
      {
        kind: 'paragraph',
        text: atReview
          ? `No child has a ${words.plan} now, so there are no core group meetings. The ${reviewName} will still meet.`
          : `No child has a ${words.plan} now, so there are no more core group meetings or review meetings.`,
      },
      ...(atReview ? [{ kind: 'facts', facts: [reviewFact] } as const] : []),
    ];
  }
  const first = dateAndTimeInWords(group.firstMeetingOn, group.firstMeetingTime);
  const venue = coreGroupVenue(conference, gate);
  const often = group.cadence ? ` After that, ${continueSentence(cadenceWords(group.cadence))}.` : '';
  return [
    {
      kind: 'facts',
      facts: [
        {
          label: 'The next core group meeting',
          value: first ? `${first}.${often}` : 'The date is still to be agreed.',
        },
        ...(venue ? [{ label: 'Where the core group meets', value: venue }] : []),
        reviewFact,
      ],
    },
  ];
}

const ADULTS_OWN_SUPPORT = new Set<string>([
  'domestic-abuse-service',
  'adult-substance-misuse',
  'adult-mental-health',
  'probation',
]);

/**
 * Who to contact: the lead social worker, then each worker in the core group with their role and how to reach them,
 * the team, out of hours and 999. A family member in the core group is named but their number is never given: one
 * parent's contact details are theirs.
 */
function contacts(ctx: DocumentContext, anyOnPlan: boolean): Block[] {
  const { conference, people, settings } = ctx;
  const { plan, coreGroup: group, details } = conference;
  const reach = (id: string): string => {
    const person = people.participant(id);
    if (!person || person.kind !== 'professional') return '';
    // A worker who supports one adult (domestic abuse, substance misuse, mental health, probation) is that adult's own
    // support: the other parent is not given the way to reach them, only their name and role.
    if (person.agency && ADULTS_OWN_SUPPORT.has(person.agency)) return '';
    return [person.phone.trim() ? `phone ${person.phone.trim()}` : '', person.email.trim()].filter(Boolean).join(', ');
  };
  const facts: Fact[] = [];
  const leadId = plan.leadSocialWorkerParticipantId;
  const leadKnown = people.knows(leadId);
  facts.push({
    label: `Your ${continueSentence(leadProfessionalTitle(details.nation, settings.leadProfessionalTitle))}`,
    // The label says what they are: the name is enough ("Rhys Morgan, phone …").
    value:
      leadKnown && leadId
        ? [people.participant(leadId)?.name.trim() || people.familyLabel(leadId), reach(leadId)]
            .filter(Boolean)
            .join(', ')
        : 'Not named yet',
  });
  facts.push({
    label: 'The social work team',
    value:
      [settings.teamName.trim(), settings.teamPhone.trim() ? `phone ${settings.teamPhone.trim()}` : '']
        .filter(Boolean)
        .join(', ') || `Ask ${leadKnown ? 'your social worker' : 'the chair'} for the team’s number`,
  });
  facts.push({
    label: 'Evenings, weekends and bank holidays',
    value: settings.outOfHoursPhone.trim()
      ? `The out-of-hours team, phone ${settings.outOfHoursPhone.trim()}`
      : 'Ask your social worker for the out-of-hours number',
  });
  facts.push({ label: 'If a child is in danger right now', value: 'Call 999' });
  const blocks: Block[] = [{ kind: 'facts', facts }];
  if (!anyOnPlan) return blocks;

  // The core group: someone this reader may not know of is left out, not described.
  const members = group.memberParticipantIds.filter((id) => id !== leadId && people.knows(id));
  blocks.push({ kind: 'heading', level: 3, text: 'The core group' });
  blocks.push({
    kind: 'paragraph',
    text: 'The core group is you and the main workers. They meet to make the plan work from day to day.',
  });
  if (members.length)
    blocks.push({
      kind: 'list',
      items: members.map((id) => [people.familyLabel(id), reach(id)].filter(Boolean).join(', ')),
    });
  else blocks.push({ kind: 'paragraph', text: 'Who is in the core group is still to be agreed.' });
  const notesOnly = group.notesOnlyParticipantIds.filter((id) => people.knows(id));
  if (notesOnly.length)
    blocks.push({
      kind: 'paragraph',
      lead: 'Also sent the notes of each meeting: ',
      text: `${andList(notesOnly.map((id) => people.familyLabel(id) ?? '').filter(Boolean))}.`,
    });
  return blocks;
}

/**
 * The few words a family meets in these papers that cannot be avoided, explained once at the end: only those the
 * copy uses. Each explanation is one or two short sentences (the readability test holds them to 20 words).
 */
function wordsWeUse(ctx: DocumentContext, written: readonly Block[]): Block[] {
  const nation = ctx.conference.details.nation;
  const text = blockText(written).toLowerCase();
  const meeting = procedureProfile(nation).words.meeting;
  const terms: [string, string, boolean][] = [
    [
      capitalise(meeting),
      'A meeting of your family and the workers who help you. It decides how to keep the children safe.',
      text.includes(meeting.toLowerCase()) || text.includes('conference'),
    ],
    ['Core group', 'You and the main workers. You meet often to make the plan work.', text.includes('core group')],
    nation === 'scotland'
      ? [
          'Area of concern',
          'The main worry the plan is about.',
          text.includes('area of concern') || text.includes('areas of concern'),
        ]
      : [
          'Category',
          'The main kind of harm the plan is about.',
          text.includes('category') || text.includes('categories'),
        ],
    [
      'Child protection register',
      'A list of children who have a plan. It tells workers to take extra care of them.',
      procedureProfile(nation).words.registers && text.includes('child protection register'),
    ],
    [
      'Children’s Reporter',
      'An independent person who decides if a child needs a Children’s Hearing.',
      text.includes('reporter'),
    ],
    [
      'Children’s Hearing',
      'A meeting where three trained volunteers decide what help and care a child needs.',
      text.includes('children’s hearing'),
    ],
    [
      'Pre-birth assessment',
      'Work before a baby is born. It finds out what help the baby and parents will need.',
      text.includes('pre-birth assessment'),
    ],
    [
      'Pre-proceedings',
      'A meeting about going to court. It is a chance to make changes, so court is not needed.',
      text.includes('pre-proceedings'),
    ],
  ];
  const used = terms.filter(([, , found]) => found);
  if (!used.length) return [];
  return [
    { kind: 'heading', level: 2, text: 'Words we use' },
    { kind: 'facts', facts: used.map(([label, value]) => ({ label, value })) },
  ];
}

/** Every word the blocks print, to see which terms a copy uses. */
function blockText(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
        case 'banner':
          return b.text;
        case 'paragraph':
          return `${b.lead ?? ''} ${b.text}`;
        case 'facts':
          return b.facts.map((f) => `${f.label} ${f.value}`).join(' ');
        case 'list':
          return b.items.join(' ');
        case 'numbered':
          return `${b.text} ${b.facts.map((f) => `${f.label} ${f.value}`).join(' ')}`;
        case 'table':
          return b.rows.map((r) => r.join(' ')).join(' ');
        case 'signature':
          return b.lines.join(' ');
      }
    })
    .join(' ');
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

/** An action typed as a rule to keep ("No physical punishment"), not a step to take. */
export function isStandingRule(action: PlanAction): boolean {
  const text = action.what.trim();
  return RULE_AGAINST.test(text) || /^(always|keep)\b/i.test(text);
}

/** A rule against something ("No physical punishment", "Never leave Mia alone"): agreed, rather than done. */
const RULE_AGAINST = /^(no|not|never|nobody|none|don[’']t|do not)\b/i;

/**
 * When, in words: "By Friday 18 December 2026"; a rule with no date "From now on, all the time"; an action from the last
 * plan still open past its date "As soon as possible (it was due by …)", but not one reported as going well.
 */
export function whenForFamily(action: PlanAction, conferenceDate: string): string {
  const due = action.due;
  if (!due && isStandingRule(action)) return 'From now on, all the time';
  // Something that repeats and began before this meeting goes on: its first date is history, not a deadline.
  if (due?.kind === 'every' && due.startsOn < conferenceDate) return capitalise(everyWords[due.interval]);
  if (due?.kind === 'by' && due.date < conferenceDate)
    return action.progress?.rag === 'green'
      ? `It was due by ${formatDateLong(due.date)}`
      : `As soon as possible (it was due by ${formatDateLong(due.date)})`;
  return dueWords(due);
}

/**
 * How an action from the last plan has gone, as the rating says it. The note behind the rating is a record of what was
 * said at the review, and follows who was in the room: it is in the minutes, never in the plan every parent receives.
 */
function progressSoFar(action: PlanAction): string | undefined {
  return action.progress ? progressWords(action.progress.rag).statusInWords : undefined;
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
  if (RULE_AGAINST.test(text)) return `${who} agreed: ${continueSentence(text, properNames)}`;
  const first = (text.split(/\s+/)[0] ?? '').replace(/[^\p{L}’']/gu, '');
  // A step that starts with an ordinary word in capitals is a verb: "Book Mia’s …" becomes "Jade will book Mia’s …".
  if (/^[A-Z][a-z]+$/.test(first) && !properNames.has(first)) return `${who} will ${lowerFirst(text)}`;
  return `${who} will do this: ${text}`;
}
