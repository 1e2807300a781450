/**
 * Reading loosely typed JSON-LD values: any property may be a list, a literal
 * wrapped as `{"@value": …}`, a reference `{"@id": …}`, or a typed node.
 */
import { isJsonObject } from './json-text.js';

const SCHEMA_PREFIX = /^(?:https?:\/\/schema\.org\/|schema:)/i;

/** The first item of a list (skipping nulls), or the value itself. */
export function first(value: unknown): unknown {
  return Array.isArray(value) ? value.find((item) => item !== null && item !== undefined) : value;
}

/** Every item of a list, or the value as a one-item list; `[]` for null or undefined. */
export function all(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.filter((item) => item !== null && item !== undefined);
  return value === null || value === undefined ? [] : [value];
}

/** A literal as text: strings, numbers, and `{"@value": …}`; `undefined` for anything else. */
export function literal(value: unknown): string | undefined {
  const item = first(value);
  if (typeof item === 'string') return item;
  if (typeof item === 'number' && Number.isFinite(item)) return String(item);
  if (isJsonObject(item) && '@value' in item) {
    const inner = item['@value'];
    return typeof inner === 'string' || (typeof inner === 'number' && Number.isFinite(inner))
      ? String(inner)
      : undefined;
  }
  return undefined;
}

/** A literal or a reference's `@id` (for `eventStatus`, `url`). */
export function literalOrId(value: unknown): string | undefined {
  const item = first(value);
  if (isJsonObject(item) && typeof item['@id'] === 'string') return item['@id'];
  return literal(item);
}

/** The node's types without the schema.org prefix: `https://schema.org/SocialEvent` is `SocialEvent`. */
export function typesOf(node: Record<string, unknown>): string[] {
  return all(node['@type'])
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.trim().replace(SCHEMA_PREFIX, ''));
}

/** schema.org `Event` and its subtypes. */
const EVENT_TYPES = new Set([
  'Event',
  'BusinessEvent',
  'ChildrensEvent',
  'ComedyEvent',
  'CourseInstance',
  'DanceEvent',
  'DeliveryEvent',
  'EducationEvent',
  'EventSeries',
  'ExhibitionEvent',
  'Festival',
  'FoodEvent',
  'Hackathon',
  'LiteraryEvent',
  'MusicEvent',
  'PublicationEvent',
  'BroadcastEvent',
  'OnDemandEvent',
  'SaleEvent',
  'ScreeningEvent',
  'SocialEvent',
  'SportsEvent',
  'TheaterEvent',
  'VisualArtsEvent',
]);

/** Whether the node is a schema.org `Event` or a subtype of it. */
export function isEventNode(value: unknown): boolean {
  return isJsonObject(value) && typesOf(value).some((type) => EVENT_TYPES.has(type));
}
