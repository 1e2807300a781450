import { PlacardInputError } from '../model/errors.js';
import { parseDateTimeInput, type DateTimeInput } from '../time/wall-time.js';

/** A parsed date input: an instant with its zone, or a calendar date. */
export type DateInput = DateTimeInput;

/**
 * `parseDateTimeInput` that only ever fails with a `PlacardInputError`, so a
 * surprise from a date library (a `RangeError` on a year 300000) still reaches
 * the webmaster as a plain message about the field.
 */
export async function readDateInput(text: string, defaultZone: string, field: string): Promise<DateInput> {
  try {
    const result = await parseDateTimeInput(text, defaultZone, field);
    if ('instant' in result && Number.isNaN(result.instant.getTime()))
      throw new RangeError('Invalid instant');
    return result;
  } catch (error) {
    if (error instanceof PlacardInputError) throw error;
    throw new PlacardInputError(
      'invalid-date',
      `The ${field} "${text.length > 60 ? `${text.slice(0, 57)}…` : text}" is not a date Placard can read. Write dates as 2018-03-15 or 2018-03-15T18:30.`,
      field,
      { cause: error },
    );
  }
}
