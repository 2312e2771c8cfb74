import { describe, expect, it } from 'vitest';
import { agendaFor } from '@shared/agenda';
import type { Conference, ConferenceType, Nation } from '@shared/model/conference';
import { sharedScreenView } from '@shared/shared-screen';
import { sharedScreenLeaks } from '@shared/shared-screen/view';
import type { SharedScreenChoice, SharedScreenView } from '@shared/shared-screen';
import { amend, westbrookDecided } from './westbrook';

/**
 * The shared screen is seen by everyone in the room. This sweep renders every screen the chair can choose, for
 * every item of the agenda, and checks that nothing restricted or private reaches it: the fixture's referrer
 * canaries, and a canary planted in every other private field of the file. It also checks that the public content
 * is there, so the sweep fails if the projection simply shows nothing.
 */

const RESTRICTED_WORRY = 'CANARY-WORRY police intelligence about a visitor';
const RESTRICTED_STRENGTH = 'CANARY-STRENGTH grandmother at the refuge';
const RESTRICTED_GOAL = 'CANARY-GOAL keep the new address secret';
const RESTRICTED_VOICE = 'CANARY-VOICE Jayden told the advocate a secret';
const REFUGE_ADDRESS = 'Flat 3, 9 Hidden Lane, Northby NB1 1AA';
const PRIVATE_ACTION = 'CANARY-PRIVATE-ACTION Jade will see her alcohol worker every Tuesday';
const PROFESSIONAL_SUPPORT = 'CANARY-PROFESSIONAL-SUPPORT referral discussed with the adult team';

/** The Westbrook review, decided, with a canary in every field the shared screen must never show. */
function conferenceWithCanaries(): Conference {
  return amend(westbrookDecided(), (c) => {
    c.analysis!.worries!.push({
      id: 'w-restricted',
      kind: 'danger-statement',
      text: RESTRICTED_WORRY,
    });
    c.analysis!.strengths!.push({
      id: 's-restricted',
      kind: 'existing-safety',
      text: RESTRICTED_STRENGTH,
    });
    c.analysis!.safetyGoals!.push({ id: 'g-restricted', text: RESTRICTED_GOAL });
    c.childVoices!.push({
      id: 'v-restricted',
      childId: 'child-jayden',
      method: 'advocate',
      summary: RESTRICTED_VOICE,
    });
    c.adults!.push({
      id: 'adult-gran',
      givenName: 'Maureen',
      familyName: 'Hale',
      relationship: 'Maternal grandmother',
      livesInHousehold: false,
      address: REFUGE_ADDRESS,
      addressRestricted: true,
      contactRestrictions: 'CANARY-CONTACT no contact with Kieran',
    });
    c.adults![1]!.contactRestrictions = 'CANARY-CONTACT Kieran must not collect Mia from school';
    c.otherChildren = [
      {
        id: 'oc-1',
        name: 'CANARY-OTHERCHILD Tyler Hale',
        whereTheyLive: 'CANARY-WHERE with his mother in Northby',
      },
      {
        id: 'oc-2',
        name: 'CANARY-OTHERCHILD Leah Ashdown',
        connection: 'Kieran’s niece',
        conclusion: 'CANARY-CONCLUSION no concerns',
      },
    ];
    c.notes!.push({
      id: 'note-closed',
      itemKey: 'agency-information',
      text: 'CANARY-CLOSED-NOTE said while the family was out',
      closedSessionId: 'closed-1',
      createdAt: '2026-12-01T14:26:00.000Z',
    });
    c.closedSessions = [
      {
        id: 'closed-1',
        startedAt: '2026-12-01T14:25:00.000Z',
        endedAt: '2026-12-01T14:31:00.000Z',
        reason: 'CANARY-CLOSED-REASON police information',
      },
    ];
    const mia = c.decisions![1]!;
    mia.chairReasons = 'CANARY-CHAIR-REASONS attendance and dental care';
    mia.agencyViews = [
      {
        participantId: 'p-laura',
        view: 'plan',
        reason: 'CANARY-AGENCY-VIEW police intelligence',
        givenHow: 'in-writing',
      },
    ];
    mia.familyViews = [{ participantId: 'p-kieran', text: 'CANARY-FAMILY-VIEW Kieran thinks the plan is unfair' }];
    mia.dissent = [{ participantId: 'p-tom', text: 'CANARY-DISSENT', escalationRoute: 'CANARY-ESCALATION' }];
    c.decisions![0]!.stepDownPlan = 'CANARY-STEP-DOWN text for the minutes';
    c.plan!.contactArrangements = 'CANARY-CONTACT-ARRANGEMENTS supervised at the family centre';
    c.otherDecisions = {
      legalPlanning: 'legal-planning-meeting',
      legalPlanningDetail: 'CANARY-LEGAL advice from counsel',
      otherServices: 'CANARY-OTHER-SERVICES',
    };
    c.analysis!.scaling![0]!.comment = 'CANARY-SCALING-COMMENT';
    // Audiences: restricted items, a plan action private to Jade, and one that is for professionals only.
    const restricted = { audience: { level: 'restricted' as const, withheldFrom: [] } };
    c.captures = {
      ...c.captures,
      'worry:w-restricted': restricted,
      'strength:s-restricted': restricted,
      'safetyGoal:g-restricted': restricted,
      'childVoice:v-restricted': restricted,
      'otherChild:oc-1': restricted,
      'action:act-private': { audience: { level: 'everyone', withheldFrom: ['p-kieran'] } },
      'support:sup-professional': { audience: { level: 'professionals', withheldFrom: [] } },
    };
    c.plan!.actions!.push({
      id: 'act-private',
      childIds: ['child-mia'],
      what: PRIVATE_ACTION,
      ownerParticipantId: 'p-jade',
      due: { kind: 'by', date: '2026-12-18' },
    });
    c.plan!.support!.push({ id: 'sup-professional', text: PROFESSIONAL_SUPPORT, providedBy: 'CAMHS' });
  });
}

