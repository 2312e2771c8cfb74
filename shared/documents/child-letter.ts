import type { ChildWrittenTo } from '../audience/distribution';
import { formatDateLong } from '../format/dates';
import type { Child, ChildDecision, ChildVoice, Conference, Participant, PlanAction } from '../model/conference';
import { actionOwners } from '../plan/owners';
import { capitalise, childName, continueSentence, dateAndTimeInWords } from '../wording/sentences';
import { alternativeSupportWords, categoryHeading, categoryWords } from '../plan/decision-words';
import { reviewStillHeld } from '../procedure/deadlines';
import { procedureProfile } from '../procedure/profiles';
import { planAnswer } from './child-voice';
import { actionContinues, sentence, type DocumentContext } from './context';
import { actionSentence, whenForFamily, withoutHiddenLead } from './family-plan';
import type { Gate } from './gate';
import type { People, ShowsRefs } from './people';
import type { Block, DocumentView } from './types';

/**
 * The chair's outcome letter to a child (issue 12): written after the conference, in words for the
 * child's age, and gone through with them by the social worker. One letter per child who is born and at least 3 on
 * the conference date (shared/audience/distribution.ts, childrenToWriteTo).
 *
 * The letter is computed for the shared screen's reader (index.ts): a child may show it to anyone, either parent
 * included. So it holds only text for everyone and withheld from nobody, and every typed text is asked about through
 * the gate. The shared screen's reader asks about audience, not time: what the child told us is also part of the
 * record of the meeting, which a parent out of the room for it does not have, so the child's words go in only where
 * every family member's own view shows them too (`FamilyReader`). It is built from a few things only: the decision for
 * this child, what they told us (and what the plan does about it), the plan's actions that concern them and no adult
 * of the family (actionsFor), who their social worker is, and how to tell someone if they are worried. Never notes,
 * the reason for the conference, worries, agency views, other children's words or anyone's contact details but the
 * social worker's.
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

/** A family-side participant and their own view, as their own copies are computed (index.ts). */
export type FamilyReader = { participant: Participant; view: ShowsRefs };

/**
 * @param gate the shared screen's reader, for which the letter is computed.
 * @param family every family-side participant with their own view: what the child told us is in the letter only
 *   where each of them (but the child the letter is for: the words are their own) would read it in their own copy.
 */
