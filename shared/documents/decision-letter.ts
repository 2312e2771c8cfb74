import { formatDateLong } from '../format/dates';
import { conferenceTypeLabel } from '../wording/labels';
import { cadenceWords, capitalise, continueSentence, dateAndTimeInWords, timeInWords } from '../wording/sentences';
import {
  alternativeSupportWords,
  categoryHeading,
  categoryWords,
  outcomeWords,
  planInPlace,
} from '../plan/decision-words';
import { actionOnlyForChildrenWithoutPlan } from '../plan/plan-checks';
import { reviewStillHeld } from '../procedure/deadlines';
import { pregnancyDates } from '../procedure/pregnancy';
import { procedureProfile } from '../procedure/profiles';
import type { Participant } from '../model/conference';
import { challengeBlocks } from './challenge';
import { DRAFT_LINE, coreGroupVenue, deadline, sentence, type DocumentContext } from './context';
import { withoutHiddenLead } from './family-plan';
import type { Gate } from './gate';
import { andList, recordLabel, type People } from './people';
import type { Block, DocumentView, Fact } from './types';

/**
 * The chair's decision letter (England: within one working day; other nations' records of decisions on their own
 * timescales): each child's decision and category, the outline plan, the core group and review dates, and the right
 * to challenge. It goes to the family as well as the professionals, so it is written
 * in plain words and carries nothing restricted.
 *
 * Each family member's letter is computed from what they may see (issue #10, item 4); recipients whose letters come
 * out the same share one file. A professional receives the family's general letter, with only what anyone in the
 * family may read: what is for professionals is in their minute. A parent attending separately (bail conditions, domestic abuse) always has a letter of
 * their own, addressed to them, which names nobody else in the family and none of the other parent's support.
 */

/**
 * The words of one letter. `addressee` is set for a parent attending separately; `sentTo` is everyone the decisions
 * are sent to (the same list in every shared letter, so that it does not make otherwise equal letters differ).
 */
