import { fetchDocument } from '../loading/fetch-document.js';
import { detectDocumentFormat } from '../loading/document-format.js';
import { PlacardInputError } from '../model/errors.js';
import type { PlacardEvent } from '../model/event.js';
import { parseJsonText } from './json-input.js';
import type { DocumentSourceOptions } from './source-options.js';

/**
 * The reader that an address's extension promises, loaded while the document
 * is fetched rather than after it: a round trip less on a slow connection.
 * Which reader is used is still decided by the document itself. (The calendar
 * has the same `.ics` test in calendar-inputs.ts; a shared helper would be a
 * module that the calendar loads up front and the card on demand, which the
 * bundle makes into a chunk of its own: one more request on calendar pages.)
 */
const READER_BY_EXTENSION: [RegExp, () => Promise<unknown>][] = [
  [/\.json(?:[?#]|$)/iu, () => import('./placard-json.js')],
  [/\.ics(?:[?#]|$)/iu, () => import('./icalendar-event.js')],
];

/** Fetches `src` and parses it by its real format. */
export async function loadEventDocument(
  src: string,
  options: DocumentSourceOptions = {},
): Promise<PlacardEvent> {
  const fetching = fetchDocument(src);
  for (const [extension, load] of READER_BY_EXTENSION) {
    // A failure here shows again, and is reported, where the reader is really imported.
    if (extension.test(src)) load().catch(() => undefined);
  }
  const document = await fetching;
  switch (detectDocumentFormat(document)) {
    case 'json':
      return parseJsonText(document.text, options);
    case 'icalendar': {
      // ical.js is downloaded only by pages that meet an iCalendar feed.
      const { parseICalendarEvent } = await import('./icalendar-event.js');
      return parseICalendarEvent(document.text, {
        ...options,
        source: `the calendar file at ${document.url}`,
      });
    }
    case 'html':
      throw new PlacardInputError(
        'unsupported-format',
        `The address ${document.url} is a web page, not an event file. Point src at a JSON, JSON-LD or iCalendar (.ics) file.`,
        'src',
      );
    default:
      throw new PlacardInputError(
        'unsupported-format',
        `The file at ${document.url} is not JSON, JSON-LD or iCalendar, so Placard cannot read an event from it.`,
        'src',
      );
  }
}
