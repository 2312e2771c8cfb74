import { describe, expect, it } from 'vitest';
import type { Nation } from '@shared/model/conference';
import { alternativePlanWords, reconsiderLabel } from '@shared/plan/decision-words';
import { continueSentence } from '@shared/wording/sentences';
import { actionOwners, unknownActionPeople } from '@shared/plan/owners';
import { startReviewFrom } from '@shared/plan/review';
import {
  actionOnlyForChildrenWithoutPlan,
  cadenceWithoutFirstDate,
  coreGroupProblems,
  decisionProblems,
  planNotes,
  planProblems,
} from '@shared/plan/plan-checks';
import { harbury, type HarburyInput } from './harbury';

const actionAt = (c: HarburyInput, id: string) => c.plan!.actions!.find((a) => a.id === id)!;
const fieldsOf = (problems: ReadonlyArray<{ field: string }>) => problems.map((p) => p.field);

describe('actions with shared owners, support and a cadence', () => {
  it('the Harbury plan as agreed has nothing to put right', () => {
    expect(planProblems(harbury())).toEqual([]);
    expect(coreGroupProblems(harbury())).toEqual([]);
    expect(decisionProblems(harbury())).toEqual([]);
  });

  it('reads owners in order: the first owner, then everyone who shares it', () => {
    const home = harbury().plan.actions[0]!;
    expect(actionOwners(home).map((p) => p.participantId)).toEqual(['p-kim', 'p-nan']);
  });

  it('an owner who shares the action but is not a participant: the message names the fix', () => {
    const problems = planProblems(harbury((c) => void (actionAt(c, 'a-home').alsoBy = [{ participantId: 'p-gone' }])));
    expect(problems).toContainEqual({
      field: 'plan.actions[0].alsoBy[0]',
      message:
        'The person chosen to do this is not in the list of participants (they may have been removed). Choose ' +
        'someone who is, type their name instead, or add them under Setup → Participants.',
    });
  });

  it('a supporter who is no longer a participant, named where the file has the name', () => {
    const conference = harbury(
      (c) => void (actionAt(c, 'a-home').supportedBy = [{ participantId: 'p-left', name: 'Lee Marsh' }]),
    );
    expect(unknownActionPeople(conference, conference.plan.actions[0]!)).toHaveLength(1);
    const problem = planProblems(conference).find((p) => p.field === 'plan.actions[0].supportedBy[0]');
    expect(problem?.message).toMatch(/^Lee Marsh is not in the list of participants/);
  });

  it('a first owner who is no longer a participant', () => {
    const problems = planProblems(harbury((c) => void (actionAt(c, 'a-home').ownerParticipantId = 'p-gone')));
    expect(fieldsOf(problems)).toContain('plan.actions[0].owner');
  });

  it('a line for someone sharing or helping left empty asks to be finished or removed', () => {
    const problems = planProblems(
      harbury((c) => {
        actionAt(c, 'a-home').alsoBy = [{ name: '  ' }];
        actionAt(c, 'a-home').supportedBy = [{ name: '' }];
      }),
    );
    expect(problems.filter((p) => p.field.startsWith('plan.actions[0].'))).toEqual([
      {
        field: 'plan.actions[0].alsoBy[0]',
        message: 'Choose who shares this action, or type their name; or remove this line.',
      },
      {
        field: 'plan.actions[0].supportedBy[0]',
        message: 'Choose who helps, or type their name; or remove this line.',
      },
    ]);
  });

  it('an action with only someone to help and nobody to do it has no owner', () => {
    const problems = planProblems(
      harbury((c) => {
        const home = actionAt(c, 'a-home');
        delete home.ownerParticipantId;
        home.alsoBy = [];
      }),
    );
    expect(problems).toContainEqual({
      field: 'plan.actions[0].owner',
      message: 'Say who will do this: choose someone at the meeting, or type the name of someone else.',
    });
  });

  it('a typed name shares the action as well as a participant does', () => {
    const problems = planProblems(harbury((c) => void (actionAt(c, 'a-home').alsoBy = [{ name: 'Aunt Jo' }])));
    expect(problems.filter((p) => p.field.startsWith('plan.actions[0].'))).toEqual([]);
  });

  it('a cadence chosen with no first date is asked for its first date, beside the first date', () => {
    expect(cadenceWithoutFirstDate(2)).toEqual({
      field: 'plan.actions[2].due.startsOn',
      message:
        'Give the first date (“first by 8 January, then every fortnight”): a repeating action counts from it. How ' +
        'often it happens is saved once the first date is in.',
    });
  });

  it('a first date before the conference', () => {
    const problems = planProblems(
      harbury(
        (c) => void (actionAt(c, 'a-home').due = { kind: 'every', interval: 'fortnight', startsOn: '2027-01-04' }),
      ),
    );
    expect(problems).toContainEqual({
      field: 'plan.actions[0].due.startsOn',
      message: 'The first date is before the conference (Tue 5 Jan 2027). Choose a first date on or after it.',
    });
  });

  it('an action linked to an outcome that has been removed', () => {
    const problems = planProblems(harbury((c) => void (c.plan!.outcomes = [])));
    expect(problems).toContainEqual({
      field: 'plan.actions[0].outcomeId',
      message: 'The outcome this action served has been removed. Choose the outcome it serves, or none.',
    });
  });
});

