import { describe, expect, it } from 'vitest';
import type { ChildDecision } from '@shared/model/conference';
import {
  cadenceWords,
  childName,
  continueSentence,
  dateAndTimeInWords,
  dueWords,
  timeInWords,
} from '@shared/wording/sentences';
import { alternativeSupportWords, categoryWords, outcomeWords } from '@shared/plan/decision-words';

describe('times and dates in words', () => {
  it.each([
    ['14:00', '2pm'],
    ['09:30', '9:30am'],
    ['12:00', '12 noon'],
    ['12:45', '12:45pm'],
    ['00:15', '12:15am'],
    ['', ''],
    [undefined, ''],
  ])('%s reads as "%s"', (clock, words) => {
    expect(timeInWords(clock)).toBe(words);
  });

  it('says dates in full, with the time when there is one', () => {
    expect(dateAndTimeInWords('2026-12-15', '10:00')).toBe('Tuesday 15 December 2026 at 10am');
    expect(dateAndTimeInWords('2027-06-01', undefined)).toBe('Tuesday 1 June 2027');
    expect(dateAndTimeInWords(undefined, '10:00')).toBeUndefined();
  });

  it('says when an action is due', () => {
    expect(dueWords({ kind: 'by', date: '2026-12-18' })).toBe('By Friday 18 December 2026');
    expect(dueWords({ kind: 'every', interval: 'fortnight', startsOn: '2026-12-08' })).toBe(
      'First by Tuesday 8 December 2026, then every two weeks',
    );
    expect(dueWords(undefined)).toBe('No date set yet');
  });

  it('says how often the core group meets', () => {
    expect(cadenceWords('four-weekly')).toBe('Every four weeks');
    expect(cadenceWords(undefined)).toBe('To be agreed');
  });
});

describe('children’s names', () => {
  it('uses the name a child is known by, never the family name', () => {
    expect(childName({ givenName: 'Jayden', knownAs: '', unborn: false })).toBe('Jayden');
    expect(childName({ givenName: 'Amelia', knownAs: 'Millie', unborn: false })).toBe('Millie');
  });

  it('calls an unborn child without a name “the baby”', () => {
    expect(childName({ givenName: '', knownAs: '', unborn: true })).toBe('the baby');
  });
});

describe('categories and decisions in plain words', () => {
  it('explains each category in everyday words, in the nation’s own list', () => {
    expect(categoryWords('emotional-abuse', 'england')).toEqual({
      label: 'Emotional abuse',
      meaning:
        'The way the child is treated is harming how they feel and grow. This could be shouting, frightening, ' +
        'putting them down or ignoring them. It includes seeing or hearing abuse between adults at home. It does not ' +
        'mean the child is not loved.',
    });
    expect(categoryWords('financial-abuse', 'wales').label).toBe('Financial abuse');
    expect(categoryWords('domestic-abuse', 'scotland').label).toBe('Domestic abuse');
    expect(categoryWords('domestic-abuse', 'scotland').meaning).not.toBe('');
  });

  it('still shows a category it does not know, as words', () => {
    expect(categoryWords('parental-substance-use', 'england')).toEqual({
      label: 'Parental substance use',
      meaning: '',
    });
  });

  it('says the outcome in the nation’s terms', () => {
    expect(outcomeWords('plan-needed', 'england', 'Mia')).toBe('Mia needs a child protection plan.');
    expect(outcomeWords('plan-ends', 'england', 'Jayden')).toBe('Jayden’s child protection plan will end.');
    expect(outcomeWords('plan-needed', 'wales', 'Mia')).toBe(
      'Mia’s name will go on the child protection register and Mia will have a care and support protection plan.',
    );
    expect(outcomeWords('plan-ends', 'scotland', 'Mia')).toBe(
      'Mia’s name will come off the child protection register and the child protection plan will end.',
    );
    expect(outcomeWords('plan-not-needed', 'england', 'the baby')).toBe(
      'The baby does not need a child protection plan.',
    );
    expect(outcomeWords(undefined, 'england', 'Mia')).toBe('Not decided yet.');
  });

  it('says what help replaces a plan, and who leads it', () => {
    const decision = (alternative: ChildDecision['alternative'], alternativeLead = '') =>
      ({ alternative, alternativeLead }) as ChildDecision;
    expect(alternativeSupportWords(decision('child-in-need-plan', 'Rhys Morgan'), 'england', 'Jayden')).toBe(
      'Jayden will have help through a Child in Need plan, led by Rhys Morgan.',
    );
    expect(alternativeSupportWords(decision('child-in-need-plan'), 'wales', 'Jayden')).toBe(
      'Jayden will have help through a care and support plan.',
    );
    expect(alternativeSupportWords(decision('early-help', 'Sam Whitlock'), 'england', 'Jayden')).toBe(
      'Jayden will have early help, led by Sam Whitlock.',
    );
    expect(alternativeSupportWords(decision('no-further-action'), 'england', 'Jayden')).toBe(
      'No further help from children’s services is planned for Jayden.',
    );
    expect(alternativeSupportWords(decision(undefined), 'england', 'Jayden')).toBeUndefined();
  });
});

describe('typed text carried on inside a sentence', () => {
  it('lowers an ordinary first word, and keeps names, abbreviations and titles as typed', () => {
    const names = new Set(['Jade', 'Mia']);
    expect(continueSentence('Early review conference', names)).toBe('early review conference');
    expect(continueSentence('The baby is born early', names)).toBe('the baby is born early');
    expect(continueSentence('A worker supporting the family', names)).toBe('a worker supporting the family');
    expect(continueSentence('Pre-birth assessment finished', names)).toBe('pre-birth assessment finished');
    expect(continueSentence('Book Mia’s dental appointment', names)).toBe('book Mia’s dental appointment');
    expect(continueSentence('Call the GP', names)).toBe('call the GP');
    expect(continueSentence('Social worker (lead)', names)).toBe('social worker (lead)');
    expect(continueSentence('Social Worker (lead)', names)).toBe('Social Worker (lead)');
    expect(continueSentence('Deputy Head', names)).toBe('Deputy Head');
    expect(continueSentence('Early Help Hub referral', names)).toBe('Early Help Hub referral');
    expect(continueSentence('Jade drinks again', names)).toBe('Jade drinks again');
    expect(continueSentence('GP', names)).toBe('GP');
    expect(continueSentence('I will call', names)).toBe('I will call');
  });
});
