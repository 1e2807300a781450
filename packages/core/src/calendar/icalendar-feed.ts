/**
 * Reads an iCalendar feed (Google, Outlook, Apple, or a branch's own .ics)
 * into a `CalendarFeed`: every VEVENT, with repeating ones kept as rules to be
 * expanded for each window shown.
 *
 * ical.js does the parsing and the recurrence rules (this module is loaded only
 * when a calendar feed is iCalendar). Each event's fields then go through the
 * same normaliser as every other source. A bad event becomes a problem naming
 * its line, and the rest of the calendar is still shown.
 */
import ICAL from 'ical.js';
import { toInputError, type PlacardInputError } from '../model/errors.js';
import type { PlacardEvent } from '../model/event.js';
import { cleanLine } from '../sources/clean-text.js';
import { normaliseEvent, type EventFieldsInput } from '../sources/event-fields.js';
import type { FieldVocabulary } from '../sources/field-vocabulary.js';
import { addDaysSync, readFields, vocabularyFor } from '../sources/icalendar-event.js';
import { loadTemporal } from '../time/temporal.js';
import { canonicalTimeZone, readerTimeZone } from '../time/zones.js';
import { itemKey, singleEntry, uniqueKeys } from './calendar-entry.js';
import type { CalendarEntry, CalendarFeed, CalendarItem } from './calendar-item.js';
import { calendarMessages } from './calendar-messages.js';
import { resolveSourceOptions, type CalendarSourceOptions } from './calendar-options.js';
import { readCategory } from './category.js';
import {
  lineName,
  propertyLine,
  propertyLines,
  writtenValue,
  type ComponentBlock,
} from './icalendar-lines.js';
import { parseICalendarText, type ParsedICalendar, type ParsedVevent } from './icalendar-parse.js';
import { prepareSeries, seriesEntry, startTzid, type SeriesPart } from './icalendar-series.js';
import { instantAfter, momentText, readMoment, type FeedClock } from './icalendar-times.js';
import { ianaZoneFor, readZone, type ZoneReading } from './icalendar-zones.js';
import { timeSlicer } from './time-slice.js';

type IcalComponent = InstanceType<typeof ICAL.Component>;
type IcalProperty = InstanceType<typeof ICAL.Property>;
type IcalTime = InstanceType<typeof ICAL.Time>;
type IcalPeriod = InstanceType<typeof ICAL.Period>;

type Options = ReturnType<typeof resolveSourceOptions>;

/** One VEVENT, read and checked. */
interface ReadVevent extends SeriesPart {
  uid: string | undefined;
  /** True for a VEVENT with a RECURRENCE-ID: it overrides one occurrence of a series. */
  isOverride: boolean;
}

/**
 * Reads the iCalendar document `text`.
 *
 * The feed's zone is its X-WR-TIMEZONE, else `options.defaultTimeZone`, else
 * the reader's: floating times are wall times there, and UTC times and times in
 * zones known only from the file's VTIMEZONE are shown there. Times with an
 * IANA TZID (or a Windows one Placard maps to IANA) are wall times in that zone,
 * whatever the reader's zone, and are shown in it.
 *
 * @throws PlacardInputError only when the document is not a calendar at all (a
 *   web page, or text without BEGIN:VCALENDAR); problems with events are
 *   returned in `problems`.
 */
export async function parseICalendarFeed(
  text: string,
  options: CalendarSourceOptions = {},
): Promise<CalendarFeed> {
  const resolved = resolveSourceOptions(options);
  const { source } = resolved;
  if (!/BEGIN:VCALENDAR/iu.test(text))
    throw /^\s*</u.test(text) ? calendarMessages.webPage(source) : calendarMessages.notICalendar(source);
  const Temporal = await loadTemporal();
  const parsed = await parseICalendarText(text, source);
  const problems: PlacardInputError[] = [...parsed.problems];
  const feedZone = readFeedZone(parsed, resolved, problems);
  const zones = zoneBook(parsed.calendar, feedZone, source);
  const clock: FeedClock = { Temporal, feedZone, zone: zones.reading };

  const unique = uniqueKeys();
  const vocabulary = { ...vocabularyFor(0, source), subject: 'This event' };
  const events: ReadVevent[] = [];
  // Thousands of events take longer than one task should: hand the page back between slices.
  const pause = timeSlicer();
  for (const vevent of parsed.vevents) {
    await pause();
    try {
      events.push(await readVevent(vevent, { clock, options: resolved, vocabulary, unique, problems }));
    } catch (error) {
      const problem = toInputError(error, 'this event');
      const placed = problem.field?.startsWith('line ');
      problems.push(placed ? problem : calendarMessages.onLine(problem, vevent.block.lines[0]!.line, source));
    }
  }
  const entries = buildEntries(events, clock, resolved, problems);
  problems.push(...zones.problems());
  // In file order, as a webmaster fixing them works down the file.
  problems.sort((a, b) => lineNumber(a) - lineNumber(b));
  const name = cleanLine(calendarText(parsed.calendar, 'x-wr-calname'));
  return { sourceId: resolved.sourceId, ...(name === undefined ? {} : { name }), entries, problems };
}

