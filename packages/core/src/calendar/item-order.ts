/**
 * The order items are listed in: by the day they start (in the calendar's
 * zone), all-day items before timed ones on that day, then by start time, then
 * by name, so that two views of the same items always agree.
 */
import type { CalendarItem } from './calendar-item.js';
import { itemDayRange } from './item-days.js';

/** `items`, sorted, as a new list. */
export function sortCalendarItems(items: readonly CalendarItem[], timeZone: string): CalendarItem[] {
  // Each key needs an Intl call: worked out once per item, not once per comparison.
  const keyed = items.map((item) => ({
    item,
    day: itemDayRange(item, timeZone).first,
    time: item.allDay ? Number.NEGATIVE_INFINITY : item.start.getTime(),
  }));
  keyed.sort(
    (a, b) =>
      compare(a.day, b.day) ||
      a.time - b.time ||
      compare(a.item.name, b.item.name) ||
      compare(a.item.key, b.item.key),
  );
  return keyed.map(({ item }) => item);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