export function childLetter(
  whole: DocumentContext,
  gate: Gate,
  to: ChildWrittenTo,
  family: readonly FamilyReader[],
): ChildLetter {
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
  const recorded = conference.childVoices.filter((v) => v.childId === child.id && v.summary.trim());
  const voices = recorded.filter((v) => everyoneReads(gate, family, child, `childVoice:${v.id}`));
  if (voices.length) {
    // A worker's observation is not something the child told us: they are thanked for their time.
    const seenOnly = voices.every((v) => v.method === 'observation');
    const thanks = seenOnly
      ? 'Thank you for letting us see how you are.'
      : band === '8-to-12'
        ? 'Thank you for telling us. We thought about it at the meeting.'
        : 'Thank you for telling us.';
    const advocate = advocateFor(people, conference, child);
    voices.forEach((voice, i) => {
      // As it was written down: a summary in a worker's words is not turned into "you" by guesswork.
      blocks.push({
        kind: 'paragraph',
        lead: voiceLead(voice, advocate),
        text: sentence(voice.summary),
        emphasis: 'quiet',
      });
      const answer = planAnswer(voice.response);
      const last = i === voices.length - 1;
      const so = answer ? `So ${continueSentence(answer, people.properNames())}` : '';
      if (so || last) blocks.push({ kind: 'paragraph', text: [so, last ? thanks : ''].filter(Boolean).join(' ') });
    });
  } else if (recorded.some((v) => v.method !== 'observation')) {
    // The child gave their views, but not every family member may read them: thanked, with nothing said of why the
    // words are not here (that would tell a parent there is something they were not told).
    blocks.push({
      kind: 'paragraph',
      text: young
        ? `Thank you for telling us what you think. You can tell ${sw} more at any time.`
        : 'Thank you for sharing your views with us. ' +
          (band === '8-to-12' ? 'We thought about them at the meeting. ' : '') +
          `You can tell ${sw} more at any time.`,
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
  const actions = actionsFor(ctx, gate, child);
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
          ? `${actionSentence(ctx, a, properNames)} ${whenForFamily(a, details.date)}.`
          : actionSentence(ctx, a, properNames),
      ),
    });
  }

  // Who their social worker is, and when they will see them.
  gate.section = 'Your social worker';
  blocks.push({ kind: 'heading', level: 2, text: 'Your social worker' });
  const often = visitingFor(ctx, child, decision);
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
          lead ? `Tell ${sw}, your social worker.` : 'Tell your social worker.',
          // A child under 5 is more likely at nursery than at school.
          age !== undefined && age < 5
            ? 'Tell a grown-up you trust at nursery or school.'
            : 'Tell a grown-up you trust at school.',
          `Call Childline on ${CHILDLINE}. It is free, any time.`,
          'If someone is in danger now, call 999.',
        ]
      : [
          lead
            ? `Tell ${sw}, your social worker${lead.phone ? ` (phone ${lead.phone})` : ''}.`
            : 'Tell your social worker.',
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
  const titled = TITLE.test(first);
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
 * The actions a letter lists. A child may show their letter to either parent, and a step in a plan is about whoever
 * does it and whoever it names. So, in every band:
 * - a step that a family member owns (alone or with anyone else; a name typed in, not a worker from the list, counts
 *   as family) is listed only when it is for this child alone ("Niamh will book Erin’s hearing test"). A parent's
 *   steps for all the children or the whole family are often about their own treatment or health ("go to the
 *   alcohol service", "see the GP about low mood") or a rule between the adults: theirs to tell, in the family plan;
 * - a worker's step is listed when it is for this child or for all the children, and only if it names no adult of
 *   the family. A worker's step that names a parent is about that parent (a safety plan with the mother, the
 *   father's drinking in an assessment, his time with the children): it can be the other parent's private
 *   information, which a parent's own copy may leave out, and it is not the child's to carry. The
 *   worker's role counts too: "support worker for Shona" says Shona has one.
 * The words of every step are checked for the family's adults, whoever owns it. Actions from the last plan that are
 * finished are left out.
 */
function actionsFor(ctx: DocumentContext, gate: Gate, child: Child): PlanAction[] {
  const { conference } = ctx;
  const participant = (id: string | undefined) => conference.participants.find((p) => p.id === id);
  const namesAdult = adultNamer(conference);
  const concerns = (a: PlanAction) => {
    if (namesAdult(a.what)) return false;
    const owners = actionOwners(a).map((o) => participant(o.participantId));
    const workers = owners.flatMap((p) => (p?.kind === 'professional' ? [p] : []));
    if (owners.length === 0 || workers.length < owners.length) return a.childIds.join() === child.id;
    const forThisChild = a.childIds.length === 0 || a.childIds.includes(child.id);
    return forThisChild && !workers.some((w) => namesAdult(w.role));
  };
  return conference.plan.actions.filter(
    (a) => actionContinues(a) && a.what.trim() !== '' && concerns(a) && gate.shows(`action:${a.id}`),
  );
}

/** Words that name a parent without their name. */
const PARENT_WORDS =
  /(?<![\p{L}\p{N}])(mum|mam|mummy|mother|dad|daddy|father|step-?(?:mum|dad|mother|father)|parents?)(?![\p{L}\p{N}])/iu;

/**
 * Whether a typed text names an adult of the family: a household adult's given name, the first name of any
 * family-side participant who is not a child (a parent, carer, supporter or advocate), or a parent by what they are
 * to the child ("his dad"). Names are matched as whole words, as they are written (capitalised), so "will" is not Will.
 */
function adultNamer(conference: Conference): (text: string) => boolean {
  const names = new Set(
    [
      ...conference.adults.map((a) => a.givenName),
      ...conference.participants.filter((p) => p.kind !== 'professional' && p.kind !== 'child').map(firstName),
    ]
      .map((n) => n.trim())
      .filter((n) => n.length > 1)
      .map(capitalise),
  );
  const patterns = [...names].map(wholeWord);
  return (text) => PARENT_WORDS.test(text) || patterns.some((p) => p.test(text));
}

const TITLE = /^(mr|mrs|ms|miss|mx|dr|prof|rev|pc|dc|ds|sgt)\.?$/i;

/** The first word of a person's name that is not a title ("Mrs Patricia Harlow": Patricia). */
function firstName(person: Participant): string {
  return (
    person.name
      .trim()
      .split(/\s+/)
      .find((w) => !TITLE.test(w)) ?? ''
  );
}

/** A name as a whole word (or words): "Gary" in "Gary’s drinking", not in "Garyson". */
function wholeWord(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * Whether the child's words may go in the letter: the shared screen shows them, and so does the own view of every
 * family-side participant but the child themselves (the words are theirs). A parent out of the room when they were
 * heard has no record of them; were they in the letter, that parent could be shown them.
 */
function everyoneReads(gate: Gate, family: readonly FamilyReader[], child: Child, ref: string): boolean {
  if (!gate.shows(ref)) return false;
  return family.every(
    ({ participant, view }) => (participant.kind === 'child' && participant.childId === child.id) || view.shows(ref),
  );
}

/** The child's advocate as the letter may name them: their first name, when the reader may know who they are. */
function advocateFor(people: People, conference: Conference, child: Child): string | undefined {
  const advocate = conference.participants.find(
    (p) => p.kind === 'advocate' && p.childId === child.id && people.knows(p.id) && firstName(p),
  );
  return advocate ? firstName(advocate) : undefined;
}

/** How the child's words were heard, before them: a worker's observation is not something the child told us. */
function voiceLead(voice: ChildVoice, advocate: string | undefined): string {
  switch (voice.method) {
    case 'observation':
      return 'What we saw: ';
    case 'direct-work':
      return 'When you spent time with us: ';
    case 'advocate':
      return `What you told ${advocate ?? 'your advocate'}: `;
    case 'attended':
    case 'letter':
    case 'other':
      return 'You told us: ';
  }
}

/**
 * How often the social worker will visit, as typed, where it is this child's to read: not for a child whose plan
 * ends or who needs none (they are not promised visits under a plan), and not where it names a brother or sister
 * ("seeing Callum on his own each time" is about Callum, in Ailsa's letter). The field has no audience of its own.
 */
function visitingFor(ctx: DocumentContext, child: Child, decision: ChildDecision | undefined): string {
  const often = ctx.conference.plan.visitingFrequency.trim();
  if (!often || decision?.outcome === 'plan-ends' || decision?.outcome === 'plan-not-needed') return '';
  const others = ctx.conference.children
    .filter((c) => c.id !== child.id)
    .flatMap((c) => [c.givenName, c.knownAs, childName(c)])
    .map((n) => n.trim())
    .filter((n) => n.length > 1 && /^\p{Lu}/u.test(n));
  return others.some((n) => wholeWord(n).test(often)) ? '' : often;
}
