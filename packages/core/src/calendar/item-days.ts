/**
 * Which calendar days an item is on, as the calendar shows them.
 *
 * All-day items are on their own dates wherever the reader is: a strike on 10
 * July is on 10 July. Timed items are on the days their span covers in the
 * calendar's zone; an item that ends exactly at midnight is not on the next day,
 * since it ends as that day begins.
 */
import type { EventSchedule, TimedSchedule } from '../model/event.js';
import { toPlainDate } from '../time/wall-clock.js';

/** The first and last day (`YYYY-MM-DD`, inclusive) an item is on. */
export interface DayRange {
  first: string;
  last: string;
}

/**
 * The last range worked out for each timed item, with the zone it was read in.
 * Sorting, grouping and laying out a month each ask for the same items' days,
 * and reading an instant on a zone's clock (`formatToParts`) is the costly part
 * of drawing a busy month.
 */
const rangesRead = new WeakMap<EventSchedule, { timeZone: string; range: DayRange }>();

/** The days `schedule` covers, read in `timeZone` when it is timed. */
export function itemDayRange(schedule: EventSchedule, timeZone: string): DayRange {
  if (schedule.allDay) return { first: schedule.startDate, last: schedule.endDate };
  const known = rangesRead.get(schedule);
  if (known?.timeZone === timeZone) return known.range;
  const range = timedDayRange(schedule, timeZone);
  rangesRead.set(schedule, { timeZone, range });
  return range;
}

function timedDayRange(schedule: TimedSchedule, timeZone: string): DayRange {
  const first = toPlainDate(schedule.start, timeZone);
  const start = schedule.start.getTime();
  const end = schedule.end?.getTime() ?? start;
  // The last moment the event is on is just before its end.
  const last = end > start ? toPlainDate(new Date(end - 1), timeZone) : first;
  return { first, last };
}
