import { describe, expect, it } from 'vitest';
import { agendaFor, agendaItem, agendaItemKeys } from '@shared/agenda';
import type { AgendaItemDefinition } from '@shared/agenda';
import type { ConferenceType, Nation } from '@shared/model/conference';

const types: ConferenceType[] = ['initial', 'review', 'pre-birth', 'transfer-in'];
const nations: Nation[] = ['england', 'wales', 'scotland', 'northern-ireland'];
const everyAgenda = types.flatMap((type) => nations.map((nation) => ({ type, nation })));

const keysOf = (agenda: AgendaItemDefinition[]) => agenda.map((item) => item.key);

function item(type: ConferenceType, nation: Nation, key: string): AgendaItemDefinition {
  const found = agendaItem(agendaFor(type, nation), key);
  if (!found) throw new Error(`${key} is not on the ${nation} ${type} agenda`);
  return found;
}

const prompts = (type: ConferenceType, nation: Nation, key: string) => item(type, nation, key).chairPrompts.join('\n');

describe('running order per conference type (England)', () => {
  it('an initial conference walks the 22 items of an English ICPC, with scaling split out and a close', () => {
    expect(keysOf(agendaFor('initial', 'england'))).toEqual([
      'welcome',
      'purpose-and-confidentiality',
      'apologies-and-quorum',
      'attendance-and-exclusions',
      'reports',
      'reason-for-conference',
      'agency-information',
      'family-views',
      'childs-voice',
      'analysis',
      'scaling',
      'risk-to-other-children',
      'decision',
      'category',
      'outline-plan',
      'contingency',
      'lead-professional',
      'core-group',
      'review-date',
      'other-decisions',
      'support-without-a-plan',
      'complaints',
      'distribution',
      'close',
    ]);
  });

  it('a review replaces the reason with the plan history and adds progress, new incidents and step-down', () => {
    expect(keysOf(agendaFor('review', 'england'))).toEqual([
      'welcome',
      'purpose-and-confidentiality',
      'apologies-and-quorum',
      'attendance-and-exclusions',
      'reports',
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
      'step-down',
      'outline-plan',
      'contingency',
      'lead-professional',
      'core-group',
      'review-date',
      'other-decisions',
      'complaints',
      'distribution',
      'close',
    ]);
  });

  it('a pre-birth conference covers the birth, support before it, the pre-birth plan and an order at birth', () => {
    expect(keysOf(agendaFor('pre-birth', 'england'))).toEqual([
      'welcome',
      'purpose-and-confidentiality',
      'apologies-and-quorum',
      'attendance-and-exclusions',
      'reports',
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
      'order-at-birth',
      'outline-plan',
      'contingency',
      'lead-professional',
      'core-group',
      'review-date',
      'other-decisions',
      'support-without-a-plan',
      'complaints',
      'distribution',
      'close',
    ]);
  });

  it('a transfer-in conference hears from the sending authority and agrees the handover', () => {
    expect(keysOf(agendaFor('transfer-in', 'england'))).toEqual([
      'welcome',
      'purpose-and-confidentiality',
      'apologies-and-quorum',
      'attendance-and-exclusions',
      'reports',
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
      'step-down',
      'transfer-arrangements',
      'outline-plan',
      'contingency',
      'lead-professional',
      'core-group',
      'review-date',
      'other-decisions',
      'complaints',
      'distribution',
      'close',
    ]);
  });
});

