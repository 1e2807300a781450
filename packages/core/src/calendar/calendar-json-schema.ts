/**
 * The published JSON Schema of Placard's calendar JSON, generated from the
 * valibot schemas the reader checks against, so editors can complete and check
 * a webmaster's calendar file as it is typed.
 */
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { PlacardPartyJsonSchema, PlacardVenueJsonSchema } from '../sources/placard-json-schemas.js';
import {
  PlacardCalendarEventJsonSchema,
  PlacardCalendarJsonDocumentSchema,
} from './calendar-json-schemas.js';

/** The JSON Schema (draft 2020-12) of a Placard calendar document. */
export function calendarJsonSchema(): JsonSchema {
  return toJsonSchema(PlacardCalendarJsonDocumentSchema, {
    target: 'draft-2020-12',
    errorMode: 'throw',
    definitions: {
      event: PlacardCalendarEventJsonSchema,
      party: PlacardPartyJsonSchema,
      venue: PlacardVenueJsonSchema,
    },
  });
}
