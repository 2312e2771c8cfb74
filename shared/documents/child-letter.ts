import type { ChildWrittenTo } from '../audience/distribution';
import { formatDateLong } from '../format/dates';
import type { Child, ChildDecision, Participant, PlanAction } from '../model/conference';
import { actionOwners } from '../plan/owners';
import {
  alternativeSupportWords,
  capitalise,
  categoryHeading,
  categoryWords,
  continueSentence,
  dateAndTimeInWords,
  dueWords,
  everyWords,
} from '../presenter/plain-words';
import { reviewStillHeld } from '../procedure/deadlines';
import { procedureProfile } from '../procedure/profiles';
import { actionContinues, sentence, type DocumentContext } from './context';
import { actionSentence, withoutHiddenLead } from './family-plan';
import type { Gate } from './gate';
import type { People } from './people';
import type { Block, DocumentView } from './types';

/**
 * The chair's outcome letter to a child (domain.md §3, §4; issue 12): written after the conference, in words for the
 * child's age, and gone through with them by the social worker. One letter per child who is born and at least 3 on
 * the conference date (shared/audience/distribution.ts, childrenToWriteTo).
 *
 * The letter is computed for the shared screen's reader (index.ts): a child may show it to anyone, and it is not a
 * record of who was in the room but of what was decided. So it holds only text for everyone and withheld from
 * nobody, and every typed text is asked about through the gate. It is built from a few things only: the decision for
 * this child, what they told us (and what the plan does about it), the plan's actions that concern them, who their
 * social worker is, and how to tell someone if they are worried. Never notes, the reason for the conference, worries,
 * agency views, other children's words or anyone's contact details but the social worker's.
 *
 * Three bands, from the child's age on the conference date (no date of birth: the middle band, and the letter says so
 * where it is listed for the person exporting it):
 * - under 8: very short sentences (ten words or fewer where the app writes them), what will happen and who will help,
 *   no category words;
 * - 8 to 12: short sentences, what the meeting decided and the main things the grown-ups will do;
 * - 13 and over: closer to the parent's plan, with the category in plain words, when each thing will be done, the
 *   next review and how to reach the social worker.
 */

export type LetterBand = 'under-8' | '8-to-12' | '13-and-over';

export function letterBand(age: number | undefined): LetterBand {
  if (age === undefined) return '8-to-12';
  if (age < 8) return 'under-8';
  return age < 13 ? '8-to-12' : '13-and-over';
}

/** Free for children, any time (Childline's own words: free, confidential, 24 hours). */
export const CHILDLINE = '0800 1111';

/** A child's letter as written for them, before it says whom the file is for. */
export type ChildLetter = {
  child: Child;
  age: number | undefined;
  band: LetterBand;
  blocks: Block[];
  /** The lead social worker's name as the letter gives it: the person who goes through it with the child. */
  socialWorker: string | undefined;
};

