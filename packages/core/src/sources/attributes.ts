/**
 * The simplest input channel: attributes written on `<placard-event-card>`.
 *
 * ```html
 * <placard-event-card name="Emergency rally" start="2018-03-15T18:30" end="2018-03-15T20:00"
 *   time-zone="Europe/London" venue="Unite The Union" address="128 Theobalds Road, London WC1X 8TN">
 * ```
 */
import type { PlacardEvent } from '../model/event.js';
import { normaliseEvent } from './event-fields.js';
import type { SourceOptions } from './source-options.js';
import { FIELD_EXAMPLES, withArticle, type EventFieldKey, type FieldVocabulary } from './field-vocabulary.js';

/** The attribute that carries each field. */
export const EVENT_ATTRIBUTES = {
  name: 'name',
  start: 'start',
  end: 'end',
  timeZone: 'time-zone',
  allDay: 'all-day',
  venue: 'venue',
  address: 'address',
  url: 'url',
  onlineUrl: 'online-url',
  status: 'status',
  description: 'description',
  previousStart: 'previous-start',
  image: 'image',
} as const satisfies Partial<Record<EventFieldKey, string>>;

function attributeName(key: EventFieldKey): string {
  return (EVENT_ATTRIBUTES as Partial<Record<EventFieldKey, string>>)[key] ?? key;
}

/** Field names for messages about attributes: `time-zone`, "the end attribute". */
export const attributeVocabulary: FieldVocabulary = {
  subject: 'The event',
  field: attributeName,
  ref: (key) => `the ${attributeName(key)} attribute`,
  addHint: (key) => {
    const attribute = attributeName(key);
    return `Add ${withArticle(attribute)} attribute, e.g. ${attribute}="${FIELD_EXAMPLES[key]}".`;
  },
};

/**
 * Reads an event from the element's attributes, keyed by attribute name
 * (`name`, `start`, `end`, `time-zone`, `all-day`, `venue`, `address`, `url`,
 * `online-url`, `status`, `description`, `previous-start`, `image`). Other keys,
 * such as `event-id` and `src`, are ignored. `null` or `undefined` means the
 * attribute is absent.
 *
 * `all-day` is a boolean attribute: present (with any value but `"false"`)
 * means all-day. Wall times without an offset are in `time-zone`, else in
 * `options.defaultTimeZone`, else in the reader's zone.
 *
 * @throws PlacardInputError naming the attribute, e.g.
 *   `The event has no name. Add a name attribute, e.g. name="Branch AGM".`
 */
export function parseEventAttributes(
  attrs: Readonly<Record<string, string | null | undefined>>,
  options: SourceOptions = {},
): Promise<PlacardEvent> {
  const get = (key: EventFieldKey): string | undefined => {
    const value = attrs[attributeName(key)];
    return typeof value === 'string' ? value : undefined;
  };
  const allDay = get('allDay');
  return normaliseEvent(
    {
      name: get('name'),
      start: get('start'),
      end: get('end'),
      timeZone: get('timeZone'),
      allDay: allDay !== undefined && allDay.trim().toLowerCase() !== 'false',
      venue: get('venue'),
      address: get('address'),
      url: get('url'),
      onlineUrl: get('onlineUrl'),
      status: get('status'),
      description: get('description'),
      previousStart: get('previousStart'),
      image: get('image'),
    },
    { vocabulary: attributeVocabulary, baseUrl: options.baseUrl, defaultTimeZone: options.defaultTimeZone },
  );
}
