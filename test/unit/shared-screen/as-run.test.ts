import { describe, expect, it } from 'vitest';
import { stringsIn } from '@shared/audience/leak-guard';
import { formatDate } from '@shared/format/dates';
import type { SharedScreenChoice, SharedScreenView, ReadBackView, WelcomeView } from '@shared/shared-screen';
import { sharedScreenView, sharedScreenViewBeforeGuard } from '@shared/shared-screen/view';
import {
  BABY_ACTION,
  CHLOE_BORN,
  RYAN_BORN,
  RYAN_REASON,
  SEPARATE_NOTE,
  SHARED_ACTION,
  VENUE,
  asRunConference,
} from '../documents/as-run';

/**
 * Issue 11 on the shared screen: the read-back shows what the new model records that a family may see (every owner,
 * the help, the cadence, the outcome an action serves, the core group's venue, the lead professional's title, the
 * baby's help before birth) and never what they may not.
 */

function readBack(view: SharedScreenView): ReadBackView {
  if (view.mode !== 'read-back') throw new Error(`expected the read-back, got ${view.mode}`);
  return view;
}

const readBackOf = (childId: string, options = {}) =>
  readBack(sharedScreenView(asRunConference(), { mode: 'read-back', readBackChildId: childId }, options));

describe('the read-back of a child on a plan', () => {
  it('shows every owner, the help, the first date and cadence, and the outcome an action serves', () => {
    const view = readBackOf('child-sam');
    const shared = view.plan?.actions.find((a) => a.what === SHARED_ACTION);
    expect(shared).toEqual({
      who: 'Chloe Harlow and Maureen Harlow, with help from Jo Banks, recovery worker',
      what: SHARED_ACTION,
      when: 'First by Tuesday 26 January 2027, then every two weeks',
      howWeWillKnow: 'Jo tells the core group how many sessions they went to.',
      children: ['Sam', 'Ella'],
      fromLastPlan: false,
      outcome: 'Sam and Ella live in a home without violence.',
    });
    // Roles keep the user's casing.
    expect(view.plan?.actions.find((a) => a.what.startsWith('Check in'))?.who).toBe(
      'Tom Reilly, Deputy Head and Priya Nair, Social Worker (lead)',
    );
  });

  it('shows where the core group meets, how often in words that carry on the sentence, and the lead’s title', () => {
    const view = readBackOf('child-sam');
    expect(view.arrangements).toEqual({
      leadSocialWorker: 'Priya Nair, Social Worker (lead)',
      leadTitle: 'Lead social worker',
      coreGroup: {
        firstMeeting: `Tuesday 26 January 2027 at 10am, at ${VENUE}`,
        howOften: 'every four weeks',
        members: ['Priya Nair, Social Worker (lead)', 'Tom Reilly, Deputy Head', 'Chloe Harlow'],
        venue: VENUE,
      },
      nextReview: 'Tuesday 6 April 2027 at 10am',
    });
    expect(
      readBackOf('child-sam', { leadProfessionalTitle: 'Lead child protection practitioner' }).arrangements?.leadTitle,
    ).toBe('Lead child protection practitioner');
  });

  it('carries a contingency on in the screen’s sentence without half-lowering a title', () => {
    const view = readBack(
      sharedScreenView(
        asRunConference((c) => {
          c.plan!.contingency = [
            { id: 'c1', if: 'The baby is born early', then: 'Early review conference' },
            { id: 'c2', if: 'Deputy Head sees a bruise', then: 'Chloe calls Priya' },
          ];
        }),
        { mode: 'read-back', readBackChildId: 'child-sam' },
      ),
    );
    expect(view.plan?.contingency).toEqual([
      { if: 'the baby is born early', then: 'early review conference' },
      { if: 'Deputy Head sees a bruise', then: 'Chloe calls Priya' },
    ]);
  });
});

