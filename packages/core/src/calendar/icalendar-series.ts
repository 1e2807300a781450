/**
 * A repeating iCalendar event (RRULE, RDATE, EXDATE, and RECURRENCE-ID
 * overrides) as a calendar entry: ical.js works out the occurrences, only as
 * far as the window asked for, and never more than Placard's limits.
 *
 * ical.js can only count a rule forward from its DTSTART, so every expansion
 * walks from there: a weekly meeting begun ten years ago costs about 520 steps.
 * `MAX_STEPS` stops a rule that would take too long (FREQ=MINUTELY by mistake,
 * or a daily rule decades old), and `MAX_PER_WINDOW` one that fills the window.
 */
import ICAL from 'ical.js';
import type { EventSchedule } from '../model/event.js';
import { toInputError } from '../model/errors.js';
import { addDaysSync } from '../sources/icalendar-event.js';
import { wallClock } from '../time/wall-clock.js';
import { calendarMessages } from './calendar-messages.js';
import type { CalendarEntry, CalendarItem, EntryOccurrences, WindowBounds } from './calendar-item.js';
import { itemKey, overlapsWindow } from './calendar-entry.js';
import { propertyLine, propertyLines, type ComponentBlock } from './icalendar-lines.js';
import {
  instantAfter,
  momentText,
  readInstant,
  readMoment,
  wallZone,
  type FeedClock,
} from './icalendar-times.js';

type IcalEvent = InstanceType<typeof ICAL.Event>;
type IcalTime = InstanceType<typeof ICAL.Time>;
type IcalPeriod = InstanceType<typeof ICAL.Period>;
type IcalComponent = InstanceType<typeof ICAL.Component>;

/** Steps through a rule in one expansion before giving up. */
export const MAX_STEPS = 10_000;
/** Occurrences of one event in one window before giving up. */
export const MAX_PER_WINDOW = 1_000;

/** One VEVENT of a series (the master or an override), read and checked. */
export interface SeriesPart {
  event: IcalEvent;
  /** The event as the normaliser checked it (for an override, with its own times). */
  item: CalendarItem;
  /** The TZID of its DTSTART, if any. */
  tzid: string | undefined;
  /** Where it is in the file, for messages. */
  block: ComponentBlock;
}

/** What a series entry needs besides its VEVENTs. */
export interface SeriesOptions {
  clock: FeedClock;
  /** Line of the master's BEGIN:VEVENT, of its DTSTART and of its RRULE, for messages. */
  line: number;
  startLine: number;
  ruleLine: number;
  source: string;
  /** The ends its RDATE periods give their occurrences (see `prepareSeries`). */
  periodEnds: ReadonlyMap<number, Date>;
}

/** The TZID parameter of a component's DTSTART. */
export function startTzid(component: IcalComponent): string | undefined {
  const tzid = component.getFirstProperty('dtstart')?.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : undefined;
}

/** A series made ready for ical.js to expand (see `prepareSeries`). */
export interface PreparedSeries {
  /** The ends its RDATE periods give their occurrences, by the instant each starts. */
  periodEnds: ReadonlyMap<number, Date>;
  /** Rewrites an override's RECURRENCE-ID as the master's DTSTART is written, before it is related. */
  align(part: SeriesPart): void;
}

/**
 * Makes `master`'s RDATE, EXDATE, UNTIL and RECURRENCE-ID ready for ical.js,
 * which expands them; `startLine` is its DTSTART's.
 */
export function prepareSeries(master: SeriesPart, startLine: number, clock: FeedClock): PreparedSeries {
  const periodEnds = readPeriods(master, clock);
  const align = (part: SeriesPart) => alignToStart(part, master, startLine, clock);
  align(master);
  includeStart(master.event);
  return { periodEnds, align };
}

/** The TZID parameter of a property. */
function tzidOf(property: InstanceType<typeof ICAL.Property>): string | undefined {
  const tzid = property.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : undefined;
}

/**
 * ical.js cannot expand an RDATE period (`VALUE=PERIOD`, a start and an end):
 * each is replaced by its start, and the end it gives that occurrence is
 * returned, by the instant the occurrence starts. A period that ends before it
 * starts is only a start: that occurrence keeps the event's own length.
 */
function readPeriods(part: SeriesPart, clock: FeedClock): Map<number, Date> {
  const ends = new Map<number, Date>();
  const lines = propertyLines(part.block, 'rdate');
  part.event.component.getAllProperties('rdate').forEach((property, index) => {
    if (property.type !== 'period') return;
    const tzid = tzidOf(property);
    const line = lines[index]?.line ?? part.block.lines[0]!.line;
    const periods = property.getValues() as IcalPeriod[];
    for (const { start, end, duration } of periods) {
      // ical.js gives a period either an end or a duration, and leaves the other null.
      const until = duration
        ? instantAfter(start, duration, tzid, line, clock)
        : readInstant(end, tzid, line, clock).instant;
      const from = readInstant(start, tzid, line, clock).instant;
      if (until > from) ends.set(from.getTime(), until);
    }
    property.setValues(periods.map((period) => period.start));
  });
  return ends;
}

