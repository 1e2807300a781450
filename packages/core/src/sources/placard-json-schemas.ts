/**
 * Placard's own JSON for events, defined once with valibot: the parser checks
 * input against these schemas, the TypeScript types are inferred from them, and
 * the published JSON Schema is generated from them (see `placardJsonSchema`).
 *
 * Only types and descriptions live here; meaning (dates, zones, statuses, URLs)
 * is checked by the shared normaliser, so these schemas contain no transforms
 * and convert to JSON Schema exactly.
 */
import * as v from 'valibot';

const text = (description: string, examples?: string[]) =>
  examples
    ? v.pipe(v.string(), v.description(description), v.examples(examples))
    : v.pipe(v.string(), v.description(description));

/** A person or organisation: a name, or a name with a role and a link. */
export const PlacardPartyJsonSchema = v.union([
  text('The name of a person or organisation.', ['Christine Blower']),
  v.pipe(
    v.object({
      name: text('The name of the person or organisation.', ['Christine Blower']),
      role: v.optional(text('Who they are, in a few words.', ['National Education Union'])),
      url: v.optional(text('A link to their page.', ['https://neu.org.uk/'])),
    }),
    v.description('A person or organisation with a role and a link.'),
  ),
]);

/** Where the event happens in person. */
export const PlacardVenueJsonSchema = v.union([
  text('The venue’s name.', ['Unite The Union']),
  v.object({
    name: v.optional(text('The venue’s name.', ['Unite The Union'])),
    address: v.optional(
      v.union([
        text('The postal address; separate lines with "\\n".', ['128 Theobalds Road\nLondon\nWC1X 8TN']),
        v.pipe(v.array(v.string()), v.description('The postal address, one line per item.')),
      ]),
    ),
  }),
]);

/** One event in Placard's JSON. */
export const PlacardEventJsonSchema = v.pipe(
  v.object({
    id: v.optional(
      v.pipe(
        v.union([v.string(), v.number()]),
        v.description(
          'An id that stays the same when the event changes; the element’s event-id attribute picks the event by it.',
        ),
      ),
    ),
    name: text('The event’s name.', ['Emergency rally']),
    start: text(
      'When it starts: a date and time (in timeZone) such as 2018-03-15T18:30, one with an offset such as 2018-03-15T18:30+00:00, or a date such as 2018-03-15 for an all-day event.',
      ['2018-03-15T18:30', '2018-03-15'],
    ),
    end: v.optional(
      text('When it ends, written like start. For all-day events, the last day.', ['2018-03-15T20:00']),
    ),
    timeZone: v.optional(
      text(
        'The IANA time zone of the venue (or of the organiser, for an online event). Default: the reader’s zone.',
        ['Europe/London'],
      ),
    ),
    allDay: v.optional(
      v.pipe(
        v.boolean(),
        v.description('True for an all-day event. A start without a time makes it all-day too.'),
      ),
    ),
    venue: v.optional(PlacardVenueJsonSchema),
    onlineUrl: v.optional(
      text('Where to join online: a video call or stream.', ['https://example.org/join']),
    ),
    url: v.optional(text('The event’s own page with full details.', ['https://example.org/events/rally'])),
    status: v.optional(
      text('scheduled (the default), cancelled, postponed, rescheduled or moved-online.', ['cancelled']),
    ),
    previousStart: v.optional(
      text('For a rescheduled event: when it was going to start.', ['2018-03-08T18:30']),
    ),
    description: v.optional(
      text('Plain text; separate paragraphs with a blank line. HTML is shown as typed.'),
    ),
    organiser: v.optional(PlacardPartyJsonSchema),
    speakers: v.optional(v.pipe(v.array(PlacardPartyJsonSchema), v.description('Speakers, in order.'))),
    supporters: v.optional(
      v.pipe(v.array(PlacardPartyJsonSchema), v.description('Organisations supporting the event.')),
    ),
    image: v.optional(
      text('A picture for the event: a link to an image.', ['https://example.org/poster.jpg']),
    ),
    tags: v.optional(v.pipe(v.array(v.string()), v.description('Short tags, such as hashtags.'))),
  }),
  v.title('Placard event'),
  v.description('One event for a Placard widget.'),
);

/** A list of events with shared settings. */
export const PlacardFeedJsonSchema = v.pipe(
  v.object({
    $schema: v.optional(v.string()),
    timeZone: v.optional(text('The time zone for events that do not give their own.', ['Europe/London'])),
    events: v.array(PlacardEventJsonSchema),
  }),
  v.title('Placard event feed'),
);

/** Any document Placard's JSON reader accepts: a feed, a list of events, or one event. */
export const PlacardJsonDocumentSchema = v.pipe(
  v.union([PlacardFeedJsonSchema, v.array(PlacardEventJsonSchema), PlacardEventJsonSchema]),
  v.title('Placard events'),
  v.description('Events for Placard widgets: {"events": [...]}, a list of events, or one event.'),
);

export type PlacardPartyJson = v.InferOutput<typeof PlacardPartyJsonSchema>;
export type PlacardVenueJson = v.InferOutput<typeof PlacardVenueJsonSchema>;
export type PlacardEventJson = v.InferOutput<typeof PlacardEventJsonSchema>;
export type PlacardFeedJson = v.InferOutput<typeof PlacardFeedJsonSchema>;
export type PlacardJsonDocument = v.InferOutput<typeof PlacardJsonDocumentSchema>;
