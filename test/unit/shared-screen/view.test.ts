import { describe, expect, it } from 'vitest';
import { sharedScreenView } from '@shared/shared-screen';
import type { AgendaView, SharedScreenChoice, SharedScreenView, ReadBackView } from '@shared/shared-screen';
import { amend, loadWestbrook, westbrookDecided } from './westbrook';

function agendaView(view: SharedScreenView): AgendaView {
  if (view.mode !== 'agenda') throw new Error(`Expected the agenda view, got ${view.mode}`);
  return view;
}

function readBack(view: SharedScreenView): ReadBackView {
  if (view.mode !== 'read-back') throw new Error(`Expected the read-back view, got ${view.mode}`);
  return view;
}

const holding = {
  mode: 'holding',
  conferenceId: 'conf-westbrook-review',
  meetingName: 'Review child protection conference',
  zoom: 1,
  message: 'The meeting will continue shortly',
};

describe('the Westbrook fixture', () => {
  it('is the public Westbrook worked example', () => {
    const c = loadWestbrook();
    expect(c.details).toMatchObject({
      type: 'review',
      nation: 'england',
      date: '2026-12-01',
      startTime: '14:00',
      endTime: '15:45',
      joinMode: 'hybrid',
      chair: 'Priya Nandakumar',
      minuteTaker: 'Daniel Osei',
      localAuthority: 'Westbrook City Council',
      previousConference: { type: 'initial', date: '2026-09-08' },
    });
    expect(c.children.map((ch) => ch.givenName)).toEqual(['Jayden', 'Mia']);
    expect(c.participants.filter((p) => p.attendance.status === 'remote')).toHaveLength(2);
    expect(c.plan.actions.filter((a) => a.carriedForward).map((a) => a.progress?.rag)).toEqual([
      'green',
      'green',
      'amber',
      'red',
      'green',
      'amber',
    ]);
    expect(c.analysis.scaling.map((s) => s.score)).toEqual([6, 6, 7, 5, 6, 8, 8]);
    expect(c.decisions.every((d) => d.outcome === undefined)).toBe(true);
    expect(c.coreGroup.memberParticipantIds).toEqual([]);
    expect(c.review.nextReviewOn).toBeUndefined();
    expect(c.restrictedRecords[0]?.text).toContain('Mrs Delia Pell of 22 Orchard Rise');
    expect(
      c.notes.filter((n) => c.captures[`note:${n.id}`]?.audience?.level === 'restricted').map((n) => n.text),
    ).toEqual([expect.stringMatching(/Delia Pell.*22 Orchard Rise/)]);
  });
});