describe('every agenda in every nation', () => {
  it.each(everyAgenda)('$nation $type: keys are unique, known and kebab-case', ({ type, nation }) => {
    const keys = keysOf(agendaFor(type, nation));
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      expect(agendaItemKeys).toContain(key);
      expect(key).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it.each(everyAgenda)(
    '$nation $type: every item has public wording, prompts, a budget and a capture',
    ({ type, nation }) => {
      for (const it of agendaFor(type, nation)) {
        expect(it.title.trim(), it.key).not.toBe('');
        expect(it.publicTitle.trim(), it.key).not.toBe('');
        expect(it.publicSummary.trim(), it.key).not.toBe('');
        expect(it.chairPrompts.length, it.key).toBeGreaterThan(0);
        for (const prompt of it.chairPrompts) expect(prompt.trim(), it.key).not.toBe('');
        expect(Number.isInteger(it.minutes) && it.minutes > 0, it.key).toBe(true);
        expect(it.capture, it.key).toBeTruthy();
      }
    },
  );

  it.each(everyAgenda)('$nation $type: the shared-screen wording has no professional jargon', ({ type, nation }) => {
    const jargon = /section 47|\bs47\b|quorum|quorate|ICPC|RCPC|CPPM|MASH|MARAC|\bPLO\b|threshold|significant harm/i;
    for (const it of agendaFor(type, nation)) {
      expect(it.publicTitle, it.key).not.toMatch(jargon);
      expect(it.publicSummary, it.key).not.toMatch(jargon);
    }
  });

  it.each(everyAgenda)('$nation $type: opens with the welcome and ends with the close', ({ type, nation }) => {
    const keys = keysOf(agendaFor(type, nation));
    expect(keys[0]).toBe('welcome');
    expect(keys.at(-1)).toBe('close');
    expect(keys).toContain('decision');
    expect(keys).toContain('core-group');
    expect(keys).toContain('complaints');
  });

  it('returns fresh objects, so a caller changing one agenda cannot change the next', () => {
    const first = agendaFor('review', 'england');
    first[0]!.chairPrompts.push('changed');
    first[0]!.publicTitle = 'changed';
    const second = agendaFor('review', 'england');
    expect(second[0]!.publicTitle).toBe('Welcome and introductions');
    expect(second[0]!.chairPrompts).not.toContain('changed');
  });
});

describe('Scotland', () => {
  it.each(types)('%s: the Children’s Reporter is considered straight after the areas of concern', (type) => {
    const keys = keysOf(agendaFor(type, 'scotland'));
    expect(keys.indexOf('childrens-reporter')).toBe(keys.indexOf('category') + 1);
    expect(item(type, 'scotland', 'childrens-reporter').addedFor).toBe('scotland');
  });

  it.each(nations.filter((n) => n !== 'scotland'))('%s has no Reporter item', (nation) => {
    for (const type of types) expect(keysOf(agendaFor(type, nation))).not.toContain('childrens-reporter');
  });

  it('records areas of concern rather than a category', () => {
    const category = item('initial', 'scotland', 'category');
    expect(category.title).toBe('Areas of concern');
    expect(category.publicTitle).toBe('The main worries');
    expect(category.chairPrompts.join(' ')).toMatch(/does not use categories/);
  });

  it('calls it a meeting, and a transfer meeting cannot end registration (so no step-down)', () => {
    expect(prompts('initial', 'scotland', 'welcome')).toMatch(/chair the meeting independently/);
    expect(prompts('initial', 'england', 'welcome')).toMatch(/chair the conference independently/);
    expect(keysOf(agendaFor('transfer-in', 'scotland'))).not.toContain('step-down');
    expect(prompts('transfer-in', 'scotland', 'decision')).toMatch(/cannot end registration/);
  });

  it('uses its own timescales for the first core group and an inquorate meeting', () => {
    expect(prompts('initial', 'scotland', 'core-group')).toMatch(/within 15 working days/);
    expect(prompts('initial', 'england', 'core-group')).toMatch(/within 10 working days/);
    expect(prompts('initial', 'scotland', 'apologies-and-quorum')).toMatch(/reconvene within 10 working days/);
  });

  it('in a pre-birth meeting, plans the Reporter referral for the birth and a pre-discharge meeting', () => {
    expect(prompts('pre-birth', 'scotland', 'childrens-reporter')).toMatch(/once the baby is born/);
    expect(prompts('pre-birth', 'scotland', 'review-date')).toMatch(/pre-discharge meeting/);
  });
});

describe('what the chair must cover', () => {
  it('checks quorum as social care plus at least two other agencies', () => {
    expect(prompts('initial', 'england', 'apologies-and-quorum')).toMatch(
      /children’s social care plus at least two other agencies/,
    );
  });

  it('states confidentiality, significant harm in plain words, no recording, and that families do not vote', () => {
    const text = prompts('initial', 'england', 'purpose-and-confidentiality');
    expect(text).toMatch(/Confidentiality/);
    expect(text).toMatch(/significant harm in plain words/);
    expect(text).toMatch(/not recorded .* unless everyone agreed/);
    expect(text).toMatch(/the family does not vote/);
  });

  it('never lets a relative or a child interpret', () => {
    expect(prompts('review', 'wales', 'welcome')).toMatch(/never a relative or a child/);
  });

  it('explains the right to complain and that the decision stands meanwhile', () => {
    expect(prompts('review', 'england', 'complaints')).toMatch(/decision stands while a complaint is considered/);
    expect(prompts('review', 'northern-ireland', 'complaints')).toMatch(/category can be appealed/);
    expect(prompts('review', 'england', 'complaints')).not.toMatch(/appealed/);
  });

  it('records dissent when there is no consensus, and the family gets no record of parts they missed', () => {
    expect(prompts('initial', 'england', 'decision')).toMatch(/chair decides; record any dissent/);
    expect(prompts('initial', 'england', 'distribution')).toMatch(/no record of parts they were excluded from/);
  });

  it('gives each nation its decision-record timescale', () => {
    expect(prompts('initial', 'england', 'distribution')).toMatch(/Decision letter within 1 working day/);
    expect(prompts('initial', 'wales', 'distribution')).toMatch(/within 5 working days/);
    expect(prompts('initial', 'scotland', 'distribution')).toMatch(/about 48 hours/);
  });

  it('Wales: the social worker’s report must not give a view on registration', () => {
    expect(prompts('initial', 'wales', 'reports')).toMatch(/must not give a view on registration/);
    expect(prompts('initial', 'england', 'reports')).not.toMatch(/registration/);
  });

  it('registering nations ask about registration; England does not', () => {
    // Each in its own word for the plan: Wales's is a care and support protection plan.
    expect(prompts('initial', 'wales', 'decision')).toMatch(/registration and a care and support protection plan/);
    expect(prompts('initial', 'scotland', 'decision')).toMatch(/registration and a child protection plan/);
    expect(item('initial', 'wales', 'decision').publicSummary).toContain('care and support protection plan is needed');
    // And its word for the help a child gets without a plan: Scotland's child's plan, Wales's care and support plan.
    expect(prompts('initial', 'scotland', 'support-without-a-plan')).toContain('a child’s plan, early help');
    expect(prompts('review', 'wales', 'step-down')).toContain('a care and support plan, early help');
    expect(prompts('initial', 'england', 'support-without-a-plan')).toContain('a Child in Need plan, early help');
    expect(prompts('initial', 'england', 'decision')).not.toMatch(/registration/);
  });
});

describe('review additions', () => {
  it('marks the review-only items and words the shared items for a review', () => {
    for (const key of ['why-the-plan-started', 'plan-progress', 'new-incidents', 'step-down']) {
      expect(item('review', 'england', key).addedFor, key).toBe('review');
    }
    expect(item('review', 'england', 'why-the-plan-started').title).toBe(
      'Why the plan started and the current category',
    );
    expect(item('review', 'england', 'childs-voice').title).toBe('Child’s current views');
    expect(item('review', 'england', 'analysis').title).toMatch(/^Updated analysis/);
    expect(item('review', 'england', 'decision').title).toBe('Decision: continue, change category or end the plan');
    expect(prompts('review', 'england', 'decision')).toMatch(/rarely ends at the first review/);
    expect(prompts('review', 'england', 'category')).toMatch(/current category still fits/);
    expect(prompts('review', 'england', 'step-down')).toMatch(/Child in Need plan/);
    expect(prompts('review', 'wales', 'step-down')).toMatch(/care and support plan/);
  });

  it('sets the next review within 6 months, and the first within 3 months of an initial conference', () => {
    expect(prompts('review', 'england', 'review-date')).toMatch(/within 6 months/);
    expect(prompts('initial', 'england', 'review-date')).toMatch(/First review within 3 months/);
  });
});

describe('pre-birth and transfer-in items', () => {
  it('pre-birth: support before the birth, the plan decision, an order at birth, and a review after the birth', () => {
    expect(item('pre-birth', 'england', 'support-before-birth').title).toBe('What agencies will do before the birth');
    expect(item('pre-birth', 'england', 'decision').title).toBe('Decision: should there be a pre-birth plan?');
    expect(item('pre-birth', 'england', 'order-at-birth').capture).toBe('other-decisions');
    expect(item('pre-birth', 'england', 'review-date').title).toBe('Review after the birth');
    expect(prompts('pre-birth', 'england', 'review-date')).toMatch(/expected date of delivery/);
    expect(prompts('pre-birth', 'england', 'attendance-and-exclusions')).toMatch(/away from antenatal care/);
    expect(prompts('initial', 'england', 'attendance-and-exclusions')).not.toMatch(/antenatal/);
  });

  it('transfer-in: the sending authority, the arrangements, and the receiving authority’s plan', () => {
    expect(item('transfer-in', 'england', 'transfer-from').addedFor).toBe('transfer-in');
    expect(prompts('transfer-in', 'england', 'transfer-from')).toMatch(/keeps responsibility until this conference/);
    expect(item('transfer-in', 'england', 'transfer-arrangements').capture).toBe('transfer');
    expect(item('transfer-in', 'england', 'outline-plan').title).toBe('The receiving authority’s plan');
    expect(item('transfer-in', 'england', 'plan-progress').addedFor).toBe('transfer-in');
  });
});

describe('what each item offers', () => {
  it('points the shared screen at the right boards', () => {
    expect(item('review', 'england', 'analysis').shows).toEqual(['analysis']);
    expect(item('review', 'england', 'scaling').shows).toEqual(['scaling']);
    expect(item('review', 'england', 'outline-plan').shows).toEqual(['plan']);
    expect(item('review', 'england', 'plan-progress').shows).toEqual(['plan-progress']);
    expect(item('review', 'england', 'family-views').shows).toEqual([]);
  });

  it('takes decisions, categories and children’s views child by child', () => {
    const perChild = agendaFor('review', 'england')
      .filter((it) => it.perChild)
      .map((it) => it.key);
    expect(perChild).toEqual(['childs-voice', 'decision', 'category', 'step-down']);
  });

  it('flags the items where a closed session may be needed', () => {
    const closed = agendaFor('initial', 'england')
      .filter((it) => it.familyMayBeExcluded)
      .map((it) => it.key);
    expect(closed).toEqual(['agency-information', 'risk-to-other-children']);
  });

  it('offers the matching capture for each kind of item', () => {
    expect(item('initial', 'england', 'welcome').capture).toBe('attendance');
    expect(item('initial', 'england', 'reports').capture).toBe('reports');
    expect(item('initial', 'england', 'agency-information').capture).toBe('agency-information');
    expect(item('initial', 'england', 'family-views').capture).toBe('family-views');
    expect(item('initial', 'england', 'childs-voice').capture).toBe('childs-voice');
    expect(item('initial', 'england', 'risk-to-other-children').capture).toBe('other-children');
    expect(item('initial', 'england', 'decision').capture).toBe('decision');
    expect(item('initial', 'england', 'outline-plan').capture).toBe('plan');
    expect(item('initial', 'england', 'core-group').capture).toBe('core-group');
    expect(item('initial', 'england', 'review-date').capture).toBe('review');
    expect(item('initial', 'scotland', 'childrens-reporter').capture).toBe('other-decisions');
  });

  it('looks items up by key and says when a key is not on this agenda', () => {
    const agenda = agendaFor('initial', 'england');
    expect(agendaItem(agenda, 'scaling')?.publicTitle).toBe('How safe are things? (0 to 10)');
    expect(agendaItem(agenda, 'plan-progress')).toBeUndefined();
    expect(agendaItem(agenda, undefined)).toBeUndefined();
  });
});
