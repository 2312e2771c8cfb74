import { formatDate } from '../format/dates';
import type { Nation } from '../model/conference';

/**
 * A child's health number, by the nation whose health service issued it:
 *
 * - England and Wales: the NHS number;
 * - Scotland: the CHI number (Community Health Index), whose first six digits are the date of birth as DDMMYY;
 * - Northern Ireland: the Health and Care number, from the range 320 000 0010 to 399 999 9999.
 *
 * All three are ten digits whose last digit is a modulus-11 check digit: weights 10 down to 2 on the first nine
 * digits, check = 11 − (sum mod 11); 11 becomes 0, and 10 means no valid number has those nine digits. Checking it
 * catches most typing slips before the number reaches a minute, and the nation's own rule catches a number from
 * another nation's health service (an NHS number typed where a Health and Care number belongs).
 *
 * The three share one numbering scheme with ranges that do not overlap, so in England and Wales a number from the
 * other two can be recognised too. It is only noted, never refused: a child who has just moved may have no NHS
 * number yet, and the other nation's number is then the one to record.
 *
 * The examples in the messages were computed by this check. The NHS example is in the 999 range, which is never
 * issued to patients; the others follow the pattern with made-up digits.
 */

const EXAMPLE: Record<'nhs' | 'chi' | 'hcn', string> = {
  nhs: '999 234 5675',
  chi: '150316 2346',
  hcn: '355 123 4566',
};

/**
 * The bounds of Northern Ireland's range, as the range is published. The bounds are not numbers themselves: the
 * first and last numbers in the range that pass the check digit are 320 000 0015 and 399 999 9993.
 */
const HCN_FIRST = 3_200_000_010;
const HCN_LAST = 3_999_999_999;

/**
 * CHI numbers start with the date of birth, so they fill the range from 010 100 0000 to 311 299 9999. England also
 * issues some numbers starting with 3, so only a number below 300 000 0000 is taken as surely from Scotland.
 */
const SURELY_CHI_BELOW = 3_000_000_000;

function scheme(nation: Nation): 'nhs' | 'chi' | 'hcn' {
  if (nation === 'scotland') return 'chi';
  if (nation === 'northern-ireland') return 'hcn';
  return 'nhs';
}

/** What the nation calls a child's health number: the field's label and the minute's. */
export function healthNumberName(nation: Nation): string {
  switch (scheme(nation)) {
    case 'chi':
      return 'CHI number';
    case 'hcn':
      return 'Health and Care number';
    case 'nhs':
      return 'NHS number';
  }
}

/** A short hint for the field: what the number looks like in this nation. */
export function healthNumberHint(nation: Nation): string {
  switch (scheme(nation)) {
    case 'chi':
      return `10 digits: the date of birth (DDMMYY), then 4 more, for example ${EXAMPLE.chi}. Leave it blank for an unborn baby.`;
    case 'hcn':
      return `10 digits, starting with 3, for example ${EXAMPLE.hcn}. Leave it blank for an unborn baby.`;
    case 'nhs':
      return `10 digits, for example ${EXAMPLE.nhs}. Leave it blank for an unborn baby.`;
  }
}