/** Strings that must never appear on the shared screen. */
function forbiddenText(conference: Conference): string[] {
  const prompts = (['initial', 'review', 'pre-birth', 'transfer-in'] as const).flatMap((type) =>
    agendaFor(type, conference.details.nation).flatMap((item) => item.chairPrompts),
  );
  return [
    'Delia Pell',
    '22 Orchard Rise',
    'Orchard Rise',
    RESTRICTED_WORRY,
    RESTRICTED_STRENGTH,
    RESTRICTED_GOAL,
    RESTRICTED_VOICE,
    PRIVATE_ACTION,
    PROFESSIONAL_SUPPORT,
    'CANARY',
    // Addresses of every adult, restricted or not.
    '14 Larch Close',
    'WB4 2QT',
    '7 Birch Walk',
    REFUGE_ADDRESS,
    'Hidden Lane',
    // Contact details, NHS numbers, dates of birth.
    '01632',
    '07700',
    '@',
    '999 000',
    '2015-03-14',
    '2021-10-02',
    'March 2015',
    'October 2021',
    // Free text written for professionals: the reason, progress notes, every note.
    conference.details.reason,
    'waiting list for talking therapy',
    ...conference.notes.map((note) => note.text),
    ...conference.restrictedRecords.map((record) => record.text),
    ...prompts,
  ];
}

/** Keys that would mean a private part of the conference had been copied across wholesale. */
const forbiddenKeys = new Set([
  'chairPrompts',
  'notes',
  'restrictedRecords',
  'restricted',
  'elapsedSeconds',
  'minutes',
  'address',
  'email',
  'phone',
  'nhsNumber',
  'dateOfBirth',
  'reason',
  'comment',
  'contactRestrictions',
  'otherChildren',
  'participantId',
]);

function keysIn(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysIn(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      found.add(key);
      keysIn(child, found);
    }
  }
  return found;
}

/** Every screen the chair can put up for this conference. */
function everyScreen(conference: Conference): SharedScreenChoice[] {
  return [
    { mode: 'welcome' },
    { mode: 'holding' },
    { mode: 'agenda' },
    ...agendaFor(conference.details.type, conference.details.nation).map((item) => ({
      mode: 'agenda' as const,
      itemKey: item.key,
    })),
    ...conference.children.map((child) => ({ mode: 'read-back' as const, readBackChildId: child.id })),
  ];
}

