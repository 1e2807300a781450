/**
 * Maps one schema.org `Event` node onto Placard's loose event record. No
 * checking happens here; the shared normaliser does that.
 *
 * | schema.org | Placard |
 * |---|---|
 * | `name`, `description`, `url`, `image` (URL, `ImageObject`, list) | same |
 * | `startDate`, `endDate`, `previousStartDate` | `start`, `end`, `previousStart` |
 * | `eventStatus` | `status` |
 * | `location`: `Place` (`name`, `address` as text or `PostalAddress`), text, or `VirtualLocation` (`url`) | `venue`, `onlineUrl` |
 * | `organizer` (first) | `organiser` |
 * | `performer` | `speakers` (role from `jobTitle`, `affiliation.name` or `description`) |
 * | `sponsor`, `funder` | `supporters` |
 * | `keywords` (comma-separated text or list) | `tags` |
 * | `@id`, else `identifier` | `id` |
 *
 * `eventAttendanceMode` is not read: Placard derives it from the locations.
 */
import type { EventFieldsInput } from './event-fields.js';
import { all, first, literal, literalOrId, typesOf } from './json-ld-values.js';
import { isJsonObject } from './json-text.js';
import type { PartyInput } from './parties.js';

function addressText(value: unknown): string | undefined {
  const item = first(value);
  if (!isJsonObject(item)) return literal(item);
  const country = first(item.addressCountry);
  const lines = [
    ...all(item.streetAddress).map(literal),
    literal(item.addressLocality),
    literal(item.addressRegion),
    literal(item.postalCode),
    isJsonObject(country) ? literal(country.name) : literal(country),
  ];
  const text = lines.filter((line): line is string => Boolean(line?.trim())).join('\n');
  return text === '' ? undefined : text;
}

function isWebAddress(text: string): boolean {
  return /^\s*https?:\/\//i.test(text);
}

function readLocations(node: Record<string, unknown>, fields: EventFieldsInput): void {
  for (const location of all(node.location)) {
    if (!isJsonObject(location)) {
      const text = literal(location);
      if (text === undefined) continue;
      if (isWebAddress(text)) fields.onlineUrl ??= text;
      else if (fields.venue === undefined) fields.venue = text;
      continue;
    }
    if (typesOf(location).includes('VirtualLocation')) {
      fields.onlineUrl ??= literalOrId(location.url);
      continue;
    }
    if (fields.venue !== undefined) continue;
    const name = literal(location.name);
    const address = addressText(location.address);
    fields.venue = {
      ...(name === undefined ? {} : { name }),
      ...(address === undefined ? {} : { address }),
    };
  }
}

function readParty(value: unknown): PartyInput | undefined {
  if (!isJsonObject(value)) return literal(value);
  const affiliation = first(value.affiliation);
  return {
    name: literal(value.name),
    role:
      literal(value.jobTitle) ??
      (isJsonObject(affiliation) ? literal(affiliation.name) : literal(affiliation)) ??
      literal(value.description),
    url: literalOrId(value.url) ?? literalOrId(value.sameAs),
  };
}

function readParties(...values: unknown[]): PartyInput[] {
  return values.flatMap(all).flatMap((value) => {
    const party = readParty(value);
    return party === undefined ? [] : [party];
  });
}

function readImage(value: unknown): string | undefined {
  for (const item of all(value)) {
    const url = isJsonObject(item) ? (literalOrId(item.url) ?? literalOrId(item.contentUrl)) : literal(item);
    if (url !== undefined) return url;
  }
  return undefined;
}

function readKeywords(value: unknown): string[] {
  return all(value).flatMap((item) => {
    const text = isJsonObject(item) && !('@value' in item) ? literal(item.name) : literal(item);
    return text === undefined ? [] : text.split(',');
  });
}

function readId(node: Record<string, unknown>): string | undefined {
  if (typeof node['@id'] === 'string' && node['@id'].trim() !== '') return node['@id'];
  const identifier = first(node.identifier);
  return isJsonObject(identifier) && !('@value' in identifier)
    ? literal(identifier.value)
    : literal(identifier);
}

/** The fields of one schema.org `Event` node, unchecked. */
export function readJsonLdEventFields(node: Record<string, unknown>): EventFieldsInput {
  const fields: EventFieldsInput = {
    id: readId(node),
    name: literal(node.name),
    start: literal(node.startDate),
    end: literal(node.endDate),
    status: literalOrId(node.eventStatus),
    previousStart: literal(node.previousStartDate),
    description: literal(node.description),
    url: literalOrId(node.url),
    image: readImage(node.image),
    organiser: readParties(node.organizer)[0],
    speakers: readParties(node.performer),
    supporters: readParties(node.sponsor, node.funder),
    tags: readKeywords(node.keywords),
  };
  readLocations(node, fields);
  return fields;
}

/** The id a node would get, for choosing an event by `event-id` before parsing it. */
export function jsonLdEventId(node: Record<string, unknown>): string | undefined {
  return readId(node)?.trim() || undefined;
}
