import { describe, expect, it } from 'vitest';
import {
  formatHealthNumber,
  healthNumberHint,
  healthNumberName,
  healthNumberProblem,
} from '@shared/meeting/health-number';

/**
 * Each nation's health number has its own rule; every number here was worked out by hand. The modulus-11 check
 * digit (weights 10 down to 2, 11 → 0, 10 → no valid number) is shared, so a number can pass it and still be wrong
 * for the nation: a CHI number must start with a real date of birth, a Health and Care number must be in Northern
 * Ireland's range. In England and Wales a sound number that is surely from one of the other two is noted, not refused.
 */

describe('the name of the number', () => {
  it('is the nation’s own', () => {
    expect(healthNumberName('england')).toBe('NHS number');
    expect(healthNumberName('wales')).toBe('NHS number');
    expect(healthNumberName('scotland')).toBe('CHI number');
    expect(healthNumberName('northern-ireland')).toBe('Health and Care number');
  });

  it('has a hint with a valid example for each nation', () => {
    for (const nation of ['england', 'wales', 'scotland', 'northern-ireland'] as const) {
      const example = /for example ([\d ]+\d)/.exec(healthNumberHint(nation))?.[1];
      expect(example, nation).toBeDefined();
      expect(healthNumberProblem(nation, example!), nation).toBeNull();
    }
  });
});