describe('an action for the baby, who is not on a plan', () => {
  it('is not a problem, but the chair is told it is not part of the plan and where the family will find it', () => {
    const conference = harbury();
    expect(actionOnlyForChildrenWithoutPlan(conference, conference.plan.actions[1]!).map((c) => c.id)).toEqual([
      'c-baby',
    ]);
    expect(planProblems(conference)).toEqual([]);
    expect(planNotes(conference)).toEqual([
      {
        field: 'plan.actions[1].childIds',
        message:
          'This action is for the baby, who is not on a plan, so it is not part of the plan. The family plan and the ' +
          'read-back list it on its own, under “Help for the baby before birth”.',
      },
    ]);
  });

  it('says nothing once the action is for a child on the plan too, or for the whole family', () => {
    expect(planNotes(harbury((c) => void (actionAt(c, 'a-prebirth').childIds = ['c-baby', 'c-sam'])))).toEqual([]);
    expect(planNotes(harbury((c) => void (actionAt(c, 'a-prebirth').childIds = [])))).toEqual([]);
  });

  it('names a child who is born, and every action when no child is on a plan', () => {
    const notes = planNotes(
      harbury((c) => {
        c.decisions = c.decisions!.map((d) => ({ ...d, outcome: 'plan-not-needed', categories: [] }));
        actionAt(c, 'a-home').childIds = ['c-ella'];
      }),
    );
    expect(notes.map((n) => n.message)).toEqual([
      'This action is for Ella, who is not on a plan, so it is not part of the plan. The family plan and the ' +
        'read-back list it on its own, under “Help for Ella”.',
      expect.stringMatching(/^This action is for the baby, /),
    ]);
  });

  it('leaves out an action carried from the last plan, which ends with it, and a retired one', () => {
    const notes = planNotes(
      harbury((c) => {
        actionAt(c, 'a-prebirth').carriedForward = true;
        actionAt(c, 'a-prebirth').progress = { rag: 'green', note: '' };
      }),
    );
    expect(notes).toEqual([]);
    expect(planNotes(harbury((c) => void (actionAt(c, 'a-prebirth').retired = true)))).toEqual([]);
  });
});

describe('an unborn baby to be reconsidered', () => {
  it('is for an unborn baby who does not need a plan now, and nobody else', () => {
    expect(fieldsOf(decisionProblems(harbury()))).toEqual([]);
    const sam = decisionProblems(harbury((c) => void (c.decisions![0]!.reconsider = 'strategy-discussion')));
    expect(sam).toEqual([
      {
        field: 'decisions[0].reconsider',
        message:
          'Only an unborn baby who does not need a plan now is reconsidered later. Choose “Not set” here, or check ' +
          'the decision for Sam.',
      },
    ]);
    const babyOnPlan = decisionProblems(
      harbury((c) => {
        c.decisions![2] = { ...c.decisions![2]!, outcome: 'plan-needed', categories: ['neglect'] };
      }),
    );
    expect(fieldsOf(babyOnPlan)).toEqual(['decisions[2].reconsider']);
  });

  it('is said in each nation’s words', () => {
    const at = (nation: Nation) => reconsiderLabel('at-review', nation);
    expect(at('england')).toBe('To be reconsidered at the review child protection conference');
    expect(at('scotland')).toBe('To be reconsidered at the review child protection planning meeting');
    expect(reconsiderLabel('strategy-discussion', 'wales')).toBe(
      'To be reconsidered sooner, through a strategy discussion',
    );
    expect(reconsiderLabel('strategy-discussion', 'scotland')).toBe(
      'To be reconsidered sooner, through an inter-agency referral discussion (IRD)',
    );
  });
});