/** The digits alone: people type the number with spaces or hyphens as it is printed on letters. */
export function normaliseHealthNumber(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/** Whether the last of ten digits is the modulus-11 check digit of the first nine. */
function checkDigitMatches(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(digits[9]);
}

/**
 * Whether DDMMYY is a day that exists. The century is not in the number: 29 February is allowed in any year divisible
 * by four (2000 was a leap year; 1900, the only exception a CHI number could meet, is older than any child).
 */
function realDdmmyy(ddmmyy: string): boolean {
  const day = Number(ddmmyy.slice(0, 2));
  const month = Number(ddmmyy.slice(2, 4));
  const year = Number(ddmmyy.slice(4, 6));
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** "2016-03-15" → "150316"; undefined for anything that is not an ISO date. */
function ddmmyyOf(isoDate: string | undefined): string | undefined {
  const m = /^\d{2}(\d{2})-(\d{2})-(\d{2})$/.exec(isoDate ?? '');
  return m ? `${m[3]}${m[2]}${m[1]}` : undefined;
}

/**
 * What is wrong with a health number typed for a child in this nation, as a message that says how to put it right,
 * or null when it is sound. An empty field is sound: an unborn baby has no number yet, and a number not known yet is
 * not a mistake. For a CHI number, the child's date of birth, when known, must be the number's first six digits.
 *
 * In England and Wales, a sound number that is surely from Northern Ireland or Scotland gets a gentle note instead.
 * Like every setup check it is a message beside the field, never a refusal: the number is kept as typed.
 */
export function healthNumberProblem(nation: Nation, input: string, dateOfBirth?: string): string | null {
  const digits = normaliseHealthNumber(input);
  if (digits === '') return null;
  return fault(nation, digits, dateOfBirth) ?? otherNationsNumber(nation, digits);
}

/** What makes these digits no number of this nation's kind: the wrong length, date, range or check digit. */
function fault(nation: Nation, digits: string, dateOfBirth?: string): string | null {
  const kind = scheme(nation);
  const name = healthNumberName(nation);
  const example = EXAMPLE[kind];
  const notValid = `This ${name} is not valid (its check digit does not match). Check it against the GP record or a letter from the health service. A valid one looks like ${example}.`;

  if (kind === 'chi') {
    if (!/^\d{10}$/.test(digits)) {
      return `A CHI number has 10 digits: the date of birth (DDMMYY), then 4 more, for example ${example}.`;
    }
    const born = digits.slice(0, 6);
    if (!realDdmmyy(born)) {
      return `A CHI number starts with the date of birth (DDMMYY), but ${born} is not a real date. Check the first 6 digits: ${example} is for a child born on 15 March 2016.`;
    }
    const expected = ddmmyyOf(dateOfBirth);
    if (expected !== undefined && expected !== born) {
      return `This CHI number starts with ${born}, but the date of birth recorded is ${formatDate(dateOfBirth)} (${expected}). Check the number and the date of birth.`;
    }
    return checkDigitMatches(digits) ? null : notValid;
  }

  if (!/^\d{10}$/.test(digits)) return `${kind === 'hcn' ? 'A' : 'An'} ${name} has 10 digits, for example ${example}.`;
  if (kind === 'hcn') {
    const value = Number(digits);
    if (value < HCN_FIRST || value > HCN_LAST) {
      return `A Health and Care number is between 320 000 0010 and 399 999 9999, for example ${example}. This one is outside it: it may be a number from England, Scotland or Wales. Ask the child’s GP for their Health and Care number.`;
    }
  }
  return checkDigitMatches(digits) ? null : notValid;
}

/**
 * For an NHS number that passed its check: a note when it is surely another nation's number. Only what the ranges
 * make certain is noted: Northern Ireland's whole range, and a number below 300 000 0000 that starts with a real
 * date. England and Wales never issue either; their NHS numbers start with 4, 6 or 7, and some in England with 3.
 */
function otherNationsNumber(nation: Nation, digits: string): string | null {
  if (scheme(nation) !== 'nhs') return null;
  const value = Number(digits);
  const other =
    value >= HCN_FIRST && value <= HCN_LAST
      ? 'a Northern Ireland Health and Care number'
      : value < SURELY_CHI_BELOW && realDdmmyy(digits.slice(0, 6))
        ? 'a Scottish CHI number'
        : null;
  return other
    ? `This looks like ${other}. If the child has an NHS number, enter that; a child who has just moved may only have the other nation’s number.`
    : null;
}

/**
 * The number as it is printed on the nation's letters: "999 234 5675" (NHS and Health and Care numbers) or
 * "150316 2346" (CHI: the date of birth, then the rest). A number that fails the nation's check is left exactly as
 * typed, so that the minute never makes a wrong number look like a checked one.
 */
export function formatHealthNumber(nation: Nation, input: string): string {
  const d = normaliseHealthNumber(input);
  if (fault(nation, d) !== null) return input;
  return scheme(nation) === 'chi'
    ? `${d.slice(0, 6)} ${d.slice(6)}`
    : `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
}
