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
import { momentText, readInstant, readMoment, wallZone, type FeedClock } from './icalendar-times.js';

type IcalEvent = InstanceType<typeof ICAL.Event>;
type IcalTime = InstanceType<typeof ICAL.Time>;
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
}

/** What a series entry needs besides its VEVENTs. */
export interface SeriesOptions {
  clock: FeedClock;
  /** Line of the master's BEGIN:VEVENT and of its RRULE, for messages. */
  line: number;
  ruleLine: number;
  source: string;
}

/** The TZID parameter of a component's DTSTART. */
export function startTzid(component: IcalComponent): string | undefined {
  const tzid = component.getFirstProperty('dtstart')?.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : undefined;
}

/**
 * ical.js compares UNTIL, EXDATE, RDATE and RECURRENCE-ID with occurrences as
 * instants. When it sees the DTSTART as floating (an IANA TZID the file has no
 * VTIMEZONE for), it would compare a UTC value as if the wall time were UTC, an
 * hour out in a British summer. Such values are rewritten as wall times in the
 * zone the event is read in, so both sides are wall times.
 */
export function alignToWallTimes(component: IcalComponent, zone: string): void {
  const wall = (time: IcalTime): IcalTime => {
    if (time.zone?.tzid !== 'UTC' || time.isDate) return time;
    const { date, time: clock } = wallClock(time.toJSDate(), zone);
    return ICAL.Time.fromDateTimeString(`${date}T${clock}`);
  };
  for (const property of component.getAllProperties('rrule')) {
    const rule = property.getFirstValue() as InstanceType<typeof ICAL.Recur>;
    if (rule.until) rule.until = wall(rule.until);
  }
  for (const name of ['exdate', 'rdate', 'recurrence-id']) {
    for (const property of component.getAllProperties(name)) {
      const values = property.getValues();
      if (!values.every((value) => value instanceof ICAL.Time)) continue;
      const aligned = (values as IcalTime[]).map(wall);
      // RECURRENCE-ID holds one value, and ical.js refuses a list for it.
      if (aligned.length === 1) property.setValue(aligned[0]!);
      else property.setValues(aligned);
    }
  }
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
        ((master.item.end?.getTime() ?? master.item.start.getTime()) - master.item.start.getTime()) /
          86_400_000,
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
    const { instant } = readInstant(start, tzid, options.line, clock);
    const schedule: EventSchedule = { allDay: false, start: instant, timeZone: item.timeZone };
    if (!item.allDay && item.end !== undefined)
      schedule.end = readInstant(end, tzid, options.line, clock).instant;
    return schedule;
  };

  const occurrences = (bounds: WindowBounds): EntryOccurrences => {
    const items: CalendarItem[] = [];
    const earliest = Temporal.PlainDate.from(bounds.firstDate).subtract({ days: spanDays }).toString();
    const latest = Temporal.PlainDate.from(bounds.lastDate).add({ days: 2 }).toString();
    const iterator = master.event.iterator();
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

  const recurrenceText = (time: IcalTime, tzid: string | undefined): string =>
    momentText(readMoment(time, tzid, options.line, clock));

  return {
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

/** The zone a floating DTSTART is read in, for `alignToWallTimes`. */
export function seriesWallZone(
  part: Pick<SeriesPart, 'event' | 'tzid'>,
  line: number,
  clock: FeedClock,
): string | undefined {
  const start = part.event.startDate;
  if (!start || start.isDate || start.zone?.tzid !== 'floating') return undefined;
  return wallZone(part.tzid, line, clock);
}