export function childLetter(whole: DocumentContext, gate: Gate, to: ChildWrittenTo): ChildLetter {
  // Every name follows the reader's view of who each person is (people.ts): the shared screen's.
  const ctx: DocumentContext = { ...whole, people: whole.people.forReader(gate) };
  const { conference, people } = ctx;
  const { details, plan } = conference;
  const { child, age } = to;
  const band = letterBand(age);
  const name = capitalise(people.childFirstName(child.id));
  const decision = conference.decisions.find((d) => d.childId === child.id);
  const planWord = procedureProfile(details.nation).words.plan;
  const chair = details.chair.trim();
  const lead = socialWorker(people, plan.leadSocialWorkerParticipantId);
  // "Rhys" in a sentence once the letter has said who Rhys Morgan is; "your social worker" when nobody is named.
  const sw = lead?.callName ?? 'your social worker';
  const Sw = capitalise(sw);
  const young = band === 'under-8';
  const older = band === '13-and-over';

  const blocks: Block[] = [{ kind: 'heading', level: 1, text: `A letter for ${name}` }];
  if (ctx.draft)
    blocks.push({ kind: 'banner', text: 'DRAFT – written during the meeting. This letter may still change.' });
  blocks.push({ kind: 'paragraph', text: `Dear ${name},` });

  // Who is writing, and why.
  const meetingOn = formatDateLong(details.date);
  if (young) {
    blocks.push({
      kind: 'paragraph',
      text:
        `${chair ? `My name is ${chair}. ` : ''}I ran a meeting about your family. It was on ${meetingOn}. ` +
        'The grown-ups there want you to be safe and happy.',
    });
  } else {
    blocks.push({
      kind: 'paragraph',
      text:
        (chair ? `My name is ${chair}. ` : '') +
        `I ran the meeting about you and your family on ${meetingOn}. ` +
        (older
          ? 'This letter says what we decided.'
          : 'Everyone there works to keep children safe. I am writing to tell you what we decided, and what happens next.'),
    });
  }

  // What the child told us, back to them in their own words, and what the plan does about it.
  gate.section = 'What you told us';
  blocks.push({ kind: 'heading', level: 2, text: 'What you told us' });
  const voices = conference.childVoices.filter(
    (v) => v.childId === child.id && v.summary.trim() && gate.shows(`childVoice:${v.id}`),
  );
  if (voices.length) {
    const thanks =
      band === '8-to-12'
        ? 'Thank you for telling us. We thought about it at the meeting.'
        : 'Thank you for telling us.';
    voices.forEach((voice, i) => {
      // As it was written down: a summary in a worker's words is not turned into "you" by guesswork.
      blocks.push({ kind: 'paragraph', lead: 'You told us: ', text: sentence(voice.summary), emphasis: 'quiet' });
      const response = voice.response.trim().replace(/^so\b[,:]?\s*/i, '');
      const last = i === voices.length - 1;
      const so = response ? `So ${continueSentence(sentence(response), people.properNames())}` : '';
      if (so || last) blocks.push({ kind: 'paragraph', text: [so, last ? thanks : ''].filter(Boolean).join(' ') });
    });
  } else {
    blocks.push({
      kind: 'paragraph',
      text: young
        ? `You can tell ${sw} what you think. ${capitalise(sw)} will listen.`
        : `We want to know what you think. You can tell ${sw} at any time.`,
    });
  }

  // What the meeting decided: for a young child, what will happen; no category words before 13.
  gate.section = 'What the meeting decided';
  blocks.push({ kind: 'heading', level: 2, text: young ? 'What will happen now' : 'What the meeting decided' });
  // Wales, Scotland and Northern Ireland keep a register (plain-words.ts, outcomeWords): an older child is told.
  const register = older && details.nation !== 'england' && decision?.outcome === 'plan-needed';
  blocks.push({
    kind: 'paragraph',
    text: register
      ? `We agreed that you need a ${planWord}. ` +
        'Your name also goes on the child protection register, a list of children with a plan.'
      : decisionWords(decision, band, planWord, Sw),
  });
  const help = decision ? supportWords(decision, gate, band, details.nation) : undefined;
  if (help) blocks.push({ kind: 'paragraph', text: help });
  if (older && decision?.outcome !== undefined && decision.outcome !== 'plan-not-needed') {
    const heading = categoryHeading(details.nation) === 'Category' ? 'The plan’s category' : 'Area of concern';
    for (const key of decision.categories) {
      const words = categoryWords(key, details.nation);
      blocks.push({
        kind: 'paragraph',
        lead: `${heading}: `,
        text: words.meaning ? `${words.label}. This means: ${words.meaning}` : `${words.label}.`,
      });
    }
  }

  // The next review, for an older child who may take part in it (the core group's dates are not for the child).
  const nextReview = dateAndTimeInWords(conference.review.nextReviewOn, conference.review.nextReviewTime);
  if (older && nextReview && reviewStillHeld(conference) && decision?.outcome !== 'plan-not-needed') {
    blocks.push({
      kind: 'paragraph',
      text:
        `The next meeting about the plan is on ${nextReview}. You can ask to come, or tell ${sw} what you ` +
        'think before it. An advocate can help you have your say.',
    });
  }

  // What the grown-ups will do: the actions that concern this child.
  gate.section = 'What the grown-ups will do';
  const actions = actionsFor(ctx, gate, child, band);
  blocks.push({
    kind: 'heading',
    level: 2,
    text: young ? 'Who will help' : older ? 'What everyone will do' : 'What the grown-ups will do',
  });
  const properNames = people.properNames();
  if (!actions.length) {
    blocks.push({
      kind: 'paragraph',
      text: young ? `${Sw} will tell you who will help.` : `${Sw} will tell you what the grown-ups will do.`,
    });
  } else {
    // Straight under the heading, which keeps with the first item (a line introducing the list could be left alone
    // at the foot of a page). From 13, each with when, as in the family plan, but as a short list.
    blocks.push({
      kind: 'list',
      items: actions.map((a) =>
        older
          ? `${actionSentence(ctx, a, properNames)} ${whenWords(a, details.date)}.`
          : actionSentence(ctx, a, properNames),
      ),
    });
  }

  // Who their social worker is, and when they will see them.
  gate.section = 'Your social worker';
  blocks.push({ kind: 'heading', level: 2, text: 'Your social worker' });
  const often = plan.visitingFrequency.trim();
  const visits = often
    ? `${Sw} will come to see you. How often: ${continueSentence(sentence(often), properNames)}`
    : `${Sw} will come to see you soon.`;
  const goThrough = young
    ? `${Sw} will read this letter with you. You can ask ${sw} anything.`
    : `${Sw} will go through this letter with you.` + (older ? '' : ` You can ask ${sw} about anything in it.`);
  blocks.push({
    kind: 'paragraph',
    text: [lead ? `Your social worker is ${lead.fullName}.` : '', visits, goThrough].filter(Boolean).join(' '),
  });

  // How to tell someone if they are worried.
  blocks.push({ kind: 'heading', level: 2, text: young ? 'If you feel worried' : 'If you are worried or scared' });
  blocks.push({
    kind: 'list',
    items: young
      ? [
          `Tell ${sw}, your social worker.`,
          'Tell a grown-up you trust at school.',
          `Call Childline on ${CHILDLINE}. It is free, any time.`,
          'If someone is in danger now, call 999.',
        ]
      : [
          `Tell ${sw}, your social worker${lead?.phone ? ` (phone ${lead.phone})` : ''}.`,
          'Tell an adult you trust at school.',
          `Call Childline on ${CHILDLINE}. It is free, any time.`,
          ...(older && ctx.settings.outOfHoursPhone.trim()
            ? [`In the evening or at the weekend, call the social work team on ${ctx.settings.outOfHoursPhone.trim()}.`]
            : []),
          'In an emergency, call 999.',
        ],
  });

  // A warm, honest close, from the chair by name.
  const close = young
    ? 'You are not in trouble. Lots of people care about you.'
    : older
      ? 'None of this is your fault, and we all want things to get better for you.'
      : 'None of this is your fault. We all want you to be safe and happy.';
  const signed = chair ? `From ${chair}, the person who ran the meeting` : 'From the person who ran the meeting';
  blocks.push({ kind: 'paragraph', text: `${close}\n${signed}` });

  return { child, age, band, blocks, socialWorker: lead?.fullName };
}