describe('the read-back of the unborn baby without a plan', () => {
  it('says the decision will be looked at again, and reads back the help before birth as not part of the plan', () => {
    const view = readBackOf('child-baby');
    expect(view.childName).toBe('the baby');
    expect(view.decision.childName).toBe('The baby');
    expect(view.decision.outcome).toBe(
      'The baby does not need a child protection plan. Whether the baby needs a child protection plan will be ' +
        'looked at again at the review child protection conference.',
    );
    expect(view.plan).toBeUndefined();
    expect(view.helpWithoutPlan).toEqual({
      title: 'Help for the baby before birth',
      note: 'This is not part of a child protection plan.',
      actions: [
        {
          who: 'Priya Nair, Social Worker (lead) and Gail Fenn, midwife',
          what: BABY_ACTION,
          when: 'By Tuesday 16 March 2027',
          howWeWillKnow: '',
          children: ['the baby'],
          fromLastPlan: false,
        },
      ],
    });
  });

  it('leaves the help out when the shared screen may not show the action', () => {
    const view = readBack(
      sharedScreenView(
        asRunConference((c) => {
          c.captures = { 'action:action-baby': { audience: { level: 'professionals', withheldFrom: [] } } };
        }),
        { mode: 'read-back', readBackChildId: 'child-baby' },
      ),
    );
    expect(view.helpWithoutPlan).toBeUndefined();
    expect(stringsIn(view).join('\n')).not.toContain(BABY_ACTION);
  });
});

describe('names on the screen', () => {
  it('welcomes the family with the children’s names as read in a sentence', () => {
    const view = sharedScreenView(asRunConference(), { mode: 'welcome' }) as WelcomeView;
    expect(view.childrenNames).toEqual(['Sam', 'Ella', 'the baby']);
  });

  it('describes an owner the room may not know of, and names a helper typed on a withheld action nowhere', () => {
    const view = readBack(
      sharedScreenView(
        asRunConference((c) => {
          c.captures = {
            'participant:p-rw': { audience: { level: 'everyone', withheldFrom: ['p-ryan'] } },
            'action:action-school': { audience: { level: 'everyone', withheldFrom: ['p-ryan'] } },
          };
          c.plan!.actions![1]!.supportedBy = [{ name: 'Bernadette Quill' }];
        }),
        { mode: 'read-back', readBackChildId: 'child-sam' },
      ),
    );
    const text = stringsIn(view).join('\n');
    expect(text).toContain('Chloe Harlow and Maureen Harlow, with help from A worker supporting the family');
    expect(text).not.toContain('Jo Banks');
    expect(text).not.toContain('Bernadette Quill');
  });
});

describe('never on the shared screen', () => {
  it('shows no date of birth, separate session or venue kept from the room, on any screen', () => {
    const conference = asRunConference((c) => {
      c.captures = { 'coreGroup.venue': { audience: { level: 'everyone', withheldFrom: ['p-ryan'] } } };
      c.agenda = { ...c.agenda!, currentItemKey: 'separate-session' };
    });
    const screens: SharedScreenChoice[] = [
      { mode: 'welcome' },
      { mode: 'agenda' },
      { mode: 'agenda', itemKey: 'separate-session' },
      { mode: 'agenda', itemKey: 'core-group' },
      { mode: 'agenda', itemKey: 'outline-plan' },
      ...conference.children.map((child) => ({ mode: 'read-back' as const, readBackChildId: child.id })),
    ];
    for (const screen of screens) {
      const text = stringsIn(sharedScreenViewBeforeGuard(conference, screen)).join('\n');
      for (const secret of [
        formatDate(CHLOE_BORN),
        formatDate(RYAN_BORN),
        CHLOE_BORN,
        RYAN_BORN,
        RYAN_REASON,
        SEPARATE_NOTE,
        VENUE,
      ]) {
        expect(text, `${JSON.stringify(screen)}: ${secret}`).not.toContain(secret);
      }
    }
  });
});
