/**
 * A calendar in schema.org JSON-LD: a list of Events, a `@graph`, or an
 * `ItemList` of Events, read by the same code as a single JSON-LD event. Each
 * event's kind of action comes from its `keywords`. JSON-LD has no repeating
 * events; a feed that needs them should be iCalendar.
 */
import { toInputError, type PlacardInputError } from '../model/errors.js';
import { cleanLine } from '../sources/clean-text.js';
import { candidates } from '../sources/json-ld.js';
import { isEventNode, literal } from '../sources/json-ld-values.js';
import { isJsonObject, readJsonValue } from '../sources/json-text.js';
import { itemKey, singleEntry, uniqueKeys } from './calendar-entry.js';
import type { CalendarEntry, CalendarFeed } from './calendar-item.js';
import { resolveSourceOptions, type CalendarSourceOptions } from './calendar-options.js';
import { readCategory } from './category.js';
import { timeSlicer } from './time-slice.js';

/**
 * Reads every schema.org Event in a JSON-LD document (parsed, or its text).
 * The calendar's name is the `name` of the document's top node when that is
 * not itself an event (an `ItemList`, say).
 *
 * @throws PlacardInputError when the text is not JSON; problems with single
 *   events are returned in `problems`.
 */
export async function parseJsonLdCalendar(
  value: unknown,
  options: CalendarSourceOptions = {},
): Promise<CalendarFeed> {
  const resolved = resolveSourceOptions(options);
  const document = readJsonValue(value, 'The JSON-LD');
  const problems: PlacardInputError[] = [];
  const entries: CalendarEntry[] = [];
  const unique = uniqueKeys();
  const found = candidates(document, resolved);
  const pause = timeSlicer();
  for (const [index, candidate] of found.entries()) {
    await pause();
    try {
      const event = await candidate.parse();
      entries.push(
        singleEntry({
          ...event,
          category: readCategory(event.tags, resolved.defaultCategory),
          sourceId: resolved.sourceId,
          key: unique(itemKey(resolved.sourceId, event.id ?? `#${index}`)),
        }),
      );
    } catch (error) {
      problems.push(toInputError(error, `event ${index + 1} of ${resolved.source}`));
    }
  }
  const name =
    isJsonObject(document) && !isEventNode(document) ? cleanLine(literal(document.name)) : undefined;
  return { sourceId: resolved.sourceId, ...(name === undefined ? {} : { name }), entries, problems };
}
