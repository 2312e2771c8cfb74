import { describe, expect, it } from 'vitest';
import { conferenceWith, westbrookReview } from './fixtures';
import {
  PROCEDURE_PROFILES,
  ProcedureOverrides,
  TimescaleOverrides,
  categoryScheme,
  describeTimescale,
  effectiveTimescales,
  procedureProfile,
  validateCategories,
  validateConferenceCategories,
  type TimescaleKey,
} from '@shared/procedure/profiles';

const nations = ['england', 'wales', 'scotland', 'northern-ireland'] as const;

describe('procedure profiles: words', () => {
  it('defaults to England', () => {
    expect(procedureProfile().nation).toBe('england');
  });

  it('uses each nation’s own name for the meeting and the outcome', () => {
    expect(PROCEDURE_PROFILES.scotland.words.meeting).toBe('Child Protection Planning Meeting');
    expect(PROCEDURE_PROFILES.scotland.words.meetingAbbreviation).toBe('CPPM');
    expect(PROCEDURE_PROFILES['northern-ireland'].words.meeting).toBe('child protection case conference');
    expect(PROCEDURE_PROFILES.england.words.planMade).toBe('subject to a child protection plan');
    // England has had no register since April 2008; the other three nations register.
    expect(PROCEDURE_PROFILES.england.words.registers).toBe(false);
    expect(PROCEDURE_PROFILES.england.words.planMade).not.toMatch(/regist/);
    for (const nation of ['wales', 'scotland', 'northern-ireland'] as const) {
      expect(PROCEDURE_PROFILES[nation].words.registers).toBe(true);
      expect(PROCEDURE_PROFILES[nation].words.planMade).toMatch(/child protection register/);
    }
    expect(PROCEDURE_PROFILES.wales.words.plan).toBe('care and support protection plan');
    expect(PROCEDURE_PROFILES.scotland.words.strategyDiscussion).toMatch(/inter-agency referral discussion/);
  });

  it('asks about the Children’s Reporter in Scotland only', () => {
    expect(nations.filter((n) => PROCEDURE_PROFILES[n].considersReporterReferral)).toEqual(['scotland']);
  });

  it('carries the bank holiday region of each nation', () => {
    expect(nations.map((n) => PROCEDURE_PROFILES[n].holidayRegion.state)).toEqual(['ENG', 'WLS', 'SCT', 'NIR']);
  });
});

describe('procedure profiles: categories', () => {
  const keys = (nation: (typeof nations)[number]) => PROCEDURE_PROFILES[nation].categories.options.map((o) => o.key);

  it('lists each nation’s categories', () => {
    expect(keys('england')).toEqual(['physical-abuse', 'emotional-abuse', 'sexual-abuse', 'neglect']);
    expect(keys('wales')).toEqual(['physical-abuse', 'emotional-abuse', 'sexual-abuse', 'neglect', 'financial-abuse']);
    expect(keys('northern-ireland')).toEqual(['physical-abuse', 'emotional-abuse', 'sexual-abuse', 'neglect']);
    expect(PROCEDURE_PROFILES.wales.categories.options[1]?.label).toBe('Emotional or psychological abuse');
  });

  it('records areas of concern, not a category, in Scotland', () => {
    const scheme = PROCEDURE_PROFILES.scotland.categories;
    expect(scheme.kind).toBe('area-of-concern');
    expect(scheme.heading).toBe('Areas of concern');
    expect(keys('scotland')).toEqual(
      expect.arrayContaining([
        'neglect',
        'physical-harm',
        'emotional-harm',
        'sexual-harm',
        'domestic-abuse',
        'parental-alcohol-use',
        'parental-drug-use',
        'parental-mental-health',
        'child-sexual-exploitation',
        'child-criminal-exploitation',
      ]),
    );
    expect(keys('scotland')).not.toContain('physical-abuse');
  });

  it('explains every category in plain words for the family', () => {
    for (const nation of nations) {
      for (const option of PROCEDURE_PROFILES[nation].categories.options) {
        expect(option.explanation.length, `${nation} ${option.key}`).toBeGreaterThan(20);
        expect(option.label).toMatch(/^[A-Z]/);
      }
    }
  });
});

