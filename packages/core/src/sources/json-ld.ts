/**
 * schema.org events in JSON-LD, from `<script type="application/ld+json">` or a
 * `src` URL: an `Event` (or a subtype such as `SocialEvent`), a list of them,
 * a `@graph`, or an `ItemList` whose items are events.
 *
 * Time zones: schema.org has no field for one. `startDate` with an offset
 * (`2018-03-15T18:30:00+00:00`) is an exact instant; without one
 * (`2018-03-15T18:30`) it is a wall time in `options.defaultTimeZone` (the
 * element's `time-zone` attribute), else in the reader's zone. The event is
 * shown in that same zone, so give `time-zone` for in-person events.
 */
import type { PlacardEvent } from '../model/event.js';
import { PlacardInputError } from '../model/errors.js';
import { normaliseEvent } from './event-fields.js';
import { jsonLdEventId, readJsonLdEventFields } from './json-ld-fields.js';
import { findEventNodes } from './json-ld-find.js';
import { describeValue, isJsonObject, readJsonValue } from './json-text.js';
import { pathVocabulary } from './path-vocabulary.js';
import { selectEvent, type EventCandidate } from './select-event.js';
import type { DocumentSourceOptions, SourceOptions } from './source-options.js';

/** schema.org's names for Placard's fields, for messages. */
const JSON_LD_NAMES = {
  start: 'startDate',
  end: 'endDate',
  status: 'eventStatus',
  previousStart: 'previousStartDate',
  organiser: 'organizer',
  speakers: 'performer',
  supporters: 'sponsor',
  tags: 'keywords',
  venue: 'location',
  onlineUrl: 'location',
} as const;

const JSON_LD_EXAMPLES = {
  start: '2018-03-15T18:30:00+00:00',
  end: '2018-03-15T20:00:00+00:00',
  status: 'https://schema.org/EventCancelled',
  previousStart: '2018-03-08T18:30:00+00:00',
} as const;

const EMPTY_MESSAGE =
  'The JSON-LD has no schema.org Event in it. Give the event "@type": "Event" (or a kind of event such as "SocialEvent").';

/** The schema.org Events in a JSON-LD document, each ready to parse on its own. */
export function candidates(value: unknown, options: SourceOptions): EventCandidate[] {
  const document = readJsonValue(value, 'The JSON-LD');
  if (!isJsonObject(document) && !Array.isArray(document)) {
    throw new PlacardInputError(
      'malformed-document',
      `The JSON-LD should be a schema.org Event, e.g. {"@context": "https://schema.org", "@type": "Event", …}, but it is ${describeValue(document)}.`,
    );
  }
  return findEventNodes(document).map(({ node, path }) => ({
    id: jsonLdEventId(node),
    parse: () =>
      normaliseEvent(readJsonLdEventFields(node), {
        vocabulary: pathVocabulary(path, JSON_LD_NAMES, JSON_LD_EXAMPLES),
        baseUrl: options.baseUrl,
        defaultTimeZone: options.defaultTimeZone,
      }),
  }));
}

/**
 * Reads the event to show from schema.org JSON-LD: the one whose `@id` or
 * `identifier` is `eventId`, the only one, or the next one not yet over.
 * `value` is the parsed JSON, or its text.
 *
 * @throws PlacardInputError naming schema.org's property and its path, e.g.
 *   `@graph[1].startDate`; `not-found` when there is no Event, or none with `eventId`.
 */
export async function parseJsonLdEvent(
  value: unknown,
  options: DocumentSourceOptions = {},
): Promise<PlacardEvent> {
  return selectEvent(candidates(value, options), {
    eventId: options.eventId,
    now: options.now,
    emptyMessage: EMPTY_MESSAGE,
  });
}

/** Reads every schema.org Event in the document, in document order. The first problem found is thrown. */
export async function parseJsonLdEvents(
  value: unknown,
  options: SourceOptions = {},
): Promise<PlacardEvent[]> {
  const events: PlacardEvent[] = [];
  for (const candidate of candidates(value, options)) events.push(await candidate.parse());
  return events;
}
