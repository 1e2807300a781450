/**
 * Input channels of Placard's widgets, each turning its format into a checked
 * `PlacardEvent`, and schema.org JSON-LD output. See each module for details.
 */
export { safeUrl } from './safe-url.js';
export { cleanLine, cleanText } from './clean-text.js';
export { readStatus } from './status.js';
export { normaliseEvent, type EventFieldsInput, type NormaliseOptions } from './event-fields.js';
export type { EventFieldKey, FieldVocabulary } from './field-vocabulary.js';
export type { PartyInput } from './parties.js';
export type { SourceOptions, DocumentSourceOptions } from './source-options.js';
export { selectEvent, isUpcoming, type EventCandidate, type SelectOptions } from './select-event.js';
export { parseEventAttributes, attributeVocabulary, EVENT_ATTRIBUTES } from './attributes.js';
export {
  parsePlacardJson,
  parsePlacardJsonEvents,
  PlacardEventJsonSchema,
  PlacardFeedJsonSchema,
  PlacardJsonDocumentSchema,
  PlacardPartyJsonSchema,
  PlacardVenueJsonSchema,
  type PlacardEventJson,
  type PlacardFeedJson,
  type PlacardJsonDocument,
  type PlacardPartyJson,
  type PlacardVenueJson,
} from './placard-json.js';
export { placardJsonSchema } from './placard-json-schema.js';
export { parseJsonLdEvent, parseJsonLdEvents } from './json-ld.js';
export { readJsonLdEventFields } from './json-ld-fields.js';
export { parseHEvent, readHEvent, hEventVocabulary } from './h-event.js';
export { eventToJsonLd, serializeJsonLd, postalAddress, type JsonLdObject } from './json-ld-output.js';