describe('validateCategories', () => {
  it('accepts one category, or several, in England (DfE records several as "multiple")', () => {
    expect(validateCategories('england', ['neglect'])).toEqual([]);
    expect(validateCategories('england', ['neglect', 'physical-abuse'])).toEqual([]);
  });

  it('accepts financial abuse in Wales but not in England', () => {
    expect(validateCategories('wales', ['financial-abuse', 'neglect'])).toEqual([]);
    expect(validateCategories('england', ['neglect', 'financial-abuse'])).toEqual([
      {
        field: 'categories[1]',
        message:
          '“financial-abuse” is not a category used in England. Choose from: physical abuse, emotional abuse, ' +
          'sexual abuse or neglect.',
      },
    ]);
  });

  it('accepts combinations in Northern Ireland', () => {
    expect(validateCategories('northern-ireland', ['physical-abuse', 'neglect'])).toEqual([]);
  });

  it('uses Scotland’s areas of concern, not English categories', () => {
    expect(validateCategories('scotland', ['domestic-abuse', 'parental-drug-use', 'neglect'])).toEqual([]);
    const problems = validateCategories('scotland', ['physical-abuse']);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('categories[0]');
    expect(problems[0]?.message).toMatch(/^“physical-abuse” is not an area of concern used in Scotland/);
  });

  it('asks for a category when a plan is made, not otherwise', () => {
    expect(validateCategories('england', [])).toEqual([
      {
        field: 'categories',
        message: 'Choose the category of abuse or neglect for a child subject to a child protection plan.',
      },
    ]);
    expect(validateCategories('england', [], { planMade: false })).toEqual([]);
    expect(validateCategories('scotland', [])).toEqual([
      { field: 'categories', message: 'Choose at least one area of concern for a child placed on the register.' },
    ]);
  });

  it('catches the same category chosen twice', () => {
    expect(validateCategories('england', ['neglect', 'neglect'])).toEqual([
      { field: 'categories[1]', message: 'Neglect is chosen twice; remove one.' },
    ]);
  });

  it('refuses several where the organisation records one main category only', () => {
    const overrides = { oneCategoryOnly: true };
    expect(validateCategories('england', ['neglect'], { overrides })).toEqual([]);
    expect(validateCategories('england', ['neglect', 'emotional-abuse'], { overrides })).toEqual([
      {
        field: 'categories',
        message: 'Choose one main category only: your organisation records a single category for each child.',
      },
    ]);
  });

  it('lets a Scottish organisation use its own list of areas of concern, but not replace national categories', () => {
    const areasOfConcern = [{ key: 'online-harm', label: 'Online harm', explanation: 'Harm that happens online.' }];
    expect(validateCategories('scotland', ['online-harm'], { overrides: { areasOfConcern } })).toEqual([]);
    expect(categoryScheme('scotland', { areasOfConcern }).options.map((o) => o.key)).toEqual(['online-harm']);

    const english = categoryScheme('england', { areasOfConcern });
    expect(english.options.map((o) => o.key)).toEqual(['physical-abuse', 'emotional-abuse', 'sexual-abuse', 'neglect']);
    expect(english.refused).toEqual([
      {
        field: 'categories.areasOfConcern',
        message: expect.stringMatching(/England uses the national categories .* cannot replace them/),
      },
    ]);
  });
});

describe('validateConferenceCategories', () => {
  it('accepts the worked example: Mia continues under neglect, Jayden’s plan ends', () => {
    expect(validateConferenceCategories(westbrookReview())).toEqual([]);
  });

  it('names the decision at fault with the path the decision form uses', () => {
    const conference = conferenceWith({
      details: { type: 'initial', nation: 'wales', date: '2026-12-17' },
      children: [
        { id: 'a', givenName: 'Osian' },
        { id: 'b', givenName: 'Cerys' },
        { id: 'c', givenName: 'Mali' },
      ],
      decisions: [
        { childId: 'a', outcome: 'plan-needed', categories: ['financial-abuse'] },
        { childId: 'b', outcome: 'plan-needed', categories: [] },
        { childId: 'c', categories: ['area-x'] }, // outcome not yet recorded
      ],
    });
    expect(validateConferenceCategories(conference).map((p) => p.field)).toEqual([
      'decisions[1].categories',
      'decisions[2].categories[0]',
    ]);
  });
});

