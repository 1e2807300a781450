/**
 * The one place where an event's fields are validated and cleaned. Every input
 * channel (attributes, Placard JSON, JSON-LD, `h-event` markup) first reads its
 * format into the loose `EventFieldsInput` record, then calls `normaliseEvent`,
 * so the rules, and the wording of the messages, live here once.
 */
import type {
  AllDaySchedule,
  EventDetails,
  EventVenue,
  PlacardEvent,
  TimedSchedule,
} from '../model/event.js';
import { PlacardInputError } from '../model/errors.js';
import { toPlainDate, wallClock } from '../time/wall-clock.js';
import { wallTimeToInstant } from '../time/wall-time.js';
import { canonicalTimeZone, readerTimeZone } from '../time/zones.js';
import { cleanLine, cleanText } from './clean-text.js';
import type { EventFieldKey, FieldVocabulary } from './field-vocabulary.js';
import { normaliseParties, normaliseParty, type PartyInput } from './parties.js';
import { readDateInput, type DateInput } from './read-date.js';
import { safeUrl } from './safe-url.js';
import { readStatus, STATUS_NAMES } from './status.js';

/**
 * An event as a source first reads it: strings (or simple structures) straight
 * from the input, not yet checked. Values of the wrong type are ignored, not
 * trusted, so a channel can pass what it found without checking it first.
 */
export interface EventFieldsInput {
  id?: string | number;
  name?: string;
  /** ISO 8601 instant, wall time (in `timeZone`), RFC 9557 `…[Zone]`, or a date. */
  start?: string;
  end?: string;
  /** IANA zone for wall times without an offset, and the zone the event is shown in. */
  timeZone?: string;
  /** True for an all-day event; a date-only `start` makes it all-day too. */
  allDay?: boolean;
  /** A venue name, or a name and address. */
  venue?: string | { name?: string; address?: string | readonly string[] };
  /** The address, as one string (lines separated by newlines) or a list of lines. Wins over `venue.address`. */
  address?: string | readonly string[];
  url?: string;
  onlineUrl?: string;
  /** Placard, schema.org or iCalendar spelling, e.g. `cancelled`, `EventCancelled`, `https://schema.org/EventCancelled`. */
  status?: string;
  /** Plain text; HTML is not interpreted. */
  description?: string;
  organiser?: PartyInput;
  speakers?: readonly PartyInput[];
  supporters?: readonly PartyInput[];
  image?: string;
  /** A list of tags, or one comma-separated string. */
  tags?: string | readonly string[];
  /** For a rescheduled event: when it was going to start. */
  previousStart?: string;
}

/** How `normaliseEvent` names fields and resolves what the input leaves open. */
export interface NormaliseOptions {
  /** The channel's names for fields, used in error messages. */
  vocabulary: FieldVocabulary;
  /**
   * The zone for wall times when the input names none (for instance the
   * element's `time-zone` attribute when the data is JSON-LD, which has no zone
   * field). When this is absent too, the runtime's zone is used: the reader's,
   * in a browser. Times with an offset or `Z` are exact whatever the zone; the
   * zone then only decides which local time is shown.
   */
  defaultTimeZone?: string;
  /** Base for relative URLs; `document.baseURI` in a browser by default. */
  baseUrl?: string;
}

function fail(code: PlacardInputError['code'], message: string, field: string): never {
  throw new PlacardInputError(code, message, field);
}

function requiredLine(input: EventFieldsInput, key: 'name' | 'start', vocabulary: FieldVocabulary): string {
  const value = cleanLine(input[key]);
  if (value === undefined) {
    const what = key === 'name' ? 'name' : 'start date or time';
    fail(
      'missing-field',
      `${vocabulary.subject} has no ${what}. ${vocabulary.addHint(key)}`,
      vocabulary.field(key),
    );
  }
  return value;
}

/** The calendar date a parsed input falls on in `zone`. */
function dateIn(value: DateInput, zone: string): string {
  return 'date' in value ? value.date : toPlainDate(value.instant, zone);
}

/** An instant as a webmaster would recognise it: `18:30` when the day is clear, else `2018-03-15 18:30`. */
function describeTimes(start: Date, end: Date, zone: string): [string, string] {
  const a = wallClock(start, zone);
  const b = wallClock(end, zone);
  const seconds = !a.time.endsWith(':00') || !b.time.endsWith(':00');
  const time = (p: typeof a): string => (seconds ? p.time : p.time.slice(0, 5));
  return a.date === b.date ? [time(b), time(a)] : [`${b.date} ${time(b)}`, `${a.date} ${time(a)}`];
}