export function decisionLetterBlocks(
  ctx: DocumentContext,
  gate: Gate,
  sentTo: readonly Participant[],
  addressee?: Participant,
): Block[] {
  // Every name in this letter follows the reader's view of who each person is (people.ts).
  const people = ctx.people.forReader(gate);
  const { conference, settings } = ctx;
  const { details, plan, coreGroup: group, review } = conference;
  const nation = details.nation;
  const profile = procedureProfile(nation);
  const letterName = profile.words.decisionRecord;
  const due = deadline(ctx, 'decision-letter');
  const minutesDue = deadline(ctx, 'full-minutes');
  const decisionOf = (childId: string) => conference.decisions.find((d) => d.childId === childId);
  const onPlan = conference.children.filter((c) => planInPlace(decisionOf(c.id)?.outcome));
  const leadId = plan.leadSocialWorkerParticipantId;
  const lead = people.knows(leadId) ? people.participant(leadId) : undefined;
  const leadWords = lead ? people.familyLabel(leadId) : undefined;
  const time = [timeInWords(details.startTime), timeInWords(details.endTime)].filter(Boolean).join(' to ');

  const facts: Fact[] = [
    { label: 'Meeting', value: ctx.meetingName },
    { label: 'Held on', value: `${formatDateLong(details.date)}${time ? `, ${time}` : ''}` },
    { label: 'Where', value: details.venue || 'Not recorded' },
    { label: 'Chair', value: details.chair || 'Not recorded' },
    { label: 'Reference', value: details.reference || 'Not recorded' },
    { label: 'Date of this letter', value: formatDateLong(ctx.issuedOn) },
    // The family reads the date only: the rule behind it ("2 working days after the conference (Scotland, local)") is
    // the professionals' wording, and is in their minute. Without a timescale there is no date to give.
    ...(due?.dueOn ? [{ label: 'To be sent by', value: formatDateLong(due.dueOn) }] : []),
  ];

  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: letterName },
    ...(ctx.draft ? [{ kind: 'banner', text: DRAFT_LINE } as const] : []),
    { kind: 'facts', facts },
    {
      kind: 'paragraph',
      text:
        (addressee
          ? `To ${addressee.name.trim() || 'you'}, about the ${continueSentence(ctx.meetingName)} for `
          : `To everyone invited to the ${continueSentence(ctx.meetingName)} about `) +
        `${andList(conference.children.map((c) => people.childFullName(c.id))) || 'the children'}. ` +
        'This letter tells you what the meeting decided.' +
        (minutesDue?.dueOn ? ` The full minutes will follow by ${formatDateLong(minutesDue.dueOn)}.` : ''),
    },
  ];

  const pregnancies = pregnancyDates(conference, settings.procedure.timescales);
  for (const child of conference.children) {
    const name = people.childFirstName(child.id);
    const d = decisionOf(child.id);
    blocks.push({ kind: 'heading', level: 2, text: `Decision for ${people.childFullName(child.id)}` });
    blocks.push({ kind: 'paragraph', text: outcomeWords(d?.outcome, nation, name, d?.reconsider) });
    const categories = (d?.categories ?? []).map((k) => categoryWords(k, nation));
    if (categories.length) {
      blocks.push({
        kind: 'paragraph',
        lead: `${categoryHeading(nation)}: `,
        text: categories.map((c) => c.label).join(', '),
      });
      for (const c of categories)
        if (c.meaning) blocks.push({ kind: 'paragraph', lead: `${c.label} means: `, text: c.meaning });
    }
    const support = d ? alternativeSupportWords(withoutHiddenLead(d, gate), nation, name) : undefined;
    if (support) blocks.push({ kind: 'paragraph', text: support });
    // After the decision and its category, which the letter exists to give: the pregnancy is context.
    const pregnancy = pregnancies.find((p) => p.childId === child.id);
    if (pregnancy)
      blocks.push({
        kind: 'paragraph',
        text:
          `${capitalise(name)} is due on ${formatDateLong(pregnancy.edd)}.` +
          (pregnancy.problem ? '' : ` At the meeting the pregnancy was ${pregnancy.gestation.words}.`),
      });
  }

  blocks.push({ kind: 'heading', level: 2, text: 'The outline plan' });
  if (onPlan.length) {
    const onPlanIds = new Set(onPlan.map((c) => c.id));
    const outcomes = plan.outcomes
      .filter(
        (o) =>
          o.text.trim() &&
          (o.childIds.length === 0 || o.childIds.some((id) => onPlanIds.has(id))) &&
          gate.shows(`outcome:${o.id}`),
      )
      .map((o) => sentence(o.text));
    blocks.push(
      outcomes.length
        ? { kind: 'list', items: outcomes }
        : { kind: 'paragraph', text: 'The outcomes of the plan are still to be written down.' },
    );
    blocks.push({
      kind: 'paragraph',
      text:
        (leadWords ? `${capitalise(leadWords)} leads the plan. ` : '') +
        'The family plan says who will do what, by when, and how everyone will know it has been done.',
    });
  } else {
    blocks.push({ kind: 'paragraph', text: `No child has a ${profile.words.plan} after this meeting.` });
  }
  // Help agreed for a child without a plan (a pre-birth assessment for a baby under a Child in Need plan) is not part
  // of the plan, and the letter says where it is written down rather than let it go unmentioned.
  const apart = conference.children.filter((c) =>
    plan.actions.some(
      (a) =>
        !a.retired &&
        gate.shows(`action:${a.id}`) &&
        actionOnlyForChildrenWithoutPlan(conference, a).some((x) => x.id === c.id),
    ),
  );
  if (apart.length) {
    const names = andList(apart.map((c) => people.childFirstName(c.id)));
    const beforeBirth = apart.every((c) => c.unborn);
    blocks.push({
      kind: 'paragraph',
      text: capitalise(
        `${beforeBirth ? 'help before the birth' : 'help'} was also agreed for ${names}. It is not part of a ` +
          `${profile.words.plan}; the family plan says who will do what.`,
      ),
    });
  }

  blocks.push({ kind: 'heading', level: 2, text: 'Core group' });
  if (onPlan.length) {
    const members = addressee
      ? membersForSeparateLetter(people, addressee)
      : group.memberParticipantIds
          .filter((id) => people.knows(id))
          .map((id) => people.familyLabel(id))
          .filter((m): m is string => !!m);
    blocks.push({
      kind: 'facts',
      facts: [
        {
          label: 'First meeting',
          value: dateAndTimeInWords(group.firstMeetingOn, group.firstMeetingTime) ?? 'The date is still to be agreed',
        },
        { label: 'How often', value: cadenceWords(group.cadence) },
        ...(coreGroupVenue(conference, gate) ? [{ label: 'Where', value: coreGroupVenue(conference, gate) }] : []),
        { label: 'Members', value: members.length ? andList(members) : 'Still to be agreed' },
      ],
    });
  } else {
    blocks.push({ kind: 'paragraph', text: 'There is no core group, because no child has a plan.' });
  }

  blocks.push({ kind: 'heading', level: 2, text: `Next ${continueSentence(conferenceTypeLabel('review', nation))}` });
  const nextReview = dateAndTimeInWords(review.nextReviewOn, review.nextReviewTime);
  const reviewLimit = deadline(ctx, 'next-review');
  // A baby without a plan whose need for one is looked at again at the review keeps the review.
  const reviewHeld = reviewStillHeld(conference);
  blocks.push({
    kind: 'paragraph',
    text: !reviewHeld
      ? 'There will be no review, because no child has a plan.'
      : nextReview
        ? `${nextReview}.`
        : `The date is still to be set${reviewLimit?.dueOn ? `; it must be no later than ${formatDateLong(reviewLimit.dueOn)}` : ''}.`,
  });

  blocks.push({ kind: 'heading', level: 2, text: 'If you disagree with a decision' });
  // Who chaired, where to write and by when, that the decision stands, and how to put the papers right: the same
  // words as the family plan (challenge.ts).
  blocks.push(...challengeBlocks(ctx, leadWords ?? 'the social worker', { papers: 'this letter' }));
  blocks.push({
    kind: 'facts',
    facts: [
      {
        label: 'Questions about the plan',
        value:
          [
            leadWords ? capitalise(leadWords) : '',
            lead?.phone ? `phone ${lead.phone}` : '',
            settings.teamPhone ? `or the team on ${settings.teamPhone}` : '',
          ]
            .filter(Boolean)
            .join(', ') || 'Ask the social work team',
      },
    ],
  });

  blocks.push({
    kind: 'signature',
    lines: [`${details.chair || 'The chair'}, chair of the meeting`, 'Signed', 'Date'],
  });

  blocks.push({ kind: 'heading', level: 2, text: 'Who is sent the decisions' });
  if (addressee) {
    // Someone attending separately is not told who else in the family is written to, nor who supports them.
    blocks.push({
      kind: 'paragraph',
      text: 'This letter is for you. Everyone else invited to the meeting is sent the decisions separately.',
    });
  } else {
    // Someone this reader may not know of is left out of the list.
    const listed = sentTo.filter((p) => people.knows(p.id));
    blocks.push(
      listed.length ? { kind: 'list', items: listed.map(recordLabel) } : { kind: 'paragraph', text: 'None recorded.' },
    );
  }
  return blocks;
}

