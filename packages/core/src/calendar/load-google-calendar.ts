/**
 * Loading a public Google calendar through the Google Calendar API, page by
 * page, for one span of time.
 */
import { fetchDocument } from '../loading/fetch-document.js';
import { isPlacardInputError, PlacardInputError } from '../model/errors.js';
import { singleEntry } from './calendar-entry.js';
import type { CalendarFeed, CalendarItem } from './calendar-item.js';
import { calendarMessages } from './calendar-messages.js';
import type { CalendarSourceOptions } from './calendar-options.js';
import { googleCalendarEventsUrl, parseGoogleCalendarPage } from './google-calendar.js';

export interface GoogleCalendarOptions extends CalendarSourceOptions {
  calendarId: string;
  apiKey: string;
  /** The span of time to load; the feed shows nothing outside it. */
  from: Date;
  to: Date;
  /** Stop after this many pages of 2,500 events. Default 4. */
  maxPages?: number;
}

/**
 * Loads the events of a public Google calendar between `from` and `to`, with
 * repeating events already expanded by Google. Items' `sourceId` is
 * `google:<calendar ID>` unless `sourceId` says otherwise.
 *
 * @throws PlacardInputError when the API cannot be reached or answers with an
 *   error (a bad key, a calendar that is not public …).
 */
export async function loadGoogleCalendar(options: GoogleCalendarOptions): Promise<CalendarFeed> {
  const { calendarId, apiKey, from, to, maxPages = 4 } = options;
  const readerOptions: CalendarSourceOptions = {
    sourceId: `google:${calendarId}`,
    source: `the Google calendar ${calendarId}`,
    ...options,
  };
  const items: CalendarItem[] = [];
  const problems: PlacardInputError[] = [];
  let name: string | undefined;
  let pageToken: string | undefined;
  for (let page = 0; ; page += 1) {
    if (page === maxPages) {
      problems.push(calendarMessages.tooManyPages(readerOptions.source!, maxPages, items.length));
      break;
    }
    const url = googleCalendarEventsUrl({
      calendarId,
      apiKey,
      from,
      to,
      ...(pageToken ? { pageToken } : {}),
    });
    const document = await fetchDocument(url, { allowErrorStatus: true }).catch((error: unknown) => {
      throw isPlacardInputError(error) && error.code === 'network'
        ? new PlacardInputError(
            'network',
            'Placard could not reach the Google Calendar API. Check the internet connection, or whether a browser extension blocks googleapis.com.',
            'src',
            { cause: error },
          )
        : error;
    });
    const answer = await parseGoogleCalendarPage(document.text, calendarId, readerOptions);
    items.push(...answer.items);
    problems.push(...answer.problems);
    name ??= answer.name;
    pageToken = answer.nextPageToken;
    if (!pageToken) break;
  }
  return {
    sourceId: readerOptions.sourceId!,
    ...(name === undefined ? {} : { name }),
    entries: items.map(singleEntry),
    problems,
    covers: { from, to },
  };
}
