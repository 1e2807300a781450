/**
 * An event as an iCalendar (RFC 5545) file, for "download .ics" / Apple Calendar /
 * any calendar app. Generation is ours (a handful of lines); parsing `.ics` feeds is
 * ical.js's job in `sources/`.
 */
import type { AllDaySchedule, EventStatus, PlacardEvent, TimedSchedule } from '../model/event.js';
import { loadTemporal } from '../time/temporal.js';
import type { TemporalAPI } from '../time/temporal.js';
import { unknownTimeZoneError } from '../time/zones.js';
import { addDays, basicDate, basicUtc, endOrDefault } from './date-format.js';
import { eventDetails, eventLocation } from './event-text.js';
import { CRLF, contentLine, escapeText, parameterValue } from './ics-text.js';
import { vtimezoneLines } from './ics-timezone.js';

/** Options for {@link eventToICalendar}. */
export interface ICalendarOptions {
  /** When the file is made: written as DTSTAMP. Passed in so output is reproducible. */
  now: Date;
  /** PRODID; defaults to {@link DEFAULT_PRODUCT_ID}. */
  productId?: string;
  /** UID to use instead of the event's `id` (or the one derived from name and start). */
  uid?: string;
}

/** The PRODID written when none is given. */
export const DEFAULT_PRODUCT_ID = '-//Placard//Placard Widgets//EN';

const ICS_STATUS: Record<EventStatus, 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE'> = {
  scheduled: 'CONFIRMED',
  rescheduled: 'CONFIRMED',
  'moved-online': 'CONFIRMED',
  cancelled: 'CANCELLED',
  // Postponed events will happen, but not at the time in the file.
  postponed: 'TENTATIVE',
};

/**
 * A complete VCALENDAR (CRLF line endings, lines folded at 75 octets) holding
 * `event` as one VEVENT.
 *
 * Timed events are written as wall times at the venue with `TZID=<event zone>`
 * and a VTIMEZONE built from that zone's real transitions, so a calendar app keeps
 * the event in the venue's zone. Two cases are written as UTC (`…Z`) instead,
 * which is exact and needs no VTIMEZONE: zones that have never changed offset
 * (UTC itself, `Etc/GMT-3`), and a start or end in the hour repeated when the
 * clocks go back, where a wall time names two instants and readers disagree on
 * which one is meant. A timed event without an end is given one an hour after its
 * start, as the calendar links are.
 *
 * All-day events are DATE values with the exclusive end iCalendar requires (the
 * day after the model's inclusive `endDate`).
 *
 * Async because the Temporal polyfill may have to be loaded for the zone rules.
 *
 * @throws PlacardInputError `unknown-time-zone` when a timed event's zone is not one the platform knows.
 */
export async function eventToICalendar(event: PlacardEvent, options: ICalendarOptions): Promise<string> {
  const timing = event.allDay ? allDayLines(event) : await timedLines(event);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    contentLine('PRODID', escapeText(options.productId ?? DEFAULT_PRODUCT_ID)),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...timing.vtimezone,
    'BEGIN:VEVENT',
    contentLine('UID', escapeText(options.uid ?? event.id ?? derivedUid(event))),
    contentLine('DTSTAMP', basicUtc(options.now)),
    ...timing.dates,
    contentLine('SUMMARY', escapeText(event.name)),
    ...optionalText('DESCRIPTION', eventDetails(event)),
    ...optionalText('LOCATION', eventLocation(event)),
    ...urlLine(event.url),
    contentLine('STATUS', ICS_STATUS[event.status]),
    ...organizerLine(event),
    ...categoriesLine(event.tags),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.join(CRLF) + CRLF;
}

interface TimingLines {
  vtimezone: string[];
  dates: string[];
}

function allDayLines(schedule: AllDaySchedule): TimingLines {
  return {
    vtimezone: [],
    dates: [
      contentLine('DTSTART', basicDate(schedule.startDate), [['VALUE', 'DATE']]),
      contentLine('DTEND', basicDate(addDays(schedule.endDate, 1)), [['VALUE', 'DATE']]),
    ],
  };
}

// Names that are UTC under another spelling: no need to load Temporal to find
// out that they have no transitions.
const UTC_NAMES = /^(?:Etc\/)?(?:UTC|UCT|GMT|GMT[+-]?0|Zulu|Universal|Greenwich)$/i;

