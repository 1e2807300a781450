/**
 * Showing when an event happens, in words for people and ISO 8601 for machines.
 *
 * Display rules (docs: architecture, "Time"):
 * - an in-person event shows the venue's local time, in the event's zone;
 * - an online event shows the reader's local time;
 * - all-day and multi-day events are dates, never midnights.
 *
 * Timed text always names its zone ("18:30–20:00 GMT"), even when the reader is
 * in the same zone. That keeps an in-person event's text the same for every
 * reader (server-rendered, cached, printed or shared), and tells the reader of
 * an online event that the time has been converted for them. When the shown
 * wall clock differs from the reader's, `inReaderZone` gives the reader's time
 * as well.
 *
 * All text comes from `Intl.DateTimeFormat` (through `dateTimeFormat`, which can
 * supply locales the browser lacks), so word order, punctuation and 12/24-hour
 * clocks follow the locale.
 */
import { dateTimeFormat } from '../i18n/intl.js';
import { PlacardInputError } from '../model/errors.js';
import type { AllDaySchedule, EventSchedule, TimedSchedule } from '../model/event.js';
import { isoWithOffset, toPlainDate, wallClock } from './wall-clock.js';
import { readerTimeZone } from './zones.js';

// Kept importable from here, next to the formatting that decides how past events look.
export { isOngoing, isPast } from './phase.js';

export interface WhenFormatOptions {
  /** BCP 47 locale of the widget, e.g. `en-GB` or `cy`. */
  locale: string;
  /** IANA zone of the reader. Default: the runtime's zone. */
  readerTimeZone?: string;
  /** Online-only events show the reader's time instead of the venue's. */
  online?: boolean;
}

export interface FormattedWhen {
  /** e.g. "Thursday, 15 March 2018, 18:30–20:00 GMT" (the exact words are the locale's). */
  text: string;
  /** Machine-readable start for `<time datetime>`: ISO 8601 with offset, or `YYYY-MM-DD` for all-day. */
  startDatetime: string;
  /** Machine-readable end; for all-day events, the last day (inclusive). Absent without an end. */
  endDatetime?: string;
  /** The IANA zone the text is shown in. */
  timeZone: string;
  /**
   * When the shown wall clock differs from the reader's: the same span in the
   * reader's zone, e.g. "14:30–16:00 GMT-4", with dates when they differ from
   * the shown ones. Otherwise undefined.
   */
  inReaderZone?: string;
}

const DATE_FIELDS = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;
/** Multi-day date ranges leave out weekdays: "12–18 February 2018". */
const DATE_RANGE_FIELDS = { day: 'numeric', month: 'long', year: 'numeric' } as const;
const TIME_FIELDS = { hour: 'numeric', minute: '2-digit' } as const;

/**
 * Describe an event's schedule for display.
 *
 * Same-day spans collapse ("Thursday, 15 March 2018, 18:30–20:00 GMT"); spans
 * over several days show both dates; all-day events show a date or a date range.
 *
 * @throws PlacardInputError `unknown-time-zone` for a zone the runtime does not
 *   know, `invalid-date` for an all-day date that is not `YYYY-MM-DD`
 */
export function formatSchedule(schedule: EventSchedule, options: WhenFormatOptions): FormattedWhen {
  return schedule.allDay ? formatAllDay(schedule, options.locale) : formatTimed(schedule, options);
}

/**
 * The time of day of `instant` in `timeZone`, e.g. "18:30" or "6:30 PM", without
 * a date or zone name: for agenda items under an already-dated heading.
 */
export function formatTime(instant: Date, timeZone: string, locale: string): string {
  toPlainDate(instant, timeZone); // Turns an unknown zone into a PlacardInputError, at the least cost.
  // The locale's own short time pattern: `{hour: 'numeric'}` alone gives "0:00"
  // in British English, which writes "00:00".
  return dateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(instant);
}