describe('timescales by nation', () => {
  const t = (nation: (typeof nations)[number], key: TimescaleKey) => {
    const rule = PROCEDURE_PROFILES[nation].timescales[key];
    return rule ? `${rule.amount} ${rule.unit} ${rule.basis}` : undefined;
  };

  it('England', () => {
    expect(t('england', 'initial-conference')).toBe('15 working-days statutory');
    expect(t('england', 'first-core-group')).toBe('10 working-days statutory');
    expect(t('england', 'decision-letter')).toBe('1 working-days local');
    expect(t('england', 'full-minutes')).toBe('15 working-days local');
    expect(t('england', 'reports-before-initial')).toBe('3 working-days local');
    expect(t('england', 'reports-before-review')).toBe('5 working-days local');
    expect(t('england', 'first-review')).toBe('3 months statutory');
    expect(t('england', 'later-reviews')).toBe('6 months statutory');
    expect(t('england', 'transfer-in-conference')).toBe('15 working-days local');
    expect(t('england', 'post-birth-review')).toBe('10 working-days local');
    expect(t('england', 'pre-birth-earliest')).toBe('12 weeks-of-pregnancy local');
    expect(t('england', 'pre-birth-ideal')).toBe('28 weeks-of-pregnancy local');
    expect(t('england', 'pre-birth-latest')).toBe('34 weeks-of-pregnancy local');
    expect(t('england', 'pre-birth-assessment')).toBe('30 weeks-of-pregnancy local');
    expect(t('england', 'child-and-family-assessment')).toBe('45 working-days statutory');
    expect(t('england', 'plan-escalation')).toBe('18 months local');
    expect(t('england', 'plan-long')).toBe('24 months statutory');
  });

  it('Wales', () => {
    expect(t('wales', 'initial-conference')).toBe('15 working-days statutory');
    expect(t('wales', 'decision-letter')).toBe('5 working-days statutory');
    expect(t('wales', 'first-core-group')).toBe('10 working-days statutory');
    expect(t('wales', 'core-group-interval')).toBe('6 weeks statutory');
    expect(t('wales', 'full-minutes')).toBe('20 working-days statutory');
    expect(t('wales', 'minutes-corrections')).toBe('10 working-days statutory');
    expect(t('wales', 'transfer-in-conference')).toBe('15 working-days statutory');
    expect(t('wales', 'pre-birth-latest')).toBeUndefined(); // set by regional protocols
    // Outside England the national procedures set no assessment timescale and no pre-birth assessment week.
    for (const nation of ['wales', 'scotland', 'northern-ireland'] as const) {
      expect(t(nation, 'child-and-family-assessment'), nation).toBeUndefined();
      expect(t(nation, 'pre-birth-assessment'), nation).toBeUndefined();
    }
  });

  it('Scotland', () => {
    expect(t('scotland', 'initial-conference')).toBe('28 calendar-days statutory');
    expect(t('scotland', 'first-core-group')).toBe('15 working-days statutory');
    expect(t('scotland', 'full-minutes')).toBe('10 working-days statutory');
    expect(t('scotland', 'decision-letter')).toBe('2 working-days local');
    expect(t('scotland', 'transfer-in-conference')).toBe('21 working-days local');
    expect(t('scotland', 'first-review')).toBe('6 months statutory');
    expect(t('scotland', 'review-after-pre-birth')).toBe('3 months statutory');
    expect(t('scotland', 'pre-birth-latest')).toBe('28 weeks-of-pregnancy statutory');
  });

  it('Northern Ireland', () => {
    expect(t('northern-ireland', 'initial-conference')).toBe('15 working-days local');
    expect(t('northern-ireland', 'first-review')).toBe('3 months statutory');
    expect(t('northern-ireland', 'later-reviews')).toBe('6 months statutory');
    expect(t('northern-ireland', 'decision-letter')).toMatch(/ local$/);
  });

  it('gives every rule a source a chair can quote', () => {
    for (const nation of nations) {
      for (const [key, rule] of Object.entries(PROCEDURE_PROFILES[nation].timescales)) {
        expect(rule.source.length, `${nation} ${key}`).toBeGreaterThan(20);
      }
    }
    expect(PROCEDURE_PROFILES.england.timescales['initial-conference']?.source).toMatch(
      /Working Together.*15 working days of the strategy discussion/,
    );
  });

  it('describes a rule with its number and unit', () => {
    expect(describeTimescale('first-core-group', { amount: 10, unit: 'working-days' })).toBe(
      '10 working days after the conference',
    );
    expect(describeTimescale('decision-letter', { amount: 1, unit: 'working-days' })).toBe(
      '1 working day after the conference',
    );
    expect(describeTimescale('reports-before-review', { amount: 5, unit: 'working-days' })).toBe(
      '5 working days before the conference',
    );
    expect(describeTimescale('pre-birth-ideal', { amount: 28, unit: 'weeks-of-pregnancy' })).toBe(
      'by 28 weeks of pregnancy',
    );
    expect(describeTimescale('pre-birth-earliest', { amount: 12, unit: 'weeks-of-pregnancy' })).toBe(
      'not before 12 weeks of pregnancy',
    );
  });
});