function expectNothingPrivate(view: SharedScreenView, conference: Conference, label: string) {
  const json = JSON.stringify(view);
  for (const text of forbiddenText(conference)) {
    if (text.trim() === '') continue;
    expect(json.includes(text), `${label}: the screen shows "${text}"`).toBe(false);
  }
  for (const key of keysIn(view))
    expect(forbiddenKeys.has(key), `${label}: the screen has a "${key}" field`).toBe(false);
}

describe('nothing restricted or private reaches the shared screen', () => {
  const conference = conferenceWithCanaries();

  it('the canaries really are in the conference file (so the sweep can fail)', () => {
    const file = JSON.stringify(conference);
    for (const canary of [
      'Delia Pell',
      '22 Orchard Rise',
      RESTRICTED_WORRY,
      RESTRICTED_VOICE,
      REFUGE_ADDRESS,
      PRIVATE_ACTION,
      PROFESSIONAL_SUPPORT,
      '14 Larch Close',
      '01632',
      '2015-03-14',
    ]) {
      expect(file).toContain(canary);
    }
  });

  it.each(everyScreen(conference))('$mode $itemKey $readBackChildId', (screen) => {
    expectNothingPrivate(sharedScreenView(conference, screen), conference, JSON.stringify(screen));
  });

  it('while a closed session is open, every screen is the bare holding screen', () => {
    const closed = amend(conference, (c) => {
      c.closedSessions!.push({ id: 'closed-2', startedAt: '2026-12-01T15:00:00.000Z', reason: 'Legal advice' });
    });
    for (const screen of everyScreen(closed)) {
      const view = sharedScreenView(closed, screen);
      expect(view).toEqual({
        mode: 'holding',
        conferenceId: closed.id,
        meetingName: 'Review child protection conference',
        zoom: 1,
        message: 'The meeting will continue shortly',
      });
      expectNothingPrivate(view, closed, `closed session, ${JSON.stringify(screen)}`);
    }
  });

  it.each(
    (['initial', 'review', 'pre-birth', 'transfer-in'] as ConferenceType[]).flatMap((type) =>
      (['england', 'wales', 'scotland', 'northern-ireland'] as Nation[]).map((nation) => ({ type, nation })),
    ),
  )('every screen of a $nation $type agenda is clean too', ({ type, nation }) => {
    const other = amend(conference, (c) => {
      c.details.type = type;
      c.details.nation = nation;
    });
    for (const screen of everyScreen(other)) {
      expectNothingPrivate(sharedScreenView(other, screen), other, `${nation} ${type} ${JSON.stringify(screen)}`);
    }
  });
});

describe('the public content is there', () => {
  const conference = conferenceWithCanaries();

  it('every agenda item shows its public title and summary', () => {
    for (const item of agendaFor('review', 'england')) {
      const json = JSON.stringify(sharedScreenView(conference, { mode: 'agenda', itemKey: item.key }));
      expect(json, item.key).toContain(JSON.stringify(item.publicTitle).slice(1, -1));
      expect(json, item.key).toContain(JSON.stringify(item.publicSummary).slice(1, -1));
    }
  });

  it('unrestricted analysis entries and child views show; their restricted neighbours do not', () => {
    const analysis = JSON.stringify(sharedScreenView(conference, { mode: 'agenda', itemKey: 'analysis' }));
    expect(analysis).toContain('Mornings are rushed and Mia is often late on Mondays.');
    expect(analysis).toContain('Stacey has the children when things feel tense at home');
    expect(analysis).toContain('Mia gets to school on time every day (at least 95%)');
    expect(analysis).not.toContain(RESTRICTED_WORRY);
    const voices = JSON.stringify(sharedScreenView(conference, { mode: 'agenda', itemKey: 'childs-voice' }));
    expect(voices).toContain('Jayden says he feels safer at home');
    expect(voices).not.toContain(RESTRICTED_VOICE);
  });

  it('the scaling summary shows the spread and count', () => {
    const view = sharedScreenView(conference, { mode: 'agenda', itemKey: 'scaling' });
    expect(view.mode === 'agenda' && view.panels.scaling?.groups).toEqual([
      { about: 'All the children', count: 7, lowest: 5, highest: 8, middle: 6 },
    ]);
  });

  it('the read-back for Mia lists her new actions', () => {
    const json = JSON.stringify(sharedScreenView(conference, { mode: 'read-back', readBackChildId: 'child-mia' }));
    expect(json).toContain('Book Mia’s dental appointment, with help from Sam.');
    expect(json).toContain('Hold a meeting at school with Jade and Kieran about getting Mia to school on time.');
    expect(json).toContain('Review Mia’s health, including her teeth.');
    expect(json).toContain('Tuesday 1 June 2027 at 2pm');
  });
});

