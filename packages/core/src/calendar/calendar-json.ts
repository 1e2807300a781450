/**
 * A calendar in Placard's JSON: Placard's events JSON, with an optional
 * `category` on each event and an optional `name` for the calendar.
 *
 * ```json
 * { "name": "Branch calendar of action", "timeZone": "Europe/London",
 *   "events": [{ "name": "Strike day", "start": "2018-07-10", "category": "strike" }] }
 * ```
 *
 * Each event is checked by the same code as Placard's events JSON; a bad event
 * becomes a problem naming its path, and the others are still shown.
 */
import { isPlacardInputError, PlacardInputError, toInputError } from '../model/errors.js';
import { cleanLine } from '../sources/clean-text.js';
import { describeValue, isJsonObject, joinPath, readJsonValue } from '../sources/json-text.js';
import { parseEntry, readDocument } from '../sources/placard-json.js';
import { itemKey, singleEntry, uniqueKeys } from './calendar-entry.js';
import type { CalendarEntry, CalendarFeed } from './calendar-item.js';
import { calendarMessages } from './calendar-messages.js';
import { resolveSourceOptions, type CalendarSourceOptions } from './calendar-options.js';
import { readCategory } from './category.js';
import { timeSlicer } from './time-slice.js';

/**
 * Reads a Placard calendar from parsed JSON or its text. Messages name the feed
 * (`options.source`) and the JSON path of the problem.
 *
 * @throws PlacardInputError when the document as a whole is not Placard JSON
 *   (not JSON, JSON-LD, or `events` not a list); problems with single events are
 *   returned in `problems`.
 */
export async function parsePlacardCalendarJson(
  value: unknown,
  options: CalendarSourceOptions = {},
): Promise<CalendarFeed> {
  const resolved = resolveSourceOptions(options);
  const named = (problem: PlacardInputError) => calendarMessages.inSource(problem, options.source);
  let document: unknown;
  let read: ReturnType<typeof readDocument>;
  try {
    document = readJsonValue(value, 'The calendar JSON');
    read = readDocument(document);
  } catch (error) {
    throw isPlacardInputError(error) ? named(error) : error;
  }
  const { entries, timeZone } = read;
  const problems: PlacardInputError[] = [];
  const unique = uniqueKeys();
  const calendarEntries: CalendarEntry[] = [];
  const pause = timeSlicer();
  for (const entry of entries) {
    await pause();
    let event;
    try {
      event = await parseEntry(entry, resolved, timeZone);
    } catch (error) {
      problems.push(named(toInputError(error, `the event at ${entry.path || 'the top of the JSON'}`)));
      continue;
    }
    const category = isJsonObject(entry.value) ? entry.value.category : undefined;
    if (category !== undefined && typeof category !== 'string') {
      const field = joinPath(entry.path, 'category');
      problems.push(
        named(
          new PlacardInputError(
            'invalid-value',
            `The property ${field} should be text naming the kind of action, e.g. "strike", but it is ${describeValue(category)}. The event is shown as “${resolved.defaultCategory}”.`,
            field,
          ),
        ),
      );
    }
    calendarEntries.push(
      singleEntry({
        ...event,
        category: readCategory(typeof category === 'string' ? [category] : [], resolved.defaultCategory),
        sourceId: resolved.sourceId,
        key: unique(itemKey(resolved.sourceId, event.id ?? (entry.path || 'event'))),
      }),
    );
  }
  const feed: CalendarFeed = { sourceId: resolved.sourceId, entries: calendarEntries, problems };
  const name = isJsonObject(document) && 'events' in document ? document.name : undefined;
  const cleanName = cleanLine(name);
  if (cleanName !== undefined) return { ...feed, name: cleanName };
  if (name !== undefined && typeof name !== 'string') {
    problems.push(
      named(
        new PlacardInputError(
          'invalid-value',
          `The property name should be text, the calendar’s name, but it is ${describeValue(name)}.`,
          'name',
        ),
      ),
    );
  }
  return feed;
}