describe('NHS number (England and Wales)', () => {
  it('accepts a number whose check digit is right, typed with spaces, hyphens or neither', () => {
    // 999 234 567?: 9×10+9×9+9×8+2×7+3×6+4×5+5×4+6×3+7×2 = 347; 347 mod 11 = 6; 11 − 6 = 5.
    expect(healthNumberProblem('england', '9992345675')).toBeNull();
    expect(healthNumberProblem('england', '999 234 5675')).toBeNull();
    expect(healthNumberProblem('wales', '999-234-5675')).toBeNull();
    // 999 345 678?: sum 374; 374 mod 11 = 0; 11 − 0 = 11, which becomes 0.
    expect(healthNumberProblem('england', '999 345 6780')).toBeNull();
  });

  it('says nothing about an empty field: an unborn baby has no number yet', () => {
    expect(healthNumberProblem('england', '')).toBeNull();
    expect(healthNumberProblem('england', '   ')).toBeNull();
  });

  it('rejects the wrong length or letters, naming the length and giving an example', () => {
    const message = healthNumberProblem('england', '99923456');
    expect(message).toMatch(/An NHS number has 10 digits, for example 999 234 5675\./);
    expect(healthNumberProblem('england', '999234567A')).toMatch(/10 digits/);
    expect(healthNumberProblem('england', '99923456750')).toMatch(/10 digits/);
  });

  it('rejects a wrong check digit, and nine digits whose check digit would be 10', () => {
    expect(healthNumberProblem('england', '999 234 5674')).toMatch(/check digit/);
    expect(healthNumberProblem('england', '999 234 5674')).toMatch(/999 234 5675/);
    // 123 456 789?: sum 210; 210 mod 11 = 1; 11 − 1 = 10: no NHS number starts with these nine digits.
    expect(healthNumberProblem('england', '1234567890')).toMatch(/not valid/);
  });

  it('notes a sound Health and Care number beside the field, as Northern Ireland’s, without refusing it', () => {
    const note =
      'This looks like a Northern Ireland Health and Care number. If the child has an NHS number, enter that; a child who has just moved may only have the other nation’s number.';
    expect(healthNumberProblem('england', '355 123 4566')).toBe(note);
    expect(healthNumberProblem('wales', '355-123-4566')).toBe(note);
    // The first and last numbers of the range that pass the check digit: 320 000 001? (sum 50; 50 mod 11 = 6;
    // 11 − 6 = 5) and 399 999 9993.
    expect(healthNumberProblem('england', '320 000 0015')).toBe(note);
    expect(healthNumberProblem('england', '399 999 9993')).toBe(note);
    // Just outside the range, and sound: 320 000 0007 and 400 000 0004 (worked out below, for Northern Ireland).
    expect(healthNumberProblem('england', '320 000 0007')).toBeNull();
    expect(healthNumberProblem('england', '400 000 0004')).toBeNull();
  });

  it('notes a sound number below 300 000 0000 that starts with a real date, as a Scottish CHI number', () => {
    const note = /^This looks like a Scottish CHI number\. If the child has an NHS number, enter that; /;
    expect(healthNumberProblem('england', '150316 2346')).toMatch(note);
    expect(healthNumberProblem('wales', '290216 1239')).toMatch(note);
    // 010116 123?: 0×10+1×9+0×8+1×7+1×6+6×5+1×4+2×3+3×2 = 68; 68 mod 11 = 2; 11 − 2 = 9. 1 January 2016.
    expect(healthNumberProblem('england', '010116 1239')).toMatch(note);
  });

  it('says nothing of a CHI-like number it cannot be sure of', () => {
    // Sound, but 290217 is no date (2017 was not a leap year), so it is no CHI number either.
    expect(healthNumberProblem('england', '290217 1234')).toBeNull();
    // 311216 123?: sum 113; 113 mod 11 = 3; 11 − 3 = 8. 31 December 2016, but England issues some numbers
    // starting with 3, so only numbers below 300 000 0000 are surely Scottish. 300416 1230 is the same.
    expect(healthNumberProblem('england', '311216 1238')).toBeNull();
    expect(healthNumberProblem('england', '300416 1230')).toBeNull();
  });

  it('asks for the check digit first: a number in another nation’s range must still be sound to be noted', () => {
    expect(healthNumberProblem('england', '355 123 4565')).toMatch(/NHS number is not valid \(its check digit/);
    expect(healthNumberProblem('england', '150316 2345')).toMatch(/NHS number is not valid \(its check digit/);
  });

  it('notes no other nation’s number in Scotland or Northern Ireland, whose own rules already refuse them', () => {
    expect(healthNumberProblem('scotland', '150316 2346')).toBeNull();
    expect(healthNumberProblem('northern-ireland', '355 123 4566')).toBeNull();
  });
});

describe('CHI number (Scotland)', () => {
  it('accepts a number starting with a real date of birth and ending with the right check digit', () => {
    // 150316 234?: 1×10+5×9+0×8+3×7+1×6+6×5+2×4+3×3+4×2 = 137; 137 mod 11 = 5; 11 − 5 = 6.
    expect(healthNumberProblem('scotland', '1503162346')).toBeNull();
    expect(healthNumberProblem('scotland', '150316 2346', '2016-03-15')).toBeNull();
    // 29 February 2016 existed.
    expect(healthNumberProblem('scotland', '290216 1239')).toBeNull();
  });

  it('rejects a number whose first six digits are not a real date, even with the right check digit', () => {
    // 310216 1235, 290217 1234 and 300416 1230 all pass the check digit. There is no 31 February, and 2017 was not
    // a leap year; 30 April is a real date.
    expect(healthNumberProblem('england', '310216 1235')).toBeNull();
    expect(healthNumberProblem('scotland', '310216 1235')).toMatch(/310216 is not a real date/);
    expect(healthNumberProblem('scotland', '290217 1234')).toMatch(/290217 is not a real date/);
    expect(healthNumberProblem('scotland', '300416 1230')).toBeNull();
    // A valid NHS number starts 999234: the 99th day of the 23rd month.
    expect(healthNumberProblem('scotland', '999 234 5675')).toMatch(/not a real date/);
  });

  it('says when the number does not start with the child’s recorded date of birth', () => {
    const message = healthNumberProblem('scotland', '150316 2346', '2016-03-16');
    expect(message).toMatch(/starts with 150316/);
    expect(message).toMatch(/\(160316\)/);
    expect(message).toMatch(/Check the number and the date of birth/);
  });

  it('rejects a wrong check digit after a real date', () => {
    expect(healthNumberProblem('scotland', '150316 2345', '2016-03-15')).toMatch(/CHI number is not valid/);
    expect(healthNumberProblem('scotland', '150316 2345')).toMatch(/150316 2346/);
  });

  it('rejects the wrong length, explaining how the number is made up', () => {
    expect(healthNumberProblem('scotland', '150316')).toMatch(/date of birth \(DDMMYY\), then 4 more/);
  });

  it('takes a Health and Care number as no CHI number', () => {
    // 355123: the 35th day of the 51st month.
    expect(healthNumberProblem('scotland', '355 123 4566')).toMatch(/not a real date/);
  });
});

describe('Health and Care number (Northern Ireland)', () => {
  it('accepts a number in the range with the right check digit', () => {
    // 355 123 456?: 3×10+5×9+5×8+1×7+2×6+3×5+4×4+5×3+6×2 = 192; 192 mod 11 = 5; 11 − 5 = 6.
    expect(healthNumberProblem('northern-ireland', '3551234566')).toBeNull();
    expect(healthNumberProblem('northern-ireland', '355-123-4566')).toBeNull();
    // The top of the range: 399 999 999?: sum 426; 426 mod 11 = 8; 11 − 8 = 3.
    expect(healthNumberProblem('northern-ireland', '399 999 9993')).toBeNull();
  });

  it('rejects a valid NHS number from England or Wales: it is outside the range', () => {
    expect(healthNumberProblem('england', '999 234 5675')).toBeNull();
    const message = healthNumberProblem('northern-ireland', '999 234 5675');
    expect(message).toMatch(/between 320 000 0010 and 399 999 9999/);
    expect(message).toMatch(/for example 355 123 4566/);
    expect(message).toMatch(/Ask the child’s GP for their Health and Care number/);
  });

  it('rejects numbers just outside the range whose check digit is right', () => {
    // 320 000 000 7 (sum 48; 48 mod 11 = 4; 11 − 4 = 7) is below 320 000 0010; 319 999 9999 is below it too;
    // 400 000 000 4 (sum 40; 40 mod 11 = 7; 11 − 7 = 4) is above 399 999 9999.
    for (const number of ['320 000 0007', '319 999 9999', '400 000 0004']) {
      expect(healthNumberProblem('england', number), number).toBeNull();
      expect(healthNumberProblem('northern-ireland', number), number).toMatch(/between 320 000 0010/);
    }
  });

  it('rejects a CHI number: it is outside the range', () => {
    expect(healthNumberProblem('scotland', '150316 2346')).toBeNull();
    expect(healthNumberProblem('northern-ireland', '150316 2346')).toMatch(/between 320 000 0010/);
  });

  it('rejects a wrong check digit inside the range, and the wrong length', () => {
    expect(healthNumberProblem('northern-ireland', '355 123 4565')).toMatch(/Health and Care number is not valid/);
    // 320 000 001?: sum 50; 50 mod 11 = 6; 11 − 6 = 5, so the first number of the range fails its check.
    expect(healthNumberProblem('northern-ireland', '320 000 0010')).toMatch(/check digit/);
    expect(healthNumberProblem('northern-ireland', '355 123')).toMatch(/A Health and Care number has 10 digits/);
  });

  it('says nothing about an empty field', () => {
    expect(healthNumberProblem('northern-ireland', '')).toBeNull();
  });
});

describe('printing the number', () => {
  it('groups a sound number as each nation prints it', () => {
    expect(formatHealthNumber('england', '9992345675')).toBe('999 234 5675');
    expect(formatHealthNumber('wales', ' 999-234-5675 ')).toBe('999 234 5675');
    expect(formatHealthNumber('northern-ireland', '355-123-4566')).toBe('355 123 4566');
    expect(formatHealthNumber('scotland', '1503162346')).toBe('150316 2346');
    // Another nation’s sound number in England is noted beside the field, and printed grouped.
    expect(formatHealthNumber('england', '3551234566')).toBe('355 123 4566');
  });

  it('leaves a number that fails the nation’s check exactly as typed, so the minute shows what was entered', () => {
    expect(formatHealthNumber('scotland', '15031')).toBe('15031');
    expect(formatHealthNumber('england', '9992345674')).toBe('9992345674');
    expect(formatHealthNumber('england', '999-234-5674')).toBe('999-234-5674');
    // Sound check digits, wrong for the nation: no real date in Scotland, outside the range in Northern Ireland.
    expect(formatHealthNumber('scotland', '3102161235')).toBe('3102161235');
    expect(formatHealthNumber('northern-ireland', '9992345675')).toBe('9992345675');
    expect(formatHealthNumber('england', '')).toBe('');
  });
});