/** X-WR-TIMEZONE when it names a zone, else the element's zone, else the reader's. */
function readFeedZone(parsed: ParsedICalendar, options: Options, problems: PlacardInputError[]): string {
  const stated = cleanLine(parsed.calendar.getFirstPropertyValue('x-wr-timezone'));
  if (stated !== undefined) {
    const zone = ianaZoneFor(stated);
    if (zone) return zone;
    const line = parsed.calendarLines.find((content) => lineName(content) === 'X-WR-TIMEZONE')?.line ?? 1;
    problems.push(calendarMessages.unknownCalendarZone(stated, line, options.source));
  }
  return options.defaultTimeZone === undefined
    ? readerTimeZone()
    : canonicalTimeZone(options.defaultTimeZone, 'time-zone');
}

/** Reads each TZID once, and collects one problem per TZID Placard cannot place. */
function zoneBook(calendar: IcalComponent, feedZone: string, source: string) {
  const defined = new Set(
    calendar.getAllSubcomponents('vtimezone').map((zone) => String(zone.getFirstPropertyValue('tzid'))),
  );
  const readings = new Map<string, ZoneReading>();
  const unknown = new Map<string, Set<number>>();
  return {
    reading(tzid: string, line: number): ZoneReading {
      let reading = readings.get(tzid);
      if (!reading) {
        reading = readZone(tzid, defined.has(tzid));
        readings.set(tzid, reading);
      }
      if (reading.kind === 'unknown') {
        const lines = unknown.get(tzid) ?? new Set<number>();
        lines.add(line);
        unknown.set(tzid, lines);
      }
      return reading;
    },
    problems(): PlacardInputError[] {
      return [...unknown].map(([tzid, lines]) =>
        calendarMessages.unknownZone(tzid, Math.min(...lines), lines.size, feedZone, source),
      );
    },
  };
}

/**
 * A text property of VCALENDAR itself. ical.js does not know that X-WR-CALNAME
 * is text, so leaves its escapes (`Barnet\, Enfield`) in: they are undone here.
 */
function calendarText(calendar: IcalComponent, name: string): string | undefined {
  const property = calendar.getFirstProperty(name);
  const value = property?.getFirstValue();
  if (typeof value !== 'string') return undefined;
  if (property!.type === 'text') return value;
  const text = ICAL.design.defaultSet.value.text as { fromICAL(value: string): string };
  return text.fromICAL(value);
}

/**
 * Whether ical.js read `raw`, a date or time in its jCal, as written: it
 * quietly turns 30 February into 2 March. It also writes a time with TZID=UTC
 * or TZID=GMT with a "Z" the file did not have, which is the same time.
 */
function readAsWritten(raw: unknown, value: unknown): value is IcalTime {
  if (!(value instanceof ICAL.Time)) return false;
  return typeof raw !== 'string' || raw.replace(/Z$/u, '') === value.toString().replace(/Z$/u, '');
}

/** A date-time property's value, checked (see `readAsWritten`). */
function checkedTime(
  component: IcalComponent,
  name: string,
  block: ComponentBlock,
  source: string,
): IcalTime | undefined {
  const property = component.getFirstProperty(name);
  if (!property) return undefined;
  let value: unknown;
  try {
    value = property.getFirstValue();
  } catch {
    value = undefined;
  }
  if (!readAsWritten(property.jCal[3], value)) {
    const line = propertyLines(block, name)[0] ?? block.lines[0]!;
    // Quoted as the file has it: ical.js's reading of a mistyped date is another mistyped date.
    throw calendarMessages.invalidDate(line.line, name.toUpperCase(), writtenValue(line), source);
  }
  return value;
}

