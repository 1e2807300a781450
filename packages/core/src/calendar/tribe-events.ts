/**
 * WordPress sites running The Events Calendar (by The Events Calendar / Modern
 * Tribe): its REST API at `/wp-json/tribe/events/v1/events` answers
 * `{ "events": [...], "next_rest_url": …, "total": … }`.
 *
 * WordPress stores titles with HTML character references (`&#8211;`) and
 * descriptions as HTML; both become plain text here and are never treated as
 * HTML. Times come from `utc_start_date` (exact) and are shown in the event's
 * `timezone` when that is an IANA zone; sites set to a bare offset ("UTC+1")
 * show them in the element's zone.
 */
import { PlacardInputError, toInputError } from '../model/errors.js';
import { normaliseEvent, type EventFieldsInput } from '../sources/event-fields.js';
import { isJsonObject, readJsonValue } from '../sources/json-text.js';
import type { PartyInput } from '../sources/parties.js';
import { pathVocabulary } from '../sources/path-vocabulary.js';
import { isValidTimeZone } from '../time/zones.js';
import { itemKey } from './calendar-entry.js';
import type { CalendarItem } from './calendar-item.js';
import { calendarMessages } from './calendar-messages.js';
import { resolveSourceOptions, type CalendarSourceOptions } from './calendar-options.js';
import { readCategory } from './category.js';
import { htmlLine, htmlToText } from './html-text.js';

/** One page of the API's answer, read. */
export interface TribeEventsPage {
  items: CalendarItem[];
  problems: PlacardInputError[];
  /** The next page's address, when there is one. */
  nextUrl?: string;
  /** How many events there are on all pages. */
  total?: number;
}

type Json = Record<string, unknown>;

const object = (value: unknown): Json => (isJsonObject(value) ? value : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The Events Calendar's names for Placard's fields, for messages. */
const TRIBE_NAMES = {
  name: 'title',
  start: 'start_date',
  end: 'end_date',
  timeZone: 'timezone',
  organiser: 'organizer',
} as const;

/** `2018-02-12 10:00:00` (a UTC wall time) as an exact instant. */
function utc(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/u.test(value)
    ? `${value.replace(' ', 'T')}Z`
    : undefined;
}

/** The date part of `2018-02-18 23:59:59`. */
function datePart(value: unknown): string | undefined {
  return typeof value === 'string' ? value.slice(0, 10) : undefined;
}

/** An event's fields, unchecked. */
function readFields(event: Json): EventFieldsInput {
  const allDay = event.all_day === true;
  const zone =
    typeof event.timezone === 'string' && isValidTimeZone(event.timezone) ? event.timezone : undefined;
  const venue = object(event.venue);
  const organiser = object(list(event.organizer)[0]);
  const address = [venue.address, venue.city, venue.zip].map(htmlLine).filter((line) => line !== undefined);
  const fields: EventFieldsInput = {
    id: typeof event.id === 'number' || typeof event.id === 'string' ? event.id : undefined,
    name: htmlLine(event.title),
    start: allDay ? datePart(event.start_date) : (utc(event.utc_start_date) ?? datePart(event.start_date)),
    end: allDay ? datePart(event.end_date) : (utc(event.utc_end_date) ?? undefined),
    timeZone: zone,
    allDay,
    url: typeof event.url === 'string' ? event.url : undefined,
    description: htmlToText(event.description),
    image: typeof object(event.image).url === 'string' ? (object(event.image).url as string) : undefined,
    tags: list(event.tags).flatMap((tag) => htmlLine(object(tag).name) ?? []),
  };
  const venueName = htmlLine(venue.venue);
  if (venueName !== undefined || address.length > 0) fields.venue = { name: venueName, address };
  const organiserName = htmlLine(organiser.organizer);
  if (organiserName !== undefined) {
    const party: PartyInput = { name: organiserName, url: organiser.website };
    fields.organiser = party;
  }
  return fields;
}

/** WordPress's error answer, `{"code": "rest_no_route", "message": …}`, as a message. */
function wordpressError(answer: Json, source: string): PlacardInputError {
  const code = typeof answer.code === 'string' ? answer.code : '';
  if (code === 'rest_no_route') {
    return new PlacardInputError(
      'not-found',
      `Placard found no The Events Calendar REST API at ${source} (WordPress answered rest_no_route). Check that The Events Calendar plugin is active, and that the address ends in /wp-json/tribe/events/v1/events.`,
      'src',
    );
  }
  const message = htmlLine(answer.message);
  return new PlacardInputError(
    'http-status',
    `WordPress could not list the events of ${source}${message ? `: ${message}` : ''}${code ? ` (${code})` : ''}.`,
    'src',
  );
}

/**
 * Reads one page of The Events Calendar's REST API (parsed JSON, or its text).
 *
 * @throws PlacardInputError when WordPress answered with an error, or the
 *   answer is not an events list.
 */
export async function parseTribeEventsPage(
  value: unknown,
  options: CalendarSourceOptions = {},
): Promise<TribeEventsPage> {
  const resolved = resolveSourceOptions(options);
  const answer = readJsonValue(value, 'The WordPress events list');
  if (isJsonObject(answer) && typeof answer.code === 'string' && !('events' in answer))
    throw wordpressError(answer, resolved.source);
  if (!isJsonObject(answer) || !Array.isArray(answer.events)) {
    throw new PlacardInputError(
      'malformed-document',
      `Placard cannot read ${resolved.source}: it is not The Events Calendar’s list of events (it has no "events" list). Use the address of its REST API, ending in /wp-json/tribe/events/v1/events.`,
      'src',
    );
  }
  const page: TribeEventsPage = { items: [], problems: [] };
  if (typeof answer.next_rest_url === 'string') page.nextUrl = answer.next_rest_url;
  if (typeof answer.total === 'number') page.total = answer.total;
  for (const [index, raw] of answer.events.entries()) {
    const event = object(raw);
    try {
      const checked = await normaliseEvent(readFields(event), {
        vocabulary: {
          ...pathVocabulary(`events[${index}]`, TRIBE_NAMES),
          subject: `Event ${index + 1} of ${resolved.source}`,
          addHint: () => 'Correct the event in WordPress (Events, then Edit).',
        },
        defaultTimeZone: resolved.defaultTimeZone,
        baseUrl: resolved.baseUrl,
      });
      const categories = list(event.categories).flatMap((category) => {
        const entry = object(category);
        return [htmlLine(entry.name), htmlLine(entry.slug)].filter((label) => label !== undefined);
      });
      page.items.push({
        ...checked,
        category: readCategory(categories, resolved.defaultCategory),
        sourceId: resolved.sourceId,
        key: itemKey(resolved.sourceId, checked.id ?? `events[${index}]`),
      });
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
