import type { ConferenceType, Nation } from '../model/conference';
import { alternativePlanWords } from '../plan/decision-words';
import { PROCEDURE_PROFILES } from '../procedure/profiles';
import type { AgendaItemDefinition, AgendaItemKey } from './types';

/**
 * The agenda of each conference type in each nation. Items are built from one catalogue so
 * that an item means the same thing, and keeps the same key, on every agenda it appears on; only its wording
 * changes with the type and the nation. Numbers in prompts are the national defaults: local procedures differ, so
 * they are phrased as defaults for the chair to check, not as rules the app enforces.
 */

type Context = { type: ConferenceType; nation: Nation };
type ItemBody = Omit<AgendaItemDefinition, 'key'>;

/** Wales, Scotland and Northern Ireland still place children on a register; England has not since 2008. */
const registers = (nation: Nation): boolean => nation !== 'england';

/** Scotland calls the meeting a Child Protection Planning Meeting; the chair's words should match. */
const meetingWord = (nation: Nation): string => (nation === 'scotland' ? 'meeting' : 'conference');

/** "a child protection plan"; Wales: "registration and a care and support protection plan". */
const planWord = (nation: Nation): string => {
  const plan = `a ${PROCEDURE_PROFILES[nation].words.plan}`;
  return registers(nation) ? `registration and ${plan}` : plan;
};

const when = <T>(condition: boolean, ...values: T[]): T[] => (condition ? values : []);

const common = { perChild: false, familyMayBeExcluded: false } as const;

