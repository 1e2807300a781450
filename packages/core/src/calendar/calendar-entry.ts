/**
 * The pieces every feed reader shares: keys, windows, and entries for events
 * that happen once.
 */
import type { EventSchedule } from '../model/event.js';
import { toPlainDate } from '../time/wall-clock.js';
import type { CalendarEntry, CalendarItem, CalendarWindow, WindowBounds } from './calendar-item.js';

/**
 * A key unique to the feed, the event and the occurrence. JSON keeps ids with
 * any characters in them apart (`a|b` + `c` is not `a` + `b|c`).
 */
export function itemKey(sourceId: string, id: string, recurrenceId?: string): string {
  return JSON.stringify(recurrenceId === undefined ? [sourceId, id] : [sourceId, id, recurrenceId]);
}

/** `window` with its first and last days worked out once, for testing many items against. */
export function windowBounds(window: CalendarWindow): WindowBounds {
  const from = window.from.getTime();
  const to = window.to.getTime();
  return {
    from,
    to,
    firstDate: toPlainDate(window.from, window.timeZone),
    // The window's end is exclusive: its last day is the one just before it.
    lastDate: toPlainDate(new Date(Math.max(from, to - 1)), window.timeZone),
    timeZone: window.timeZone,
  };
}

/**
 * Whether an event is on in the window. Timed events are half-open spans
 * (one ending at the window's start is not in it); one without an end, or
 * ending as it starts, is in it when it starts in it. All-day events are in it
 * when one of their dates is one of the window's days.
 */
export function overlapsWindow(schedule: EventSchedule, bounds: WindowBounds): boolean {
  if (schedule.allDay) return schedule.startDate <= bounds.lastDate && schedule.endDate >= bounds.firstDate;
  const start = schedule.start.getTime();
  const end = schedule.end?.getTime() ?? start;
  if (start >= bounds.to) return false;
  return end > start ? end > bounds.from : start >= bounds.from;
}

/** An entry for an event that happens once. */
export function singleEntry(item: CalendarItem): CalendarEntry {
  return {
    categories: [item.category],
    occurrences: (bounds) => ({ items: overlapsWindow(item, bounds) ? [item] : [] }),
  };
}

/**
 * Gives repeated keys in one feed (two events with one UID, a common export
 * slip) a suffix, so every item's key stays unique.
 */
export function uniqueKeys(): (key: string) => string {
  const seen = new Map<string, number>();
  return (key) => {
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}#${count}`;
  };
}
