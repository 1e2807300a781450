/**
 * A calendar in schema.org JSON-LD: a list of Events, a `@graph`, or an
 * `ItemList` of Events, read by the same code as a single JSON-LD event. Each
 * event's kind of action comes from its `keywords`. JSON-LD has no repeating
 * events; a feed that needs them should be iCalendar.
 */
import { isPlacardInputError, toInputError } from '../model/errors.js';
import { cleanLine } from '../sources/clean-text.js';
import { candidates } from '../sources/json-ld.js';
import { isEventNode, literal } from '../sources/json-ld-values.js';
import { isJsonObject, readJsonValue } from '../sources/json-text.js';
import type { CalendarFeed } from './calendar-item.js';
import { calendarMessages } from './calendar-messages.js';
import { resolveSourceOptions, type CalendarSourceOptions } from './calendar-options.js';
import { readEventEntries } from './read-event-entries.js';

/**
 * Reads every schema.org Event in a JSON-LD document (parsed, or its text).
 * The calendar's name is the `name` of the document's top node when that is
 * not itself an event (an `ItemList`, say). Messages name the feed
 * (`options.source`) and the JSON path of the problem.
 *
 * @throws PlacardInputError when the text is not JSON; problems with single
 *   events are returned in `problems`.
 */
export async function parseJsonLdCalendar(
  value: unknown,
  options: CalendarSourceOptions = {},
): Promise<CalendarFeed> {
  const resolved = resolveSourceOptions(options);
  let document: unknown;
  let found: ReturnType<typeof candidates>;
  try {
    document = readJsonValue(value, 'The JSON-LD');
    found = candidates(document, resolved);
  } catch (error) {
    throw isPlacardInputError(error) ? calendarMessages.inSource(error, options.source) : error;
  }
  const { entries, problems } = await readEventEntries(
    found.map((candidate) => () => candidate.parse()),
    resolved,
    (error, index) =>
      calendarMessages.inSource(
        toInputError(error, `event ${index + 1} of ${resolved.source}`),
        options.source,
      ),
  );
  const name =
    isJsonObject(document) && !isEventNode(document) ? cleanLine(literal(document.name)) : undefined;
  return { sourceId: resolved.sourceId, ...(name === undefined ? {} : { name }), entries, problems };
}