async function timedLines(schedule: TimedSchedule): Promise<TimingLines> {
  // iCalendar has whole seconds only.
  const start = new Date(Math.floor(schedule.start.getTime() / 1000) * 1000);
  const end = new Date(Math.floor(endOrDefault(schedule.start, schedule.end).getTime() / 1000) * 1000);
  const utc = (name: string, instant: Date) => contentLine(name, basicUtc(instant));
  if (UTC_NAMES.test(schedule.timeZone)) {
    return { vtimezone: [], dates: [utc('DTSTART', start), utc('DTEND', end)] };
  }
  const temporal = await loadTemporal();
  let vtimezone: string[] | undefined;
  try {
    vtimezone = vtimezoneLines(temporal, schedule.timeZone, start, end);
  } catch (error) {
    // Temporal's RangeError for a zone it does not know becomes the same plain
    // error the rest of Placard gives for one.
    if (error instanceof RangeError) throw unknownTimeZoneError(schedule.timeZone, 'time zone', error);
    throw error;
  }
  if (!vtimezone) return { vtimezone: [], dates: [utc('DTSTART', start), utc('DTEND', end)] };
  const zoned = (name: string, instant: Date) =>
    zonedDateTimeLine(temporal, name, instant, schedule.timeZone) ?? utc(name, instant);
  return { vtimezone, dates: [zoned('DTSTART', start), zoned('DTEND', end)] };
}

/** `DTSTART;TZID=Europe/London:20180315T183000`, or `undefined` when that wall time happens twice. */
function zonedDateTimeLine(
  temporal: TemporalAPI,
  name: string,
  instant: Date,
  timeZone: string,
): string | undefined {
  const zdt = temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone);
  const wall = zdt.toPlainDateTime();
  const earlier = wall.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
  const later = wall.toZonedDateTime(timeZone, { disambiguation: 'later' });
  // In the hour repeated when the clocks go back, RFC 5545 says a wall time means
  // its first occurrence, but readers differ (ical.js takes the second), so
  // such times are only ever written in UTC.
  if (earlier.epochMilliseconds !== later.epochMilliseconds) return undefined;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const value = `${pad(wall.year, 4)}${pad(wall.month)}${pad(wall.day)}T${pad(wall.hour)}${pad(wall.minute)}${pad(wall.second)}`;
  return contentLine(name, value, [['TZID', parameterValue(timeZone)]]);
}

function optionalText(name: string, value: string | undefined): string[] {
  return value ? [contentLine(name, escapeText(value))] : [];
}

/** URL is a URI, not TEXT: it is not escaped, so only a well-formed http(s) address is written. */
function urlLine(url: string | undefined): string[] {
  const safe = httpUrl(url);
  return safe ? [contentLine('URL', safe)] : [];
}

function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * ORGANIZER is a calendar address, which means an email address: an organiser
 * known only by a web page cannot be written (their name is in the description
 * of most feeds anyway), so it is left out rather than given a made-up address.
 */
function organizerLine(event: PlacardEvent): string[] {
  const organiser = event.organiser;
  const address = organiser?.url?.trim();
  if (!organiser || !address || !/^mailto:[^\s"<>,;:]+@[^\s"<>,;:]+$/i.test(address)) return [];
  const params: Array<[string, string]> = organiser.name ? [['CN', parameterValue(organiser.name)]] : [];
  return [contentLine('ORGANIZER', `mailto:${address.slice('mailto:'.length)}`, params)];
}

function categoriesLine(tags: string[]): string[] {
  const values = tags.map((tag) => tag.trim()).filter(Boolean);
  // Each category is TEXT, so a comma inside one is escaped and the list stays a list.
  return values.length ? [contentLine('CATEGORIES', values.map(escapeText).join(','))] : [];
}

/**
 * A UID that stays the same each time the same event is exported, so that
 * importing the file twice updates the entry instead of duplicating it.
 */
function derivedUid(event: PlacardEvent): string {
  const start = event.allDay ? event.startDate : event.start.toISOString();
  return `${hash64(`${event.name}\u0000${start}`)}@placard`;
}

/** Two 32-bit FNV-1a-style hashes with different seeds, as 16 hex digits: not cryptographic, just stable and spread out. */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * A file name for the event's `.ics` download: the name in lower case, accents
 * removed, anything but letters and digits turned into single hyphens, at most
 * 60 characters (`emergency-rally-keep-trumps-hands-off-latin-america.ics`);
 * `event.ics` if nothing is left.
 */
export function icsFileName(event: Pick<PlacardEvent, 'name'>): string {
  const slug = event.name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Apostrophes join words ("Trump’s" → "trumps") rather than split them.
    .replace(/['’ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const short = Array.from(slug).slice(0, 60).join('').replace(/-+$/, '');
  return `${short || 'event'}.ics`;
}