const catalogue: Record<AgendaItemKey, (ctx: Context) => ItemBody> = {
  welcome: ({ nation }) => ({
    ...common,
    title: 'Welcome and introductions',
    publicTitle: 'Welcome and introductions',
    publicSummary: 'Everyone says who they are and why they are here.',
    chairPrompts: [
      `Introduce yourself and explain that you chair the ${meetingWord(nation)} independently of the social work team.`,
      'Ask everyone for their name and role; record who is in the room, who is on video and who sent apologies.',
      'Check whether anyone needs an interpreter or other support. Interpreters must be accredited and never a relative or a child.',
      'Say roughly how long the meeting will take and that anyone can ask for a break.',
    ],
    minutes: 4,
    capture: 'attendance',
    shows: [],
  }),

  'purpose-and-confidentiality': ({ type, nation }) => ({
    ...common,
    title: 'Purpose, confidentiality and equality',
    publicTitle: 'What this meeting is for',
    publicSummary: 'Why we are meeting, and how what is said here is kept private.',
    chairPrompts: [
      {
        initial: `Purpose: share what is known, look at strengths and worries, and decide whether each child needs ${planWord(nation)}.`,
        review: `Purpose: look at how the plan has gone, how safe each child is now, and whether ${planWord(nation)} is still needed.`,
        'pre-birth': `Purpose: plan for the baby’s safety before and after the birth, and decide whether the baby needs ${planWord(nation)}.`,
        'transfer-in': 'Purpose: understand the plan made in the last area and agree how it carries on here.',
      }[type],
      'Explain significant harm in plain words: harm serious enough to damage a child’s health or development, now or in the future.',
      'Confidentiality: what is shared here is used to keep the children safe and is passed on only to protect a child or as the law allows.',
      'The meeting is not recorded (audio or video) unless everyone agreed to it beforehand.',
      'The family’s views are heard and shape the decision, but the professionals decide; the family does not vote.',
      'Equality: everyone is treated with respect; anyone who needs an adjustment to take part should say so.',
      'If professionals disagree with each other, they say so here and the difference is recorded.',
    ],
    minutes: 3,
    capture: 'notes',
    shows: [],
  }),

  'apologies-and-quorum': ({ nation }) => ({
    ...common,
    title: 'Apologies, written reports and quorum',
    publicTitle: 'Who could not come',
    publicSummary: 'Who sent apologies, and whether they sent a written report.',
    chairPrompts: [
      'Read out the apologies and which absent agencies sent a written report or view.',
      'Check quorum: children’s social care plus at least two other agencies that know the child.',
      nation === 'scotland'
        ? 'If the meeting is not quorate, reconvene within 10 working days (check the local rule) and record why.'
        : 'If the conference is not quorate, decide whether it can go ahead safely or must be reconvened, and record why.',
    ],
    minutes: 2,
    capture: 'attendance',
    shows: [],
  }),

  'attendance-and-exclusions': ({ type }) => ({
    ...common,
    title: 'Who is invited, and any exclusions',
    publicTitle: 'Who is taking part',
    publicSummary: 'Who is taking part today, and whether anyone joins for only part of the meeting.',
    chairPrompts: [
      'Confirm who was invited, and anyone not invited with the reason.',
      'Excluding anyone for part or all of the meeting is the chair’s decision and needs a reason: risk of violence, harm to the child’s interests, the child’s wishes, confidential police or legal information, or conflict in the family.',
      'Where there is domestic abuse, consider separate attendance so each parent can take part safely.',
      'Tell anyone excluded how their views will be heard and what record they will get.',
      ...when(
        type === 'pre-birth',
        'Parents are invited unless that would raise the risk to the baby, for example by driving them away from antenatal care or out of the area.',
      ),
    ],
    minutes: 2,
    capture: 'attendance',
    shows: [],
  }),

  reports: ({ type, nation }) => ({
    ...common,
    title: 'Reports',
    publicTitle: 'Reports',
    publicSummary: 'The written reports for this meeting, and whether the family had time to read them.',
    chairPrompts: [
      'For each report: who wrote it, when it arrived and when it was shared with the family.',
      type === 'review'
        ? 'Reports are usually due with the family at least 5 working days before a review (check the local rule); flag any that were late or not shared.'
        : 'Reports are usually due with the family at least 3 working days before the conference (check the local rule); flag any that were late or not shared.',
      'Ask the family whether they have had time to read the reports and whether anything in them is factually wrong.',
      ...when(nation === 'wales', 'The social worker’s report must not give a view on registration.'),
    ],
    minutes: 2,
    capture: 'reports',
    shows: [],
  }),

  'reason-for-conference': ({ type, nation }) => ({
    ...common,
    title:
      nation === 'scotland'
        ? 'Reason for the meeting and outcome of the investigation'
        : nation === 'northern-ireland'
          ? 'Reason for the conference and outcome of the investigation'
          : 'Reason for the conference and outcome of the section 47 enquiry',
    publicTitle: 'What led to this meeting',
    publicSummary: 'The social worker explains what happened and what the enquiries found.',
    chairPrompts: [
      'The social worker summarises the worries that led to the enquiry and what it found.',
      'Confirm who lives in the household; every child in it is considered, not only the child referred.',
      ...when(
        type === 'pre-birth',
        'Say what is worrying about the baby’s future care, including anything known from older children.',
      ),
      'Keep the referrer’s identity and other people’s private details out of the discussion.',
    ],
    minutes: 5,
    capture: 'notes',
    shows: [],
  }),

  'why-the-plan-started': ({ nation }) => ({
    ...common,
    title:
      nation === 'scotland'
        ? 'Why the plan started and the areas of concern'
        : 'Why the plan started and the current category',
    publicTitle: 'Why there is a plan',
    publicSummary: 'A reminder of why the plan started and what the main worry was.',
    chairPrompts: [
      nation === 'scotland'
        ? 'Remind everyone when each child’s plan started, why, and the areas of concern recorded.'
        : 'Remind everyone when each child’s plan started, why, and under which category.',
      'Note how long each plan has run and any earlier plans; a plan nearing 18 months to 2 years needs a clear direction.',
      'Keep the referrer’s identity and other people’s private details out of the discussion.',
    ],
    minutes: 3,
    capture: 'notes',
    shows: ['plan-history'],
    addedFor: 'review',
  }),

  'transfer-from': ({ nation }) => ({
    ...common,
    title: 'Transfer from the sending authority',
    publicTitle: 'Moving to a new area',
    publicSummary: 'Why the plan is moving to this area, and what happened in the last area.',
    chairPrompts: [
      'Name the sending authority, when written notice of the move arrived and when the family moved.',
      nation === 'scotland'
        ? 'The receiving area convenes; a transfer meeting cannot end registration.'
        : 'The sending authority keeps responsibility until this conference takes the plan on (usually within 15 working days of notice).',
      'Summarise the plan, the category and progress as the sending authority reports them; is their social worker here or has a report been sent?',
    ],
    minutes: 5,
    capture: 'transfer',
    shows: [],
    addedFor: 'transfer-in',
  }),

  'expected-date-and-birth': ({ nation }) => ({
    ...common,
    title: 'Pregnancy, expected date of delivery and birth arrangements',
    publicTitle: 'The pregnancy and the birth',
    publicSummary: 'How the pregnancy is going and what is planned for the birth.',
    chairPrompts: [
      'Record the expected date of delivery and confirm it with the midwife.',
      'Antenatal care so far: appointments kept and any worries from the midwife or GP.',
      'The birth plan: which hospital, who will be there, and arrangements on the ward and at discharge.',
      ...when(nation === 'scotland', 'Plan the pre-discharge meeting to be held before the baby leaves hospital.'),
    ],
    minutes: 5,
    capture: 'pregnancy',
    shows: [],
    addedFor: 'pre-birth',
  }),

  'agency-information': ({ type }) => ({
    ...common,
    title: type === 'review' ? 'New information from agencies' : 'Information from agencies',
    publicTitle: 'What each service knows',
    publicSummary: 'Each service says what is going well and what they are worried about.',
    chairPrompts: [
      'Each agency summarises its report, what is going well and what worries it; reports are not read out.',
      'Ask for facts and where they came from; separate what was seen from what was reported.',
      ...when(type === 'review', 'Keep to what has changed since the last conference.'),
      'Information that cannot be shared with the family is given in a closed session and recorded separately.',
    ],
    minutes: 10,
    capture: 'agency-information',
    shows: [],
    familyMayBeExcluded: true,
  }),

  'plan-progress': ({ type }) => ({
    ...common,
    title: type === 'transfer-in' ? 'Progress on the plan so far' : 'Progress on the plan',
    publicTitle: 'How the plan is going',
    publicSummary: 'We go through each part of the plan and say how it is going.',
    chairPrompts: [
      'Go through each outcome and action: done, partly done or not done (green, amber, red), and the evidence.',
      'Ask what has changed for the child, not only whether appointments were kept: kept appointments with nothing changing is a warning sign.',
      'Note the core group meetings held and the statutory visits made since the plan started or was last reviewed.',
      'Ask the family how they think the plan is going.',
    ],
    minutes: 8,
    capture: 'plan-progress',
    shows: ['plan-progress'],
    addedFor: type === 'transfer-in' ? 'transfer-in' : 'review',
  }),

  'new-incidents': () => ({
    ...common,
    title: 'New incidents or concerns',
    publicTitle: 'Anything new since last time',
    publicSummary: 'Anything that has happened since the last meeting.',
    chairPrompts: [
      'Any new incidents, referrals, police call-outs or injuries since the last conference, and how they were handled.',
      'Any change in who lives in or regularly visits the household.',
    ],
    minutes: 3,
    capture: 'notes',
    shows: [],
    addedFor: 'review',
  }),

  'family-views': () => ({
    ...common,
    title: 'Family’s views',
    publicTitle: 'What the family thinks',
    publicSummary: 'Parents, carers and family members say what they think, in their own words.',
    chairPrompts: [
      'Invite each parent or carer to speak, then wider family and any supporter or advocate.',
      'Check they understood the reports; ask what they agree and disagree with.',
      'A supporter, advocate or solicitor helps a parent take part but has no part in the decision.',
    ],
    minutes: 8,
    capture: 'family-views',
    shows: [],
  }),

  'separate-session': () => ({
    ...common,
    title: 'Separate session with a parent or carer',
    // The shared screen is in the main meeting's room: it says only that someone is being heard on their own.
    publicTitle: 'Hearing from a family member on their own',
    publicSummary:
      'A family member is being heard separately; what they say is recorded for them and the professionals.',
    chairPrompts: [
      'Used where a parent cannot be in the same meeting as the other (bail conditions, domestic abuse).',
      'Record the session’s start and end times on their attendance: their copy of the minutes follows them.',
      'Share the information, hear their views on the worries and the plan, and tell them the decision.',
      'Notes taken here are kept from the other family members: untick a name on a note’s audience only if they may read it.',
    ],
    minutes: 20,
    capture: 'notes',
    shows: [],
  }),

  'childs-voice': ({ type }) => ({
    ...common,
    title:
      type === 'review'
        ? 'Child’s current views'
        : type === 'pre-birth'
          ? 'Views of other children in the household'
          : 'Child’s views',
    publicTitle: 'What the children have told us',
    publicSummary: 'The children’s own views, whether they are here or told someone before the meeting.',
    chairPrompts: [
      'How each child’s views were gathered: attending, an advocate, a letter, direct work (such as Three Houses), or observation of a very young child.',
      'If a child attends, agree when and for which parts, so they do not hear what would distress them.',
      'Agree who will tell each child the outcome, and how.',
    ],
    minutes: 5,
    capture: 'childs-voice',
    shows: ['child-voices'],
    perChild: true,
  }),

  analysis: ({ type }) => ({
    ...common,
    title:
      type === 'review'
        ? 'Updated analysis: worries, strengths, what needs to happen'
        : 'Analysis: worries, strengths, what needs to happen',
    publicTitle: 'Worries, strengths and what needs to happen',
    publicSummary: 'Together we list what we are worried about, what is working well, and what needs to happen.',
    chairPrompts: [
      'Build the three columns together: what are we worried about, what is working well, what needs to happen.',
      'Danger statements say who is worried, what they fear could happen to which child, and what happens if nothing changes.',
      'Keep past harm, future danger and complicating factors apart; keep strengths apart from safety shown over time.',
      'Match each danger statement with a safety goal, in words the family would use.',
      ...when(type === 'review', 'Compare with the last conference: what has changed, and what has not?'),
    ],
    minutes: 8,
    capture: 'analysis',
    shows: ['analysis'],
  }),

  scaling: ({ type }) => ({
    ...common,
    title: 'Scaling (0 to 10)',
    publicTitle: 'How safe are things? (0 to 10)',
    publicSummary: 'Everyone gives a score from 0 to 10 for how safe things are now.',
    chairPrompts: [
      type === 'pre-birth'
        ? 'Explain the scale: 0 means the baby could not safely go home with the parents, 10 means safe enough that no plan is needed.'
        : 'Explain the scale: 0 means too unsafe for the children to live at home, 10 means safe enough for the plan to end.',
      'Consider collecting scores privately or on paper first, so nobody is led by the first score said aloud.',
      'Everyone scores, including the family; ask each person what would move their score up by one.',
      'The shared screen shows the spread and the middle score, not who gave which score.',
    ],
    minutes: 5,
    capture: 'scaling',
    shows: ['scaling'],
  }),

  'risk-to-other-children': () => ({
    ...common,
    title: 'Risk to other children',
    publicTitle: 'Other children',
    publicSummary: 'Whether any other children the adults care for or see need help or protection.',
    chairPrompts: [
      'Consider every child in the household and any child the adults care for, live with or visit elsewhere.',
      'Agree who tells another authority or the MASH about any other child who may be at risk.',
      'Do not say aloud where another child lives if that could put anyone at risk.',
    ],
    minutes: 3,
    capture: 'other-children',
    shows: [],
    familyMayBeExcluded: true,
  }),

  'support-before-birth': () => ({
    ...common,
    title: 'What agencies will do before the birth',
    publicTitle: 'Support before the baby is born',
    publicSummary: 'What each service will do to help and prepare the parents before the birth.',
    chairPrompts: [
      'Agree what each agency will do to support and prepare the parents before the birth.',
      'Agree any assessments needed before the birth, who does them and by when.',
      'Keep the parents engaged with antenatal care; avoid steps that would drive them away from it.',
    ],
    minutes: 5,
    capture: 'plan',
    shows: ['plan'],
    addedFor: 'pre-birth',
  }),

  decision: ({ type, nation }) => {
    const question = {
      initial: `Is the child likely to suffer significant harm, and does the child need ${planWord(nation)}?`,
      review: `Is the child still likely to suffer significant harm? Should ${registers(nation) ? 'registration and ' : ''}the plan continue, change category or end?`,
      'pre-birth': `Is the baby likely to suffer significant harm after the birth, and does the baby need ${planWord(nation)} from birth?`,
      'transfer-in': 'Is the child still likely to suffer significant harm, and does the plan continue in this area?',
    }[type];
    return {
      ...common,
      title: {
        initial: 'Decision: is each child likely to suffer significant harm?',
        review: 'Decision: continue, change category or end the plan',
        'pre-birth': 'Decision: should there be a pre-birth plan?',
        'transfer-in': 'Decision: does the plan continue here?',
      }[type],
      publicTitle: 'The decision',
      publicSummary:
        type === 'pre-birth'
          ? 'Each professional says whether a plan is needed for the baby, then the chair sums up the decision.'
          : `Each professional says whether a ${PROCEDURE_PROFILES[nation].words.plan} is needed, then the chair sums up the decision.`,
      chairPrompts: [
        `For each child, ask each professional in turn: ${question} Read out written views from those absent.`,
        'The family’s views are heard and recorded, but the family does not vote.',
        'Sum up. Without agreement, the chair decides; record any dissent and how the agency can escalate it.',
        'Anyone leaving early gives their view before they go.',
        ...when(
          type === 'review',
          'A plan ends only when the child is no longer likely to suffer significant harm; it rarely ends at the first review or while key assessments are unfinished.',
          'Where nothing has improved, consider legal planning.',
        ),
        ...when(type === 'transfer-in' && nation === 'scotland', 'A transfer meeting cannot end registration.'),
      ],
      minutes: 6,
      capture: 'decision',
      shows: ['decisions'],
      perChild: true,
    };
  },

  category: ({ type, nation }) => {
    const rule = {
      england:
        'Choose the main category: neglect, physical, emotional or sexual abuse. Use more than one only where each is a main worry.',
      wales:
        'Choose one or more categories: physical, emotional or psychological, sexual abuse, neglect, financial abuse.',
      scotland: 'Scotland does not use categories: record the areas of concern the plan must address.',
      'northern-ireland': 'Choose the category: physical, emotional, sexual abuse, neglect, or a combination.',
    }[nation];
    return {
      ...common,
      title: nation === 'scotland' ? 'Areas of concern' : 'Category',
      publicTitle: nation === 'scotland' ? 'The main worries' : 'The main worry (category)',
      publicSummary:
        nation === 'scotland'
          ? 'The main areas of concern that the plan will work on.'
          : 'The name for the main kind of worry, which goes on the plan.',
      chairPrompts: [
        rule,
        ...when(type === 'review', 'Check that the current category still fits, or change it.'),
        'Explain what the category means for this family in plain words: labels such as “emotional abuse” are often misread.',
        ...when(nation === 'northern-ireland', 'Tell the family the category can be appealed.'),
      ],
      minutes: 3,
      capture: 'category',
      shows: ['decisions'],
      perChild: true,
    };
  },

  'childrens-reporter': ({ type }) => ({
    ...common,
    title: 'Referral to the Children’s Reporter',
    publicTitle: 'The Children’s Reporter',
    publicSummary: 'Whether to ask the Children’s Reporter to consider a Children’s Hearing.',
    chairPrompts: [
      type === 'pre-birth'
        ? 'A referral can only be made once the baby is born: agree whether one will be made at birth, and by whom.'
        : 'For each child, consider referral to the Principal Reporter and record the decision and the reason.',
      'Agree who makes any referral and by when.',
      'Explain to the family in plain words what the Reporter does and what happens next.',
    ],
    minutes: 3,
    capture: 'other-decisions',
    shows: [],
    addedFor: 'scotland',
  }),

  'order-at-birth': () => ({
    ...common,
    title: 'Whether to seek an order at birth',
    publicTitle: 'Plans for when the baby is born',
    publicSummary:
      'What will happen when the baby is born, including whether the council will ask a court for an order.',
    chairPrompts: [
      'Has legal advice been taken? Will the local authority seek an order when the baby is born?',
      'Say so openly to the parents unless that would put the baby at risk, and tell them they can get legal advice.',
      'Agree the plan for the baby leaving hospital.',
    ],
    minutes: 5,
    capture: 'other-decisions',
    shows: [],
    addedFor: 'pre-birth',
  }),

  'step-down': ({ type, nation }) => ({
    ...common,
    title: 'If the plan ends: step-down support',
    publicTitle: 'Support after the plan',
    publicSummary: 'If a plan ends, what help carries on and who leads it.',
    chairPrompts: [
      `For each child whose plan ends, agree the step-down: a ${alternativePlanWords(nation)}, early help or no further action, and who leads it.`,
      'Agree when the step-down plan will be reviewed and what the family can expect.',
      'Tell the family what will happen if the worries come back.',
    ],
    minutes: 3,
    capture: 'alternative-support',
    shows: ['decisions'],
    perChild: true,
    addedFor: type === 'transfer-in' ? 'transfer-in' : 'review',
  }),

  'support-without-a-plan': ({ nation }) => ({
    ...common,
    title: 'Child not needing a plan: other support',
    publicTitle: 'Help without a plan',
    publicSummary: 'If a child does not need a plan, what other help the family will have.',
    chairPrompts: [
      `For each child who does not need a plan, agree a ${alternativePlanWords(nation)}, early help or no further action, and who leads it.`,
      'Record why the threshold of significant harm was not met.',
    ],
    minutes: 2,
    capture: 'alternative-support',
    shows: ['decisions'],
    perChild: true,
  }),

  'transfer-arrangements': () => ({
    ...common,
    title: 'Transfer arrangements',
    publicTitle: 'Handing over to the new area',
    publicSummary: 'How the old and new areas hand over, and when the new area takes charge.',
    chairPrompts: [
      'Agree the date responsibility passes to this authority; confirm the records and chronology have arrived.',
      'Which services carry on, stop or start in the new area (school, GP, health visitor)?',
      'Tell the sending authority the outcome in writing.',
    ],
    minutes: 3,
    capture: 'transfer',
    shows: [],
    addedFor: 'transfer-in',
  }),

  'outline-plan': ({ type }) => ({
    ...common,
    title: {
      initial: 'Outline plan',
      review: 'Outline plan',
      'pre-birth': 'Outline pre-birth plan',
      'transfer-in': 'The receiving authority’s plan',
    }[type],
    publicTitle: 'The plan: what needs to happen',
    publicSummary: 'What needs to change, who will do what, and by when.',
    chairPrompts: [
      'Agree outcomes that match the safety goals.',
      'Every action says who, what, by when, and how we will know it has happened.',
      'Write actions to the person (“Jade will…”) in words the family understands.',
      ...when(type === 'review', 'Carry forward unfinished actions and close completed ones.'),
      ...when(
        type === 'initial',
        'Consider commissioning a full assessment with an integrated chronology, and set its timescale.',
      ),
      'Say what support the family will get, and from whom.',
    ],
    minutes: 8,
    capture: 'plan',
    shows: ['plan'],
  }),

  contingency: () => ({
    ...common,
    title: 'Contingency plan',
    publicTitle: 'If things go wrong',
    publicSummary: 'What will happen if the plan is not followed or things get worse.',
    chairPrompts: [
      'Agree clear triggers (what would worry us) and what happens in response to each.',
      'Say plainly what would happen if the child’s needs are still not met, including possible legal steps, so nobody is surprised later.',
      'Include who the family calls out of hours.',
    ],
    minutes: 3,
    capture: 'contingency',
    shows: ['plan'],
  }),

  'lead-professional': ({ nation }) => ({
    ...common,
    title: 'Lead social worker, team manager and visits',
    publicTitle: 'Who will lead the plan',
    publicSummary: 'Who the social worker is, and how often they will visit.',
    chairPrompts: [
      'Name the lead social worker and the team manager.',
      {
        england:
          'Agree how often the child is visited and seen alone; check the local minimum (often every 10 working days).',
        wales:
          'Visits: seen alone at least every 10 working days, at home at least every 4 weeks, bedroom seen at least once between reviews.',
        scotland: 'Agree how often the child is visited and seen alone, and write it into the plan.',
        'northern-ireland': 'Agree visits: the child is seen at least every 4 weeks, more often where needed.',
      }[nation],
    ],
    minutes: 2,
    capture: 'lead-professional',
    shows: ['arrangements'],
  }),

  'core-group': ({ nation }) => ({
    ...common,
    title: 'Core group',
    publicTitle: 'The core group',
    publicSummary: 'The group of family members and professionals who will meet to carry out the plan.',
    chairPrompts: [
      'Agree the members (family and practitioners) and who convenes, chairs and records (usually the social worker).',
      nation === 'scotland'
        ? 'First core group within 15 working days, then agree how often it meets.'
        : 'First core group within 10 working days, then agree how often it meets (usually every 4 weeks or monthly).',
      'Agree the working plan and assessment timescales the core group takes forward.',
      'Say when the case must come back to conference early.',
    ],
    minutes: 3,
    capture: 'core-group',
    shows: ['arrangements'],
  }),

  'review-date': ({ type, nation }) => {
    const timing =
      type === 'pre-birth'
        ? nation === 'scotland'
          ? 'Hold a pre-discharge meeting before the baby leaves hospital; review within 3 months.'
          : 'Review after the birth: usually within 10 working days of the birth or 3 months, whichever is sooner; use the expected date of delivery.'
        : nation === 'scotland'
          ? 'Review within 6 months.'
          : type === 'review'
            ? 'Next review within 6 months.'
            : 'First review within 3 months of this conference, then at least every 6 months.';
    return {
      ...common,
      title: type === 'pre-birth' ? 'Review after the birth' : 'Review date',
      publicTitle: 'The next meeting',
      publicSummary: 'When we will meet again to see how things are going.',
      chairPrompts: [timing, 'Check the date is a working day, not a bank holiday.', 'Agree who will be invited.'],
      minutes: 2,
      capture: 'review',
      shows: ['arrangements'],
    };
  },

  'other-decisions': ({ type, nation }) => ({
    ...common,
    title: 'Other decisions',
    publicTitle: 'Other decisions',
    publicSummary: 'Any other help, referrals or next steps agreed today.',
    chairPrompts: [
      'Legal planning or pre-proceedings, a family group conference, emergency measures.',
      'Other referrals: MARAC, the MASH for other children, other services needed.',
      ...when(
        type !== 'review',
        'Whether a full assessment with an integrated chronology is commissioned, and its timescale.',
      ),
      ...when(nation === 'scotland', 'Confirm the decision on referral to the Children’s Reporter is recorded.'),
    ],
    minutes: 3,
    capture: 'other-decisions',
    shows: [],
  }),

  complaints: ({ nation }) => ({
    ...common,
    title: 'Complaints and the right to challenge',
    publicTitle: 'If you disagree',
    publicSummary: 'How to challenge a decision or make a complaint.',
    chairPrompts: [
      'Explain how to complain about the decision or how the meeting was run, and the time limit (often 28 days, in writing).',
      'The decision stands while a complaint is considered.',
      ...when(nation === 'northern-ireland', 'Explain that the category can be appealed, and how.'),
    ],
    minutes: 2,
    capture: 'notes',
    shows: [],
  }),

  distribution: ({ nation }) => ({
    ...common,
    title: 'Decision letter, minutes and distribution',
    publicTitle: 'What you will receive',
    publicSummary: 'Who gets the decision letter, the plan and the minutes, and when.',
    chairPrompts: [
      {
        england:
          'Decision letter within 1 working day (outline plan, core group and review dates, complaint rights); full minutes by the local deadline, often 15 working days.',
        wales:
          'Summary and outline plan within 5 working days or by the first core group; minutes as soon as possible (good practice 20 working days); corrections to the chair within 10 working days.',
        scotland: 'Key decisions summary within about 48 hours; the record to participants within 10 working days.',
        'northern-ireland': 'Decision summary and minutes by the Trust’s local timescales.',
      }[nation],
      'Agree who receives full or partial minutes. Family members get no record of parts they were excluded from.',
      'Tell the parents the plan may be used in court.',
    ],
    minutes: 2,
    capture: 'notes',
    shows: [],
  }),

  close: () => ({
    ...common,
    title: 'Close',
    publicTitle: 'End of the meeting',
    publicSummary: 'Checking everyone understood what was decided, and thank you.',
    chairPrompts: [
      'Read back the decision and plan for each child and check the family has understood.',
      'Agree who explains the outcome to each child, and how.',
      'Thank everyone and note the finish time.',
    ],
    minutes: 2,
    capture: 'notes',
    shows: [],
  }),
};

