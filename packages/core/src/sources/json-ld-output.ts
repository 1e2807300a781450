/**
 * Writes an event as schema.org JSON-LD, following Google's Event structured
 * data guidelines, so a page using Placard can be found as an event in search.
 */
import { attendanceMode, type EventParty, type EventStatus, type PlacardEvent } from '../model/event.js';
import { isoWithOffset } from '../time/wall-clock.js';

/** A JSON-LD object, ready for `serializeJsonLd`. */
export type JsonLdObject = { [key: string]: unknown };

const STATUS_IRI: Readonly<Record<EventStatus, string>> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
  'moved-online': 'https://schema.org/EventMovedOnline',
};

const ATTENDANCE_IRI = {
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
} as const;

// UK postcodes, which schema.org wants in their own field.
const POSTCODE = /^(.*?)[\s,]*\b((?:GIR ?0AA)|(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}))$/i;

/**
 * A one-string address as a `PostalAddress`. When the last line ends in a UK
 * postcode, that becomes `postalCode` and the line before it (or the rest of the
 * last line) `addressLocality`; everything else is `streetAddress`.
 */
export function postalAddress(address: string): JsonLdObject {
  const parts = address
    .split(address.includes('\n') ? '\n' : ',')
    .map((part) => part.trim())
    .filter(Boolean);
  const match = POSTCODE.exec(parts[parts.length - 1] ?? '');
  let postalCode: string | undefined;
  let locality: string | undefined;
  if (match) {
    postalCode = match[2]!.toUpperCase();
    parts.pop();
    if (match[1]) parts.push(match[1]);
    if (parts.length >= 2) locality = parts.pop();
  }
  return {
    '@type': 'PostalAddress',
    ...(parts.length > 0 ? { streetAddress: parts.join(', ') } : {}),
    ...(locality === undefined ? {} : { addressLocality: locality }),
    ...(postalCode === undefined ? {} : { postalCode }),
  };
}

function party(value: EventParty, type: 'Person' | 'Organization'): JsonLdObject {
  return {
    '@type': type,
    name: value.name,
    ...(value.role === undefined ? {} : { description: value.role }),
    ...(value.url === undefined ? {} : { url: value.url }),
  };
}

function locations(event: PlacardEvent): JsonLdObject[] {
  const mode = attendanceMode(event);
  const result: JsonLdObject[] = [];
  const { venue } = event;
  if (mode !== 'online' && venue && (venue.name || venue.address)) {
    result.push({
      '@type': 'Place',
      ...(venue.name === undefined ? {} : { name: venue.name }),
      ...(venue.address === undefined ? {} : { address: postalAddress(venue.address) }),
    });
  }
  const virtualUrl = event.onlineUrl ?? (mode === 'online' ? event.url : undefined);
  if (mode !== 'offline' && virtualUrl !== undefined)
    result.push({ '@type': 'VirtualLocation', url: virtualUrl });
  return result;
}

/**
 * The event as a schema.org `Event`: ISO 8601 dates with the venue's offset
 * (dates only for all-day events), `eventStatus` for every status, with
 * `previousStartDate` for rescheduled events, `eventAttendanceMode` derived from
 * the venue and online link, `location` as a `Place` with a `PostalAddress`
 * and/or a `VirtualLocation`, and the organiser, speakers (`performer`),
 * supporters (`sponsor`), image, description, link and tags (`keywords`).
 */
export function eventToJsonLd(event: PlacardEvent): JsonLdObject {
  const json: JsonLdObject = { '@context': 'https://schema.org', '@type': 'Event', name: event.name };
  if (event.allDay) {
    json.startDate = event.startDate;
    json.endDate = event.endDate;
  } else {
    json.startDate = isoWithOffset(event.start, event.timeZone);
    if (event.end) json.endDate = isoWithOffset(event.end, event.timeZone);
  }
  json.eventStatus = STATUS_IRI[event.status];
  if (event.status === 'rescheduled' && event.previousStart) {
    json.previousStartDate = isoWithOffset(event.previousStart, event.timeZone);
  }
  json.eventAttendanceMode = ATTENDANCE_IRI[attendanceMode(event)];
  const location = locations(event);
  if (location.length > 0) json.location = location.length === 1 ? location[0] : location;
  if (event.description !== undefined) json.description = event.description;
  if (event.url !== undefined) json.url = event.url;
  if (event.image !== undefined) json.image = [event.image];
  if (event.organiser) json.organizer = party(event.organiser, 'Organization');
  if (event.speakers.length > 0) json.performer = event.speakers.map((speaker) => party(speaker, 'Person'));
  if (event.supporters.length > 0)
    json.sponsor = event.supporters.map((supporter) => party(supporter, 'Organization'));
  if (event.tags.length > 0) json.keywords = event.tags.join(', ');
  if (event.id !== undefined) json.identifier = event.id;
  return json;
}

const UNSAFE_IN_SCRIPT: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON text that is safe inside `<script type="application/ld+json">`: `<`, `>`
 * and `&` are written as `\u003c`, `\u003e`, `\u0026` (so `</script>` or `<!--`
 * in a description can never end or confuse the element), and U+2028/U+2029 as
 * escapes too. The result parses back to the same value.
 */
export function serializeJsonLd(value: unknown): string {
  return (JSON.stringify(value) ?? 'null').replace(/[<>&\u2028\u2029]/g, (char) => UNSAFE_IN_SCRIPT[char]!);
}
