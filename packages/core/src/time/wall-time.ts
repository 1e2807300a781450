/**
 * Reading dates and times that webmasters write, and turning local wall times
 * into instants.
 *
 * Turning "18:30 in London on 29 March" into an instant needs the zone's rules
 * run backwards, including what to do with times that a clock change skips or
 * repeats. `Intl` cannot do that and hand-written offset arithmetic gets it
 * wrong, so these functions use Temporal, which may have to be loaded: they are
 * async. Reading an instant in a zone (`toPlainDate`, `wallClock` in
 * ./wall-clock.ts) is plain `Intl` work and stays synchronous.
 */
import { PlacardInputError } from '../model/errors.js';
import { loadTemporal } from './temporal.js';
import type { TemporalAPI } from './temporal.js';
import { canonicalTimeZone } from './zones.js';

/** What {@link parseDateTimeInput} read: an exact moment, or a whole day. */
export type DateTimeInput = { instant: Date; timeZone: string } | { date: string };

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A date and a time of day with nothing after it: `2018-03-15T18:30[:00[.000]]`. */
const WALL_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?$/i;
/** Starts like an ISO date-time, whatever follows. */
const DATE_TIME_START = /^\d{4}-\d{2}-\d{2}[T ]\d{2}/i;
/** A UTC offset or `Z` at the end, before any bracketed RFC 9557 annotations. */
const OFFSET_AT_END = /(?:z|[+-]\d{2}(?::?\d{2}(?::?\d{2}(?:[.,]\d+)?)?)?)(?:\[[^\]]*\])*$/i;
/** An RFC 9557 time-zone annotation: brackets without `key=value`, e.g. `[Europe/London]` or `[!Europe/London]`. */
const ZONE_ANNOTATION = /\[!?([^=\]]+)\]/;

/**
 * The instant at which clocks in `timeZone` show the local wall time `wall`
 * (`YYYY-MM-DDTHH:mm` with optional seconds).
 *
 * Clock changes are resolved as calendars do (Temporal's `compatible`): a time
 * skipped when clocks go forward moves forward by the gap (01:30 on the UK's
 * spring-forward day is 02:30 BST), and a time that happens twice when clocks go
 * back is the first one (01:30 BST, not 01:30 GMT).
 *
 * @param field the attribute or property `wall` came from, named in errors
 * @throws PlacardInputError `invalid-date` or `unknown-time-zone`
 */
export async function wallTimeToInstant(wall: string, timeZone: string, field?: string): Promise<Date> {
  const text = wall.trim();
  if (!WALL_TIME.test(text)) throw unreadableDate(wall, field);
  const zone = canonicalTimeZone(timeZone);
  const Temporal = await loadTemporal();
  return zonedWallTime(Temporal, text, zone, field);
}

/**
 * Read a date or date-time as written in an attribute, JSON property or feed.
 *
 * Accepts:
 * - an exact instant with `Z` or an offset (`2018-03-15T18:30Z`, `2018-03-15T18:30+01:00`),
 *   shown in `defaultZone`;
 * - a local wall time without offset (`2018-03-15T18:30`), taken to be in `defaultZone`;
 * - an RFC 9557 zoned date-time (`2018-03-15T18:30[Europe/London]`), which brings its own zone;
 * - a plain date (`2018-03-15`), returned as `{ date }` for all-day events.
 *
 * @param defaultZone the IANA zone for wall times, and for displaying instants
 * @param field the attribute or property the text came from, named in errors ("The start …")
 * @throws PlacardInputError `invalid-date` for text that is not such a date,
 *   `unknown-time-zone` for a zone (given or in brackets) the runtime does not know
 */
