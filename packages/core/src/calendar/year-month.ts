/**
 * Months as the calendar moves between them: `YYYY-MM` strings, with the
 * arithmetic done by Temporal.
 */
import { PlacardInputError } from '../model/errors.js';
import type { TemporalAPI } from '../time/temporal.js';
import { toPlainDate } from '../time/wall-clock.js';

/** The month (`YYYY-MM`) that clocks in `timeZone` show at `instant`: "this month" for `new Date()`. */
export function yearMonthOf(instant: Date, timeZone: string): string {
  return toPlainDate(instant, timeZone).slice(0, 7);
}

/** The month `months` after `yearMonth` (before it, when negative). */
export function addMonths(Temporal: TemporalAPI, yearMonth: string, months: number): string {
  return Temporal.PlainYearMonth.from(yearMonth).add({ months }).toString();
}

/** The month after `yearMonth`. */
export function nextMonth(Temporal: TemporalAPI, yearMonth: string): string {
  return addMonths(Temporal, yearMonth, 1);
}

/** The month before `yearMonth`. */
export function previousMonth(Temporal: TemporalAPI, yearMonth: string): string {
  return addMonths(Temporal, yearMonth, -1);
}

/**
 * A month as a webmaster writes it in an attribute (`2018-02`), checked.
 *
 * @throws PlacardInputError `invalid-date` naming `field`
 */
export function readYearMonth(Temporal: TemporalAPI, text: string, field: string): string {
  const value = text.trim();
  if (/^\d{4}-\d{2}$/u.test(value)) {
    try {
      return Temporal.PlainYearMonth.from(value).toString();
    } catch {
      // Reported below, in the same words as any other unreadable month.
    }
  }
  throw new PlacardInputError(
    'invalid-date',
    `The ${field} "${value}" is not a month Placard can read. Write the year and month, e.g. 2018-02.`,
    field,
  );
}
