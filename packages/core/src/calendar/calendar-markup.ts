/**
 * A calendar written as ordinary markup: a list of microformats2 `h-event`
 * items inside the calendar element. Readers see the list before the element
 * upgrades and when JavaScript never runs; the calendar then reads each item
 * with the same `h-event` reader `<placard-event-card>` uses.
 *
 * ```html
 * <ul>
 *   <li class="h-event"><span class="p-name">Strike day</span>
 *     <time class="dt-start" datetime="2018-07-10">10 July</time>
 *     <span class="p-category">Strike</span></li>
 * </ul>
 * ```
 */
import { PlacardInputError, toInputError } from '../model/errors.js';
import { parseHEvent } from '../sources/h-event.js';
import type { CalendarFeed } from './calendar-item.js';
import { resolveSourceOptions, type CalendarSourceOptions } from './calendar-options.js';
import { readEventEntries } from './read-event-entries.js';

/**
 * The outermost `h-event` elements inside `host` (an `h-event` nested inside
 * another is a property of it, not a second item).
 */
export function hEventElements(host: Element): Element[] {
  return [...host.querySelectorAll('.h-event')].filter((element) => {
    const outer = element.parentElement?.closest('.h-event');
    return !outer || !host.contains(outer);
  });
}

/**
 * Reads every `h-event` inside `host` into a feed. Each item's kind of action
 * comes from its `p-category` labels. An item that cannot be read becomes a
 * problem naming it ("h-event 3"); the others are still shown.
 */
export async function parseHEventCalendar(
  host: Element,
  options: CalendarSourceOptions = {},
): Promise<CalendarFeed> {
  const resolved = resolveSourceOptions({
    sourceId: 'markup',
    source: 'the events written on this page',
    ...options,
  });
  const elements = hEventElements(host);
  const { entries, problems } = await readEventEntries(
    elements.map((element) => () => parseHEvent(element, resolved)),
    resolved,
    (error, index) => {
      const problem = toInputError(error, `event ${index + 1} of ${resolved.source}`);
      // The h-event reader's messages do not say which of many items they are about.
      return new PlacardInputError(
        problem.code,
        `Event ${index + 1} of ${resolved.source}: ${problem.message}`,
        problem.field,
        { cause: problem },
      );
    },
  );
  return { sourceId: resolved.sourceId, entries, problems };
}
