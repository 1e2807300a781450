/**
 * The light-DOM channel: microformats2 `h-event` markup written by the
 * webmaster inside (or as) the element. It is in the page before any script
 * runs, so search engines and readers without JavaScript still get the event.
 *
 * ```html
 * <div class="h-event">
 *   <h3 class="p-name">Emergency rally</h3>
 *   <time class="dt-start" datetime="2018-03-15T18:30">Thu 15 March, 6.30pm</time> –
 *   <time class="dt-end" datetime="20:00">8pm</time>
 *   <p class="p-location h-card"><span class="p-name">Unite The Union</span>,
 *     <span class="p-street-address">128 Theobalds Road</span>, <span class="p-locality">London</span>
 *     <span class="p-postal-code">WC1X 8TN</span></p>
 *   <p class="p-summary">Speakers from Bolivia, Nicaragua and Venezuela.</p>
 * </div>
 * ```
 *
 * Properties read (all others are ignored):
 *
 * | markup | field |
 * |---|---|
 * | `p-name` | name |
 * | `dt-start`, `dt-end` (`<time datetime>`, value-class pattern, or text; an end with only a time takes the start's date) | start, end |
 * | `p-location`: text (the venue's name), or an `h-card`/`h-adr` with `p-name`, `p-street-address`, `p-extended-address`, `p-locality`, `p-region`, `p-postal-code`, `p-country-name`; address classes directly on the event are read too | venue |
 * | `e-content`, else `p-description`, else `p-summary` (as plain text) | description |
 * | `u-url` | url |
 * | `u-photo`, `u-featured` | image |
 * | `p-category` | tags |
 * | `p-organizer` (text, link, or `h-card`) | organiser |
 * | `p-speaker`, `p-performer` (Placard's extensions, as for organiser) | speakers |
 * | `p-sponsor` (Placard's extension) | supporters |
 * | `p-status` (e.g. `cancelled`) | status |
 * | `u-uid` | id |
 *
 * The time zone for wall times comes from `options.defaultTimeZone` (the
 * element's `time-zone` attribute), else the reader's zone. There is no
 * `h-event` property for an online link; use another input for online events.
 */
import type { PlacardEvent } from '../model/event.js';
import { PlacardInputError } from '../model/errors.js';
import { normaliseEvent, type EventFieldsInput } from './event-fields.js';
import { FIELD_EXAMPLES, type EventFieldKey, type FieldVocabulary } from './field-vocabulary.js';
import {
  blockText,
  dtValue,
  pValue,
  readProperties,
  rootTypes,
  ADDRESS_PARTS,
  uValue,
  type Mf2Properties,
} from './mf2.js';
import type { PartyInput } from './parties.js';
import type { SourceOptions } from './source-options.js';

const CLASS_NAMES: Partial<Record<EventFieldKey, string>> = {
  id: 'u-uid',
  name: 'p-name',
  start: 'dt-start',
  end: 'dt-end',
  timeZone: 'time-zone',
  venue: 'p-location',
  address: 'p-street-address',
  url: 'u-url',
  status: 'p-status',
  description: 'e-content',
  organiser: 'p-organizer',
  speakers: 'p-speaker',
  supporters: 'p-sponsor',
  image: 'u-photo',
  tags: 'p-category',
};

const className = (key: EventFieldKey): string => CLASS_NAMES[key] ?? key;

/** Field names for messages about `h-event` markup: class names such as `dt-end`. */
export const hEventVocabulary: FieldVocabulary = {
  subject: 'The h-event',
  field: className,
  ref: (key) => `the ${className(key)} element`,
  addHint: (key) => {
    const name = className(key);
    if (name.startsWith('dt-')) {
      return `Add a date element, e.g. <time class="${name}" datetime="${FIELD_EXAMPLES[key]}">15 March 2018, 6.30pm</time>.`;
    }
    return `Mark the element holding it with class="${name}", e.g. <span class="${name}">${FIELD_EXAMPLES[key]}</span>.`;
  },
};

function firstProperty(properties: Mf2Properties, ...names: string[]) {
  for (const name of names) {
    const found = properties.get(name)?.[0];
    if (found) return found;
  }
  return undefined;
}

function textOf(properties: Mf2Properties, name: string): string | undefined {
  const found = properties.get(name)?.[0];
  return found ? pValue(found.element) : undefined;
}

