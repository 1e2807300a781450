/**
 * The messages calendar feeds produce, in one place so the wording stays
 * consistent. Each names the feed (and, for iCalendar, the line), says what is
 * wrong, and says how to fix it, for a volunteer webmaster rather than a
 * programmer; `field` carries the feed line (`line 57`) or JSON path.
 */
import { PlacardInputError } from '../model/errors.js';

/** How messages name a feed when its reader was given no `source`. */
export const DEFAULT_SOURCE = 'the calendar feed';

/** `line 57`: the `field` of a problem found on a line of an iCalendar file. */
function lineField(line: number): string {
  return `line ${line}`;
}

/** A short quotation of what a webmaster wrote, for a message. */
function quoted(text: string): string {
  const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `“${shown}”`;
}

export const calendarMessages = {
  /**
   * A problem found in a feed that has no lines to point to (JSON, or an API's
   * answer), with the feed named first: `In the calendar feed at https://…: The
   * events[1].start …`. Its code, field (the JSON path) and cause are kept. It
   * is returned as it is when the reader was given no `source`, or when its
   * message already names the feed.
   */
  inSource: (problem: PlacardInputError, source: string | undefined) =>
    source === undefined || problem.message.includes(source)
      ? problem
      : new PlacardInputError(
          problem.code,
          `In ${source}: ${problem.message}`,
          problem.field,
          problem.cause === undefined ? undefined : { cause: problem.cause },
        ),

  /** A problem the event normaliser found, placed on its line of the file. */
  onLine: (problem: PlacardInputError, line: number, source: string) =>
    new PlacardInputError(problem.code, `Line ${line} of ${source}: ${problem.message}`, lineField(line), {
      cause: problem,
    }),

  unreadableLine: (
    line: number,
    source: string,
    detail: string,
    component: { name: string; line: number } | undefined,
    cause: unknown,
  ) =>
    new PlacardInputError(
      'malformed-document',
      `Line ${line} of ${source} is not a valid iCalendar line (${detail}). ${
        component === undefined
          ? 'It was skipped.'
          : `The ${component.name === 'VEVENT' ? 'event' : component.name} that starts on line ${component.line} was left out.`
      } Correct the line, or export the calendar again from your calendar program.`,
      lineField(line),
      { cause },
    ),

  unclosedComponent: (line: number, name: string, source: string) =>
    new PlacardInputError(
      'malformed-document',
      `Line ${line} of ${source} begins a ${name} that is never closed with END:${name}; the file may have been cut short. Placard read what it could of it. Export the calendar again.`,
      lineField(line),
    ),

  notICalendar: (source: string) =>
    new PlacardInputError(
      'malformed-document',
      `Placard cannot read ${source}: it does not contain BEGIN:VCALENDAR, so it is not an iCalendar (.ics) file. Export the calendar again from your calendar program.`,
      'src',
    ),

  webPage: (source: string) =>
    new PlacardInputError(
      'unsupported-format',
      `What Placard read as ${source} is a web page, not a calendar feed. Use the calendar’s iCal address, which usually ends in .ics (in Google Calendar: “Public address in iCal format”; in Outlook: “Publish calendar”, then the ICS link). A calendar that is not public answers with a sign-in page.`,
      'src',
    ),

  notACalendar: (source: string) =>
    new PlacardInputError(
      'unsupported-format',
      `Placard cannot read ${source}: it is not an iCalendar (.ics), JSON or JSON-LD calendar.`,
      'src',
    ),

  unreachable: (url: string, cause: unknown) =>
    new PlacardInputError(
      'network',
      `Placard could not read the calendar feed at ${url}. Either the site did not answer, or it does not let other websites read the feed (CORS); Google Calendar and Outlook feeds never do. Download the .ics file and put it on this website, or, for a Google calendar, use the Google Calendar API: give Placard the calendar ID and an API key.`,
      'src',
      { cause },
    ),

  invalidDate: (line: number, property: string, value: string, source: string) =>
    new PlacardInputError(
      'invalid-date',
      `Line ${line} of ${source}: the ${property} ${quoted(value)} is not a real date or time. Correct it in your calendar program; a date is written 20180315 and a time 20180315T183000.`,
      lineField(line),
    ),

  /** One date of an EXDATE or RDATE list: only it is lost, not the series. */
  ignoredDate: (line: number, property: string, value: string, source: string) =>
    new PlacardInputError(
      'invalid-date',
      `Line ${line} of ${source}: the ${property} ${quoted(value)} is not a real date or time, so Placard ignored it. Correct it in your calendar program; a date is written 20180315 and a time 20180315T183000.`,
      lineField(line),
    ),

  unknownZone: (tzid: string, line: number, uses: number, fallbackZone: string, source: string) =>
    new PlacardInputError(
      'unknown-time-zone',
      `Line ${line} of ${source} gives the time zone ${quoted(tzid)}, which Placard does not know, and the file has no VTIMEZONE describing it${
        uses > 1 ? ` (it is used on ${uses} lines)` : ''
      }. Those times are shown as if they were in ${fallbackZone}. Export the calendar again with its time zones, or use an IANA zone name such as Europe/London.`,
      lineField(line),
    ),

  unknownCalendarZone: (zone: string, line: number, source: string) =>
    new PlacardInputError(
      'unknown-time-zone',
      `Line ${line} of ${source}: X-WR-TIMEZONE ${quoted(zone)} is not a time zone Placard knows, so it was ignored. Use an IANA zone name such as Europe/London.`,
      lineField(line),
    ),

  tooManyRepeats: (name: string, line: number, limit: number, source: string) =>
    new PlacardInputError(
      'invalid-value',
      `Line ${line} of ${source}: “${name}” repeats so often that Placard stopped counting after ${limit.toLocaleString('en-GB')} repeats before reaching the dates shown, so some are missing. Check its RRULE (for example FREQ=MINUTELY where FREQ=WEEKLY was meant), or end the series and start a new one nearer today.`,
      lineField(line),
    ),

  tooManyInWindow: (name: string, line: number, limit: number, source: string) =>
    new PlacardInputError(
      'invalid-value',
      `Line ${line} of ${source}: “${name}” repeats more than ${limit.toLocaleString('en-GB')} times in the dates shown, so only the first ${limit.toLocaleString('en-GB')} are shown. Check its RRULE (for example FREQ=MINUTELY where FREQ=WEEKLY was meant).`,
      lineField(line),
    ),

  brokenRule: (name: string, line: number, detail: string, source: string, cause: unknown) =>
    new PlacardInputError(
      'invalid-value',
      `Line ${line} of ${source}: the repeats of “${name}” cannot be worked out (${detail}); only those found before the problem are shown. Check its RRULE, RDATE and EXDATE lines.`,
      lineField(line),
      { cause },
    ),

  tooManyPages: (source: string, pages: number, count: number) =>
    new PlacardInputError(
      'too-large',
      `Placard stopped after ${pages} pages of ${source} (${count.toLocaleString('en-GB')} events), and there are more. Ask for a shorter span of dates.`,
      'src',
    ),
};
