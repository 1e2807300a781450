import type { PlacardInputError } from '../model/errors.js';
import type { PlacardEvent } from '../model/event.js';
import { itemKey, singleEntry, uniqueKeys } from './calendar-entry.js';
import type { CalendarCategory, CalendarEntry } from './calendar-item.js';
import { readCategory } from './category.js';
import { timeSlicer } from './time-slice.js';

/**
 * Reads a feed's events one at a time into entries, pausing between them so a
 * long feed never holds up the page. Each gets its kind of action from its
 * tags (else the feed's default) and a key unique in the feed. An event that
 * cannot be read becomes a problem, worded by `problem`, and the rest still show.
 *
 * @param parsers One per event, in the feed's order.
 */
export async function readEventEntries(
  parsers: ReadonlyArray<() => Promise<PlacardEvent>>,
  feed: { sourceId: string; defaultCategory: CalendarCategory },
  problem: (error: unknown, index: number) => PlacardInputError,
): Promise<{ entries: CalendarEntry[]; problems: PlacardInputError[] }> {
  const entries: CalendarEntry[] = [];
  const problems: PlacardInputError[] = [];
  const unique = uniqueKeys();
  const pause = timeSlicer();
  for (const [index, parse] of parsers.entries()) {
    await pause();
    try {
      const event = await parse();
      entries.push(
        singleEntry({
          ...event,
          category: readCategory(event.tags, feed.defaultCategory),
          sourceId: feed.sourceId,
          key: unique(itemKey(feed.sourceId, event.id ?? `#${index}`)),
        }),
      );
    } catch (error) {
      problems.push(problem(error, index));
    }
  }
  return { entries, problems };
}
