/**
 * NHS numbers are ten digits whose last digit is a modulus-11 check digit: weights 10..2 on the first nine digits,
 * check = 11 − (sum mod 11); 11 becomes 0, and 10 means the number is invalid. Checking it catches most typing
 * slips before the number reaches a minute.
 */
export function normaliseNhsNumber(input: string): string {
  return input.replace(/[\s-]/g, '');
}

export function nhsNumberProblem(input: string): string | null {
  const digits = normaliseNhsNumber(input);
  if (digits === '') return null;
  if (!/^\d{10}$/.test(digits)) return 'An NHS number has 10 digits, for example 943 476 5919.';
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  if (expected === 10 || expected !== Number(digits[9])) {
    return 'This NHS number is not valid (its check digit does not match). Check it against the letter or the GP record.';
  }
  return null;
}

/** "943 476 5919": the way the number is printed on NHS letters. */
export function formatNhsNumber(input: string): string {
  const d = normaliseNhsNumber(input);
  return /^\d{10}$/.test(d) ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : input;
}