/** The running order of each conference type before the nation's own items are added. */
function runningOrder({ type, nation }: Context): AgendaItemKey[] {
  const opening: AgendaItemKey[] = [
    'welcome',
    'purpose-and-confidentiality',
    'apologies-and-quorum',
    'attendance-and-exclusions',
    'reports',
  ];
  // Scotland must consider the Reporter alongside the decision, so it sits straight after it.
  const reporter = when<AgendaItemKey>(nation === 'scotland', 'childrens-reporter');
  const planning: AgendaItemKey[] = ['outline-plan', 'contingency', 'lead-professional', 'core-group', 'review-date'];
  const closing: AgendaItemKey[] = ['complaints', 'distribution', 'close'];

  switch (type) {
    case 'initial':
      return [
        ...opening,
        'reason-for-conference',
        'agency-information',
        'family-views',
        'childs-voice',
        'analysis',
        'scaling',
        'risk-to-other-children',
        'decision',
        'category',
        ...reporter,
        ...planning,
        'other-decisions',
        'support-without-a-plan',
        ...closing,
      ];
    case 'review':
      return [
        ...opening,
        'why-the-plan-started',
        'agency-information',
        'plan-progress',
        'new-incidents',
        'family-views',
        'childs-voice',
        'analysis',
        'scaling',
        'risk-to-other-children',
        'decision',
        'category',
        ...reporter,
        'step-down',
        ...planning,
        'other-decisions',
        ...closing,
      ];
    case 'pre-birth':
      return [
        ...opening,
        'reason-for-conference',
        'expected-date-and-birth',
        'agency-information',
        'family-views',
        'childs-voice',
        'analysis',
        'scaling',
        'risk-to-other-children',
        'support-before-birth',
        'decision',
        'category',
        ...reporter,
        'order-at-birth',
        ...planning,
        'other-decisions',
        'support-without-a-plan',
        ...closing,
      ];
    case 'transfer-in':
      return [
        ...opening,
        'transfer-from',
        'agency-information',
        'plan-progress',
        'family-views',
        'childs-voice',
        'analysis',
        'scaling',
        'risk-to-other-children',
        'decision',
        'category',
        ...reporter,
        // A Scottish transfer meeting cannot end registration, so there is no step-down to agree there.
        ...when<AgendaItemKey>(nation !== 'scotland', 'step-down'),
        'transfer-arrangements',
        ...planning,
        'other-decisions',
        ...closing,
      ];
  }
}

