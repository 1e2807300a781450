/**
 * The JSON Schema for Placard's agenda JSON, generated from the same valibot
 * schemas the parser checks with, so the published schema and the checks
 * cannot drift apart. Kept apart from the parser so that pages reading
 * agendas never download the schema generator.
 */
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import {
  AgendaAttachmentJsonSchema,
  AgendaDeadlineJsonSchema,
  AgendaItemJsonSchema,
  AgendaJsonSchema,
  AgendaSectionJsonSchema,
} from './agenda-json-schemas.js';
import { PlacardPartyJsonSchema, PlacardVenueJsonSchema } from './placard-json-schemas.js';

/** The JSON Schema (draft 2020-12) of a Placard agenda JSON document. */
export function agendaJsonSchema(): JsonSchema {
  return toJsonSchema(AgendaJsonSchema, {
    target: 'draft-2020-12',
    errorMode: 'throw',
    // Items appear both in sections and in the flat list: write them once, as `$defs`.
    definitions: {
      item: AgendaItemJsonSchema,
      section: AgendaSectionJsonSchema,
      attachment: AgendaAttachmentJsonSchema,
      deadline: AgendaDeadlineJsonSchema,
      party: PlacardPartyJsonSchema,
      venue: PlacardVenueJsonSchema,
    },
  });
}