/**
 * Checks each EXDATE and RDATE date as DTSTART is checked. One that is not a
 * real date or time is left out, with a problem naming its line: it costs only
 * itself, where ical.js would fail on the whole series.
 */
function dropUnrealDates(
  component: IcalComponent,
  block: ComponentBlock,
  source: string,
  problems: PlacardInputError[],
): void {
  for (const name of ['exdate', 'rdate']) {
    const lines = propertyLines(block, name);
    component.getAllProperties(name).forEach((property, index) => {
      const line = lines[index] ?? block.lines[0]!;
      const written = writtenValue(line).split(',');
      const raws = property.jCal.slice(3);
      const real = raws.flatMap((raw: unknown, position) => {
        const value = realValue(property, raw);
        if (value) return [value];
        const text = written[position] ?? JSON.stringify(raw);
        problems.push(calendarMessages.ignoredDate(line.line, name.toUpperCase(), text, source));
        return [];
      });
      if (real.length === raws.length) return;
      if (real.length === 0) component.removeProperty(property);
      else property.setValues(real);
    });
  }
}

/** One value of an EXDATE or RDATE, read alone, when it reads as written. */
function realValue(property: IcalProperty, raw: unknown): IcalTime | IcalPeriod | undefined {
  const alone = new ICAL.Property([property.name, property.jCal[1], property.type, raw], property.parent!);
  let value: unknown;
  try {
    value = alone.getFirstValue();
  } catch {
    return undefined;
  }
  if (!(value instanceof ICAL.Period)) return readAsWritten(raw, value) ? value : undefined;
  const [start, end] = raw as unknown[];
  // A period has an end time, or else a duration (and ical.js leaves its end null).
  const endsAsWritten = value.end === null || readAsWritten(end, value.end);
  return readAsWritten(start, value.start) && endsAsWritten ? value : undefined;
}

/** The TZID parameter of a property. */
function tzidOf(component: IcalComponent, name: string): string | undefined {
  const tzid = component.getFirstProperty(name)?.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : undefined;
}

/** DTSTART, DTEND or DURATION, as the normaliser reads them (see `readMoment`). */
function readTimes(
  event: InstanceType<typeof ICAL.Event>,
  block: ComponentBlock,
  clock: FeedClock,
  source: string,
): Pick<EventFieldsInput, 'start' | 'end' | 'timeZone' | 'allDay'> {
  const component = event.component;
  const start = checkedTime(component, 'dtstart', block, source);
  if (!start) return {};
  const tzid = startTzid(component);
  const startLine = propertyLine(block, 'dtstart');
  const moment = readMoment(start, tzid, startLine, clock);
  const times = {
    start: momentText(moment),
    timeZone: 'timeZone' in moment ? moment.timeZone : clock.feedZone,
    allDay: start.isDate,
  };
  const hasEnd = component.hasProperty('dtend');
  if (!hasEnd && !component.hasProperty('duration')) return times;
  const end = hasEnd ? checkedTime(component, 'dtend', block, source)! : event.endDate;
  if (end.isDate) {
    // iCalendar's all-day end is the day after the last day; one equal to the start still means one day.
    const last = end.compare(start) > 0 ? addDaysSync(end.toString(), -1) : start.toString();
    return { ...times, end: last };
  }
  const duration = component.getFirstPropertyValue('duration');
  if (!hasEnd && duration instanceof ICAL.Duration)
    return { ...times, end: instantAfter(start, duration, tzid, startLine, clock).toISOString() };
  // A DTEND without a TZID of its own is in DTSTART's zone, which is written on DTSTART's line, not DTEND's.
  const endTzid = tzidOf(component, 'dtend');
  const endLine = endTzid === undefined ? startLine : propertyLine(block, 'dtend');
  return { ...times, end: momentText(readMoment(end, endTzid ?? tzid, endLine, clock)) };
}

/** What reading each VEVENT of a feed shares. */
interface VeventContext {
  clock: FeedClock;
  options: Options;
  vocabulary: FieldVocabulary;
  /** Makes keys unique within the feed. */
  unique: (key: string) => string;
  /** Problems that cost only part of an event (one EXDATE), which is still shown. */
  problems: PlacardInputError[];
}