describe('the leak guard on the shared screen', () => {
  it('holds the screen when words the shared screen must not show are typed into something it does show', () => {
    const leaky = amend(conferenceWithCanaries(), (c) => {
      c.plan!.actions!.push({
        id: 'act-leak',
        childIds: ['child-mia'],
        what: 'If Kieran comes to the house, Jade takes Mia to 9 Hidden Lane, Northby',
        ownerParticipantId: 'p-jade',
      });
    });
    const screen: SharedScreenChoice = { mode: 'read-back', readBackChildId: 'child-mia' };
    const view = sharedScreenView(leaky, screen);
    expect(view.mode).toBe('holding');
    expect(JSON.stringify(view)).not.toContain('Hidden Lane');
    expect(sharedScreenLeaks(leaky, screen)).toEqual([
      expect.objectContaining({
        secret: expect.objectContaining({ ref: 'adult:adult-gran:address' }),
        carrier: expect.objectContaining({ ref: 'action:act-leak' }),
      }),
    ]);
    // Without the repeated words, the same screen shows.
    expect(sharedScreenView(conferenceWithCanaries(), screen).mode).toBe('read-back');
    expect(sharedScreenLeaks(conferenceWithCanaries(), screen)).toEqual([]);
  });
});

describe('someone whose identity is withheld', () => {
  it('is described, not named, on the shared screen; and the shared screen holds while their service is named elsewhere', () => {
    const screen: SharedScreenChoice = { mode: 'read-back', readBackChildId: 'child-mia' };
    const named = JSON.stringify(sharedScreenView(conferenceWithCanaries(), screen));
    expect(named).toContain('Sam Whitlock');
    const notForKieran = { audience: { level: 'everyone' as const, withheldFrom: ['p-kieran'] } };
    const withheld = amend(conferenceWithCanaries(), (c) => {
      c.captures = { ...c.captures, 'participant:p-sam': notForKieran };
    });
    // The support line names Sam's service: the guard holds the shared screen rather than let it show.
    expect(sharedScreenView(withheld, screen).mode).toBe('holding');
    expect(sharedScreenLeaks(withheld, screen).map((l) => l.carrier?.ref)).toEqual(['support:support-family']);
    const alsoSupport = amend(withheld, (c) => {
      c.captures = { ...c.captures, 'support:support-family': notForKieran };
    });
    const json = JSON.stringify(sharedScreenView(alsoSupport, screen));
    expect(json).not.toContain('Sam Whitlock');
    expect(json).not.toContain('Westbrook Family Support Service');
    expect(json).toContain('A worker supporting the family');
  });
});

describe('who leads the help that replaces a plan', () => {
  it('is on the shared screen only when its audience lets the shared screen show it', () => {
    const screen: SharedScreenChoice = { mode: 'read-back', readBackChildId: 'child-jayden' };
    const open = JSON.stringify(sharedScreenView(conferenceWithCanaries(), screen));
    expect(open).toContain('led by Rhys Morgan');
    const hidden = amend(conferenceWithCanaries(), (c) => {
      c.captures = {
        ...c.captures,
        'decision:child-jayden:alternative': { audience: { level: 'professionals', withheldFrom: [] } },
      };
    });
    const view = sharedScreenView(hidden, screen);
    expect(view.mode).toBe('read-back');
    expect(JSON.stringify(view)).not.toContain('led by');
  });
});
