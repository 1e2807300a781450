/**
 * Expanding read feeds into the items of one window: the cheap step, run each
 * time the calendar shows another month. It never throws: a problem with one
 * entry becomes a problem in the result, and every other item is still shown.
 */
import { toInputError, type PlacardInputError } from '../model/errors.js';
import type { CalendarFeed, CalendarItem, CalendarWindow, ExpandedCalendar } from './calendar-item.js';
import { windowBounds } from './calendar-entry.js';
import { sortCalendarItems } from './item-order.js';

/**
 * The items of `feeds` that are on in `window`, sorted, with every feed's
 * problems. `name` is the first feed's name that has one.
 */
export function expandCalendar(
  feeds: CalendarFeed | readonly CalendarFeed[],
  window: CalendarWindow,
): ExpandedCalendar {
  const list: readonly CalendarFeed[] = Array.isArray(feeds) ? feeds : [feeds as CalendarFeed];
  const items: CalendarItem[] = [];
  const problems: PlacardInputError[] = list.flatMap((feed) => feed.problems);
  let bounds;
  try {
    bounds = windowBounds(window);
  } catch (error) {
    return { items, problems: [...problems, toInputError(error, 'the dates to show')] };
  }
  for (const feed of list) {
    for (const entry of feed.entries) {
      try {
        const found = entry.occurrences(bounds);
        items.push(...found.items);
        if (found.problem) problems.push(found.problem);
      } catch (error) {
        problems.push(toInputError(error, `an event in the calendar “${feed.name ?? feed.sourceId}”`));
      }
    }
  }
  const name = list.find((feed) => feed.name !== undefined)?.name;
  const result: ExpandedCalendar = { items: sortCalendarItems(items, window.timeZone), problems };
  if (name !== undefined) result.name = name;
  return result;
}