/** The line a problem is on (its `field`, `line 57`); 0 for problems about the whole feed. */
function lineNumber(problem: PlacardInputError): number {
  const match = /^line (\d+)$/u.exec(problem.field ?? '');
  return match ? Number(match[1]) : 0;
}

/** Reads one VEVENT; throws a problem naming its line. */
async function readVevent(
  { component, block }: ParsedVevent,
  { clock, options, vocabulary, unique, problems }: VeventContext,
): Promise<ReadVevent> {
  const line = block.lines[0]!.line;
  const event = new ICAL.Event(component, { exceptions: [] });
  // Times first: they are checked against the file's text, and a garbled one is
  // reported on its line, where readFields would fail on it with ical.js's words.
  const times = readTimes(event, block, clock, options.source);
  const fields: EventFieldsInput = { ...readFields(component), ...times };
  let checked: PlacardEvent;
  try {
    checked = await normaliseEvent(fields, {
      vocabulary,
      defaultTimeZone: clock.feedZone,
      baseUrl: options.baseUrl,
    });
  } catch (error) {
    const problem = toInputError(error, `line ${line} of ${options.source}`);
    const property = problem.field?.split(';')[0];
    throw calendarMessages.onLine(problem, property ? propertyLine(block, property) : line, options.source);
  }
  const uid = checked.id;
  const isOverride = component.hasProperty('recurrence-id');
  const recurrenceTime = isOverride
    ? checkedTime(component, 'recurrence-id', block, options.source)
    : undefined;
  const recurrenceId = recurrenceTime
    ? momentText(
        readMoment(
          recurrenceTime,
          tzidOf(component, 'recurrence-id'),
          propertyLine(block, 'recurrence-id'),
          clock,
        ),
      )
    : undefined;
  const item: CalendarItem = {
    ...checked,
    category: readCategory(checked.tags, options.defaultCategory),
    sourceId: options.sourceId,
    key: unique(itemKey(options.sourceId, uid ?? `line ${line}`, recurrenceId)),
  };
  if (recurrenceId !== undefined) item.recurrenceId = recurrenceId;
  dropUnrealDates(component, block, options.source, problems);
  return { event, item, tzid: startTzid(component), block, uid, isOverride };
}

/** Entries for the events: repeating ones with their overrides, the rest as they are. */
function buildEntries(
  events: readonly ReadVevent[],
  clock: FeedClock,
  options: Options,
  problems: PlacardInputError[],
): CalendarEntry[] {
  const overridesOf = new Map<string, ReadVevent[]>();
  for (const event of events) {
    if (!event.isOverride || event.uid === undefined) continue;
    overridesOf.set(event.uid, [...(overridesOf.get(event.uid) ?? []), event]);
  }
  const entries: CalendarEntry[] = [];
  const related = new Set<ReadVevent>();
  for (const master of events) {
    if (master.isOverride) continue;
    if (!master.event.isRecurring()) {
      entries.push(singleEntry(master.item));
      continue;
    }
    const line = master.block.lines[0]!.line;
    const startLine = propertyLine(master.block, 'dtstart');
    const overrides: ReadVevent[] = [];
    const series = prepareSeries(master, startLine, clock);
    for (const override of (master.uid && overridesOf.get(master.uid)) || []) {
      try {
        series.align(override);
        master.event.relateException(override.event);
        overrides.push(override);
        related.add(override);
      } catch (error) {
        const problem = toInputError(error, 'its RECURRENCE-ID');
        problems.push(
          calendarMessages.onLine(problem, propertyLine(override.block, 'recurrence-id'), options.source),
        );
      }
    }
    entries.push(
      seriesEntry(master, overrides, {
        clock,
        line,
        startLine,
        periodEnds: series.periodEnds,
        ruleLine: propertyLine(master.block, master.event.component.hasProperty('rrule') ? 'rrule' : 'rdate'),
        source: options.source,
      }),
    );
  }
  // An override whose series is not in the feed (a shared single occurrence) is shown on its own.
  for (const event of events)
    if (event.isOverride && !related.has(event)) entries.push(singleEntry(event.item));
  return entries;
}