/**
 * ical.js compares UNTIL, EXDATE, RDATE and RECURRENCE-ID with occurrences as
 * instants, and finds an override by its RECURRENCE-ID's text. But it reads a
 * time in a zone it has no VTIMEZONE for (an IANA TZID) as floating, and
 * compares floating times as if they were UTC: an EXDATE written in London
 * would miss a UTC occurrence by an hour in a British summer. So each value
 * written differently from `master`'s DTSTART is rewritten in DTSTART's form,
 * from the instant Placard reads it as: as a wall time in the zone DTSTART is
 * read in when ical.js sees DTSTART as floating, else in UTC.
 */
function alignToStart(part: SeriesPart, master: SeriesPart, startLine: number, clock: FeedClock): void {
  const start = master.event.startDate;
  if (!start || start.isDate) return;
  const startInUtc = start.zone?.tzid === 'UTC';
  const zone = start.zone?.tzid === 'floating' ? wallZone(master.tzid, startLine, clock) : undefined;
  const aligned = (time: IcalTime, tzid: string | undefined, line: number): IcalTime => {
    const writtenLikeStart = time.zone?.tzid === 'UTC' ? startInUtc : !startInUtc && tzid === master.tzid;
    if (time.isDate || writtenLikeStart) return time;
    const { instant } = readInstant(time, tzid, line, clock);
    if (zone === undefined) return ICAL.Time.fromJSDate(instant, true);
    const { date, time: wall } = wallClock(instant, zone);
    return ICAL.Time.fromDateTimeString(`${date}T${wall}`);
  };
  const component = part.event.component;
  for (const property of component.getAllProperties('rrule')) {
    const rule = property.getFirstValue() as InstanceType<typeof ICAL.Recur>;
    const line = propertyLine(part.block, 'rrule');
    // UNTIL has no TZID: unless it is UTC, it is in DTSTART's zone.
    if (rule.until)
      rule.until = aligned(rule.until, rule.until.zone?.tzid === 'UTC' ? undefined : master.tzid, line);
  }
  for (const name of ['exdate', 'rdate', 'recurrence-id']) {
    const lines = propertyLines(part.block, name);
    component.getAllProperties(name).forEach((property, index) => {
      const values = property.getValues();
      if (!values.every((value) => value instanceof ICAL.Time)) return;
      const line = lines[index]?.line ?? part.block.lines[0]!.line;
      const times = (values as IcalTime[]).map((time) => aligned(time, tzidOf(property), line));
      // RECURRENCE-ID holds one value, and ical.js refuses a list for it.
      if (times.length === 1) property.setValue(times[0]!);
      else property.setValues(times);
    });
  }
}

/**
 * DTSTART is always the first occurrence (RFC 5545, 3.8.5.2), but ical.js
 * lists only the RDATEs of an event that has no RRULE: DTSTART is added to them.
 */
function includeStart(event: IcalEvent): void {
  const component = event.component;
  if (component.hasProperty('rdate') && !component.hasProperty('rrule'))
    component.addPropertyWithValue('rdate', event.startDate.clone());
}

/** `item` with its schedule replaced by an occurrence's. */
function withSchedule(item: CalendarItem, schedule: EventSchedule): CalendarItem {
  const copy: Record<string, unknown> = { ...item };
  for (const key of ['start', 'end', 'startDate', 'endDate']) delete copy[key];
  return { ...copy, ...schedule } as CalendarItem;
}

/**
 * The entry for a repeating event. `overrides` are its VEVENTs with a
 * RECURRENCE-ID; each replaces one occurrence (or, with RANGE=THISANDFUTURE,
 * changes the ones after it) and is shown at its own time, wherever that is.
 */
