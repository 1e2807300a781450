/**
 * Placard's JSON for calendars: Placard's events JSON (one event, a list, or
 * `{ "events": [...] }`) where each event may name its kind of action and the
 * feed may name the calendar. Defined with valibot from the events schemas, so
 * the two formats cannot drift apart; the published JSON Schema is generated
 * from these (see `calendarJsonSchema`).
 */
import * as v from 'valibot';
import { PlacardEventJsonSchema, PlacardFeedJsonSchema } from '../sources/placard-json-schemas.js';

/** The kind of action, as a calendar colours and filters it. */
export const PlacardCalendarCategoryJsonSchema = v.pipe(
  v.string(),
  v.description(
    'The kind of action: strike, picket, demo, meeting, conference, social or other. Common words such as walkout, rally or AGM are understood too. Default: other, or the calendar’s own default.',
  ),
  v.examples(['strike', 'meeting']),
);

/** One event in a Placard calendar. */
export const PlacardCalendarEventJsonSchema = v.pipe(
  v.object({ ...PlacardEventJsonSchema.entries, category: v.optional(PlacardCalendarCategoryJsonSchema) }),
  v.title('Placard calendar event'),
  v.description('One event for a Placard calendar: a Placard event with its kind of action.'),
);

/** A calendar: a name and a list of events with shared settings. */
export const PlacardCalendarFeedJsonSchema = v.pipe(
  v.object({
    ...PlacardFeedJsonSchema.entries,
    name: v.optional(
      v.pipe(v.string(), v.description('The calendar’s name.'), v.examples(['Branch calendar of action'])),
    ),
    events: v.array(PlacardCalendarEventJsonSchema),
  }),
  v.title('Placard calendar feed'),
);

/** Any document Placard's calendar reader accepts as JSON: a calendar, a list of events, or one event. */
export const PlacardCalendarJsonDocumentSchema = v.pipe(
  v.union([
    PlacardCalendarFeedJsonSchema,
    v.array(PlacardCalendarEventJsonSchema),
    PlacardCalendarEventJsonSchema,
  ]),
  v.title('Placard calendar'),
  v.description(
    'Events for a Placard calendar: {"name": ..., "events": [...]}, a list of events, or one event.',
  ),
);

export type PlacardCalendarEventJson = v.InferOutput<typeof PlacardCalendarEventJsonSchema>;
export type PlacardCalendarJsonDocument = v.InferOutput<typeof PlacardCalendarJsonDocumentSchema>;
