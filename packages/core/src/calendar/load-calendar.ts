/**
 * Fetching a calendar feed for `<placard-action-calendar src>`, through core's
 * loader (time-out, size limit, one request per URL per page), with messages
 * that say how to fix a feed another website will not share.
 */
import { detectDocumentFormat } from '../loading/document-format.js';
import { fetchDocument, type FetchedDocument } from '../loading/fetch-document.js';
import { isPlacardInputError } from '../model/errors.js';
import type { CalendarFeed } from './calendar-item.js';
import { calendarMessages } from './calendar-messages.js';
import type { CalendarSourceOptions } from './calendar-options.js';
import { parseCalendarText } from './parse-calendar.js';

/**
 * Fetches and reads the feed at `src`. Items' `sourceId` is `src` unless
 * `options.sourceId` says otherwise.
 *
 * @throws PlacardInputError when the feed cannot be fetched (unreachable,
 *   refused by CORS, an HTTP error, too slow or too big) or is not a calendar.
 */
export async function loadCalendarFeed(
  src: string,
  options: CalendarSourceOptions = {},
): Promise<CalendarFeed> {
  // Async, so an address that is not one rejects like every other failure rather than throwing.
  return readFetchedFeed(src, fetchDocument(src), options);
}

/**
 * Reads the feed at `src` from a request already under way: the calendar asks
 * for a feed while this module is still loading, so on a slow connection the
 * two round trips overlap.
 *
 * @internal
 */
export async function readFetchedFeed(
  src: string,
  fetching: Promise<FetchedDocument>,
  options: CalendarSourceOptions = {},
): Promise<CalendarFeed> {
  let document: FetchedDocument;
  try {
    document = await fetching;
  } catch (error) {
    // Browsers do not say whether a site was down or refused to share: one message covers both.
    if (isPlacardInputError(error) && error.code === 'network')
      throw calendarMessages.unreachable(src, error);
    throw error;
  }
  return parseCalendarText(document.text, {
    sourceId: src,
    source: `the calendar feed at ${document.url}`,
    ...options,
    contentType: document.contentType,
  });
}

/**
 * Whether readers can subscribe to the feed at `src` in their own calendar
 * app: an iCalendar file on the web. Call it after `loadCalendarFeed`: fetches
 * are cached per page, so this reads the document already loaded, without a
 * request.
 */
export async function isSubscribable(src: string): Promise<boolean> {
  const document = await fetchDocument(src);
  return (
    /^https?:/iu.test(document.url) &&
    detectDocumentFormat({ contentType: document.contentType, text: document.text }) === 'icalendar'
  );
}