export function seriesEntry(
  master: SeriesPart,
  overrides: readonly SeriesPart[],
  options: SeriesOptions,
): CalendarEntry {
  const { clock, source } = options;
  const parts = new Map<IcalEvent, SeriesPart>([
    [master.event, master],
    ...overrides.map((part) => [part.event, part] as const),
  ]);
  const uid = master.item.id ?? `line ${options.line}`;
  const Temporal = clock.Temporal;
  // How many days before the window an occurrence may start and still reach into it, with room for zones.
  const spanDays = master.item.allDay
    ? Temporal.PlainDate.from(master.item.startDate).until(master.item.endDate).days + 2
    : Math.ceil(
        Math.max(
          (master.item.end?.getTime() ?? master.item.start.getTime()) - master.item.start.getTime(),
          ...[...options.periodEnds].map(([start, end]) => end.getTime() - start),
        ) / 86_400_000,
      ) + 2;

  const scheduleOf = (start: IcalTime, end: IcalTime, part: SeriesPart): EventSchedule => {
    const { item, tzid } = part;
    if (start.isDate) {
      const endDate = addDaysSync(end.toString(), -1);
      const startDate = start.toString();
      return {
        allDay: true,
        startDate,
        endDate: endDate < startDate ? startDate : endDate,
        timeZone: item.timeZone,
      };
    }
    const line = part === master ? options.startLine : propertyLine(part.block, 'dtstart');
    const { instant } = readInstant(start, tzid, line, clock);
    const schedule: EventSchedule = { allDay: false, start: instant, timeZone: item.timeZone };
    const periodEnd = part === master ? options.periodEnds.get(instant.getTime()) : undefined;
    if (periodEnd) schedule.end = periodEnd;
    else if (!item.allDay && item.end !== undefined) schedule.end = endOf(start, end, part, line);
    return schedule;
  };

  /**
   * The end of an occurrence of `part` from `start`. A DURATION's hours are
   * exact time (see `instantAfter`); ical.js's `end` keeps the length from
   * DTSTART to DTEND on the wall clock.
   */
  const endOf = (start: IcalTime, end: IcalTime, part: SeriesPart, line: number): Date => {
    const duration = part.event.component.getFirstPropertyValue('duration');
    return duration instanceof ICAL.Duration
      ? instantAfter(start, duration, part.tzid, line, clock)
      : readInstant(end, part.tzid, line, clock).instant;
  };

  const recurrenceText = (time: IcalTime, tzid: string | undefined): string =>
    momentText(readMoment(time, tzid, options.startLine, clock));
  // ical.js lets each EXDATE remove one occurrence: an RDATE that repeats an excluded one would stay.
  const excluded = master.event.component
    .getAllProperties('exdate')
    .flatMap((property) =>
      (property.getValues() as IcalTime[]).map((time) => recurrenceText(time, master.tzid)),
    );

  const occurrences = (bounds: WindowBounds): EntryOccurrences => {
    const items: CalendarItem[] = [];
    const earliest = Temporal.PlainDate.from(bounds.firstDate).subtract({ days: spanDays }).toString();
    const latest = Temporal.PlainDate.from(bounds.lastDate).add({ days: 2 }).toString();
    const iterator = master.event.iterator();
    // An RDATE may also be an occurrence of the RRULE, or DTSTART: it is one occurrence, shown once.
    const shown = new Set<string>(excluded);
    for (let steps = 0; ; steps += 1) {
      if (steps >= MAX_STEPS)
        return {
          items,
          problem: calendarMessages.tooManyRepeats(master.item.name, options.ruleLine, MAX_STEPS, source),
        };
      let next: IcalTime | undefined;
      try {
        next = iterator.next() ?? undefined;
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return {
          items,
          problem: calendarMessages.brokenRule(master.item.name, options.ruleLine, detail, source, error),
        };
      }
      if (!next) break;
      // Cheap tests on the wall date first; exact ones only near the window.
      const day = next.toString().slice(0, 10);
      if (day > latest) break;
      if (day < earliest) continue;
      const details = master.event.getOccurrenceDetails(next);
      const part = parts.get(details.item) ?? master;
      // An override of this one occurrence is shown at its own time, below.
      if (part !== master && !details.item.modifiesFuture()) continue;
      const schedule = scheduleOf(details.startDate, details.endDate, part);
      if (!overlapsWindow(schedule, bounds)) continue;
      const recurrenceId = recurrenceText(next, master.tzid);
      if (shown.has(recurrenceId)) continue;
      shown.add(recurrenceId);
      items.push({
        ...withSchedule(part.item, schedule),
        recurrenceId,
        key: itemKey(master.item.sourceId, uid, recurrenceId),
      });
      if (items.length >= MAX_PER_WINDOW)
        return {
          items,
          problem: calendarMessages.tooManyInWindow(
            master.item.name,
            options.ruleLine,
            MAX_PER_WINDOW,
            source,
          ),
        };
    }
    for (const override of overrides) {
      if (!override.event.modifiesFuture() && overlapsWindow(override.item, bounds))
        items.push(override.item);
    }
    return { items };
  };

  return {
    categories: [...new Set([master, ...overrides].map((part) => part.item.category))],
    occurrences: (bounds) => {
      try {
        return occurrences(bounds);
      } catch (error) {
        return {
          items: [],
          problem: toInputError(error, `the repeats of “${master.item.name}” in ${source}`),
        };
      }
    },
  };
}