export async function parseDateTimeInput(
  text: string,
  defaultZone: string,
  field?: string,
): Promise<DateTimeInput> {
  const input = text.trim();
  if (input === '') throw emptyDate(field);
  const zone = canonicalTimeZone(defaultZone);
  const Temporal = await loadTemporal();

  if (PLAIN_DATE.test(input)) return { date: plainDate(Temporal, input, field) };

  if (!DATE_TIME_START.test(input)) throw unreadableDate(input, field);

  const annotation = ZONE_ANNOTATION.exec(input);
  if (annotation) {
    const ownZone = canonicalTimeZone(annotation[1] ?? '', field);
    return { instant: zonedDateTime(Temporal, input, field), timeZone: ownZone };
  }

  if (OFFSET_AT_END.test(input)) {
    try {
      return { instant: new Date(Temporal.Instant.from(input).epochMilliseconds), timeZone: zone };
    } catch (error) {
      throw notARealDate(input, field, error);
    }
  }

  if (WALL_TIME.test(input)) return { instant: zonedWallTime(Temporal, input, zone, field), timeZone: zone };
  throw unreadableDate(input, field);
}

/**
 * The date `days` days after `date` (before it, when negative), both `YYYY-MM-DD`.
 * Calendar arithmetic, with no time zones involved: e.g. turning iCalendar's
 * exclusive end date into the inclusive last day.
 *
 * @throws PlacardInputError `invalid-date` when `date` is not a real `YYYY-MM-DD` date
 */
export async function addDays(date: string, days: number): Promise<string> {
  if (!PLAIN_DATE.test(date)) throw unreadableDate(date);
  const Temporal = await loadTemporal();
  try {
    return Temporal.PlainDate.from(date).add({ days }).toString();
  } catch (error) {
    throw notARealDate(date, undefined, error);
  }
}

function plainDate(Temporal: TemporalAPI, input: string, field: string | undefined): string {
  try {
    return Temporal.PlainDate.from(input).toString();
  } catch (error) {
    throw notARealDate(input, field, error);
  }
}

/**
 * {@link wallTimeToInstant} for callers that already hold Temporal and must not
 * wait (expanding a repeating event for each month a calendar shows).
 * `zone` must already be a checked IANA name.
 *
 * @throws PlacardInputError `invalid-date`
 */
export function zonedWallTime(
  Temporal: TemporalAPI,
  wall: string,
  zone: string,
  field: string | undefined,
): Date {
  try {
    const local = Temporal.PlainDateTime.from(wall);
    return new Date(local.toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds);
  } catch (error) {
    throw notARealDate(wall, field, error);
  }
}

function zonedDateTime(Temporal: TemporalAPI, input: string, field: string | undefined): Date {
  try {
    return new Date(Temporal.ZonedDateTime.from(input).epochMilliseconds);
  } catch (error) {
    // Temporal refuses an offset that contradicts the bracketed zone; say so
    // rather than calling a well-formed date unreadable.
    if (parsesIgnoringOffset(Temporal, input)) {
      throw new PlacardInputError(
        'invalid-date',
        `${subject(input, field)} gives a UTC offset that does not match its time zone. Remove the offset or correct it.`,
        field,
        { cause: error },
      );
    }
    throw notARealDate(input, field, error);
  }
}

function parsesIgnoringOffset(Temporal: TemporalAPI, input: string): boolean {
  try {
    Temporal.ZonedDateTime.from(input, { offset: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const HOW_TO_WRITE = 'Write dates as 2018-03-15 or 2018-03-15T18:30.';

/** Names the input in a message: `The start "15th March"`, or just `"15th March"`. */
function subject(input: string, field: string | undefined): string {
  // Keep messages readable when someone pastes a paragraph into a date field.
  const shown = input.length > 60 ? `${input.slice(0, 57)}…` : input;
  return field ? `The ${field} "${shown}"` : `"${shown}"`;
}

function unreadableDate(input: string, field?: string): PlacardInputError {
  return new PlacardInputError(
    'invalid-date',
    `${subject(input, field)} is not a date Placard can read. ${HOW_TO_WRITE}`,
    field,
  );
}

function notARealDate(input: string, field: string | undefined, cause: unknown): PlacardInputError {
  return new PlacardInputError(
    'invalid-date',
    `${subject(input, field)} is not a real date or time. Check the day, month, hour and minutes. ${HOW_TO_WRITE}`,
    field,
    { cause },
  );
}

function emptyDate(field: string | undefined): PlacardInputError {
  return new PlacardInputError(
    'invalid-date',
    `${field ? `The ${field}` : 'The date'} is empty. ${HOW_TO_WRITE}`,
    field,
  );
}