/** The ordered agenda for a conference of this type in this nation. Returns fresh objects on every call. */
export function agendaFor(type: ConferenceType, nation: Nation): AgendaItemDefinition[] {
  const ctx: Context = { type, nation };
  return runningOrder(ctx).map((key) => ({ key, ...catalogue[key](ctx) }));
}

/**
 * The agenda for one conference: its type's and nation's items, with a separate session straight after the family's
 * views when a family member attends separately, so that what they say has its own place in the record.
 */
export function agendaForConference(conference: {
  details: { type: ConferenceType; nation: Nation };
  participants: ReadonlyArray<{ kind: string; attendance: { status: string } }>;
}): AgendaItemDefinition[] {
  const agenda = agendaFor(conference.details.type, conference.details.nation);
  const separately = conference.participants.some(
    (p) => p.kind !== 'professional' && p.attendance.status === 'attended-separately',
  );
  if (!separately) return agenda;
  const ctx: Context = { type: conference.details.type, nation: conference.details.nation };
  const at = agenda.findIndex((item) => item.key === 'family-views') + 1;
  const item: AgendaItemDefinition = { key: 'separate-session', ...catalogue['separate-session'](ctx) };
  return [...agenda.slice(0, at), item, ...agenda.slice(at)];
}

/** One item's definition on this agenda, or undefined when the key is not on it. */
export function agendaItem(
  agenda: readonly AgendaItemDefinition[],
  key: string | undefined,
): AgendaItemDefinition | undefined {
  return key === undefined ? undefined : agenda.find((item) => item.key === key);
}