describe('welcome and holding screens', () => {
  it('welcomes the family with the meeting’s name, the date in words and the children’s first names', () => {
    expect(sharedScreenView(loadWestbrook(), { mode: 'welcome' })).toEqual({
      mode: 'welcome',
      conferenceId: 'conf-westbrook-review',
      meetingName: 'Review child protection conference',
      zoom: 1,
      localAuthority: 'Westbrook City Council',
      dateInWords: 'Tuesday 1 December 2026',
      startTimeInWords: '2pm',
      childrenNames: ['Jayden', 'Mia'],
      message: 'The meeting will start shortly',
    });
  });

  it('names the meeting in the nation’s own words', () => {
    const scottish = amend(loadWestbrook(), (c) => {
      c.details.nation = 'scotland';
    });
    expect(sharedScreenView(scottish, { mode: 'welcome' }).meetingName).toBe(
      'Review child protection planning meeting',
    );
  });

  it('shows a neutral holding screen when asked', () => {
    expect(sharedScreenView(loadWestbrook(), { mode: 'holding' })).toEqual(holding);
  });

  it('shows only the holding screen, whatever was asked, while a closed session is open', () => {
    const closed = amend(loadWestbrook(), (c) => {
      c.closedSessions = [{ id: 'closed-1', startedAt: '2026-12-01T14:25:00.000Z', reason: 'Police information' }];
    });
    for (const screen of [
      { mode: 'welcome' },
      { mode: 'agenda' },
      { mode: 'agenda', itemKey: 'analysis' },
      { mode: 'read-back', readBackChildId: 'child-mia' },
      { mode: 'holding' },
    ] as const) {
      expect(sharedScreenView(closed, screen)).toEqual(holding);
    }
  });

  it('returns to the requested screen once the closed session has ended', () => {
    const reopened = amend(loadWestbrook(), (c) => {
      c.closedSessions = [
        { id: 'closed-1', startedAt: '2026-12-01T14:25:00.000Z', endedAt: '2026-12-01T14:31:00.000Z' },
      ];
    });
    expect(sharedScreenView(reopened, { mode: 'agenda', itemKey: 'analysis' }).mode).toBe('agenda');
  });

  it('keeps the zoom within what the room can read', () => {
    expect(sharedScreenView(loadWestbrook(), { mode: 'holding', zoom: 1.5 }).zoom).toBe(1.5);
    expect(sharedScreenView(loadWestbrook(), { mode: 'holding', zoom: 40 }).zoom).toBe(3);
    expect(sharedScreenView(loadWestbrook(), { mode: 'holding', zoom: 0 }).zoom).toBe(0.5);
    expect(sharedScreenView(loadWestbrook(), { mode: 'holding', zoom: Number.NaN }).zoom).toBe(1);
  });
});

