/**
 * Reads one event from an iCalendar (`.ics`) document, for `<placard-event-card src>`.
 *
 * ical.js does the parsing (this module is loaded only when a feed is iCalendar,
 * so pages that never see one do not download it). Fields then go through the
 * same normaliser as every other channel. Recurrence expansion and calendar-wide
 * concerns belong to the action calendar; here a recurring event shows its first
 * occurrence.
 */
import ICAL from 'ical.js';
import { PlacardInputError } from '../model/errors.js';
import type { PlacardEvent } from '../model/event.js';
import { isValidTimeZone } from '../time/zones.js';
import { isoWithOffset } from '../time/wall-clock.js';
import { normaliseEvent, type EventFieldsInput } from './event-fields.js';
import type { EventFieldKey, FieldVocabulary } from './field-vocabulary.js';
import { selectEvent } from './select-event.js';
import type { DocumentSourceOptions } from './source-options.js';

type IcalComponent = InstanceType<typeof ICAL.Component>;
type IcalTime = InstanceType<typeof ICAL.Time>;

const PROPERTY_NAMES: Partial<Record<EventFieldKey, string>> = {
  id: 'UID',
  name: 'SUMMARY',
  start: 'DTSTART',
  end: 'DTEND',
  timeZone: 'DTSTART;TZID',
  url: 'URL',
  status: 'STATUS',
  description: 'DESCRIPTION',
  venue: 'LOCATION',
  address: 'LOCATION',
  tags: 'CATEGORIES',
};

/** How messages name event `index` of `source` and its properties (`DTSTART`, `SUMMARY` …). */
export function vocabularyFor(index: number, source: string): FieldVocabulary {
  const property = (key: EventFieldKey) => PROPERTY_NAMES[key] ?? key.toUpperCase();
  return {
    subject: `Event ${index + 1} in ${source}`,
    field: property,
    ref: (key) => `its ${property(key)}`,
    addHint: (key) => `Add a ${property(key)} line to the event in your calendar program.`,
  };
}

/** Options for reading an iCalendar document; `source` names it in messages (its URL). */
export interface ICalendarEventOptions extends DocumentSourceOptions {
  source?: string;
}

/**
 * Parses `text` and returns the event whose UID is `eventId`, else the next
 * upcoming one (else the latest).
 *
 * @throws PlacardInputError for text that is not iCalendar, a calendar with no
 *   events, an unknown `eventId`, or an event with unusable fields.
 */
export async function parseICalendarEvent(
  text: string,
  options: ICalendarEventOptions = {},
): Promise<PlacardEvent> {
  const source = options.source ?? 'the iCalendar file';
  const calendar = parseCalendar(text, source);
  const vevents = calendar
    .getAllSubcomponents('vevent')
    .filter((vevent) => !vevent.hasProperty('recurrence-id'));
  const candidates = vevents.map((vevent, index) => ({
    id: stringProperty(vevent, 'uid'),
    parse: () =>
      normaliseEvent(readFields(vevent), {
        vocabulary: vocabularyFor(index, source),
        defaultTimeZone: options.defaultTimeZone,
        baseUrl: options.baseUrl,
      }),
  }));
  return selectEvent(candidates, {
    eventId: options.eventId,
    now: options.now,
    emptyMessage: `${capitalise(source)} holds no events (no VEVENT). Check that the right calendar was exported.`,
  });
}

function parseCalendar(text: string, source: string): IcalComponent {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (cause) {
    throw new PlacardInputError(
      'malformed-document',
      `${capitalise(source)} is not a valid iCalendar file: ${(cause as Error).message}. Export the calendar again from your calendar program.`,
      'src',
      { cause },
    );
  }
  const root = new ICAL.Component(
    Array.isArray((parsed as unknown[])[0]) ? ((parsed as unknown[])[0] as never) : (parsed as never),
  );
  if (root.name !== 'vcalendar') {
    throw new PlacardInputError(
      'malformed-document',
      `${capitalise(source)} does not start with BEGIN:VCALENDAR.`,
      'src',
    );
  }
  return root;
}

/** A VEVENT's fields, unchecked, for the shared normaliser. */
export function readFields(vevent: IcalComponent): EventFieldsInput {
  const start = vevent.getFirstPropertyValue('dtstart') as IcalTime | null;
  const startZone = start ? zoneOf(vevent, 'dtstart') : undefined;
  const location = stringProperty(vevent, 'location');
  return {
    id: stringProperty(vevent, 'uid'),
    name: stringProperty(vevent, 'summary'),
    start: start ? timeText(start, startZone) : undefined,
    end: endText(vevent, start, startZone),
    timeZone: startZone,
    allDay: start?.isDate ?? false,
    venue: location ? { name: location } : undefined,
    url: stringProperty(vevent, 'url'),
    status: stringProperty(vevent, 'status'),
    description: stringProperty(vevent, 'description'),
    tags: vevent.getAllProperties('categories').flatMap((property) => property.getValues().map(String)),
  };
}

/** The IANA zone of a date-time property, when its TZID is one. */
function zoneOf(vevent: IcalComponent, name: string): string | undefined {
  const tzid = vevent.getFirstProperty(name)?.getParameter('tzid');
  return typeof tzid === 'string' && isValidTimeZone(tzid) ? tzid : undefined;
}

/**
 * Writes an ical.js time in a form the normaliser reads: a date, a UTC instant,
 * or a wall time (in the IANA zone given beside it, or floating).
 */
function timeText(time: IcalTime, ianaZone: string | undefined): string {
  if (time.isDate) return time.toString();
  const wall = time.toString().replace(/Z$/u, '');
  if (time.zone?.tzid === 'UTC' || time.toString().endsWith('Z')) return `${wall}Z`;
  if (ianaZone || time.zone?.tzid === 'floating' || !time.zone) return wall;
  // A zone only the file's VTIMEZONE defines (Outlook's "GMT Standard Time"):
  // ical.js finds that VTIMEZONE in the calendar and turns the time into an instant.
  return isoWithOffset(time.toJSDate(), 'UTC');
}

function endText(
  vevent: IcalComponent,
  start: IcalTime | null,
  startZone: string | undefined,
): string | undefined {
  let end = vevent.getFirstPropertyValue('dtend') as IcalTime | null;
  if (!end && start) {
    const duration = vevent.getFirstPropertyValue('duration');
    if (duration instanceof ICAL.Duration) {
      end = start.clone();
      end.addDuration(duration);
    }
  }
  if (!end) return undefined;
  // iCalendar's all-day DTEND is the day after the last day; Placard's end date is the last day.
  if (end.isDate) return addDaysSync(end.toString(), -1);
  return timeText(end, zoneOf(vevent, 'dtend') ?? startZone);
}

/** The date `days` after `date` (both `YYYY-MM-DD`), without waiting for Temporal. */
export function addDaysSync(date: string, days: number): string {
  const time = ICAL.Time.fromDateString(date);
  time.adjust(days, 0, 0, 0);
  return time.toString();
}

function stringProperty(vevent: IcalComponent, name: string): string | undefined {
  const value = vevent.getFirstPropertyValue(name);
  return value == null ? undefined : String(value);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
