/**
 * The JSON Schema for Placard's JSON, generated from the same valibot schemas
 * the parser uses, so the published schema and the checks cannot drift apart.
 * Editors that understand `"$schema"` can then complete and check a webmaster's
 * events file as it is typed.
 */
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import {
  PlacardEventJsonSchema,
  PlacardJsonDocumentSchema,
  PlacardPartyJsonSchema,
  PlacardVenueJsonSchema,
} from './placard-json-schemas.js';

/**
 * The JSON Schema (draft 2020-12) of a Placard JSON document: one event, a
 * list of events, or `{ "events": [...] }`.
 */
export function placardJsonSchema(): JsonSchema {
  return toJsonSchema(PlacardJsonDocumentSchema, {
    target: 'draft-2020-12',
    errorMode: 'throw',
    // Shared parts become `$defs` references instead of being written out three times.
    definitions: {
      event: PlacardEventJsonSchema,
      party: PlacardPartyJsonSchema,
      venue: PlacardVenueJsonSchema,
    },
  });
}