export type DecisionLetterCopy = {
  fileName: string;
  recipients: Participant[];
  blocks: Block[];
  /** Addressed to one person, who attended separately. */
  addressee?: Participant;
};

export function decisionLetterView(ctx: DocumentContext, copy: DecisionLetterCopy): DocumentView {
  const { details } = ctx.conference;
  const letterName = procedureProfile(details.nation).words.decisionRecord;
  const reference = details.reference || formatDateLong(details.date);
  const names = andList(copy.recipients.map((p) => p.name.trim() || 'a recipient'));
  return {
    kind: 'decision-letter',
    recipients: copy.recipients,
    // A family document, whoever receives it: a professional is given the family's general copy (index.ts).
    reading: 'family',
    fileName: copy.fileName,
    title: `${ctx.draft ? 'DRAFT ' : ''}${letterName}: ${ctx.meetingName}, ${formatDateLong(details.date)}`,
    subject: `${letterName} after the ${continueSentence(ctx.meetingName)}`,
    audience: 'professional',
    intendedFor: copy.addressee
      ? `${names} only: their own letter, as they attended separately.`
      : names
        ? `${names}: the chair’s decisions, due the next working day.`
        : 'Everyone invited: the chair’s decisions, due the next working day.',
    header: [ctx.marking, [ctx.authority, reference].filter(Boolean).join(' · '), ...(ctx.draft ? [DRAFT_LINE] : [])],
    footer: `${ctx.marking} · ${letterName}, ${reference}`,
    author: ctx.authority,
    ...(ctx.logo ? { logo: ctx.logo } : {}),
    blocks: copy.blocks,
  };
}

/**
 * The core group as told to a parent attending separately: themselves, the lead social worker and the professionals
 * in general. The other parent, and who supports them, are not named.
 */
function membersForSeparateLetter(people: People, addressee: Participant): string[] {
  const { conference } = people;
  const ids = conference.coreGroup.memberParticipantIds;
  const leadId = conference.plan.leadSocialWorkerParticipantId;
  const lead = leadId && ids.includes(leadId) && people.knows(leadId) ? people.familyLabel(leadId) : undefined;
  const others = ids.some((id) => id !== addressee.id && id !== leadId);
  return [
    ...(ids.includes(addressee.id) ? ['you'] : []),
    ...(lead ? [lead] : []),
    ...(others ? ['the other people working with the children'] : []),
  ];
}
