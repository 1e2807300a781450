/**
 * Placard's own JSON for agendas, defined once with valibot: the parser checks
 * input against these schemas, the TypeScript types are inferred from them,
 * and the published JSON Schema is generated from them (`agendaJsonSchema`).
 *
 * The meeting's fields are the event schema's own, so a meeting is written
 * exactly like an event. Only types and descriptions live here; meaning
 * (times, durations, order) is checked by the shared agenda builder.
 */
import * as v from 'valibot';
import {
  PlacardEventJsonSchema,
  PlacardPartyJsonSchema,
  PlacardVenueJsonSchema,
} from './placard-json-schemas.js';

const text = (description: string, examples?: string[]) =>
  examples
    ? v.pipe(v.string(), v.description(description), v.examples(examples))
    : v.pipe(v.string(), v.description(description));

// The meeting's fields that mean the same for an agenda as for an event.
const event = PlacardEventJsonSchema.pipe[0].entries;

/** A paper that goes with an item. */
export const AgendaAttachmentJsonSchema = v.pipe(
  v.object({
    url: text('A link to the paper.', ['https://example.org/papers/minutes-january.pdf']),
    title: v.optional(
      text('What the paper is. Default: the file’s name.', ['Minutes of the January meeting']),
    ),
    type: v.optional(text('The file type, as it should be shown.', ['PDF'])),
    size: v.optional(
      v.pipe(
        v.union([v.pipe(v.number(), v.minValue(0)), v.string()]),
        v.description('The file’s size: bytes as a number, or text such as "240 KB" (1 KB is 1000 bytes).'),
        v.examples([250000, '240 KB']),
      ),
    ),
  }),
  v.description('A paper for the item: minutes, a report, a motion.'),
);

/** One line of the agenda. */
export const AgendaItemJsonSchema = v.pipe(
  v.object({
    time: text(
      'When it starts: a time of day on the meeting’s date, in the meeting’s time zone, or a full date and time (for a meeting that runs past midnight, times after midnight fall on the next day).',
      ['19:00', '2018-02-08T19:00'],
    ),
    title: text('What the item is.', ['Attendance and apologies']),
    presenter: v.optional(text('Who introduces or leads it.', ['Branch Secretary'])),
    duration: v.optional(
      v.pipe(
        v.union([v.pipe(v.number(), v.minValue(0)), v.string()]),
        v.description(
          'How long it lasts, in minutes or as an ISO 8601 duration. Default: until the next item starts (the last item: until the meeting ends).',
        ),
        v.examples([25, 'PT25M']),
      ),
    ),
    notes: v.optional(text('More about the item, as plain text; separate paragraphs with a blank line.')),
    kind: v.optional(
      v.pipe(
        v.picklist(['item', 'break', 'end']),
        v.description(
          '"break" for a pause; "end" for the closing line ("Meeting Ends"). Default: an ordinary item, or "end" for a last item at the meeting’s end time.',
        ),
      ),
    ),
    attachments: v.optional(
      v.pipe(v.array(AgendaAttachmentJsonSchema), v.description('Papers for the item.')),
    ),
  }),
  v.description('One line of the agenda.'),
);

/** Items under one heading. */
export const AgendaSectionJsonSchema = v.pipe(
  v.object({
    title: v.optional(text('The heading.', ['Part 1: Branch business'])),
    items: v.pipe(
      v.array(AgendaItemJsonSchema),
      v.description('The items under this heading, in time order.'),
    ),
  }),
  v.description('Items under one heading.'),
);

/** A date by which something must be sent in. */
export const AgendaDeadlineJsonSchema = v.pipe(
  v.object({
    title: text('What must be sent in.', ['Motions']),
    due: text(
      'When the deadline passes: a date and time in the meeting’s time zone, or a date, meaning the end of that day.',
      ['2018-02-05T17:00', '2018-02-05'],
    ),
    url: v.optional(text('Where to send it, or a page saying how.', ['https://example.org/motions'])),
  }),
  v.description('A deadline before the meeting: motions, amendments, questions.'),
);

/** A meeting with its agenda. */
export const AgendaJsonSchema = v.pipe(
  v.object({
    $schema: v.optional(v.string()),
    id: event.id,
    name: text('The meeting’s name.', ['Meeting of Barnet Alliance for Public Services']),
    start: text('When the meeting starts: a date and time, in timeZone.', ['2018-02-08T18:30']),
    end: v.optional(
      text(
        'When the meeting ends, written like start. Default: the time of a closing item such as "Meeting Ends", or the end of a last item with a duration.',
        ['2018-02-08T20:30'],
      ),
    ),
    timeZone: v.optional(
      text(
        'The IANA time zone of the venue; the items’ times of day are in it too. Default: the reader’s zone.',
        ['Europe/London'],
      ),
    ),
    venue: v.optional(PlacardVenueJsonSchema),
    address: v.optional(
      v.union([
        text('The venue’s postal address; separate lines with "\\n".', [
          'Greek Cypriot Brotherhood\nFinchley',
        ]),
        v.pipe(v.array(v.string()), v.description('The venue’s postal address, one line per item.')),
      ]),
    ),
    onlineUrl: event.onlineUrl,
    url: event.url,
    status: event.status,
    description: event.description,
    organiser: v.optional(PlacardPartyJsonSchema),
    sections: v.optional(
      v.pipe(
        v.array(AgendaSectionJsonSchema),
        v.description('The items under headings. Give either sections or items.'),
      ),
    ),
    items: v.optional(
      v.pipe(v.array(AgendaItemJsonSchema), v.description('The items, for an agenda without headings.')),
    ),
    deadlines: v.optional(
      v.pipe(v.array(AgendaDeadlineJsonSchema), v.description('Deadlines before the meeting.')),
    ),
  }),
  v.title('Placard agenda'),
  v.description('A meeting and its agenda for <placard-agenda>.'),
);

export type AgendaAttachmentJson = v.InferOutput<typeof AgendaAttachmentJsonSchema>;
export type AgendaItemJson = v.InferOutput<typeof AgendaItemJsonSchema>;
export type AgendaSectionJson = v.InferOutput<typeof AgendaSectionJsonSchema>;
export type AgendaDeadlineJson = v.InferOutput<typeof AgendaDeadlineJsonSchema>;
export type AgendaJson = v.InferOutput<typeof AgendaJsonSchema>;