function formatTimed(schedule: TimedSchedule, options: WhenFormatOptions): FormattedWhen {
  const reader = options.readerTimeZone ?? readerTimeZone();
  const shown = options.online ? reader : schedule.timeZone;
  const { start } = schedule;
  // An end at or before the start carries no information worth showing.
  const end = schedule.end && schedule.end.getTime() > start.getTime() ? schedule.end : undefined;

  // Reading the wall clocks first also turns an unknown zone into a
  // PlacardInputError before a display formatter throws a bare RangeError.
  const moments = end ? [start, end] : [start];
  const shownClocks = moments.map((moment) => wallClock(moment, shown));
  const readerClocks = moments.map((moment) => wallClock(moment, reader));

  const result: FormattedWhen = {
    text: span(options.locale, shown, start, end, true),
    startDatetime: isoWithOffset(start, shown),
    timeZone: shown,
  };
  if (end) result.endDatetime = isoWithOffset(end, shown);
  const sameClock = shownClocks.every(
    (clock, index) => clock.date === readerClocks[index]?.date && clock.time === readerClocks[index]?.time,
  );
  if (!sameClock) {
    // Time alone is enough only when every date involved is one and the same day.
    const dates = new Set([...shownClocks, ...readerClocks].map((clock) => clock.date));
    result.inReaderZone = span(options.locale, reader, start, end, dates.size > 1);
  }
  return result;
}

/** One instant or a range, with the zone named, and with dates if `withDate`. */
function span(
  locale: string,
  timeZone: string,
  start: Date,
  end: Date | undefined,
  withDate: boolean,
): string {
  const format = dateTimeFormat(locale, {
    ...(withDate ? DATE_FIELDS : {}),
    ...TIME_FIELDS,
    timeZone,
    timeZoneName: 'short',
  });
  if (!end) return format.format(start);
  if (zoneName(format, start) === zoneName(format, end)) return format.formatRange(start, end);
  // The clocks changed during the span. A collapsed same-day range names one
  // zone for both ends ("00:30–03:30 BST" when 00:30 was GMT), which is wrong,
  // so write each end in full, joined the way the locale joins ranges.
  return `${format.format(start)}${rangeSeparator(format, start)}${format.format(end)}`;
}

function zoneName(format: Intl.DateTimeFormat, instant: Date): string | undefined {
  return format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value;
}

/**
 * The locale's separator between two fully written ends of a range (" – " in
 * English, "～" in Japanese), read from a range too long to be collapsed.
 */
function rangeSeparator(format: Intl.DateTimeFormat, start: Date): string {
  const farEnd = new Date(start.getTime() + 1000 * DAY_MS);
  const parts = format.formatRangeToParts(start, farEnd);
  const firstEnd = parts.findIndex((part) => part.source === 'endRange');
  const lastStart = parts.findLastIndex((part) => part.source === 'startRange');
  const between = parts
    .slice(lastStart + 1, firstEnd)
    .map((part) => part.value)
    .join('');
  return between || ' – ';
}

const DAY_MS = 24 * 60 * 60 * 1000;

function formatAllDay(schedule: AllDaySchedule, locale: string): FormattedWhen {
  // Dates are formatted as UTC midnights in UTC, so no zone can move them to
  // the day before or after.
  const first = utcDate(schedule.startDate);
  const last = utcDate(schedule.endDate);
  const multiDay = last.getTime() > first.getTime();
  const result: FormattedWhen = {
    text: multiDay
      ? dateTimeFormat(locale, { ...DATE_RANGE_FIELDS, timeZone: 'UTC' }).formatRange(first, last)
      : dateTimeFormat(locale, { ...DATE_FIELDS, timeZone: 'UTC' }).format(first),
    startDatetime: schedule.startDate,
    timeZone: schedule.timeZone,
  };
  if (multiDay) result.endDatetime = schedule.endDate;
  return result;
}

/** Midnight UTC at the start of an ISO `YYYY-MM-DD` date. */
function utcDate(date: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const moment = new Date(0);
  if (match) {
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
    // setUTCFullYear, unlike Date.UTC, does not turn years 0–99 into 1900–1999.
    moment.setUTCFullYear(year, month - 1, day);
    if (moment.toISOString().startsWith(date)) return moment;
  }
  throw new PlacardInputError('invalid-date', `"${date}" is not a real date. Write dates as 2018-03-15.`);
}