describe('local settings', () => {
  it('lets an organisation change a local timescale', () => {
    const result = effectiveTimescales('england', { 'full-minutes': { amount: 10, unit: 'working-days' } });
    expect(result.refused).toEqual([]);
    expect(result.timescales['full-minutes']).toMatchObject({
      amount: 10,
      unit: 'working-days',
      basis: 'local',
      setLocally: true,
      replaced: { amount: 15, unit: 'working-days' },
    });
    expect(result.timescales['full-minutes']?.source).toBe(
      'Set by your organisation (the England default is 15 working days).',
    );
    expect(result.timescales['initial-conference']).toMatchObject({ amount: 15, setLocally: false });
  });

  it('refuses to change a statutory timescale, and says why', () => {
    const result = effectiveTimescales('england', {
      'first-core-group': { amount: 15, unit: 'working-days' },
      'reports-before-initial': { amount: 2, unit: 'working-days' },
    });
    expect(result.timescales['first-core-group']).toMatchObject({ amount: 10, basis: 'statutory', setLocally: false });
    expect(result.timescales['reports-before-initial']).toMatchObject({ amount: 2, setLocally: true });
    expect(result.refused).toHaveLength(1);
    expect(result.refused[0]?.field).toBe('timescales.first-core-group');
    expect(result.refused[0]?.message).toMatch(
      /^First core group meeting: 10 working days after the conference is set nationally in England and cannot be changed in local settings/,
    );
  });

  it('does not complain when a statutory timescale is set to its own value', () => {
    expect(effectiveTimescales('england', { 'first-review': { amount: 3, unit: 'months' } }).refused).toEqual([]);
  });

  it('treats the same rule as statutory in one nation and local in another', () => {
    // Minutes: England leaves them to local procedure; Wales and Scotland set them nationally.
    const setting = { 'full-minutes': { amount: 12, unit: 'working-days' as const } };
    expect(effectiveTimescales('england', setting).refused).toEqual([]);
    expect(effectiveTimescales('wales', setting).refused).toHaveLength(1);
    expect(effectiveTimescales('scotland', setting).refused).toHaveLength(1);
    expect(effectiveTimescales('northern-ireland', setting).refused).toEqual([]);
  });

  it('lets an organisation supply a rule its nation leaves to local procedure', () => {
    const result = effectiveTimescales('northern-ireland', { 'core-group-interval': { amount: 4, unit: 'weeks' } });
    expect(result.refused).toEqual([]);
    expect(result.timescales['core-group-interval']).toMatchObject({ amount: 4, unit: 'weeks', basis: 'local' });
    expect(result.timescales['core-group-interval']?.source).toMatch(/no national timescale in Northern Ireland/);
  });

  it('keeps weeks of pregnancy for pre-birth timing only', () => {
    const result = effectiveTimescales('england', {
      'pre-birth-latest': { amount: 20, unit: 'working-days' },
      'full-minutes': { amount: 3, unit: 'weeks-of-pregnancy' },
      'pre-birth-ideal': { amount: 26, unit: 'weeks-of-pregnancy' },
    });
    expect(result.refused.map((p) => p.field)).toEqual(['timescales.full-minutes', 'timescales.pre-birth-latest']);
    expect(result.timescales['pre-birth-latest']?.amount).toBe(34);
    expect(result.timescales['pre-birth-ideal']?.amount).toBe(26);
  });

  it('validates stored settings with plain messages', () => {
    expect(TimescaleOverrides.safeParse({ 'full-minutes': { amount: 10, unit: 'working-days' } }).success).toBe(true);
    expect(TimescaleOverrides.safeParse({ 'made-up-rule': { amount: 10, unit: 'working-days' } }).success).toBe(false);
    const negative = TimescaleOverrides.safeParse({ 'full-minutes': { amount: -1, unit: 'working-days' } });
    expect(negative.error?.issues[0]?.message).toBe('A timescale cannot be negative.');
    const fraction = TimescaleOverrides.safeParse({ 'full-minutes': { amount: 1.5, unit: 'working-days' } });
    expect(fraction.error?.issues[0]?.message).toBe('A timescale is a whole number.');
    expect(ProcedureOverrides.parse({})).toEqual({ timescales: {}, categories: { oneCategoryOnly: false } });
  });
});