describe('agenda mode', () => {
  it('shows the item the chair has open when none is named, with the outline and its markers', () => {
    const view = agendaView(sharedScreenView(loadWestbrook(), { mode: 'agenda' }));
    expect(view.item).toEqual({
      key: 'risk-to-other-children',
      title: 'Other children',
      summary: 'Whether any other children the adults care for or see need help or protection.',
      number: 14,
      count: 26,
    });
    expect(view.outline.slice(11, 17)).toEqual([
      { key: 'analysis', title: 'Worries, strengths and what needs to happen', marker: 'done' },
      { key: 'scaling', title: 'How safe are things? (0 to 10)', marker: 'done' },
      { key: 'risk-to-other-children', title: 'Other children', marker: 'current' },
      { key: 'decision', title: 'The decision', marker: 'next' },
      { key: 'category', title: 'The main worry (category)', marker: 'to-come' },
      { key: 'step-down', title: 'Support after the plan', marker: 'to-come' },
    ]);
    expect(view.outline.filter((e) => e.marker === 'done')).toHaveLength(13);
    expect(view.panels).toEqual({});
  });

  it('falls back to the open item when the requested key is not on this agenda', () => {
    const view = agendaView(sharedScreenView(loadWestbrook(), { mode: 'agenda', itemKey: 'order-at-birth' }));
    expect(view.item.key).toBe('risk-to-other-children');
  });

  it('shows a skipped item as skipped, and “next” relative to the item on screen', () => {
    const c = amend(loadWestbrook(), (draft) => {
      draft.agenda!.items!['new-incidents'] = { status: 'skipped', skippedReason: 'Nothing new' };
      draft.agenda!.items!['family-views'] = { status: 'pending' };
    });
    const view = agendaView(sharedScreenView(c, { mode: 'agenda', itemKey: 'plan-progress' }));
    expect(view.outline.slice(7, 10).map((e) => e.marker)).toEqual(['current', 'skipped', 'next']);
  });

  it('reminds everyone why the plan started, with the category in plain words', () => {
    const view = agendaView(sharedScreenView(loadWestbrook(), { mode: 'agenda', itemKey: 'why-the-plan-started' }));
    expect(view.item.title).toBe('Why there is a plan');
    expect(view.panels.planHistory).toEqual([
      {
        childName: 'Jayden',
        planSince: 'Tuesday 8 September 2026',
        categoryHeading: 'Category',
        categories: [
          {
            label: 'Physical abuse',
            meaning:
              'Someone has hurt the child’s body, or is likely to. This could be hitting, shaking, burning or poisoning. It can also mean making up an illness, or making a child ill.',
          },
        ],
      },
      {
        childName: 'Mia',
        planSince: 'Tuesday 8 September 2026',
        categoryHeading: 'Category',
        categories: [
          {
            label: 'Neglect',
            meaning:
              'The child’s basic needs are not being met, again and again. These needs include food, warmth and a safe, clean home. They also include health and dental care, being looked after, and going to school.',
          },
        ],
      },
    ]);
  });

  it('shows progress on the previous plan’s six actions, with who, what, when and a plain status', () => {
    const view = agendaView(sharedScreenView(loadWestbrook(), { mode: 'agenda', itemKey: 'plan-progress' }));
    const progress = view.panels.planProgress ?? [];
    expect(progress.map((p) => [p.who, p.status, p.statusInWords])).toEqual([
      ['Kieran Ashdown', 'green', 'Going well'],
      ['Jade and Kieran Ashdown', 'green', 'Going well'],
      ['Jade and Kieran Ashdown', 'amber', 'Some progress, more to do'],
      ['Jade Ashdown', 'red', 'Not done yet'],
      ['Sam Whitlock, family support worker', 'green', 'Going well'],
      ['Jade Ashdown', 'amber', 'Some progress, more to do'],
    ]);
    expect(progress[3]).toEqual({
      who: 'Jade Ashdown',
      what: "Book Mia's dental treatment and take her to the appointments.",
      when: 'By Friday 30 October 2026',
      howWeWillKnow: 'The dentist confirms the treatment is done.',
      children: ['Mia'],
      fromLastPlan: true,
      outcome: "Mia's health and schooling needs are met.",
      status: 'red',
      statusInWords: 'Not done yet',
    });
    expect(progress[4]?.when).toBe('First by Tuesday 15 September 2026, then every week');
    expect(progress[1]?.when).toBe('No date set yet');
  });

  it('shows the children’s views that are not restricted, and how they were given', () => {
    const view = agendaView(sharedScreenView(loadWestbrook(), { mode: 'agenda', itemKey: 'childs-voice' }));
    expect(view.panels.childVoices).toEqual([
      {
        childName: 'Jayden',
        how: 'Shared through an advocate',
        summary:
          'Jayden says he feels safer at home and that nobody has hurt him since the summer. He likes his new school and football club, and he would like fewer meetings at school.',
      },
      {
        childName: 'Mia',
        how: 'From time spent with a worker',
        summary:
          'Mia drew her three houses with Sam. In her house of good things she put playing with Daddy and Jayden; in her house of worries she put being late for school.',
      },
    ]);
  });

  it('shows the analysis board in its three columns', () => {
    const view = agendaView(sharedScreenView(loadWestbrook(), { mode: 'agenda', itemKey: 'analysis' }));
    expect(view.panels).toEqual({
      analysis: {
        worries: {
          harm: [
            {
              text: 'In August 2026 Jayden had bruises on his upper arm after Kieran grabbed him during an argument.',
              children: ['Jayden'],
            },
          ],
          dangerStatements: [
            {
              text: "Children's social care and the school are worried that if Kieran loses his temper again, Jayden could be hurt and feel frightened at home.",
              children: ['Jayden'],
            },
            {
              text: 'Everyone is worried that if Mia keeps missing school and her dental treatment is not arranged, her health and learning will suffer.',
              children: ['Mia'],
            },
          ],
          complicatingFactors: [{ text: 'Mornings are rushed and Mia is often late on Mondays.', children: ['Mia'] }],
        },
        workingWell: {
          strengths: [
            {
              text: 'Kieran went to 7 of the 8 parenting course sessions and uses the calm-down plan.',
              children: ['Jayden'],
            },
            {
              text: 'Jayden has settled well at Westbrook Academy and goes to football club every week.',
              children: ['Jayden'],
            },
          ],
          existingSafety: [
            {
              text: 'Stacey has the children when things feel tense at home and takes Mia to school twice a week.',
              children: [],
            },
          ],
        },
        needsToHappen: {
          safetyGoals: [
            {
              text: 'Jayden lives in a home where the adults sort out disagreements without hitting or grabbing, and he tells us he feels safe.',
              children: ['Jayden'],
            },
            {
              text: 'Mia gets to school on time every day (at least 95%) and has her dental treatment done.',
              children: ['Mia'],
            },
          ],
        },
      },
    });
  });

  it('shows the spread of scaling scores, not who gave them', () => {
    const view = agendaView(sharedScreenView(loadWestbrook(), { mode: 'agenda', itemKey: 'scaling' }));
    expect(view.panels).toEqual({
      scaling: {
        zeroMeans: 'Too unsafe for the children to live at home',
        tenMeans: 'Safe enough for the plan to end',
        groups: [{ about: 'All the children', count: 7, lowest: 5, highest: 8, middle: 6 }],
      },
    });
  });

  it('groups scores given about one child separately, with a half-point middle for an even count', () => {
    const c = amend(loadWestbrook(), (draft) => {
      draft.analysis!.scaling = [
        { participantId: 'p-rhys', childId: 'child-mia', score: 4 },
        { participantId: 'p-nadia', childId: 'child-mia', score: 5 },
        { participantId: 'p-jade', childId: 'child-mia', score: 8 },
        { participantId: 'p-kieran', childId: 'child-mia', score: 7 },
        { participantId: 'p-rhys', childId: 'child-jayden', score: 8 },
      ];
    });
    const view = agendaView(sharedScreenView(c, { mode: 'agenda', itemKey: 'scaling' }));
    expect(view.panels.scaling?.groups).toEqual([
      { about: 'Jayden', count: 1, lowest: 8, highest: 8, middle: 8 },
      { about: 'Mia', count: 4, lowest: 4, highest: 8, middle: 6 },
    ]);
  });

  it('shows each child’s decision as it is recorded', () => {
    const view = agendaView(sharedScreenView(westbrookDecided(), { mode: 'agenda', itemKey: 'decision' }));
    expect(view.panels.decisions).toEqual([
      {
        childId: 'child-jayden',
        childName: 'Jayden',
        decided: true,
        outcome: 'Jayden’s child protection plan will end.',
        categoryHeading: 'Category',
        categories: [],
        support: 'Jayden will have help through a Child in Need plan, led by Rhys Morgan.',
      },
      {
        childId: 'child-mia',
        childName: 'Mia',
        decided: true,
        outcome: 'Mia’s child protection plan carries on.',
        categoryHeading: 'Category',
        categories: [
          {
            label: 'Neglect',
            meaning:
              'The child’s basic needs are not being met, again and again. These needs include food, warmth and a safe, clean home. They also include health and dental care, being looked after, and going to school.',
          },
        ],
      },
    ]);
    const undecided = agendaView(sharedScreenView(loadWestbrook(), { mode: 'agenda', itemKey: 'decision' }));
    expect(undecided.panels.decisions?.map((d) => [d.decided, d.outcome])).toEqual([
      [false, 'Not decided yet.'],
      [false, 'Not decided yet.'],
    ]);
  });

  it('shows the draft plan as it forms, including the contingency', () => {
    const view = agendaView(sharedScreenView(westbrookDecided(), { mode: 'agenda', itemKey: 'outline-plan' }));
    const plan = view.panels.plan;
    expect(plan?.outcomes.map((o) => o.text)).toEqual([
      'Jayden is safe from being hurt at home.',
      "Mia's health and schooling needs are met.",
    ]);
    expect(plan?.actions).toHaveLength(9);
    expect(plan?.actions.at(-3)).toEqual({
      who: 'Jade Ashdown',
      what: 'Book Mia’s dental appointment, with help from Sam.',
      when: 'By Friday 18 December 2026',
      howWeWillKnow: 'Jade shows Rhys the dentist’s appointment letter.',
      children: ['Mia'],
      fromLastPlan: false,
      outcome: "Mia's health and schooling needs are met.",
    });
    expect(plan?.contingency).toEqual([
      {
        if: 'Jayden is hurt again or says he feels unsafe at home',
        then: 'Rhys Morgan will hold a strategy discussion the same day and the plan will come back to conference early.',
      },
    ]);
    expect(plan?.support).toEqual([
      { text: 'Weekly family support visits', providedBy: 'Westbrook Family Support Service' },
    ]);
  });

  it('shows the lead social worker, core group and review date', () => {
    const view = agendaView(sharedScreenView(westbrookDecided(), { mode: 'agenda', itemKey: 'core-group' }));
    expect(view.panels.arrangements).toEqual({
      leadSocialWorker: 'Rhys Morgan, social worker (lead)',
      leadTitle: 'Lead social worker',
      coreGroup: {
        firstMeeting: 'Tuesday 15 December 2026 at 10am',
        // Read after "then" on the screen: "first meeting …, then every month".
        howOften: 'every month',
        members: [
          'Jade Ashdown',
          'Kieran Ashdown',
          'Rhys Morgan, social worker (lead)',
          'Nadia Kowalski, designated safeguarding lead',
          'Ellen Bright, school nurse',
          'Sam Whitlock, family support worker',
        ],
      },
      nextReview: 'Tuesday 1 June 2027 at 2pm',
    });
    const notYet = agendaView(sharedScreenView(loadWestbrook(), { mode: 'agenda', itemKey: 'review-date' }));
    expect(notYet.panels.arrangements).toEqual({
      leadSocialWorker: 'Rhys Morgan, social worker (lead)',
      leadTitle: 'Lead social worker',
    });
  });

  it('uses Scotland’s words: areas of concern, and the Reporter item on the outline', () => {
    const scottish = amend(westbrookDecided(), (c) => {
      c.details.nation = 'scotland';
    });
    const view = agendaView(sharedScreenView(scottish, { mode: 'agenda', itemKey: 'category' }));
    expect(view.item.title).toBe('The main worries');
    expect(view.panels.decisions?.[1]?.categoryHeading).toBe('Areas of concern');
    expect(view.panels.decisions?.[1]?.outcome).toBe(
      'Mia stays on the child protection register and the child protection plan carries on.',
    );
    expect(view.outline.map((e) => e.key)).toContain('childrens-reporter');
  });
});

