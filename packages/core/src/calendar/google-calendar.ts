/**
 * The Google Calendar API (v3), for public Google calendars: their iCal
 * address cannot be read from another website (Google sends no CORS headers),
 * but the API can, with an API key.
 *
 * The API expands repeating events itself (`singleEvents=true`) for the span
 * asked for, so a Google feed covers one span of time (`CalendarFeed.covers`)
 * and is loaded again when the calendar moves outside it.
 */
import { PlacardInputError, toInputError } from '../model/errors.js';
import { normaliseEvent, type EventFieldsInput } from '../sources/event-fields.js';
import { isJsonObject, readJsonValue } from '../sources/json-text.js';
import { pathVocabulary } from '../sources/path-vocabulary.js';
import { addDays } from '../time/wall-time.js';
import { itemKey } from './calendar-entry.js';
import type { CalendarItem } from './calendar-item.js';
import { calendarMessages } from './calendar-messages.js';
import { resolveSourceOptions, type CalendarSourceOptions } from './calendar-options.js';
import { descriptionText } from './html-text.js';

/** The most events the API gives in one page. */
const PAGE_SIZE = 2500;

/** What to ask the API for. */
export interface GoogleCalendarQuery {
  /** The calendar's ID, from its settings ("Integrate calendar"): `…@group.calendar.google.com`. */
  calendarId: string;
  /** A Google Cloud API key with the Google Calendar API turned on. */
  apiKey: string;
  /** The span of time to load. */
  from: Date;
  to: Date;
  /** The page to load, from the previous page's `nextPageToken`. */
  pageToken?: string;
}

/** The events-list address for a query, with repeating events expanded and sorted by start. */
export function googleCalendarEventsUrl(query: GoogleCalendarQuery): string {
  const url = new URL(
    `https://www.googleapis.com/calendar/v3/calendars/${encodeURIComponent(query.calendarId.trim())}/events`,
  );
  const params = url.searchParams;
  params.set('key', query.apiKey.trim());
  params.set('singleEvents', 'true');
  params.set('orderBy', 'startTime');
  params.set('timeMin', query.from.toISOString());
  params.set('timeMax', query.to.toISOString());
  params.set('maxResults', String(PAGE_SIZE));
  if (query.pageToken) params.set('pageToken', query.pageToken);
  return url.href;
}

/** One page of the API's answer, read. */
export interface GoogleCalendarPage {
  /** The calendar's name (its `summary`). */
  name?: string;
  /** The calendar's IANA zone. */
  timeZone?: string;
  items: CalendarItem[];
  problems: PlacardInputError[];
  /** Set when there are more pages. */
  nextPageToken?: string;
}

type Json = Record<string, unknown>;

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const object = (value: unknown): Json => (isJsonObject(value) ? value : {});

/** Google's names for Placard's fields, for messages. */
const GOOGLE_NAMES = {
  name: 'summary',
  start: 'start',
  end: 'end',
  timeZone: 'start.timeZone',
  venue: 'location',
  url: 'htmlLink',
} as const;

/**
 * Reads one page of `GET calendars/{id}/events` (parsed JSON, or its text).
 *
 * @param calendarId Named in messages about the API's errors.
 * @throws PlacardInputError when the API answered with an error (see
 *   `googleCalendarError`) or the answer is not an events list.
 */
export async function parseGoogleCalendarPage(
  value: unknown,
  calendarId: string,
  options: CalendarSourceOptions = {},
): Promise<GoogleCalendarPage> {
  const resolved = resolveSourceOptions(options);
  const answer = readJsonValue(value, 'The Google Calendar API’s answer');
  if (isJsonObject(answer) && isJsonObject(answer.error)) throw googleCalendarError(answer.error, calendarId);
  if (!isJsonObject(answer) || !Array.isArray(answer.items)) {
    throw new PlacardInputError(
      'malformed-document',
      `The Google Calendar API’s answer for the calendar ${calendarId} has no list of events. Check the address Placard was given.`,
      'src',
    );
  }
  const calendarZone = text(answer.timeZone);
  const page: GoogleCalendarPage = { items: [], problems: [] };
  const name = text(answer.summary)?.trim();
  if (name) page.name = name;
  if (calendarZone) page.timeZone = calendarZone;
  const token = text(answer.nextPageToken);
  if (token) page.nextPageToken = token;

  for (const [index, raw] of answer.items.entries()) {
    const event = object(raw);
    try {
      const vocabulary = {
        ...pathVocabulary(`items[${index}]`, GOOGLE_NAMES),
        subject: `Event ${index + 1} of ${resolved.source}`,
        addHint: () => 'Correct the event in Google Calendar.',
      };
      const checked = await normaliseEvent(await readFields(event, calendarZone), {
        vocabulary,
        defaultTimeZone: resolved.defaultTimeZone,
        baseUrl: resolved.baseUrl,
      });
      const original = object(event.originalStartTime);
      const recurrenceId = recurrenceText(text(original.dateTime) ?? text(original.date));
      const item: CalendarItem = {
        ...checked,
        category: resolved.defaultCategory,
        sourceId: resolved.sourceId,
        key: itemKey(
          resolved.sourceId,
          text(event.recurringEventId) ?? checked.id ?? `items[${index}]`,
          recurrenceId,
        ),
      };
      if (recurrenceId !== undefined) item.recurrenceId = recurrenceId;
      page.items.push(item);
    } catch (error) {
      page.problems.push(
        calendarMessages.inSource(
          toInputError(error, `event ${index + 1} of ${resolved.source}`),
          options.source,
        ),
      );
    }
  }
  return page;
}

