/**
 * The loose record every agenda channel (Placard JSON, JSON-LD, light-DOM
 * markup) reads its format into before handing it to `buildAgenda`, and the
 * words each channel uses for its fields in messages.
 *
 * Like `EventFieldsInput`, values arrive unchecked: the builder reports values
 * it needs but cannot read (a time, a duration) and ignores other values of
 * the wrong type, so a channel passes on what it found without checking it.
 */
import type { EventFieldsInput } from '../sources/event-fields.js';
import type { FieldVocabulary } from '../sources/field-vocabulary.js';
import { joinPath } from '../sources/json-text.js';

/** A paper attached to an item, as a source gives it. */
export interface AgendaAttachmentInput {
  url?: string;
  title?: string;
  /** The file type to show, e.g. `PDF`. */
  type?: string;
  /** Bytes as a number, or text such as `250000`, `240 KB` or `1.2 MB` (SI units: 1 KB is 1000 bytes). */
  size?: number | string;
}

/** One agenda item, as a source gives it. */
export interface AgendaItemInput {
  /**
   * When it starts: a time of day (`18:30`, `18:30:00`) on the meeting's date
   * in the meeting's zone, or a date-time as the event parsers read them
   * (`2018-02-08T18:30`, with an offset, or `…[Europe/London]`).
   */
  time?: string;
  /** When it ends, written like `time`; used when there is no `duration`. */
  end?: string;
  title?: string;
  presenter?: string;
  /** Minutes as a number or as text (`25`), or an ISO 8601 duration (`PT25M`). */
  duration?: number | string;
  /** Plain text. */
  notes?: string;
  /** `item` (the default), `break`, or `end` for the closing line. */
  kind?: string;
  attachments?: readonly AgendaAttachmentInput[];
}

/** A heading and its items, as a source gives them. */
export interface AgendaSectionInput {
  title?: string;
  items: readonly AgendaItemInput[];
}

/** A deadline, as a source gives it. */
export interface AgendaDeadlineInput {
  title?: string;
  /** A date-time (`2018-02-05T17:00`), or a date (`2018-02-05`) meaning the end of that day. */
  due?: string;
  url?: string;
}

/** A whole agenda, as a source gives it. */
export interface AgendaInput {
  meeting: EventFieldsInput;
  /** An agenda without headings is one section without a title. */
  sections: readonly AgendaSectionInput[];
  deadlines?: readonly AgendaDeadlineInput[];
}

/** Where an item sits in the input: its section, and its place in that section (both from 0). */
export interface AgendaItemPosition {
  section: number;
  index: number;
}

export type AgendaItemKey = keyof AgendaItemInput;
export type AgendaAttachmentKey = keyof AgendaAttachmentInput;
export type AgendaDeadlineKey = keyof AgendaDeadlineInput;

/** Fields whose examples appear in messages ("… e.g. "time": "19:00"."). */
export type AgendaExampleKey =
  'items' | 'time' | 'title' | 'duration' | 'url' | 'size' | 'deadlineTitle' | 'due';

/**
 * How a channel names an agenda's fields, so one builder can write messages in
 * the webmaster's own terms. The builder names items by number in sentences
 * ("Item 4 (“Motions”)"); these names go in `PlacardInputError.field` and in
 * the examples of how to fix things.
 */
export interface AgendaVocabulary {
  /** Names for the meeting's own fields, as for a single event. */
  readonly meeting: FieldVocabulary;
  /** Where the list of items is, for "the agenda has no items": `items`, `subEvent`. */
  readonly items: string;
  /** An item, or one of its fields: `sections[1].items[0]`, `sections[1].items[0].time`. */
  item(position: AgendaItemPosition, key?: AgendaItemKey): string;
  /** One of an item's attachments, or one of its fields. */
  attachment(position: AgendaItemPosition, index: number, key?: AgendaAttachmentKey): string;
  /** A deadline, or one of its fields. */
  deadline(index: number, key?: AgendaDeadlineKey): string;
  /** A field with an example value as written in this channel: `"time": "19:00"`. */
  example(key: AgendaExampleKey): string;
}

/** Example values used in hints, from the February 2018 Barnet Alliance agenda. */
export const AGENDA_EXAMPLES: Readonly<Record<AgendaExampleKey, unknown>> = {
  items: [{ time: '19:00', title: 'Attendance and apologies' }],
  time: '19:00',
  title: 'Attendance and apologies',
  duration: 25,
  url: 'https://example.org/papers/minutes.pdf',
  size: 250000,
  deadlineTitle: 'Motions',
  due: '2018-02-05T17:00',
};

/** Names of fields in a JSON channel where they differ from Placard's. */
export interface AgendaPathNames {
  items?: string;
  item?: Partial<Record<AgendaItemKey, string>>;
  attachment?: Partial<Record<AgendaAttachmentKey, string>>;
  deadline?: Partial<Record<AgendaDeadlineKey, string>>;
}

/**
 * Field names for a JSON document: the paths of items and deadlines, and
 * `"property": value` examples.
 *
 * @param itemPath The path of an item in the document, e.g. `sections[1].items[0]`.
 * @param deadlinePath The path of a deadline, e.g. `deadlines[0]`.
 * @param examples Example values where they differ from Placard's (JSON-LD's full `startDate`).
 */
export function pathAgendaVocabulary(options: {
  meeting: FieldVocabulary;
  itemPath: (position: AgendaItemPosition) => string;
  deadlinePath: (index: number) => string;
  names?: AgendaPathNames;
  examples?: Partial<Record<AgendaExampleKey, unknown>>;
}): AgendaVocabulary {
  const { itemPath, deadlinePath, names = {}, examples = {} } = options;
  const itemName = (key: AgendaItemKey): string => names.item?.[key] ?? key;
  const property: Record<AgendaExampleKey, string> = {
    items: names.items ?? 'items',
    time: itemName('time'),
    title: itemName('title'),
    duration: itemName('duration'),
    url: names.attachment?.url ?? 'url',
    size: names.attachment?.size ?? 'size',
    deadlineTitle: names.deadline?.title ?? 'title',
    due: names.deadline?.due ?? 'due',
  };
  return {
    meeting: options.meeting,
    items: names.items ?? 'items',
    item: (position, key) =>
      key === undefined ? itemPath(position) : joinPath(itemPath(position), itemName(key)),
    attachment: (position, index, key) => {
      const attachment = joinPath(joinPath(itemPath(position), itemName('attachments')), index);
      return key === undefined ? attachment : joinPath(attachment, names.attachment?.[key] ?? key);
    },
    deadline: (index, key) =>
      key === undefined ? deadlinePath(index) : joinPath(deadlinePath(index), names.deadline?.[key] ?? key),
    example: (key) =>
      `"${property[key]}": ${JSON.stringify(Object.hasOwn(examples, key) ? examples[key] : AGENDA_EXAMPLES[key])}`,
  };
}
