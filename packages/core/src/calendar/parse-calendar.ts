/**
 * Reading a calendar document in whichever format it is: iCalendar, Placard's
 * JSON or schema.org JSON-LD. Each reader is loaded only when a document needs
 * it, so a page whose calendar is JSON never downloads ical.js.
 */
import { detectDocumentFormat } from '../loading/document-format.js';
import { isJsonLdText } from '../sources/json-input.js';
import type { CalendarFeed } from './calendar-item.js';
import { calendarMessages } from './calendar-messages.js';
import { resolveSourceOptions, type CalendarSourceOptions } from './calendar-options.js';

/** Options for reading a document whose format is not known in advance. */
export interface CalendarTextOptions extends CalendarSourceOptions {
  /** The media type the server gave, without parameters (`text/calendar`), when there was one. */
  contentType?: string;
}

/**
 * Reads a calendar document: the expensive step, done once per feed. Expand
 * the result for each window shown with `expandCalendar`.
 *
 * @throws PlacardInputError when the text is not a calendar at all (a web page,
 *   or neither iCalendar nor JSON); problems with single events are returned in
 *   the feed's `problems`.
 */
export async function parseCalendarText(
  text: string,
  options: CalendarTextOptions = {},
): Promise<CalendarFeed> {
  const { contentType = '', ...readerOptions } = options;
  switch (detectDocumentFormat({ contentType, text })) {
    case 'icalendar': {
      const { parseICalendarFeed } = await import('./icalendar-feed.js');
      return parseICalendarFeed(text, readerOptions);
    }
    case 'json':
      if (isJsonLdText(text)) {
        const { parseJsonLdCalendar } = await import('./calendar-json-ld.js');
        return parseJsonLdCalendar(text, readerOptions);
      } else {
        const { parsePlacardCalendarJson } = await import('./calendar-json.js');
        return parsePlacardCalendarJson(text, readerOptions);
      }
    case 'html':
      throw calendarMessages.webPage(resolveSourceOptions(readerOptions).source);
    default:
      throw calendarMessages.notACalendar(resolveSourceOptions(readerOptions).source);
  }
}
