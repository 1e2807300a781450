/**
 * How each input channel names an event's fields, so that one normaliser can
 * write error messages in the webmaster's own terms: "the end attribute",
 * "events[2].end", "endDate" or "dt-end".
 */

/** The fields of the shared loose event record (see `EventFieldsInput`). */
export type EventFieldKey =
  | 'id'
  | 'name'
  | 'start'
  | 'end'
  | 'timeZone'
  | 'allDay'
  | 'venue'
  | 'address'
  | 'url'
  | 'onlineUrl'
  | 'status'
  | 'description'
  | 'organiser'
  | 'speakers'
  | 'supporters'
  | 'image'
  | 'tags'
  | 'previousStart';

/** The words a channel uses for its fields in error messages. */
export interface FieldVocabulary {
  /** Who the message is about: "The event", or "The event at events[2]". */
  readonly subject: string;
  /** The field's name as written in the input, used as `PlacardInputError.field`: `end`, `events[2].end`, `endDate`, `dt-end`. */
  field(key: EventFieldKey): string;
  /** The field in a sentence: "the end attribute", "events[2].end". */
  ref(key: EventFieldKey): string;
  /** One sentence saying how to add the field, e.g. `Add a name attribute, e.g. name="Branch AGM".` */
  addHint(key: EventFieldKey): string;
}

/** Example values used in hints, taken from a real branch calendar. */
export const FIELD_EXAMPLES: Readonly<Record<EventFieldKey, string>> = {
  id: 'agm-2018',
  name: 'Branch AGM',
  start: '2018-03-15T18:30',
  end: '2018-03-15T20:00',
  timeZone: 'Europe/London',
  allDay: 'true',
  venue: 'Unite The Union',
  address: '128 Theobalds Road, London WC1X 8TN',
  url: 'https://example.org/events/agm',
  onlineUrl: 'https://example.org/join',
  status: 'cancelled',
  description: 'All members welcome.',
  organiser: 'Camden Trades Council',
  speakers: 'Christine Blower',
  supporters: 'Thompsons Solicitors',
  image: 'https://example.org/poster.jpg',
  tags: 'rally',
  previousStart: '2018-03-08T18:30',
};

/** "a" or "an" before a word, by its first letter (good enough for field names). */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}
