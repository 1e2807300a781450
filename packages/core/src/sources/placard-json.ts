/**
 * Placard's own JSON: one event, a list of events, or `{ "events": [...] }`,
 * from `<script type="application/json">` or a `src` URL.
 *
 * ```json
 * { "timeZone": "Europe/London",
 *   "events": [{ "id": "rally-2018-03-15", "name": "Emergency rally",
 *                "start": "2018-03-15T18:30", "end": "2018-03-15T20:00",
 *                "venue": { "name": "Unite The Union", "address": "128 Theobalds Road\nLondon\nWC1X 8TN" } }] }
 * ```
 */
import * as v from 'valibot';
import type { PlacardEvent } from '../model/event.js';
import { PlacardInputError } from '../model/errors.js';
import { canonicalTimeZone } from '../time/zones.js';
import { normaliseEvent } from './event-fields.js';
import { issueToError } from './json-issues.js';
import { describeValue, isJsonObject, joinPath, readJsonValue } from './json-text.js';
import { pathVocabulary } from './path-vocabulary.js';
import { PlacardEventJsonSchema, type PlacardEventJson } from './placard-json-schemas.js';
import { selectEvent, type EventCandidate } from './select-event.js';
import type { DocumentSourceOptions, SourceOptions } from './source-options.js';

export {
  PlacardEventJsonSchema,
  PlacardFeedJsonSchema,
  PlacardJsonDocumentSchema,
  PlacardPartyJsonSchema,
  PlacardVenueJsonSchema,
} from './placard-json-schemas.js';
export type {
  PlacardEventJson,
  PlacardFeedJson,
  PlacardJsonDocument,
  PlacardPartyJson,
  PlacardVenueJson,
} from './placard-json-schemas.js';

const EVENT_EXAMPLE = '{"name": "Branch AGM", "start": "2018-03-15T18:30"}';

/** One event's JSON, not yet checked, with its path in the document. */
export interface Entry {
  value: unknown;
  path: string;
}

/** Splits a document into its event entries and the feed's default zone. */
export function readDocument(document: unknown): { entries: Entry[]; timeZone?: string } {
  if (Array.isArray(document))
    return { entries: document.map((value, i) => ({ value, path: joinPath('', i) })) };
  if (!isJsonObject(document)) {
    throw new PlacardInputError(
      'malformed-document',
      `The JSON should be an event, e.g. ${EVENT_EXAMPLE}, or {"events": [...]}, but it is ${describeValue(document)}.`,
    );
  }
  if ('@context' in document || '@type' in document || '@graph' in document) {
    throw new PlacardInputError(
      'unsupported-format',
      'This JSON is schema.org JSON-LD, not Placard’s JSON. Put it in <script type="application/ld+json"> instead of <script type="application/json">.',
    );
  }
  if (!('events' in document)) return { entries: [{ value: document, path: '' }] };
  const { events, timeZone } = document;
  if (!Array.isArray(events)) {
    throw new PlacardInputError(
      'invalid-value',
      `The property events should be a list of events, but it is ${describeValue(events)}. For example: "events": [${EVENT_EXAMPLE}].`,
      'events',
    );
  }
  let zone: string | undefined;
  if (timeZone !== undefined) {
    if (typeof timeZone !== 'string') {
      throw new PlacardInputError(
        'invalid-value',
        `The property timeZone should be text naming a time zone, but it is ${describeValue(timeZone)}. For example: "timeZone": "Europe/London".`,
        'timeZone',
      );
    }
    zone = canonicalTimeZone(timeZone, 'timeZone');
  }
  const entries = events.map((value, i) => ({ value, path: joinPath('events', i) }));
  return zone === undefined ? { entries } : { entries, timeZone: zone };
}

/** Checks one entry's shape with valibot and cleans it with the shared normaliser. */
export async function parseEntry(
  entry: Entry,
  options: SourceOptions,
  feedZone: string | undefined,
): Promise<PlacardEvent> {
  const vocabulary = pathVocabulary(entry.path);
  if (!isJsonObject(entry.value)) {
    const where = entry.path === '' ? 'The JSON' : `The item at ${entry.path}`;
    throw new PlacardInputError(
      'invalid-value',
      `${where} should be an event, e.g. ${EVENT_EXAMPLE}, but it is ${describeValue(entry.value)}.`,
      entry.path || undefined,
    );
  }
  const result = v.safeParse(PlacardEventJsonSchema, entry.value);
  if (!result.success) throw issueToError(result.issues, entry.path, vocabulary);
  const json: PlacardEventJson = result.output;
  return normaliseEvent(
    {
      id: json.id,
      name: json.name,
      start: json.start,
      end: json.end,
      timeZone: json.timeZone,
      allDay: json.allDay,
      venue: json.venue,
      url: json.url,
      onlineUrl: json.onlineUrl,
      status: json.status,
      previousStart: json.previousStart,
      description: json.description,
      organiser: json.organiser,
      speakers: json.speakers,
      supporters: json.supporters,
      image: json.image,
      tags: json.tags,
    },
    {
      vocabulary,
      baseUrl: options.baseUrl,
      defaultTimeZone: feedZone ?? options.defaultTimeZone,
    },
  );
}

function candidates(value: unknown, options: SourceOptions): EventCandidate[] {
  const { entries, timeZone } = readDocument(readJsonValue(value, 'The event data'));
  return entries.map((entry) => {
    const raw = isJsonObject(entry.value) ? entry.value.id : undefined;
    const id = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : undefined;
    return { id, parse: () => parseEntry(entry, options, timeZone) };
  });
}

/**
 * Reads the event to show from Placard's JSON: the one with `eventId`, the only
 * one, or the next one not yet over (see `selectEvent`). `value` is the parsed
 * JSON, or its text.
 *
 * @throws PlacardInputError naming the JSON path, e.g. `events[2].start`;
 *   `not-found` (field `event-id`) listing the ids when `eventId` matches none.
 */
export async function parsePlacardJson(
  value: unknown,
  options: DocumentSourceOptions = {},
): Promise<PlacardEvent> {
  return selectEvent(candidates(value, options), {
    eventId: options.eventId,
    now: options.now,
    emptyMessage: `The JSON has no events in it. Add one to the "events" list, e.g. ${EVENT_EXAMPLE}.`,
  });
}

/**
 * Reads every event in Placard's JSON, in document order, for lists and
 * calendars. The first problem found is thrown.
 */
export async function parsePlacardJsonEvents(
  value: unknown,
  options: SourceOptions = {},
): Promise<PlacardEvent[]> {
  const events: PlacardEvent[] = [];
  for (const candidate of candidates(value, options)) events.push(await candidate.parse());
  return events;
}