/** An event's fields, unchecked. Google's all-day `end.date` is the day after the last day. */
async function readFields(event: Json, calendarZone: string | undefined): Promise<EventFieldsInput> {
  const start = object(event.start);
  const end = object(event.end);
  const startDate = text(start.date);
  const endDate = text(end.date);
  return {
    id: text(event.id),
    name: text(event.summary),
    start: text(start.dateTime) ?? startDate,
    end:
      text(end.dateTime) ??
      (endDate === undefined
        ? undefined
        : endDate > (startDate ?? '')
          ? await addDays(endDate, -1)
          : startDate),
    timeZone: text(start.timeZone) ?? calendarZone,
    allDay: startDate !== undefined,
    venue: text(event.location),
    url: text(event.htmlLink),
    status: text(event.status),
    description: descriptionText(event.description),
  };
}

/** `originalStartTime` as an item's `recurrenceId`: a date, or the instant in UTC. */
function recurrenceText(value: string | undefined): string | undefined {
  if (value === undefined || /^\d{4}-\d{2}-\d{2}$/u.test(value)) return value;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString();
}

/**
 * The API's error answer (`{"error": {"code", "message", "errors": [{"reason"}]}}`)
 * as a message a webmaster can act on.
 */
function googleCalendarError(error: Json, calendarId: string): PlacardInputError {
  const code = typeof error.code === 'number' ? error.code : 0;
  const message = text(error.message) ?? '';
  const reasons = (Array.isArray(error.errors) ? error.errors : []).map((item) => text(object(item).reason));
  const has = (...names: string[]) =>
    reasons.some((reason) => reason !== undefined && names.includes(reason));
  const fail = (kind: PlacardInputError['code'], words: string) => new PlacardInputError(kind, words, 'src');

  if (has('keyInvalid') || /API key not valid/iu.test(message)) {
    return fail(
      'http-status',
      'Google did not accept the API key: it is not a valid key. Copy it again from Google Cloud Console (APIs & Services, then Credentials).',
    );
  }
  if (has('accessNotConfigured') || /has not been used|is disabled/iu.test(message)) {
    return fail(
      'http-status',
      'The Google Calendar API is not turned on for the project the API key belongs to. Turn it on in Google Cloud Console (APIs & Services, then Library, then Google Calendar API).',
    );
  }
  if (has('ipRefererBlocked') || /referer/iu.test(message)) {
    return fail(
      'http-status',
      'The API key is not allowed on this website. In Google Cloud Console, add this site’s address to the key’s website restrictions.',
    );
  }
  if (
    code === 429 ||
    has('dailyLimitExceeded', 'rateLimitExceeded', 'userRateLimitExceeded', 'quotaExceeded')
  ) {
    return fail(
      'http-status',
      'Google’s limit of requests for this API key has been reached, so the calendar cannot be loaded just now. It will load again later; if this keeps happening, ask for a higher quota in Google Cloud Console.',
    );
  }
  if (code === 404 || code === 401 || code === 403) {
    return fail(
      code === 404 ? 'not-found' : 'http-status',
      `Google has no public calendar with the ID ${calendarId}. Check the calendar ID (in Google Calendar: Settings, the calendar, then “Integrate calendar”), and that “Make available to public” is ticked in its access permissions.`,
    );
  }
  return fail(
    'http-status',
    `The Google Calendar API answered ${code || 'with an error'}${message ? `: ${message}` : ''}.`,
  );
}