async function readSchedule(
  input: EventFieldsInput,
  startText: string,
  options: NormaliseOptions,
): Promise<TimedSchedule | AllDaySchedule> {
  const { vocabulary } = options;
  const zoneText = cleanLine(input.timeZone);
  const explicitZone =
    zoneText === undefined ? undefined : canonicalTimeZone(zoneText, vocabulary.field('timeZone'));
  const fallbackZone =
    options.defaultTimeZone === undefined
      ? readerTimeZone()
      : canonicalTimeZone(options.defaultTimeZone, 'time-zone');
  const defaultZone = explicitZone ?? fallbackZone;

  const start = await readDateInput(startText, defaultZone, vocabulary.field('start'));
  const endText = cleanLine(input.end);
  const end =
    endText === undefined ? undefined : await readDateInput(endText, defaultZone, vocabulary.field('end'));
  const endRef = vocabulary.ref('end');

  if (input.allDay === true || 'date' in start) {
    const timeZone = explicitZone ?? ('timeZone' in start ? start.timeZone : defaultZone);
    const startDate = dateIn(start, timeZone);
    const endDate = end === undefined ? startDate : dateIn(end, timeZone);
    if (endDate < startDate) {
      fail(
        'end-before-start',
        `The end (${endDate}) is before the start (${startDate}). Correct ${endRef}, or leave it out for a one-day event.`,
        vocabulary.field('end'),
      );
    }
    return { allDay: true, startDate, endDate, timeZone };
  }

  const timeZone = explicitZone ?? start.timeZone;
  const schedule: TimedSchedule = { allDay: false, start: start.instant, timeZone };
  if (end !== undefined) {
    if ('date' in end) {
      fail(
        'invalid-value',
        `The end (${end.date}) is a date without a time, but the start has a time. Give ${endRef} a time too, e.g. ${end.date}T20:00.`,
        vocabulary.field('end'),
      );
    }
    if (end.instant.getTime() < start.instant.getTime()) {
      const [endText, startText] = describeTimes(start.instant, end.instant, timeZone);
      fail(
        'end-before-start',
        `The end (${endText}) is before the start (${startText}). Correct ${endRef}, or leave it out if the end time is not known.`,
        vocabulary.field('end'),
      );
    }
    schedule.end = end.instant;
  }
  return schedule;
}

function readVenue(input: EventFieldsInput): EventVenue | undefined {
  const lines = (value: unknown): string | undefined =>
    Array.isArray(value)
      ? cleanText(value.filter((line): line is string => typeof line === 'string').join('\n'))
      : cleanText(value);
  const raw = input.venue;
  const name = typeof raw === 'string' ? cleanLine(raw) : cleanLine(raw?.name);
  const address =
    lines(input.address) ?? (typeof raw === 'object' && raw !== null ? lines(raw.address) : undefined);
  if (name === undefined && address === undefined) return undefined;
  const venue: EventVenue = {};
  if (name !== undefined) venue.name = name;
  if (address !== undefined) venue.address = address;
  return venue;
}

function readTags(value: unknown): string[] {
  const items = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
  const tags: string[] = [];
  for (const item of items) {
    const tag = cleanLine(item);
    if (tag !== undefined && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

async function readDetails(
  input: EventFieldsInput,
  name: string,
  schedule: TimedSchedule | AllDaySchedule,
  options: NormaliseOptions,
): Promise<EventDetails> {
  const { vocabulary, baseUrl } = options;
  let status: EventDetails['status'] = 'scheduled';
  const statusText = cleanLine(input.status);
  if (statusText !== undefined) {
    const known = readStatus(statusText);
    if (known === undefined) {
      const field = vocabulary.field('status');
      fail(
        'invalid-value',
        `The ${field} "${statusText}" is not a status Placard knows. Use one of: ${STATUS_NAMES}.`,
        field,
      );
    }
    status = known;
  }

  const details: EventDetails = { name, status, speakers: [], supporters: [], tags: [] };
  const id =
    typeof input.id === 'number' && Number.isFinite(input.id) ? String(input.id) : cleanLine(input.id);
  if (id !== undefined) details.id = id;

  const previousText = cleanLine(input.previousStart);
  if (previousText !== undefined) {
    const field = vocabulary.field('previousStart');
    const previous = await readDateInput(previousText, schedule.timeZone, field);
    // A date alone means the start of that day where the event is.
    details.previousStart =
      'instant' in previous
        ? previous.instant
        : await wallTimeToInstant(`${previous.date}T00:00`, schedule.timeZone, field);
  }

  const venue = readVenue(input);
  if (venue) details.venue = venue;
  const onlineUrl = safeUrl(cleanLine(input.onlineUrl), baseUrl);
  if (onlineUrl !== undefined) details.onlineUrl = onlineUrl;
  const url = safeUrl(cleanLine(input.url), baseUrl);
  if (url !== undefined) details.url = url;
  const description = cleanText(input.description);
  if (description !== undefined) details.description = description;
  const organiser = normaliseParty(input.organiser, baseUrl);
  if (organiser) details.organiser = organiser;
  details.speakers = normaliseParties(input.speakers, baseUrl);
  details.supporters = normaliseParties(input.supporters, baseUrl);
  const image = safeUrl(cleanLine(input.image), baseUrl);
  if (image !== undefined) details.image = image;
  details.tags = readTags(input.tags);
  return details;
}

/**
 * Checks and cleans one event read by any channel.
 *
 * Rules, in the order problems are reported (the first one found is thrown):
 * a name is required; a start is required; `timeZone` must be an IANA zone;
 * `start` and `end` must be dates or date-times; the event is all-day when
 * `allDay` is true or `start` is a date without a time; a timed start needs a
 * timed end; the end may not be before the start; `status` must be a known
 * status; `previousStart` must be a date. Text is trimmed and stripped of control
 * characters and is never treated as HTML; links other than http(s) and mailto
 * are dropped silently; parties without names and repeated tags are dropped.
 *
 * @throws PlacardInputError with a message written for the webmaster and
 *   `field` named in the channel's own terms.
 */
export async function normaliseEvent(
  input: EventFieldsInput,
  options: NormaliseOptions,
): Promise<PlacardEvent> {
  const name = requiredLine(input, 'name', options.vocabulary);
  const startText = requiredLine(input, 'start', options.vocabulary);
  const schedule = await readSchedule(input, startText, options);
  const details = await readDetails(input, name, schedule, options);
  return { ...details, ...schedule };
}

export type { EventFieldKey };
