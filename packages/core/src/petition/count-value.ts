/**
 * Signature counts and goals as sources write them: JSON numbers, or text from
 * an attribute or a JSON API that sends numbers as strings ("12345", "12,345").
 */

/**
 * Digits, optionally grouped in threes by commas, spaces (including the
 * no-break and narrow no-break spaces `Intl` writes) or underscores. A "." is
 * not accepted as a separator: "12.345" is twelve thousand in German and
 * twelve in English, so Placard does not guess.
 */
const WHOLE_NUMBER_TEXT = /^(?:\d+|\d{1,3}(?:([,_ \u00a0\u202f])\d{3})(?:\1\d{3})*)$/;

/**
 * `value` as a whole number of 0 or more, or `undefined` when it is not one
 * (negative, fractional, not a number, too large to count exactly).
 */
export function toWholeNumber(value: unknown): number | undefined {
  let number: number;
  if (typeof value === 'number') number = value;
  else if (typeof value === 'string' && WHOLE_NUMBER_TEXT.test(value.trim())) {
    number = Number(value.trim().replace(/[,_ \u00a0\u202f]/g, ''));
  } else return undefined;
  // `+ 0` turns -0 into 0.
  return Number.isSafeInteger(number) && number >= 0 ? number + 0 : undefined;
}

/** `value` as a goal (a whole number above 0), or `undefined` when it is not one. */
export function toGoal(value: unknown): number | undefined {
  const number = toWholeNumber(value);
  return number !== undefined && number > 0 ? number : undefined;
}

/** Whether `value` is a number, or text holding one, below 0: such a count gets its own message. */
export function isNegativeNumber(value: unknown): boolean {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && number < 0;
}