function addressOf(properties: Mf2Properties): string | undefined {
  const nested = properties.get('adr')?.find((property) => rootTypes(property.element).includes('h-adr'));
  const source = nested ? readProperties(nested.element) : properties;
  const lines = ADDRESS_PARTS.map((part) => textOf(source, part)?.trim()).filter((line): line is string =>
    Boolean(line),
  );
  return lines.length > 0 ? lines.join('\n') : undefined;
}

function venueOf(properties: Mf2Properties): EventFieldsInput['venue'] {
  const location = properties.get('location')?.[0];
  if (!location) {
    const address = addressOf(properties);
    return address === undefined ? undefined : { address };
  }
  if (rootTypes(location.element).length === 0) return pValue(location.element);
  const card = readProperties(location.element);
  const address = addressOf(card);
  // An h-card without p-name is named by its text, unless that text is its address.
  const name = textOf(card, 'name') ?? (address === undefined ? pValue(location.element) : undefined);
  return { ...(name === undefined ? {} : { name }), ...(address === undefined ? {} : { address }) };
}

function partyOf(element: Element): PartyInput {
  if (rootTypes(element).length > 0) {
    const card = readProperties(element);
    const url = card.get('url')?.[0];
    return {
      name: textOf(card, 'name') ?? pValue(element),
      role: textOf(card, 'job-title') ?? textOf(card, 'role') ?? textOf(card, 'org'),
      url: url ? uValue(url.element) : undefined,
    };
  }
  return { name: pValue(element), url: element.tagName === 'A' ? uValue(element) : undefined };
}

function partiesOf(properties: Mf2Properties, ...names: string[]): PartyInput[] {
  return names.flatMap((name) => properties.get(name) ?? []).map((property) => partyOf(property.element));
}

/** An end written as a time alone ("20:00") takes the start's date, as microformats2 implies. */
function withImpliedDate(end: string | undefined, start: string | undefined): string | undefined {
  if (end === undefined || start === undefined || !/^\d{1,2}:\d{2}/.test(end)) return end;
  const date = /^\d{4}-\d{2}-\d{2}/.exec(start)?.[0];
  return date ? `${date}T${end}` : end;
}

/** The `h-event` element itself, or the first one inside `root`. */
function findHEvent(root: Element): Element {
  const event = root.classList.contains('h-event') ? root : root.querySelector('.h-event');
  if (!event) {
    throw new PlacardInputError(
      'not-found',
      'There is no h-event markup here. Wrap the event’s details in an element with class="h-event", e.g. <div class="h-event"><span class="p-name">Branch AGM</span> …</div>.',
      'h-event',
    );
  }
  return event;
}

/**
 * Reads the fields of the `h-event` at or inside `root` into Placard's loose
 * event record, without checking them (see the table above).
 *
 * @throws PlacardInputError `not-found` when there is no `h-event`.
 */
export function readHEvent(root: Element): EventFieldsInput {
  const properties = readProperties(findHEvent(root));
  const startProperty = firstProperty(properties, 'start');
  const endProperty = firstProperty(properties, 'end');
  const start = startProperty ? dtValue(startProperty.element) : undefined;
  const description = firstProperty(properties, 'content', 'description', 'summary');
  const image = firstProperty(properties, 'photo', 'featured');
  const url = properties.get('url')?.[0];
  const uid = properties.get('uid')?.[0];
  return {
    id: uid ? pValue(uid.element) : undefined,
    name: textOf(properties, 'name'),
    start,
    end: withImpliedDate(endProperty ? dtValue(endProperty.element) : undefined, start),
    venue: venueOf(properties),
    url: url ? uValue(url.element) : undefined,
    status: textOf(properties, 'status'),
    description: description ? blockText(description.element) : undefined,
    organiser: partiesOf(properties, 'organizer')[0],
    speakers: partiesOf(properties, 'speaker', 'performer'),
    supporters: partiesOf(properties, 'sponsor'),
    image: image ? uValue(image.element) : undefined,
    tags: (properties.get('category') ?? []).map((property) =>
      rootTypes(property.element).length > 0
        ? (textOf(readProperties(property.element), 'name') ?? pValue(property.element))
        : pValue(property.element),
    ),
  };
}

/**
 * Reads and checks the `h-event` at or inside `root`.
 *
 * @throws PlacardInputError naming the class, e.g.
 *   `The h-event has no name. Mark the element holding it with class="p-name", …`
 */
export async function parseHEvent(root: Element, options: SourceOptions = {}): Promise<PlacardEvent> {
  return normaliseEvent(readHEvent(root), {
    vocabulary: hEventVocabulary,
    baseUrl: options.baseUrl,
    defaultTimeZone: options.defaultTimeZone,
  });
}