export type ChildLetterCopy = {
  fileName: string;
  /** The child (when they are a participant) and whoever goes through it with them, from the distribution list. */
  recipients: Participant[];
  letter: ChildLetter;
};

export function childLetterView(ctx: DocumentContext, copy: ChildLetterCopy): DocumentView {
  const { details } = ctx.conference;
  const { letter } = copy;
  const name = capitalise(ctx.people.childFirstName(letter.child.id));
  const readWith = letter.socialWorker ? `${letter.socialWorker}, social worker` : 'their social worker';
  const written =
    letter.age === undefined
      ? 'Written for a child of 8 to 12, as no date of birth is recorded.'
      : `Written for ${pronounOf(letter.child)} age.`;
  return {
    kind: 'child-letter',
    recipients: copy.recipients,
    // Computed as for the shared screen: anyone in the family may read it (index.ts).
    reading: 'family',
    fileName: copy.fileName,
    title: `${ctx.draft ? 'DRAFT ' : ''}A letter for ${name}`,
    subject: `The chair’s letter to ${name} after the ${continueSentence(ctx.meetingName)} on ${formatDateLong(details.date)}`,
    audience: 'family',
    intendedFor: `${name}, to be read with ${readWith}. ${written}`,
    header: [
      [ctx.authority, `A letter for ${name}`].filter(Boolean).join(' · '),
      ...(ctx.draft ? ['DRAFT – may still change'] : []),
    ],
    footer: `A letter for ${name} · ${formatDateLong(details.date)}`,
    author: ctx.authority,
    ...(ctx.logo ? { logo: ctx.logo } : {}),
    blocks: letter.blocks,
  };
}

type SocialWorker = { fullName: string; callName: string; phone: string };

/** The lead social worker as the letter names them, or undefined when none is named or the reader may not know them. */
function socialWorker(people: People, id: string | undefined): SocialWorker | undefined {
  const person = people.participant(id);
  if (!person || !people.knows(person.id)) return undefined;
  const fullName = person.name.trim();
  if (!fullName) return undefined;
  const [first = '', ...rest] = fullName.split(/\s+/);
  // A child calls their social worker by their first name; a title ("Dr", "Ms") keeps the whole name.
  const titled = /^(mr|mrs|ms|miss|mx|dr|prof|rev|pc|dc|ds|sgt)\.?$/i.test(first);
  return { fullName, callName: titled || !rest.length ? fullName : first, phone: person.phone.trim() };
}