describe('the review after Harbury', () => {
  it('brings the baby’s pre-birth assessment, so progress is reported before the baby’s plan is decided', () => {
    const review = startReviewFrom(harbury(), { date: '2027-04-06', now: new Date('2027-03-01T09:00:00Z') });
    expect(review.plan.actions.map((a) => [a.id, a.carriedForward])).toEqual([
      ['a-home', true],
      ['a-prebirth', true],
    ]);
    expect(review.decisions.map((d) => d.childId)).toEqual(['c-sam', 'c-ella']);
    const without = startReviewFrom(
      harbury((c) => void delete c.decisions![2]!.reconsider),
      { date: '2027-04-06', now: new Date('2027-03-01T09:00:00Z') },
    );
    expect(without.plan.actions.map((a) => a.id)).toEqual(['a-home']);
  });
});

describe('the core group’s notes-only recipients', () => {
  it('someone who is a member already, and someone no longer a participant', () => {
    const problems = coreGroupProblems(
      harbury((c) => void (c.coreGroup!.notesOnlyParticipantIds = ['p-mw', 'p-gone'])),
    );
    expect(problems).toEqual([
      {
        field: 'coreGroup.notesOnlyParticipantIds[0]',
        message: 'Ada Low is a member, and members receive the notes anyway. Remove them from this list.',
      },
      {
        field: 'coreGroup.notesOnlyParticipantIds[1]',
        message:
          'Someone who receives the notes is no longer in the list of participants. Remove them, or add them as a ' +
          'participant.',
      },
    ]);
  });
});

describe('the lead professional’s title in the checks', () => {
  const noLead = (c: HarburyInput) => void delete c.plan!.leadSocialWorkerParticipantId;
  const leadMessage = (nation: Nation, title?: string) =>
    planProblems(
      harbury((c) => {
        noLead(c);
        c.details.nation = nation;
      }),
      title === undefined ? {} : { leadProfessionalTitle: title },
    ).find((p) => p.field === 'plan.leadSocialWorkerParticipantId')?.message;

  it('comes from the nation, else the organisation, keeping the organisation’s casing', () => {
    expect(leadMessage('england')).toBe(
      'Choose the lead social worker: the family needs to know who coordinates the plan.',
    );
    expect(leadMessage('scotland')).toBe(
      'Choose the lead professional: the family needs to know who coordinates the plan.',
    );
    expect(leadMessage('england', 'Lead child protection practitioner')).toBe(
      'Choose the lead child protection practitioner: the family needs to know who coordinates the plan.',
    );
    expect(leadMessage('england', 'Lead Child Protection Practitioner')).toMatch(
      /^Choose the Lead Child Protection Practitioner:/,
    );
    const convenor = coreGroupProblems(
      harbury((c) => void delete c.coreGroup!.convenorParticipantId),
      { leadProfessionalTitle: 'Lead child protection practitioner' },
    );
    expect(convenor).toEqual([
      {
        field: 'coreGroup.convenorParticipantId',
        message: 'Choose who convenes the core group (usually the lead child protection practitioner).',
      },
    ]);
  });
});

describe('words', () => {
  it('keeps a role’s own casing inside a sentence unless it is in sentence case', () => {
    // The plan checks put the lead professional's title in a sentence with the one helper the documents use.
    expect(continueSentence('Lead social worker')).toBe('lead social worker');
    expect(continueSentence('Lead child protection practitioner')).toBe('lead child protection practitioner');
    expect(continueSentence('Social Worker (lead)')).toBe('Social Worker (lead)');
    expect(continueSentence('Deputy Head')).toBe('Deputy Head');
    expect(continueSentence('GP')).toBe('GP');
  });

  it('names the plan that follows in each nation’s words', () => {
    expect(alternativePlanWords('england')).toBe('Child in Need plan');
    expect(alternativePlanWords('wales')).toBe('care and support plan');
    const wales = decisionProblems(
      harbury((c) => {
        c.details.nation = 'wales';
        delete c.decisions![2]!.alternative;
      }),
    );
    expect(wales.find((p) => p.field === 'decisions[2].alternative')?.message).toBe(
      'Say what happens instead for the baby: a care and support plan, early help, or no further action.',
    );
  });
});