describe('read-back', () => {
  it('reads back Mia’s decision, category, actions, core group and review in plain words', () => {
    const view = readBack(sharedScreenView(westbrookDecided(), { mode: 'read-back', readBackChildId: 'child-mia' }));
    expect(view.childName).toBe('Mia');
    expect(view.dateInWords).toBe('Tuesday 1 December 2026');
    expect(view.decision.outcome).toBe('Mia’s child protection plan carries on.');
    expect(view.decision.categories.map((c) => c.label)).toEqual(['Neglect']);
    expect(view.plan?.actions.map((a) => [a.who, a.what, a.when])).toEqual([
      [
        'Jade and Kieran Ashdown',
        'No physical punishment; follow the family safety plan agreed on 8 September.',
        'No date set yet',
      ],
      [
        'Jade and Kieran Ashdown',
        'Make sure Mia gets to school every day and on time, so her attendance reaches 95%.',
        'By Friday 27 November 2026',
      ],
      ['Jade Ashdown', "Book Mia's dental treatment and take her to the appointments.", 'By Friday 30 October 2026'],
      [
        'Sam Whitlock, family support worker',
        'Visit the family every week to help with morning routines.',
        'First by Tuesday 15 September 2026, then every week',
      ],
      ['Jade Ashdown', 'See the GP about low mood.', 'By Friday 9 October 2026'],
      ['Jade Ashdown', 'Book Mia’s dental appointment, with help from Sam.', 'By Friday 18 December 2026'],
      [
        'Nadia Kowalski, designated safeguarding lead',
        'Hold a meeting at school with Jade and Kieran about getting Mia to school on time.',
        'By Friday 11 December 2026',
      ],
      ['Ellen Bright, school nurse', 'Review Mia’s health, including her teeth.', 'By Friday 15 January 2027'],
    ]);
    expect(view.plan?.outcomes.map((o) => o.text)).toEqual(["Mia's health and schooling needs are met."]);
    expect(view.arrangements?.coreGroup?.firstMeeting).toBe('Tuesday 15 December 2026 at 10am');
    expect(view.arrangements?.coreGroup?.howOften).toBe('every month');
    expect(view.arrangements?.nextReview).toBe('Tuesday 1 June 2027 at 2pm');
    expect(view.rightToChallenge).toBe(
      'If you disagree with a decision, you can complain. Your papers say how, and by when. The decision stays in place while your complaint is looked at.',
    );
    expect(view.checkQuestion).toBe('Is this what you heard? Please tell us if anything is unclear or wrong.');
  });

  it('reads back the end of Jayden’s plan and his step-down support, with no plan actions or dates', () => {
    const view = readBack(sharedScreenView(westbrookDecided(), { mode: 'read-back', readBackChildId: 'child-jayden' }));
    expect(view.decision).toEqual({
      childId: 'child-jayden',
      childName: 'Jayden',
      decided: true,
      outcome: 'Jayden’s child protection plan will end.',
      categoryHeading: 'Category',
      categories: [],
      support: 'Jayden will have help through a Child in Need plan, led by Rhys Morgan.',
    });
    expect(view.plan).toBeUndefined();
    expect(view.arrangements).toBeUndefined();
  });

  it('reads back the first child when none (or an unknown one) is chosen', () => {
    expect(readBack(sharedScreenView(westbrookDecided(), { mode: 'read-back' })).childName).toBe('Jayden');
    expect(
      readBack(sharedScreenView(westbrookDecided(), { mode: 'read-back', readBackChildId: 'child-nobody' })).childName,
    ).toBe('Jayden');
  });

  it('shows the holding screen when there is no child to read back', () => {
    const empty = amend(loadWestbrook(), (c) => {
      c.children = [];
    });
    expect(sharedScreenView(empty, { mode: 'read-back' })).toEqual(holding);
  });

  it('in Northern Ireland, tells the family the category can be appealed', () => {
    const ni = amend(westbrookDecided(), (c) => {
      c.details.nation = 'northern-ireland';
    });
    expect(
      readBack(sharedScreenView(ni, { mode: 'read-back', readBackChildId: 'child-mia' })).rightToChallenge,
    ).toMatch(/You can also appeal the category\.$/);
  });
});

describe('the chair’s screen request', () => {
  // The request never crosses the bridge: the chair's window computes the view, and main checks only the view's
  // envelope (SharedScreenViewEnvelope in shared/api/contract.ts). So the view itself must cope with a bad request.
  it('an unknown mode that slips through still gets the holding screen', () => {
    const screen = { mode: 'minutes' } as unknown as SharedScreenChoice;
    expect(sharedScreenView(loadWestbrook(), screen)).toEqual(holding);
  });
});

describe('names still being typed', () => {
  it('shows a professional’s role when their name is blank, and says when neither is known', () => {
    const c = amend(westbrookDecided(), (draft) => {
      draft.participants![0]!.name = '';
      draft.participants![6]!.name = ' ';
    });
    const view = agendaView(sharedScreenView(c, { mode: 'agenda', itemKey: 'core-group' }));
    expect(view.panels.arrangements?.leadSocialWorker).toBe('Social worker (lead)');
    expect(view.panels.arrangements?.coreGroup?.members[0]).toBe('Name not recorded yet');
  });
});