function pronounOf(child: Child): string {
  const gender = child.gender.trim().toLowerCase();
  if (/^(male|boy|m|man)$/.test(gender)) return 'his';
  if (/^(female|girl|f|woman)$/.test(gender)) return 'her';
  return 'their';
}

/** The decision, to the child: no category words, and the plan called by the nation's name only from 13. */
function decisionWords(
  decision: ChildDecision | undefined,
  band: LetterBand,
  planWord: string,
  socialWorker: string,
): string {
  const outcome = decision?.outcome;
  if (band === 'under-8') {
    switch (outcome) {
      case 'plan-needed':
        return 'The grown-ups made a plan to keep you safe.';
      case 'plan-continues':
        return 'Your plan to keep you safe will carry on.';
      case 'plan-ends':
        return 'Things are better now. Your plan can stop.';
      case 'plan-not-needed':
        return 'The meeting said you do not need a plan.';
      case undefined:
        return `The grown-ups have not decided yet. ${socialWorker} will tell you soon.`;
    }
  }
  const plan = band === '13-and-over' ? `a ${planWord}` : 'a plan to keep you safe';
  switch (outcome) {
    case 'plan-needed':
      return band === '13-and-over'
        ? `We agreed that you need ${plan}, to keep you safe.`
        : `We agreed that you need ${plan}. The plan says what the grown-ups will do, and by when.`;
    case 'plan-continues':
      return band === '13-and-over'
        ? `We agreed that your ${planWord} will carry on for now. Some things have got better, and some still need to change.`
        : 'We agreed that your plan to keep you safe will carry on for now.';
    case 'plan-ends':
      return 'We agreed that things are safer now, so your plan can stop.';
    case 'plan-not-needed':
      return `We agreed that you do not need ${plan}.`;
    case undefined:
      return `The meeting has not decided yet. ${socialWorker} will tell you what it decides.`;
  }
}

/** Help without a plan (early help, a child in need plan), in words for the band; nothing for no further action. */
function supportWords(
  decision: ChildDecision,
  gate: Gate,
  band: LetterBand,
  nation: DocumentContext['conference']['details']['nation'],
): string | undefined {
  if (decision.outcome !== 'plan-not-needed' && decision.outcome !== 'plan-ends') return undefined;
  if (decision.alternative === undefined || decision.alternative === 'no-further-action') return undefined;
  if (band === '13-and-over') return alternativeSupportWords(withoutHiddenLead(decision, gate), nation, 'you');
  return band === 'under-8'
    ? 'Some grown-ups will still help your family.'
    : 'Some people will still help you and your family.';
}

/**
 * The actions that concern this child: those that name them, and help for the whole family given by a worker. An
 * action for the whole family that only family members own is often about a parent's own health or treatment ("see
 * the GP about low mood"): that is the parent's to tell, and it stays in the family plan. A child under 8 is told who
 * will help: what workers will do, and what the family will do for them alone ("take Erin to her hearing test"); a
 * parent's own steps for all the children (a course, treatment, a rule) are for the social worker to explain. Actions
 * from the last plan that are finished are left out.
 */
function actionsFor(ctx: DocumentContext, gate: Gate, child: Child, band: LetterBand): PlanAction[] {
  const { conference } = ctx;
  const byWorker = (a: PlanAction) =>
    actionOwners(a).some((o) => conference.participants.find((p) => p.id === o.participantId)?.kind === 'professional');
  const concerns = (a: PlanAction) =>
    band === 'under-8'
      ? byWorker(a)
        ? a.childIds.length === 0 || a.childIds.includes(child.id)
        : a.childIds.join() === child.id
      : a.childIds.includes(child.id) || (a.childIds.length === 0 && byWorker(a));
  return conference.plan.actions.filter(
    (a) => actionContinues(a) && a.what.trim() !== '' && concerns(a) && gate.shows(`action:${a.id}`),
  );
}

/** When, for an older child: a date, how often, or "from now on" for a rule with no date. */
function whenWords(action: PlanAction, conferenceDate: string): string {
  const due = action.due;
  if (!due) return 'From now on';
  // A date before the meeting (an action carried on from the last plan) is not a date still to come.
  if (due.kind === 'by' && due.date < conferenceDate) return `It was due by ${formatDateLong(due.date)}`;
  if (due.kind === 'every' && due.startsOn < conferenceDate) return capitalise(everyWords[due.interval]);
  return dueWords(due);
}
